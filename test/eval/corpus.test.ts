import { describe, expect, it } from 'vitest';
import { formatCorpusReport, GoldFormatError, scoreCorpus } from '../../lib/eval/corpus';
import type { CorpusResult, Incident } from '../../lib/types';
import { smallGazetteer as gazetteer } from '../extract/small-gazetteer';

function incident(i: Partial<Incident> & Pick<Incident, 'id' | 'type'>): Incident {
  return {
    title: '', date: null, dateText: null, place: null, coordinates: null, actors: [], figures: {}, claims: [], conflicts: [],
    sources: [], confidence: 0.5, country: 'KZ', ...i,
  };
}

const almaty = { id: 1526384, name: 'Almaty', country: 'KZ', kind: 'city' as const };

// Shaped like ../shared/eval/kazakhstan-2022/gold.json (names and values from the seed gold).
const gold = {
  places: [
    { name: 'Almaty', kind: 'city', country: 'KZ', lat: 43.25249, lon: 76.9115, geonameid: 1526384, mentions: [{ file: 'a', count: 1 }] },
    { name: 'Kazakhstan', kind: 'country', country: 'KZ', lat: 48, lon: 68, geonameid: 1522867, mentions: [{ file: 'a', count: 1 }] },
    { name: 'Aktobe', kind: 'city', country: 'KZ', lat: 50.27969, lon: 57.20718, mentions: [{ file: 'a', count: 1 }] },
    { name: 'Almaty International Airport', kind: 'landmark', country: 'KZ', lat: 43.3521, lon: 77.0405, mentions: [{ file: 'a', count: 1 }] },
    { name: 'Europe', kind: 'region', lat: 48.69, lon: 9.14, plot: false, mentions: [{ file: 'a', count: 1 }] },
  ],
  incidents: [
    { id: 'E07', type: 'clash', place: 'Almaty', date: null, figures: { crowd: [5000, 20000] } },
    { id: 'E24', type: 'detention', place: null, date: '2022-01-07', figures: { detained: [3000, 3700] } },
    { id: 'E09', type: 'clash', place: 'Aktobe', date: '2022-01-05', figures: {} },
    { id: 'E02', type: 'price-change', place: null, date: null, figures: {} },
  ],
};

const result: CorpusResult = {
  articles: [],
  inputs: [],
  actors: [],
  places: [
    { articleId: 'a', start: 0, end: 6, text: 'Almaty', role: 'event', geonameid: 1526384, score: 1 },
    { articleId: 'a', start: 10, end: 20, text: 'Kazakhstan', role: 'event', geonameid: 1522867, score: 1 },
    { articleId: 'a', start: 30, end: 36, text: 'Moscow', role: 'event', geonameid: 524901, score: 1 },
    { articleId: 'a', start: 40, end: 45, text: 'Minsk', role: 'boilerplate', geonameid: 625144, score: 1 },
  ],
  incidents: [
    incident({
      id: 'i1', type: 'riot', place: almaty, coordinates: [76.9115, 43.2525], figures: { crowd: { value: 20000, qualifier: 'about' } },
      conflicts: [{ figure: 'crowd', values: [{ value: 5000, source: 'a' }, { value: 20000, source: 'b' }] }],
    }),
    incident({ id: 'i2', type: 'detention', date: '2022-01-08', figures: { detained: { value: 3000, qualifier: 'more-than' } } }),
    incident({ id: 'i3', type: 'statement', date: '2022-01-07' }),
  ],
};

describe('scoreCorpus', () => {
  const m = scoreCorpus(gold, result, gazetteer);

  it('matches places by kind and distance, leaves out furniture-only places and those not to be drawn', () => {
    expect(m.places).toMatchObject({ matched: 2, predicted: 3, gold: 3 });
    expect(m.places.missed).toEqual(['Aktobe']);
    expect(m.places.extra).toEqual(['Moscow (city, 524901)']);
  });

  it('matches incidents by type family, place and a one-day window', () => {
    expect(m.incidents).toMatchObject({ matched: 2, predicted: 3, gold: 4 });
    expect(m.incidents.pairs).toEqual([['E07', 'i1'], ['E24', 'i2']]);
  });

  it('counts figures some source states and conflicts flagged', () => {
    expect(m.figures).toMatchObject({ total: 2, correct: 2 });
    expect(m.conflicts).toMatchObject({ total: 2, flagged: 1, missed: ['E24 detained 3000/3700'] });
  });

  it('prints a report', () => {
    expect(formatCorpusReport(m)).toMatch(/^places {5}P 0\.667 {2}R 0\.667 {2}F1 0\.667/);
  });

  it('names the problem in a malformed gold file', () => {
    expect(() => scoreCorpus({ places: 'x' }, result, gazetteer)).toThrow(GoldFormatError);
  });
});
