import { describe, expect, it } from 'vitest';
import { parseGazetteer, GazetteerParseError } from '../../lib/geo/gazetteer-format';
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
