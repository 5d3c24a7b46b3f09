import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGazetteer, GazetteerParseError, toIndexLines, type GazetteerRow } from '../../lib/geo/gazetteer-format';
import { readGazetteer } from '../../lib/io/read-gazetteer';

// Rows in the committed format, deliberately out of id order and without an index file.
const TSV = [
  '# test gazetteer',
  'geonameid\tname\tlat\tlon\tcountry\tkind\tfeatureCode\tadmin1\tpopulation\talternates',
  '1526273\tAstana\t51.1801\t71.446\tKZ\tcity\tPPLC\tKZ.05\t345604\tNur-Sultan|Akmola|Tselinograd',
  '1522867\tKazakhstan\t47.97\t66.17\tKZ\tcountry\tPCLI\t\t18276499\t',
  '608879\tMangghystaū\t43.5\t52.0\tKZ\tregion\tADM1\tKZ.09\t251041\tMangghystau|Mangghystau Province',
].join('\n');

describe('parseGazetteer', () => {
  const g = parseGazetteer(TSV);

  it('looks names up by their folded key, alternates and diacritics included', () => {
    expect(g.lookup('nur sultan')).toEqual([1526273]);
    expect(g.lookup('mangghystau')).toEqual([608879]);
    expect(g.lookup('mangghystau province')).toEqual([608879]);
    expect(g.lookup('nowhere')).toEqual([]);
  });

  it('parses entries on demand and finds countries and regions by code', () => {
    expect(g.size).toBe(3);
    expect(g.get(1526273)).toMatchObject({ name: 'Astana', kind: 'city', country: 'KZ', featureCode: 'PPLC', lon: 71.446 });
    expect(g.country('KZ')?.geonameid).toBe(1522867);
    expect(g.region('KZ.09')?.name).toBe('Mangghystaū');
    expect(g.namesOf(1526273)).toEqual(['Astana', 'Nur-Sultan', 'Akmola', 'Tselinograd']);
    expect(g.hasLongerKey?.('nur')).toBe(true);
    expect(g.hasLongerKey?.('astana')).toBe(false);
  });

  it('names the line and the fix when a row is broken', () => {
    expect(() => parseGazetteer('geonameid\tname\nx\ty').get(Number.NaN)).toThrow(GazetteerParseError);
  });
});

describe('a gazetteer read as bytes', () => {
  // the CLI reads the committed files as bytes and decodes only the lines a run asks for: it must answer as the text does
  const rows = readFileSync('data/gazetteer/gazetteer.tsv');
  const index = readFileSync('data/gazetteer/index.tsv');
  const lexicon = readFileSync('data/gazetteer/lexicon.tsv', 'utf8');
  const fromBytes = parseGazetteer(rows, { index, lexicon });
  const fromText = parseGazetteer(rows.toString('utf8'), { index: index.toString('utf8'), lexicon });
  const keys = [...fromText.keys()];
  // every 101st key, and every key written outside ASCII (where bytes and text could sort apart)
  const sample = [...keys.filter((_, i) => i % 101 === 0), ...keys.filter((k) => /[^\x00-\x7f]/.test(k))];

  it('lists the same keys', () => {
    expect(keys.length).toBeGreaterThan(100_000);
    expect([...fromBytes.keys()]).toEqual(keys);
  });

  it('finds the same places for keys, their first letters and near misses, and the same rows for them', () => {
    expect(sample.filter((k) => /[^\x00-\x7f]/.test(k)).length).toBeGreaterThan(200);
    for (const key of sample) {
      for (const probe of [key, key.slice(0, -1), `${key}x`, `${key} `]) {
        expect(fromBytes.lookup(probe)).toEqual(fromText.lookup(probe));
        expect(fromBytes.hasLongerKey?.(probe)).toBe(fromText.hasLongerKey?.(probe));
      }
      for (const id of fromText.lookup(key)) {
        expect(fromBytes.get(id)).toEqual(fromText.get(id));
        expect(fromBytes.namesOf(id)).toEqual(fromText.namesOf(id));
      }
    }
    expect(sample.every((key) => fromText.lookup(key).length > 0)).toBe(true);
    expect(fromBytes.size).toBe(fromText.size);
    expect(fromBytes.country('FR')).toEqual(fromText.country('FR'));
    expect(fromBytes.lookup('nowhere at all')).toEqual([]);
  });
});

