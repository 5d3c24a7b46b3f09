// data/generated (sources.json, places.geojson, incidents.geojson, actors.json, manifest.json) → DashboardData,
// the plain props the dashboard renders. Runs at build time only (Server Components), never in the browser.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import type { SourceRecord } from './emit/to-sources';
import type { Actor, FigureName, Figures, IncidentType, PlaceKind, PlaceRole, Qualifier } from './types';

/** Where the pipeline writes its output; MAPWIRE_DATA points the dashboard at another folder. */
const DEFAULT_DATA_DIR = 'data/generated';
/**
 * Most characters of JSON in one data file the dashboard fetches: it parses one file between two frames, so a corpus
 * of any size loads without one long main-thread task. Files of 10,000 incidents (5.7 MB of the dashboard bench's
 * records) took 100–360 ms each to parse and collect on a 2-core machine, and a 10,000-article corpus has 29 MB
 * of article text.
 */
export const DATA_FILE_CHARS = 1_500_000;
/** The records the dashboard fetches as numbered files (data/<kind>/<n>.json in the export), in this order. */
export const FILED_RECORDS = ['places', 'sources', 'actors', 'incidents'] as const;
export type FiledRecords = (typeof FILED_RECORDS)[number];
/** Longest sentence shown around a mention; longer "sentences" are photo captions or run-on page furniture. */
const MAX_SENTENCE_CHARS = 600;

/** A source as sources.json has it, less its hash: the full text is what every offset points into. */
export type SourceView = Omit<SourceRecord, 'sha256'>;

export interface PlaceMentionView {
  source: string;
  start: number;
  end: number;
  text: string;
  role: PlaceRole;
  /** The sentence around the mention, [start, end) in the source text. */
  sentence: { start: number; end: number };
}

export interface PlaceView {
  id: string;
  name: string;
  country: string;
  kind: PlaceKind;
  lat: number;
  lon: number;
  population: number;
  aliases: string[];
  mentions: PlaceMentionView[];
}

export interface ClaimView {
  source: string;
  quote: string;
  /** Where the quote is in the source text; both -1 when the source text does not contain it. */
  start: number;
  end: number;
  figures: Figures;
  /** The sentence(s) around the quote, [start, end) in the source text, for showing it in context. */
  context: { start: number; end: number };
}

export interface IncidentView {
  id: string;
  type: IncidentType;
  title: string;
  date: string | null;
  dateText: string | null;
  place: { id: string; name: string; country: string; kind: PlaceKind } | null;
  /** null for a country-wide incident with no place. */
  lat: number | null;
  lon: number | null;
  actors: string[];
  figures: Figures;
  claims: ClaimView[];
  conflicts: Array<{ figure: FigureName; values: Array<{ value: number; source: string }> }>;
  sources: string[];
  confidence: number;
}

/** An actor as actors.json has it, with place ids as the strings places.geojson uses. */
export type ActorView = Omit<Actor, 'locations'> & { locations: Array<{ place: string; incidents: string[] }> };

export interface DashboardData {
  sources: SourceView[];
  places: PlaceView[];
  incidents: IncidentView[];
  actors: ActorView[];
  generatedAt: string | null;
}

export class DashboardDataError extends Error {
  constructor(file: string, why: string) {
    super(`${file}: ${why}; regenerate it with \`npm run ingest\``);
    this.name = 'DashboardDataError';
  }
}

const ID = z.union([z.string(), z.number()]).transform(String);
const NULLABLE_STRING = z.string().nullish().transform((v) => v ?? null);
const PLACE_KIND = z.enum(['city', 'region', 'country', 'other']);
const QUALIFIER = z.enum(['exact', 'about', 'at-least', 'more-than', 'up-to', 'range', 'vague'] satisfies Qualifier[]);
const FIGURE = z.object({ value: z.number(), qualifier: QUALIFIER, max: z.number().optional() });
const FIGURES = z
  .object({ killed: FIGURE, injured: FIGURE, detained: FIGURE, crowd: FIGURE, troops: FIGURE })
  .partial()
  .default({});
const POINT = z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]).rest(z.number()) });

const SOURCES = z.array(
  z.object({
    id: ID,
    file: z.string(),
    title: z.string(),
    outlet: NULLABLE_STRING,
    author: NULLABLE_STRING,
    published: NULLABLE_STRING,
    chars: z.number().optional(),
    text: z.string().default(''),
  }),
);

