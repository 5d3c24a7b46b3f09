import { describe, expect, it } from 'vitest';
import { mergeIncidents } from '../../lib/merge/merge-incidents';
import { smallGazetteer as gazetteer } from '../extract/small-gazetteer';
import { mentionOf } from './mentions-of';

describe('mergeIncidents', () => {
  it('merges the same detention told by three sources and keeps "more than 3,000" against "more than 3,700"', () => {
    const incidents = mergeIncidents(
      [
        mentionOf({ articleId: '000', type: 'detention', date: '2022-01-07', figures: { detained: { value: 3000, qualifier: 'more-than' } } }),
        mentionOf({ articleId: '001', type: 'detention', figures: { detained: { value: 3000, qualifier: 'more-than' } } }),
        mentionOf({ articleId: '004', type: 'detention', date: '2022-01-07', figures: { detained: { value: 3700, qualifier: 'more-than' } } }),
      ],
      gazetteer,
    );
    expect(incidents).toHaveLength(1);
    const [inc] = incidents;
    expect(inc?.sources).toEqual(['000', '001', '004']);
    expect(inc?.claims).toHaveLength(3);
    expect(inc?.figures.detained).toEqual({ value: 3000, qualifier: 'more-than' });
    expect(inc?.conflicts).toEqual([
      { figure: 'detained', values: [{ value: 3000, source: '000' }, { value: 3000, source: '001' }, { value: 3700, source: '004' }] },
    ]);
  });

  it('never weighs security-force deaths against protesters’ deaths', () => {
    const [inc] = mergeIncidents(
      [
        mentionOf({ articleId: '000', type: 'killing', figures: { killed: { value: 26, qualifier: 'exact', side: 'other' } } }),
        mentionOf({ articleId: '004', type: 'killing', start: 50, figures: { killed: { value: 18, qualifier: 'exact', side: 'security' } } }),
      ],
      gazetteer,
    );
    expect(inc?.figures.killed?.value).toBe(26);
    expect(inc?.conflicts).toEqual([]);
  });

  it('keeps incidents apart by place, by date window and by what was shut down', () => {
    const incidents = mergeIncidents(
      [
        mentionOf({ articleId: 'a', type: 'protest', geonameid: 1526384, date: '2022-01-05' }),
        mentionOf({ articleId: 'b', type: 'protest', geonameid: 1526384, date: '2022-01-06' }),
        mentionOf({ articleId: 'c', type: 'protest', geonameid: 1526384, date: '2022-01-09' }),
        mentionOf({ articleId: 'd', type: 'protest', geonameid: 610611, date: '2022-01-05' }),
        mentionOf({ articleId: 'e', type: 'shutdown', topic: 'communications' }),
        mentionOf({ articleId: 'f', type: 'shutdown', topic: 'airports' }),
      ],
      gazetteer,
    );
    expect(incidents.map((i) => [i.type, i.place?.name ?? null, i.date, i.sources.join()]).sort()).toEqual([
      ['protest', 'Aktobe', '2022-01-05', 'd'],
      ['protest', 'Almaty', '2022-01-05', 'a,b'],
      ['protest', 'Almaty', '2022-01-09', 'c'],
      ['shutdown', null, null, 'e'],
      ['shutdown', null, null, 'f'],
    ]);
  });

  it('merges a riot and a clash at one place and date, typed as the clash', () => {
    const incidents = mergeIncidents(
      [
        mentionOf({ articleId: 'a', type: 'riot', geonameid: 1526384 }),
        mentionOf({ articleId: 'b', type: 'clash', geonameid: 1526384 }),
      ],
      gazetteer,
    );
    expect(incidents.map((i) => i.type)).toEqual(['clash']);
  });

  it('places a country-wide statement where another source places the same speaker', () => {
    const incidents = mergeIncidents(
      [
        mentionOf({ articleId: 'a', type: 'statement', topic: 'person:tokayev', date: '2022-01-07' }),
        mentionOf({ articleId: 'b', type: 'statement', topic: 'person:tokayev', geonameid: 1526273 }),
        mentionOf({ articleId: 'e', type: 'statement', topic: 'person:leyen' }),
        mentionOf({ articleId: 'e', type: 'statement', topic: 'person:leyen', geonameid: 2988507, start: 100 }),
        mentionOf({ articleId: 'c', type: 'deployment', date: '2022-01-06' }),
        mentionOf({ articleId: 'd', type: 'deployment', geonameid: 1526384, date: '2022-01-06' }),
      ],
      gazetteer,
    );
    expect(incidents.map((i) => [i.type, i.place?.name ?? null, i.sources.join()]).sort()).toEqual([
      ['deployment', null, 'c'],
      ['deployment', 'Almaty', 'd'],
      ['statement', 'Astana', 'a,b'],
      ['statement', 'Paris', 'e'],
    ]);
  });

  it('raises confidence with independent sources and lowers it with hedges', () => {
    const one = mergeIncidents([mentionOf({ articleId: 'a', type: 'arson' })], gazetteer)[0]!;
    const two = mergeIncidents([mentionOf({ articleId: 'a', type: 'arson' }), mentionOf({ articleId: 'b', type: 'arson' })], gazetteer)[0]!;
    const hedged = mergeIncidents([mentionOf({ articleId: 'a', type: 'arson', hedges: ['reportedly'] })], gazetteer)[0]!;
    expect(one.confidence).toBe(0.5);
    expect(two.confidence).toBe(0.75);
    expect(hedged.confidence).toBeLessThan(one.confidence);
  });

  it('places the incident with [lon, lat] from the gazetteer', () => {
    const [inc] = mergeIncidents([mentionOf({ articleId: 'a', type: 'clash', geonameid: 1526384 })], gazetteer);
    expect(inc?.place).toEqual({ id: 1526384, name: 'Almaty', country: 'KZ', kind: 'city' });
    expect(inc?.coordinates).toEqual([76.9115, 43.2525]);
  });
});

describe('mergeIncidents: tallies, day counts and named people', () => {
  it('keeps a day’s count apart from the running total, and brings the totals of two sources together as a conflict', () => {
    const incidents = mergeIncidents(
      [
        mentionOf({ articleId: '005', type: 'detention', country: 'BY', figures: { detained: { value: 5000, qualifier: 'about' } } }),
        mentionOf({ articleId: '006', type: 'detention', country: 'BY', figures: { detained: { value: 6700, qualifier: 'more-than' } } }),
        mentionOf({ articleId: '006', type: 'detention', country: 'BY', start: 50, topic: 'day', figures: { detained: { value: 700, qualifier: 'about' } } }),
        mentionOf({
          articleId: '002', type: 'detention', country: 'BY', start: 90, date: '2020-08-10', topic: 'person:pridybail',
          actors: [{ articleId: '002', start: 150, end: 170, text: 'Konstantin Pridybail', kind: 'person', key: 'person:pridybail', name: 'Konstantin Pridybail' }],
        }),
      ],
      gazetteer,
    );
    expect(incidents.map((i) => i.title).sort()).toEqual(['Detention of Konstantin Pridybail in Belarus', 'Detentions (one day) in Belarus', 'Detentions in Belarus']);
    const total = incidents.find((i) => i.title === 'Detentions in Belarus');
    expect(total?.date).toBeNull();
    expect(total?.conflicts).toEqual([{ figure: 'detained', values: [{ value: 5000, source: '005' }, { value: 6700, source: '006' }] }]);
  });
});
