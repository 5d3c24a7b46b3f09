// The on-disk gazetteer format (data/gazetteer/gazetteer.tsv, lexicon.tsv) and its parser: TSV text or bytes → Gazetteer.
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

/** Places whose one-word names also get a sound key, for misspellings: countries, regions, towns of this size. */
const SOUND_KEY_MIN_POPULATION = 15_000;

/**
 * The name index (index.tsv) of gazetteer rows: one line per folded key, "key<TAB>id,id,...", sorted, so the
 * parser can binary-search it without building a hash map at load time. Also "@c UA" and "@r UA.12" lines
 * for countries and regions by code, and "~kandahar" sound keys of major places for misspellings.
 */
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
  return [...index].map(([k, ids]) => `${k}\t${ids.join(',')}`).sort(compareByCodePoint);
}

/**
 * A UTF-16 unit's rank in code point order: the surrogates (D800–DFFF), which make the characters above
 * FFFF, rank after the rest of the Basic Multilingual Plane. Sorted so, text sorts as its UTF-8 bytes do,
 * and the index can be searched as text or as bytes alike.
 */
function codePointRank(unit: number): number {
  return unit < 0xd800 ? unit : unit < 0xe000 ? unit + 0x2000 : unit - 0x800;
}

/** Like `<` on strings, but in code point order (codePointRank). */
function compareByCodePoint(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) < codePointRank(y) ? -1 : 1;
  }
  return a.length - b.length;
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

/** What opens the header line of gazetteer.tsv, which is skipped with the comments. */
const HEADER = 'geonameid';

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
      if (seenHeader || !text.startsWith(HEADER, at)) starts.push(at);
      seenHeader = true;
    }
    at = end + 1;
  }
  return Uint32Array.from(starts);
}

/**
 * lineStarts of UTF-8 bytes (the characters it looks for are ASCII, one byte each). A loop of its own rather
 * than one loop over either through callbacks: it runs once per row of the file, before V8 has optimised it.
 */
