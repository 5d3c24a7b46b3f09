// URL search + hash → ViewState. Untrusted input: every parameter is validated and a bad one falls back to its
// default with a problem message, so a mangled link still opens a usable view.
import * as z from 'zod/mini';
import {
  DEFAULT_VIEW_STATE, INCIDENT_TYPES, LAYERS, MAX_ZOOM, PANELS, TABLE_COLUMNS, type MapView, type TableColumn, type TableSort, type ViewState,
} from './view-state';

export interface ParsedViewState {
  state: ViewState;
  /** Human-readable reasons why parts of the link were ignored; empty when the link was clean. */
  problems: string[];
}

// Ids in our outputs are hashes, numbers or slugs; anything else in a link is junk or an injection attempt.
const ID = z.string().check(z.regex(/^[\w.:-]{1,128}$/));
// A real calendar day: Date.parse alone takes 2022-02-30 for 2 March, so the day must survive a round trip.
const DATE = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/), z.refine(isCalendarDay));
const PANEL = z.enum(PANELS);
const TYPE = z.enum(INCIDENT_TYPES);
const LAYER = z.enum(LAYERS);
// A table column, with a leading "-" for descending: "date", "-killed".
const SORT = z.string().check(z.regex(new RegExp(`^-?(?:${TABLE_COLUMNS.join('|')})$`)));
const MAP_VIEW = z.object({
  zoom: z.number().check(z.gte(0), z.lte(MAX_ZOOM)),
  lat: z.number().check(z.gte(-90), z.lte(90)),
  lon: z.number().check(z.gte(-180), z.lte(180)),
});
/** Longest search text kept from a link. */
const MAX_QUERY_CHARS = 200;
/** Most problems listed in the notice; a link with thousands of junk values must not make a page-long message. */
const MAX_PROBLEMS = 5;

/**
 * Reads the view from a URL's search and hash parts.
 * @example parseViewState('?place=706483', '#map=6/43.25/76.95').state.map // { zoom: 6, lat: 43.25, lon: 76.95 }
 */
export function parseViewState(search: string, hash: string): ParsedViewState {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const state: ViewState = { ...DEFAULT_VIEW_STATE, types: [], hidden: [] };

  const one = <T>(name: string, schema: z.ZodMiniType<T>): T | null => {
    // A repeated parameter with different values (?place=a&place=b) names no single view: keep none of them.
    const values = [...new Set(params.getAll(name).filter((v) => v !== ''))];
    if (values.length > 1) {
      problems.push(`ignored ${values.length} different values of ${name}`);
      return null;
    }
    const raw = values[0];
    if (raw === undefined) return null;
    const result = z.safeParse(schema, raw);
    if (result.success) return result.data;
    problems.push(`ignored ${name}=${truncate(raw)}`);
    return null;
  };

  state.place = one('place', ID);
  state.incident = one('incident', ID);
  state.actor = one('actor', ID);
  state.source = one('source', ID);
  state.panel = one('panel', PANEL) ?? DEFAULT_VIEW_STATE.panel;
  const sort = one('sort', SORT);
  if (sort !== null) state.sort = toTableSort(sort);
  state.from = one('from', DATE);
  state.to = one('to', DATE);
  if (state.from !== null && state.to !== null && state.from > state.to) {
    problems.push(`ignored a date range that ends before it starts (${state.from} > ${state.to})`);
    state.from = null;
    state.to = null;
  }
  const q = params.getAll('q').join(' ').trim();
  if (q.length > MAX_QUERY_CHARS) problems.push(`shortened the search text to ${MAX_QUERY_CHARS} characters`);
  state.q = q.slice(0, MAX_QUERY_CHARS);
  const embed = params.get('embed');
  state.embed = embed === '1' || embed === 'true';

  // ?type=riot,clash and ?type=riot&type=clash mean the same.
  const unknownTypes: string[] = [];
  for (const raw of params.getAll('type').flatMap((t) => t.split(','))) {
    if (raw === '') continue;
    const result = z.safeParse(TYPE, raw);
    if (!result.success) unknownTypes.push(raw);
    else if (!state.types.includes(result.data)) state.types.push(result.data);
  }
  if (unknownTypes.length === 1) problems.push(`ignored unknown incident type ${truncate(unknownTypes[0]!)}`);
  else if (unknownTypes.length > 1) {
    problems.push(`ignored ${unknownTypes.length} unknown incident types (${truncate(unknownTypes[0]!)}, …)`);
  }

  // ?hide=places,actors: the overlays switched off, kept in LAYERS order like formatViewState writes them.
  const unknownLayers: string[] = [];
  const hidden = new Set<string>();
  for (const raw of params.getAll('hide').flatMap((t) => t.split(','))) {
    if (raw === '') continue;
    if (z.safeParse(LAYER, raw).success) hidden.add(raw);
    else unknownLayers.push(raw);
  }
  state.hidden = LAYERS.filter((key) => hidden.has(key));
  if (unknownLayers.length === 1) problems.push(`ignored unknown map layer ${truncate(unknownLayers[0]!)}`);
  else if (unknownLayers.length > 1) {
    problems.push(`ignored ${unknownLayers.length} unknown map layers (${truncate(unknownLayers[0]!)}, …)`);
  }

  const mapText = hashParam(hash, 'map');
  if (mapText !== null) {
    const view = parseMapView(mapText);
    if (view === null) problems.push(`ignored map view ${truncate(mapText)}; expected zoom/lat/lon`);
    state.map = view;
  }
  if (problems.length > MAX_PROBLEMS) {
    problems.splice(MAX_PROBLEMS - 1, Infinity, `${problems.length - MAX_PROBLEMS + 1} more problems`);
  }
  return { state, problems };
}

/** "-date" → { column: 'date', descending: true }; the text has passed SORT. */
function toTableSort(text: string): TableSort {
  return { column: text.replace(/^-/, '') as TableColumn, descending: text.startsWith('-') };
}

function isCalendarDay(day: string): boolean {
  const time = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === day;
}

/** `map=6/43.25/76.95` → MapView, or null when any part is missing or out of range. */
function parseMapView(text: string): MapView | null {
  const parts = text.split('/');
  if (parts.length !== 3) return null;
  // Number('') is 0, so empty parts are rejected before converting.
  if (parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p))) return null;
  const [zoom, lat, lon] = parts.map(Number);
  const result = z.safeParse(MAP_VIEW, { zoom, lat, lon });
  return result.success ? result.data : null;
}

/** The value of `key` in a hash like `#map=6/43/76&foo=1`, or null. */
function hashParam(hash: string, key: string): string | null {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (body === '') return null;
  for (const pair of body.split('&')) {
    const eq = pair.indexOf('=');
    if (eq < 0) continue;
    if (pair.slice(0, eq) === key) {
      try {
        return decodeURIComponent(pair.slice(eq + 1));
      } catch {
        return pair.slice(eq + 1);
      }
    }
  }
  return null;
}

/** Keeps problem messages short when a link carries a long value. */
function truncate(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}
