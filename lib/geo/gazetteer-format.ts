// The on-disk gazetteer format (data/gazetteer/gazetteer.tsv, lexicon.tsv) and its parser: TSV text → Gazetteer.
// Pure: the caller reads the files (lib/io/read-gazetteer.ts) so this also runs in tests and the browser.
// Loading is lazy where it can be: a row is split into an entry only when asked for.
import type { Gazetteer, GazetteerEntry, PlaceKind } from '../types';
import { foldName } from './fold-name';
import { SOUND_KEY_PREFIX, soundKey } from './sound-key';

/** Column order of gazetteer.tsv; alternates are joined by "|". */
export const GAZETTEER_COLUMNS = [
  'geonameid', 'name', 'lat', 'lon', 'country', 'kind', 'featureCode', 'admin1', 'population', 'alternates',
] as const;

/** Letters of lexicon.tsv's classes column. */
export const LEXICON_CLASSES = {
  common: 'c', // "mobile", "university": a word of the language
  firstName: 'f', // "mary", "franklin"
  lastName: 'l', // "moore", "obama"
  demonym: 'd', // "georgian", "ukrainian"
  organization: 'o', // "hamas"
} as const;

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

function toEntry(line: string, lineNo: number): GazetteerEntry {
  const f = line.split('\t');
  if (f.length < GAZETTEER_COLUMNS.length) throw new GazetteerParseError(lineNo, `expected ${GAZETTEER_COLUMNS.length} columns, got ${f.length}`);
  const kind = f[5] ?? '';
  if (!KINDS.has(kind)) throw new GazetteerParseError(lineNo, `unknown kind "${kind}"`);
  return Object.freeze({
    geonameid: Number(f[0]),
    name: f[1] ?? '',
    lat: Number(f[2]),
    lon: Number(f[3]),
    country: f[4] ?? '',
    kind: kind as PlaceKind,
    featureCode: f[6] ?? '',
    admin1: f[7] || null,
    population: Number(f[8]) || 0,
  });
}

/** The names field of a row: column 1 and column 9, without splitting the rest. */
function namesOfLine(line: string): string[] {
  const t1 = line.indexOf('\t');
  const t2 = line.indexOf('\t', t1 + 1);
  const last = line.lastIndexOf('\t');
  const alternates = line.slice(last + 1);
  return [line.slice(t1 + 1, t2), ...(alternates ? alternates.split('|') : [])];
}

/** Index keys for country and region codes sort apart from names: folded names have no "@". */
const COUNTRY_KEY = '@c ';
const REGION_KEY = '@r ';

/**
 * The name index (index.tsv) of gazetteer rows: one line per folded key, "key<TAB>id,id,...", sorted, so the
 * parser can binary-search it without building a hash map at load time. Also "@c UA" and "@r UA.12" lines
 * for countries and regions by code, and "~kandahar" sound keys of major places for misspellings.
 */
/** Places whose one-word names also get a sound key, for misspellings: countries, regions, towns of this size. */
const SOUND_KEY_MIN_POPULATION = 15_000;

export function toIndexLines(rows: readonly GazetteerRow[]): string[] {
  const index = new Map<string, number[]>();
  const add = (key: string, id: number) => {
    const ids = index.get(key);
    if (!ids) index.set(key, [id]);
    else if (!ids.includes(id)) ids.push(id);
  };
  for (const r of rows) {
    const major = r.kind === 'country' || r.featureCode === 'ADM1' || r.population >= SOUND_KEY_MIN_POPULATION;
    for (const name of [r.name, ...r.alternates]) {
      const key = foldName(name);
      if (key) add(key, r.geonameid);
      if (major && key.length >= 5 && /^[a-z]+$/.test(key)) add(SOUND_KEY_PREFIX + soundKey(key), r.geonameid);
    }
    if (r.kind === 'country' && r.featureCode === 'PCLI') add(COUNTRY_KEY + r.country, r.geonameid);
    if (r.kind === 'region' && r.featureCode === 'ADM1' && r.admin1) add(REGION_KEY + r.admin1, r.geonameid);
  }
  return [...index].map(([k, ids]) => `${k}\t${ids.join(',')}`).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function rowsOf(lines: readonly string[]): GazetteerRow[] {
  const rows: GazetteerRow[] = [];
  lines.forEach((line, i) => {
    const e = toEntry(line, i + 1);
    const [name = '', ...alternates] = namesOfLine(line);
    rows.push({ ...e, name, admin1: e.admin1 ?? '', alternates });
  });
  return rows;
}

/**
 * The data lines of a TSV text as start offsets (no strings are cut at load time): comment lines
 * ("# ...") and the header line ("geonameid\t...") are skipped.
 */
function lineStarts(text: string): Uint32Array {
  const starts: number[] = [];
  let at = 0;
  let seenHeader = false;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    if (end > at && text.charCodeAt(at) !== 35 /* # */) {
      if (seenHeader || !text.startsWith('geonameid', at)) starts.push(at);
      seenHeader = true;
    }
    at = end + 1;
  }
  return Uint32Array.from(starts);
}

function lineAt(text: string, start: number): string {
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? text.length : end);
}