const PLACES = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      geometry: POINT,
      properties: z.object({
        id: ID,
        name: z.string(),
        country: z.string().default(''),
        kind: PLACE_KIND.catch('other'),
        population: z.number().nullish().transform((v) => v ?? 0),
        aliases: z.array(z.string()).default([]),
        mentions: z
          .array(
            z.object({
              source: ID,
              start: z.number().int().nonnegative(),
              end: z.number().int().nonnegative(),
              text: z.string(),
              role: z.enum(['event', 'dateline', 'speaker', 'context', 'caption', 'boilerplate']).catch('context'),
            }),
          )
          .default([]),
      }),
    }),
  ),
});

const INCIDENTS = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      geometry: POINT.nullable(),
      properties: z.object({
        id: ID,
        type: z
          .enum([
            'protest', 'riot', 'clash', 'killing', 'injury', 'detention', 'arson', 'looting',
            'deployment', 'shutdown', 'statement', 'resignation', 'emergency', 'policy', 'other',
          ] satisfies IncidentType[])
          .catch('other'),
        title: z.string(),
        date: NULLABLE_STRING,
        dateText: NULLABLE_STRING,
        place: z
          .object({ id: ID, name: z.string(), country: z.string().default(''), kind: PLACE_KIND.catch('other') })
          .nullish()
          .transform((v) => v ?? null),
        actors: z.array(ID).default([]),
        figures: FIGURES,
        claims: z
          .array(z.object({ source: ID, quote: z.string(), start: z.number(), end: z.number(), figures: FIGURES }))
          .default([]),
        conflicts: z
          .array(
            z.object({
              figure: z.enum(['killed', 'injured', 'detained', 'crowd', 'troops']),
              values: z.array(z.object({ value: z.number(), source: ID })),
            }),
          )
          .default([]),
        sources: z.array(ID).default([]),
        confidence: z.number().min(0).max(1).catch(0),
      }),
    }),
  ),
});

const ACTORS = z.array(
  z.object({
    id: ID,
    name: z.string(),
    aliases: z.array(z.string()).default([]),
    kind: z.enum(['person', 'organization', 'state', 'group']).catch('group'),
    country: NULLABLE_STRING,
    mentions: z.number().default(0),
    locations: z.array(z.object({ place: ID, incidents: z.array(ID).default([]) })).default([]),
  }),
);

const MANIFEST = z.object({ generatedAt: z.string().nullish() }).loose();

/**
 * Reads and validates the pipeline's output for the dashboard. incidents.geojson, actors.json and manifest.json
 * are optional (an older or partial run), sources.json and places.geojson are required.
 * @example loadDashboard().places[0] // { id: '706483', name: 'Kharkiv', lat: 43.25, lon: 76.92, mentions: [...] }
 */
export function loadDashboard(dir: string = process.env.MAPWIRE_DATA ?? DEFAULT_DATA_DIR): DashboardData {
  // The export renders the page, the data files and every permalink page from the same files: read them once.
  const stamp = ['sources.json', 'places.geojson', 'incidents.geojson', 'actors.json', 'manifest.json']
    .map((file) => statSync(join(dir, file), { throwIfNoEntry: false })?.mtimeMs ?? -1)
    .join(',');
  const cached = cache.get(dir);
  if (cached?.stamp === stamp) return cached.data;
  const data = readDashboard(dir);
  cache.set(dir, { stamp, data });
  return data;
}

const cache = new Map<string, { stamp: string; data: DashboardData }>();

/**
 * Records in files of at most `maxChars` characters of JSON, in order: a new file whenever the next record would
 * take the current one past the limit (a larger record gets a file of its own). At least one file, so that an
 * empty list still exports.
 */
export function toDataFiles<T>(records: readonly T[], maxChars: number = DATA_FILE_CHARS): T[][] {
  const files: T[][] = [[]];
  let chars = 2; // the current file's length so far: its brackets, records and the commas between them
  for (const record of records) {
    const size = JSON.stringify(record).length;
    const file = files.at(-1)!;
    if (file.length === 0) {
      chars += size;
    } else if (chars + 1 + size <= maxChars) {
      chars += 1 + size;
    } else {
      files.push([record]);
      chars = 2 + size;
      continue;
    }
    file.push(record);
  }
  return files;
}

/** The export asks for each file in its own call: the split is made once per list loaded. */
const dataFilesCache = new WeakMap<readonly unknown[], unknown[][]>();