function byteLineStarts(bytes: Uint8Array): Uint32Array {
  const header = Uint8Array.from(HEADER, (c) => c.charCodeAt(0));
  const isHeader = (at: number) => header.every((c, i) => bytes[at + i] === c);
  const starts: number[] = [];
  let at = 0;
  let seenHeader = false;
  while (at < bytes.length) {
    let end = bytes.indexOf(10 /* \n */, at);
    if (end < 0) end = bytes.length;
    if (end > at && bytes[at] !== 35 /* # */) {
      if (seenHeader || !isHeader(at)) starts.push(at);
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

/** Compares the text at `at` with `probe` over probe's length, in code point order: -1, 0 or 1. */
function compareAt(text: string, at: number, probe: string): number {
  for (let i = 0; i < probe.length; i++) {
    const a = at + i < text.length ? codePointRank(text.charCodeAt(at + i)) : -1;
    const b = codePointRank(probe.charCodeAt(i));
    if (a !== b) return a < b ? -1 : 1;
  }
  return 0;
}

/** compareAt over UTF-8 bytes, with the probe encoded. */
function compareBytesAt(bytes: Uint8Array, at: number, probe: Uint8Array): number {
  for (let i = 0; i < probe.length; i++) {
    const a = at + i < bytes.length ? bytes[at + i]! : -1;
    const b = probe[i]!;
    if (a !== b) return a < b ? -1 : 1;
  }
  return 0;
}

/** The first of `lines` sorted lines that does not sort before the probe (compare(line) >= 0), or `lines`. */
function lowerBound(lines: number, compare: (line: number) => number): number {
  let lo = 0;
  let hi = lines;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(mid) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** index.tsv, searched by binary search: its lines are sorted in code point order (toIndexLines). */
interface NameIndex {
  /** What follows `prefix` on the first line that starts with it, or null when none does. */
  after(prefix: string): string | null;
  /** Whether some line starts with `prefix`. */
  has(prefix: string): boolean;
  /** The keys of the index, names only (not the "@" codes or "~" sound keys). */
  keys(): Generator<string>;
}

function textIndex(text: string): NameIndex {
  const starts = lineStarts(text);
  /** The first line that starts with the prefix, or -1. */
  const find = (prefix: string) => {
    const at = lowerBound(starts.length, (line) => compareAt(text, starts[line]!, prefix));
    return at < starts.length && compareAt(text, starts[at]!, prefix) === 0 ? at : -1;
  };
  return {
    after(prefix) {
      const at = find(prefix);
      return at < 0 ? null : lineAt(text, starts[at]! + prefix.length);
    },
    has: (prefix) => find(prefix) >= 0,
    *keys() {
      for (const at of starts) {
        const c = text.charCodeAt(at);
        if (c !== 64 /* @ */ && c !== 126 /* ~ */) yield text.slice(at, text.indexOf('\t', at));
      }
    },
  };
}

/** Decodes lines as Buffer.toString would: a byte order mark is kept, not dropped. */
const UTF8_DECODER = new TextDecoder('utf-8', { ignoreBOM: true });
const UTF8_ENCODER = new TextEncoder();

/** The text of UTF-8 bytes from `from` to the first `stop` byte, or to the end of its line. */
function decodeTo(bytes: Uint8Array, from: number, stop: number): string {
  let end = bytes.indexOf(10 /* \n */, from);
  if (end < 0) end = bytes.length;
  const before = stop === 10 ? -1 : bytes.subarray(from, end).indexOf(stop);
  return UTF8_DECODER.decode(bytes.subarray(from, before < 0 ? end : from + before));
}

/** The index kept as the file's bytes, searched with the probe encoded: UTF-8 bytes sort in code point order. */
function byteIndex(bytes: Uint8Array): NameIndex {
  const starts = byteLineStarts(bytes);
  /** The first line that starts with the encoded prefix, or -1. */
  const find = (probe: Uint8Array) => {
    const at = lowerBound(starts.length, (line) => compareBytesAt(bytes, starts[line]!, probe));
    return at < starts.length && compareBytesAt(bytes, starts[at]!, probe) === 0 ? at : -1;
  };
  return {
    after(prefix) {
      const probe = UTF8_ENCODER.encode(prefix);
      const at = find(probe);
      return at < 0 ? null : decodeTo(bytes, starts[at]! + probe.length, 10 /* \n */);
    },
    has: (prefix) => find(UTF8_ENCODER.encode(prefix)) >= 0,
    *keys() {
      for (const at of starts) {
        const c = bytes[at];
        if (c !== 64 /* @ */ && c !== 126 /* ~ */) yield decodeTo(bytes, at, 9 /* \t */);
      }
    },
  };
}

/** The leading integer of the line at `at`, read digit by digit (a digit is one unit in text and in UTF-8). */
function leadingInteger(codeAt: (at: number) => number, at: number): number {
  let n = 0;
  let i = at;
  for (let c = codeAt(i); c >= 48 && c <= 57; c = codeAt(++i)) n = n * 10 + (c - 48);
  return i === at ? Number.NaN : n;
}

/** The rows of gazetteer.tsv: where each starts, its text and its geonameid. */
interface RowTable {
  starts: Uint32Array;
  line(row: number): string;
  id(row: number): number;
}

function textRows(text: string): RowTable {
  const starts = lineStarts(text);
  const codeAt = (at: number) => text.charCodeAt(at);
  return { starts, line: (row) => lineAt(text, starts[row]!), id: (row) => leadingInteger(codeAt, starts[row]!) };
}

/**
 * Rows kept as the file's bytes, each decoded when it is asked for. Decoding the whole file into one string
 * took about a third of loading the gazetteer (its alternate names in many scripts make it a two-byte string
 * of 12 million characters), and a run asks for a few thousand of its rows.
 */
function byteRows(bytes: Uint8Array): RowTable {
  const starts = byteLineStarts(bytes);
  const codeAt = (at: number) => bytes[at] ?? -1;
  return { starts, line: (row) => decodeTo(bytes, starts[row]!, 10 /* \n */), id: (row) => leadingInteger(codeAt, starts[row]!) };
}

/** Every row's geonameid, in file order. */
function idsOf(rows: RowTable): Float64Array {
  const ids = new Float64Array(rows.starts.length);
  for (let row = 0; row < ids.length; row++) ids[row] = rows.id(row);
  return ids;
}

export interface GazetteerSources {
  /** index.tsv, as text or as its UTF-8 bytes; built in memory from the rows when absent (slower, for small test gazetteers). */
  index?: string | Uint8Array;
  /** lexicon.tsv text; no word classes when absent. */
  lexicon?: string;
}

/**
 * Parses gazetteer.tsv (rows sorted by geonameid; its text, or its UTF-8 bytes as read from disk) with its index
 * and lexicon into a read-only Gazetteer.
 * Nothing is hashed at load time: ids and names are found by binary search, and a row is split into an
 * entry only when asked for.
 */
export function parseGazetteer(tsv: string | Uint8Array, sources: GazetteerSources = {}): Gazetteer {
  let rows = typeof tsv === 'string' ? textRows(tsv) : byteRows(tsv);
  let ids = idsOf(rows);
  const bad = ids.findIndex((id) => !Number.isFinite(id));
  if (bad >= 0) throw new GazetteerParseError(bad + 1, 'no geonameid');
  // Rows must be sorted by id for the binary search; hand-made test gazetteers may not be.
  if (!ids.every((id, i) => i === 0 || ids[i - 1]! < id)) {
    const unsorted = rows;
    const order = Array.from(unsorted.starts, (_, row) => row).sort((x, y) => ids[x]! - ids[y]!);
    rows = textRows(order.map((row) => unsorted.line(row)).join('\n'));
    ids = idsOf(rows);
  }
  const index =
    sources.index === undefined || typeof sources.index === 'string'
      ? textIndex(sources.index ?? toIndexLines(rowsOf(Array.from(rows.starts, (_, row) => rows.line(row)))).join('\n'))
      : byteIndex(sources.index);

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
    const entry = toEntry(rows.line(i), i + 1);
    entries.set(id, entry);
    return entry;
  };
  const none: readonly number[] = Object.freeze([]);
  const lookups = new Map<string, readonly number[]>();
  const lookup = (key: string): readonly number[] => {
    const cached = lookups.get(key);
    if (cached) return cached;
    const ids = index.after(`${key}\t`);
    const found = ids === null ? none : Object.freeze(ids.split(',').map(Number));
    lookups.set(key, found);
    return found;
  };
  const byCode = (prefix: string, code: string) => {
    const [id] = lookup(prefix + code);
    return id === undefined ? undefined : get(id);
  };
  return Object.freeze({
    size: rows.starts.length,
    get,
    lookup,
    hasLongerKey: (key: string) => index.has(`${key} `),
    namesOf: (id: number) => {
      const i = rowOf(id);
      return i < 0 ? [] : namesOfLine(rows.line(i));
    },
    keys: () => index.keys(),
    country: (iso2: string) => byCode(COUNTRY_KEY, iso2),
    region: (code: string) => byCode(REGION_KEY, code),
    wordClasses: (key: string) => words.get(key) ?? '',
  });
}