describe('a hand-made gazetteer read as bytes', () => {
  const row = (geonameid: number, name: string, alternates: string[], kind: GazetteerRow['kind'] = 'city'): GazetteerRow => ({
    geonameid, name, lat: 1, lon: 2, country: 'XX', kind, featureCode: kind === 'country' ? 'PCLI' : 'PPL', admin1: '', population: 5, alternates,
  });
  // a name with a character above FFFF ("𠀀城") and one just below it ("﨎城"), which UTF-16 sorts the other way round
  const rows = [row(10, 'Zedland', [], 'country'), row(20, 'Villefort', []), row(30, 'Harbourtown', ['\u{20000}城', '\ufa0e城', 'Ville-du-Port'])];
  const line = (r: GazetteerRow) =>
    [r.geonameid, r.name, r.lat, r.lon, r.country, r.kind, r.featureCode, r.admin1, r.population, r.alternates.join('|')].join('\t');
  // a comment, the header, and no newline after the last line
  const tsvOf = (order: GazetteerRow[]) => ['# hand-made', 'geonameid\tname\tlat\tlon\tcountry\tkind\tfeatureCode\tadmin1\tpopulation\talternates', ...order.map(line)].join('\n');
  const index = toIndexLines(rows).join('\n');
  const bytes = (text: string) => new TextEncoder().encode(text);
  const fromText = parseGazetteer(tsvOf(rows), { index });

  it('sorts the index in code point order, the order of UTF-8 bytes', () => {
    expect(toIndexLines(rows).map((l) => l.split('\t')[0])).toEqual([
      '@c XX', 'harbourtown', 'ville du port', 'villefort', 'zedland', '~zedland', '\ufa0e城', '\u{20000}城',
    ]);
  });

  it('answers from bytes as from text, for rows in order or not, the last line included', () => {
    for (const fromBytes of [parseGazetteer(bytes(tsvOf(rows)), { index: bytes(index) }), parseGazetteer(bytes(tsvOf([...rows].reverse())), { index: bytes(index) })]) {
      expect([...fromBytes.keys()]).toEqual([...fromText.keys()]);
      for (const key of fromText.keys()) {
        expect(fromText.lookup(key).length).toBeGreaterThan(0);
        expect(fromBytes.lookup(key)).toEqual(fromText.lookup(key));
        expect(fromBytes.hasLongerKey?.(key)).toBe(fromText.hasLongerKey?.(key));
      }
      expect(fromBytes.lookup('\u{20000}城')).toEqual([30]);
      expect(fromBytes.lookup('\ufa0e城')).toEqual([30]);
      expect(fromBytes.hasLongerKey?.('ville')).toBe(true);
      expect(fromBytes.lookup('villefor')).toEqual([]);
      expect(fromBytes.get(30)).toEqual(fromText.get(30));
      expect(fromBytes.namesOf(30)).toEqual(['Harbourtown', '\u{20000}城', '\ufa0e城', 'Ville-du-Port']);
      expect(fromBytes.country('XX')?.name).toBe('Zedland');
      expect(fromBytes.size).toBe(3);
    }
  });
});

describe('the committed gazetteer', () => {
  const g = readGazetteer();
  it('carries cities of 1,000+, admin-2 areas, regions, countries and a word-class lexicon', () => {
    expect(g.size).toBeGreaterThan(150_000);
    expect(g.get(1526384)?.name).toBe('Almaty');
    expect(g.lookup('laurel county').length).toBeGreaterThan(0);
    expect(g.country('FR')?.name).toBe('France');
    expect(g.wordClasses?.('georgian')).toContain('d');
  });
});
