// The on-disk gazetteer format (data/gazetteer/gazetteer.tsv) and its parser: TSV text → Gazetteer.
// Pure: the caller reads the file (lib/io/read-gazetteer.ts) so this also runs in tests and the browser.
import type { Gazetteer, GazetteerEntry, PlaceKind } from '../types';
import { foldName } from './fold-name';

/** Column order of gazetteer.tsv; alternates are joined by "|". */
export const GAZETTEER_COLUMNS = [
  'geonameid', 'name', 'lat', 'lon', 'country', 'kind', 'featureCode', 'admin1', 'population', 'alternates',
] as const;

export interface GazetteerRow {
  geonameid: number;
  name: string;
  lat: number;
  lon: number;
  country: string;
  kind: PlaceKind;
  featureCode: string;
  admin1: string;
  population: number;
  alternates: string[];
}

const KINDS: ReadonlySet<string> = new Set(['city', 'region', 'country', 'other']);

export class GazetteerParseError extends Error {
  constructor(line: number, why: string) {
    super(`gazetteer.tsv line ${line}: ${why}; rebuild it with \`npm run gazetteer\``);
    this.name = 'GazetteerParseError';
  }
}

/** Parses gazetteer.tsv text into an indexed, read-only Gazetteer. */
export function parseGazetteer(tsv: string): Gazetteer {
  const entries = new Map<number, GazetteerEntry>();
  const names = new Map<number, string[]>();
  const index = new Map<string, number[]>();
  const countries = new Map<string, GazetteerEntry>();
  const regions = new Map<string, GazetteerEntry>();
  const lines = tsv.split('\n');
  let seenHeader = false;

  lines.forEach((line, i) => {
    if (!line || line.startsWith('#')) return;
    if (!seenHeader) {
      seenHeader = true;
      if (line.startsWith('geonameid')) return;
    }
    const f = line.split('\t');
    if (f.length < GAZETTEER_COLUMNS.length) throw new GazetteerParseError(i + 1, `expected ${GAZETTEER_COLUMNS.length} columns, got ${f.length}`);
    const kind = f[5] ?? '';
    if (!KINDS.has(kind)) throw new GazetteerParseError(i + 1, `unknown kind "${kind}"`);
    const entry: GazetteerEntry = {
      geonameid: Number(f[0]),
      name: f[1] ?? '',
      lat: Number(f[2]),
      lon: Number(f[3]),
      country: f[4] ?? '',
      kind: kind as PlaceKind,
      featureCode: f[6] ?? '',
      admin1: f[7] || null,
      population: Number(f[8]) || 0,
    };
    entries.set(entry.geonameid, entry);
    const all = [entry.name, ...(f[9] ? f[9].split('|') : [])];
    names.set(entry.geonameid, all);
    const keys = new Set(all.map(foldName));
    for (const key of keys) {
      if (!key) continue;
      const ids = index.get(key);
      if (ids) ids.push(entry.geonameid);
      else index.set(key, [entry.geonameid]);
    }
    if (entry.kind === 'country') countries.set(entry.country, entry);
    if (entry.kind === 'region' && entry.admin1) regions.set(entry.admin1, entry);
  });

  const none: readonly number[] = Object.freeze([]);
  return Object.freeze({
    size: entries.size,
    get: (id: number) => entries.get(id),
    lookup: (key: string) => index.get(key) ?? none,
    namesOf: (id: number) => names.get(id) ?? [],
    keys: () => index.keys(),
    country: (iso2: string) => countries.get(iso2),
    region: (code: string) => regions.get(code),
  });
}