/** `data[kind]` in the files the export writes (see toDataFiles). */
export function dataFilesOf<K extends FiledRecords>(data: DashboardData, kind: K): Array<DashboardData[K]> {
  const records = data[kind];
  let files = dataFilesCache.get(records);
  if (files === undefined) {
    files = toDataFiles<unknown>(records);
    dataFilesCache.set(records, files);
  }
  return files as Array<DashboardData[K]>;
}

function readDashboard(dir: string): DashboardData {
  const sources = SOURCES.parse(readJson(dir, 'sources.json', true)).map(
    (s): SourceView => ({ ...s, chars: s.chars ?? s.text.length }),
  );
  const textOf = new Map(sources.map((s) => [s.id, s.text]));

  const places = PLACES.parse(readJson(dir, 'places.geojson', true)).features.map((f): PlaceView => {
    const [lon, lat] = f.geometry.coordinates;
    const mentions = f.properties.mentions
      .filter((m) => textOf.has(m.source) && m.end > m.start)
      .map((m) => ({ ...m, sentence: sentenceAround(textOf.get(m.source) ?? '', m.start, m.end) }));
    return { ...f.properties, lat, lon, mentions };
  });

  const incidentFile = readJson(dir, 'incidents.geojson', false);
  const incidents = incidentFile === null ? [] : INCIDENTS.parse(incidentFile).features.map((f): IncidentView => ({
    ...f.properties,
    claims: f.properties.claims.map((claim) => locateClaim(claim, textOf.get(claim.source) ?? '')),
    lat: f.geometry === null ? null : f.geometry.coordinates[1],
    lon: f.geometry === null ? null : f.geometry.coordinates[0],
  }));

  const actorFile = readJson(dir, 'actors.json', false);
  const actors = actorFile === null ? [] : ACTORS.parse(actorFile);
  const manifest = readJson(dir, 'manifest.json', false);
  const generatedAt = manifest === null ? null : (MANIFEST.parse(manifest).generatedAt ?? null);

  return {
    sources: sources.toSorted((a, b) => a.id.localeCompare(b.id)),
    places: places.toSorted((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name)),
    incidents,
    actors,
    generatedAt,
  };
}

/**
 * Checks the claim's offsets against its source text and adds the sentence around it. Offsets that do not point at
 * the quote are repaired by searching for it, so the panel never highlights the wrong words.
 */
function locateClaim(claim: Omit<ClaimView, 'context'>, text: string): ClaimView {
  let { start, end } = claim;
  if (text.slice(start, end) !== claim.quote) {
    start = claim.quote === '' ? -1 : text.indexOf(claim.quote);
    end = start < 0 ? -1 : start + claim.quote.length;
  }
  const context = start < 0 ? { start: -1, end: -1 } : sentenceAround(text, start, end);
  return { ...claim, start, end, context };
}

function readJson(dir: string, file: string, required: boolean): unknown {
  let text: string;
  try {
    text = readFileSync(join(dir, file), 'utf8');
  } catch (error) {
    if (!required && (error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new DashboardDataError(join(dir, file), `cannot read (${(error as Error).message})`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DashboardDataError(join(dir, file), `not valid JSON (${(error as Error).message})`);
  }
}

// A sentence ends at . ! or ? followed by space (and maybe a closing quote), or at a line break.
// like - 'Clashes took place in Kharkiv. Police fired' → 'Clashes took place in Kharkiv.'
const SENTENCE_END = /[.!?]["'”’)]?(?=\s)|\n/g;
// An initial or a short abbreviation before the full stop does not end a sentence.
// like - 'the U.S. said' and 'Gen. Smith' stay in one sentence
const ABBREVIATION = /(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|St|Jr|No|vs|etc|Inc|Ltd|Co))\.$/;

/** The sentence containing [start, end) of text, trimmed, and clipped to MAX_SENTENCE_CHARS around the mention. */
function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = 0;
  let to = text.length;
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(text); match !== null; match = SENTENCE_END.exec(text)) {
    const stop = match.index + match[0].length;
    if (match[0] !== '\n' && ABBREVIATION.test(text.slice(Math.max(0, match.index - 5), match.index + 1))) continue;
    if (stop <= start) from = stop;
    else if (match.index >= end) {
      to = stop;
      break;
    }
  }
  while (from < start && /\s/.test(text[from] ?? '')) from++;
  while (to > end && /\s/.test(text[to - 1] ?? '')) to--;
  if (to - from > MAX_SENTENCE_CHARS) {
    const half = Math.floor((MAX_SENTENCE_CHARS - (end - start)) / 2);
    from = Math.max(from, start - half);
    to = Math.min(to, end + half);
  }
  return { start: from, end: to };
}
