import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { DashboardDataError, dataFilesOf, FILED_RECORDS, loadDashboard, toDataFiles } from '../lib/data';

// A real sentence from the seeds (000_48fb1aefbad29be2.txt), short enough to keep inline.
const TEXT =
  'Kazakh President Gives Order To Forces To Kill To Quell Unrest\n\n' +
  'They also gathered at the mayor’s office in Almaty. The protests led to the resignation of the cabinet.\n\n' +
  'Clashes took place in Almaty, with police firing stun grenades and tear gas into a crowd of more than 5,000 people.';

const dirs: string[] = [];
function corpus(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mapwire-data-'));
  dirs.push(dir);
  for (const [name, value] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof value === 'string' ? value : JSON.stringify(value));
  }
  return dir;
}
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const SOURCE = { id: 'a1', file: 'a1.txt', title: 'Kazakh President', outlet: null, author: null, published: null, sha256: 'x', chars: TEXT.length, text: TEXT };
const mentionsOf = (name: string) =>
  [...TEXT.matchAll(new RegExp(name, 'g'))].map((m) => ({ source: 'a1', start: m.index, end: m.index + name.length, text: name, role: 'event' }));
const PLACES = {
  type: 'FeatureCollection',
  features: [{
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [76.92861, 43.25667] },
    properties: { id: 1526384, name: 'Almaty', country: 'KZ', kind: 'city', geonameid: 1526384, population: 2000900, aliases: [], mentions: mentionsOf('Almaty') },
  }],
};

describe('loadDashboard', () => {
  test('gives each mention the sentence around it', () => {
    const data = loadDashboard(corpus({ 'sources.json': [SOURCE], 'places.geojson': PLACES }));
    const [almaty] = data.places;
    expect(almaty).toMatchObject({ id: '1526384', name: 'Almaty', lat: 43.25667, lon: 76.92861 });
    expect(almaty!.mentions.map((m) => TEXT.slice(m.sentence.start, m.sentence.end))).toEqual([
      'They also gathered at the mayor’s office in Almaty.',
      'Clashes took place in Almaty, with police firing stun grenades and tear gas into a crowd of more than 5,000 people.',
    ]);
  });

  test('keeps an abbreviation inside its sentence', () => {
    const text = 'Troops left. The U.S. said Almaty was calm. Then more.';
    const start = text.indexOf('Almaty');
    const data = loadDashboard(corpus({
      'sources.json': [{ ...SOURCE, text }],
      'places.geojson': { ...PLACES, features: [{ ...PLACES.features[0], properties: { ...PLACES.features[0]!.properties, mentions: [{ source: 'a1', start, end: start + 6, text: 'Almaty', role: 'event' }] } }] },
    }));
    const sentence = data.places[0]!.mentions[0]!.sentence;
    expect(text.slice(sentence.start, sentence.end)).toBe('The U.S. said Almaty was calm.');
  });

  test('treats missing incidents, actors and manifest as empty', () => {
    const data = loadDashboard(corpus({ 'sources.json': [SOURCE], 'places.geojson': PLACES }));
    expect(data).toMatchObject({ incidents: [], actors: [], generatedAt: null });
  });

  test('drops mentions of unknown sources rather than pointing into nothing', () => {
    const places = structuredClone(PLACES);
    places.features[0]!.properties.mentions[0]!.source = 'missing';
    const data = loadDashboard(corpus({ 'sources.json': [SOURCE], 'places.geojson': places }));
    expect(data.places[0]!.mentions).toHaveLength(1);
  });

  test('reads country-wide incidents with a null geometry', () => {
    const incidents = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: null, properties: { id: 'i1', type: 'emergency', title: 'State of emergency', date: '2022-01-05', dateText: '5 January', place: null, actors: [], figures: {}, claims: [], conflicts: [], sources: ['a1'], confidence: 0.5 } }],
    };
    const data = loadDashboard(corpus({ 'sources.json': [SOURCE], 'places.geojson': PLACES, 'incidents.geojson': incidents }));
    expect(data.incidents[0]).toMatchObject({ id: 'i1', lat: null, lon: null, place: null });
  });

  test('names the file and the fix when an output is missing or broken', () => {
    expect(() => loadDashboard(corpus({ 'sources.json': [SOURCE] }))).toThrow(/places\.geojson.*npm run ingest/);
    expect(() => loadDashboard(corpus({ 'sources.json': '{', 'places.geojson': PLACES }))).toThrow(DashboardDataError);
  });

  test('loads the committed seed output, every mention inside its sentence', () => {
    const data = loadDashboard('data/generated');
    expect(data.sources).toHaveLength(5);
    expect(data.places.map((p) => p.name)).toContain('Almaty');
    const textOf = new Map(data.sources.map((s) => [s.id, s.text]));
    for (const place of data.places) {
      for (const m of place.mentions) {
        expect(textOf.get(m.source)!.slice(m.start, m.end)).toBe(m.text);
        expect(m.sentence.start).toBeLessThanOrEqual(m.start);
        expect(m.sentence.end).toBeGreaterThanOrEqual(m.end);
      }
    }
  });
});

describe('toDataFiles', () => {
  const joined = <T>(files: T[][]) => files.flat();
  const chars = (file: unknown[]) => JSON.stringify(file).length;

  test('the seeds: one file of each kind at the default size, many at a small one, every record once and in order', () => {
    const data = loadDashboard('data/generated');
    for (const kind of FILED_RECORDS) {
      expect(dataFilesOf(data, kind)).toEqual([data[kind]]);
      // asked again (the export asks once per file), the same split
      expect(dataFilesOf(data, kind)).toBe(dataFilesOf(data, kind));
    }
    const files = toDataFiles(data.sources, 5_000);
    expect(files.length).toBeGreaterThan(1);
    expect(joined(files)).toEqual(data.sources);
    for (const file of files) expect(file.length === 1 || chars(file) <= 5_000).toBe(true);
  });

  test('an empty list is one empty file, so that the export still writes it', () => {
    expect(toDataFiles([])).toEqual([[]]);
  });

  test('any records: in order, each file within the limit unless one record alone exceeds it, no file that could have taken the next record', () => {
    const record = fc.record({ id: fc.string(), text: fc.string({ maxLength: 400 }) });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 80 }), fc.integer({ min: 10, max: 2_000 }), (records, maxChars) => {
        const files = toDataFiles(records, maxChars);
        expect(joined(files)).toEqual(records);
        for (const [k, file] of files.entries()) {
          if (file.length > 1) expect(chars(file)).toBeLessThanOrEqual(maxChars);
          const next = files[k + 1];
          if (next) expect(chars([...file, next[0]])).toBeGreaterThan(maxChars);
        }
      }),
      { numRuns: 300 },
    );
  });
});