/** Compares the text at `at` with `probe` over probe's length, like `<` on strings: -1, 0 or 1. */
function compareAt(text: string, at: number, probe: string): number {
  for (let i = 0; i < probe.length; i++) {
    const a = at + i < text.length ? text.charCodeAt(at + i) : -1;
    const b = probe.charCodeAt(i);
    if (a !== b) return a < b ? -1 : 1;
  }
  return 0;
}

/** First line (by index into `starts`) whose text is >= `probe`, comparing only probe's length. */
function lowerBound(text: string, starts: Uint32Array, probe: string): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareAt(text, starts[mid]!, probe) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Reads the leading integer of the line at `at` without cutting a string. */
function idAt(text: string, at: number): number {
  let n = 0;
  let i = at;
  for (let c = text.charCodeAt(i); c >= 48 && c <= 57; c = text.charCodeAt(++i)) n = n * 10 + (c - 48);
  return i === at ? Number.NaN : n;
}

export interface GazetteerSources {
  /** index.tsv text; built in memory from the rows when absent (slower, for small test gazetteers). */
  index?: string;
  /** lexicon.tsv text; no word classes when absent. */
  lexicon?: string;
}

/**
 * Parses gazetteer.tsv (rows sorted by geonameid) with its index and lexicon into a read-only Gazetteer.
 * Nothing is hashed at load time: ids and names are found by binary search, and a row is split into an
 * entry only when asked for.
 */
export function parseGazetteer(tsv: string, sources: GazetteerSources = {}): Gazetteer {
  let rowsText = tsv;
  let rowStarts = lineStarts(rowsText);
  let ids = Float64Array.from(rowStarts, (at) => idAt(rowsText, at));
  const bad = ids.findIndex((id) => !Number.isFinite(id));
  if (bad >= 0) throw new GazetteerParseError(bad + 1, 'no geonameid');
  // Rows must be sorted by id for the binary search; hand-made test gazetteers may not be.
  if (!ids.every((id, i) => i === 0 || ids[i - 1]! < id)) {
    const lines = [...rowStarts].map((at) => lineAt(rowsText, at));
    const order = [...lines.keys()].sort((x, y) => ids[x]! - ids[y]!);
    rowsText = order.map((i) => lines[i]!).join('\n');
    rowStarts = lineStarts(rowsText);
    ids = Float64Array.from(rowStarts, (at) => idAt(rowsText, at));
  }
  const indexText =
    sources.index ?? toIndexLines(rowsOf([...rowStarts].map((at) => lineAt(rowsText, at)))).join('\n');
  const indexStarts = lineStarts(indexText);

  const words = new Map<string, string>();
  for (const line of (sources.lexicon ?? '').split('\n')) {
    if (!line || line.charCodeAt(0) === 35) continue;
    const tab = line.indexOf('\t');
    if (tab > 0) words.set(line.slice(0, tab), line.slice(tab + 1));
  }

  const rowOf = (id: number): number => {
    let lo = 0;
    let hi = ids.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ids[mid]! < id) lo = mid + 1;
      else hi = mid;
    }
    return lo < ids.length && ids[lo] === id ? lo : -1;
  };
  const entries = new Map<number, GazetteerEntry>();
  const get = (id: number): GazetteerEntry | undefined => {
    const cached = entries.get(id);
    if (cached) return cached;
    const i = rowOf(id);
    if (i < 0) return undefined;
    const entry = toEntry(lineAt(rowsText, rowStarts[i]!), i + 1);
    entries.set(id, entry);
    return entry;
  };
  const none: readonly number[] = Object.freeze([]);
  const lookups = new Map<string, readonly number[]>();
  const lookup = (key: string): readonly number[] => {
    const cached = lookups.get(key);
    if (cached) return cached;
    const probe = `${key}\t`;
    const at = lowerBound(indexText, indexStarts, probe);
    let found = none;
    if (at < indexStarts.length && compareAt(indexText, indexStarts[at]!, probe) === 0) {
      found = Object.freeze(lineAt(indexText, indexStarts[at]! + probe.length).split(',').map(Number));
    }
    lookups.set(key, found);
    return found;
  };
  const byCode = (prefix: string, code: string) => {
    const [id] = lookup(prefix + code);
    return id === undefined ? undefined : get(id);
  };
  return Object.freeze({
    size: rowStarts.length,
    get,
    lookup,
    hasLongerKey: (key: string) => {
      const probe = `${key} `;
      const at = lowerBound(indexText, indexStarts, probe);
      return at < indexStarts.length && compareAt(indexText, indexStarts[at]!, probe) === 0;
    },
    namesOf: (id: number) => {
      const i = rowOf(id);
      return i < 0 ? [] : namesOfLine(lineAt(rowsText, rowStarts[i]!));
    },
    keys: function* () {
      for (const at of indexStarts) {
        const c = indexText.charCodeAt(at);
        if (c !== 64 /* @ */ && c !== 126 /* ~ */) yield indexText.slice(at, indexText.indexOf('\t', at));
      }
    },
    country: (iso2: string) => byCode(COUNTRY_KEY, iso2),
    region: (code: string) => byCode(REGION_KEY, code),
    wordClasses: (key: string) => words.get(key) ?? '',
  });
}
