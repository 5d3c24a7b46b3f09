import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadDashboard } from '../../lib/data';
import { filterIncidents } from '../../lib/view-state/filter-incidents';
import { CSV_COLUMNS, toCsv } from '../../lib/view-state/to-csv';
import { toGeojson } from '../../lib/view-state/to-geojson';
import { toKml } from '../../lib/view-state/to-kml';
import { DEFAULT_VIEW_STATE } from '../../lib/view-state/view-state';

// The dashboard fixture: seed excerpts with hand-written incidents (see test/fixtures/dashboard/README.md).
const data = loadDashboard('test/fixtures/dashboard');
const ids = (list: { id: string }[]) => list.map((i) => i.id).sort();

describe('filterIncidents', () => {
  const cases: Array<[name: string, filters: Partial<typeof DEFAULT_VIEW_STATE>, expected: string[]]> = [
    ['no filter keeps all', {}, ids(data.incidents)],
    ['by type', { types: ['riot', 'clash'] }, ['i-clash-almaty', 'i-riot-almaty']],
    ['by actor', { actor: 'csto' }, ['i-deploy-csto']],
    ['by source', { source: '003_a5c2a1ac9a5ab392' }, ['i-deploy-csto', 'i-protest-aktau', 'i-riot-almaty']],
    ['by words in a quote, any case', { q: 'TEAR gas' }, ['i-clash-almaty']],
    ['by place name', { q: 'almaty', types: ['riot'] }, ['i-riot-almaty']],
    ['by a one-day range, dropping undated incidents', { from: '2022-01-04', to: '2022-01-04' }, ['i-protest-aktau']],
    ['by an open-ended range', { from: '2022-01-07' }, ['i-hostile', 'i-killed-nationwide', 'i-statement-moscow']],
  ];
  test.each(cases)('%s', (_name, filters, expected) => {
    expect(ids(filterIncidents(data.incidents, { ...DEFAULT_VIEW_STATE, ...filters }))).toEqual(expected);
  });

  test('does not change its input', () => {
    const before = JSON.stringify(data.incidents);
    filterIncidents(data.incidents, { ...DEFAULT_VIEW_STATE, types: ['riot'] });
    expect(JSON.stringify(data.incidents)).toBe(before);
  });
});

describe('toCsv', () => {
  test('writes a header and one row per incident with ACLED-like columns', () => {
    const lines = toCsv(data.incidents, (id) => id).trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(data.incidents.length + 1);
  });

  test('quotes commas and quotes, and defuses spreadsheet formulas from article text', () => {
    const [riot] = data.incidents.filter((i) => i.id === 'i-riot-almaty');
    const csv = toCsv([{ ...riot!, title: '=HYPERLINK("http://x")' }], (id) => id);
    const row = csv.split('\r\n')[1]!;
    expect(row).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(row).toContain(',"Tokayev added that as many as 20,000 “bandits” attacked');
    expect(row.startsWith('i-riot-almaty,2022-01-06,2022,riot,')).toBe(true);
  });
});

describe('toKml', () => {
  test('writes a placemark per located incident with escaped text', () => {
    const kml = toKml(data.incidents, 'Mapwire <test> & co');
    const located = data.incidents.filter((i) => i.lat !== null);
    expect(kml.match(/<Placemark /g)).toHaveLength(located.length);
    expect(kml).toContain('<name>Mapwire &lt;test&gt; &amp; co</name>');
    expect(kml).toContain('<name>20,000 &quot;bandits&quot; attack government building in Almaty</name>');
    expect(kml).not.toMatch(/<name>[^<]*"/);
  });
});

describe('toGeojson', () => {
  test('gives back the contract shape of incidents.geojson', () => {
    const original = JSON.parse(readFileSync('test/fixtures/dashboard/incidents.geojson', 'utf8'));
    const collection = toGeojson(data.incidents);
    expect(collection.features.map((f) => f.geometry)).toEqual(original.features.map((f: { geometry: unknown }) => f.geometry));
    const riot = collection.features.find((f) => f.id === 'i-riot-almaty')!;
    expect(Object.keys(riot.properties!).sort()).toEqual(Object.keys(original.features[1].properties).sort());
    expect(riot.properties!.claims[0]).not.toHaveProperty('context');
  });
});
