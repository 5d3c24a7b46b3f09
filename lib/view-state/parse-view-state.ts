// URL search + hash → ViewState. Untrusted input: every parameter is validated and a bad one falls back to its
// default with a problem message, so a mangled link still opens a usable view.
import * as z from 'zod/mini';
import { DEFAULT_VIEW_STATE, INCIDENT_TYPES, MAX_ZOOM, PANELS, type MapView, type ViewState } from './view-state';

export interface ParsedViewState {
  state: ViewState;
  /** Human-readable reasons why parts of the link were ignored; empty when the link was clean. */
  problems: string[];
}

// Ids in our outputs are hashes, numbers or slugs; anything else in a link is junk or an injection attempt.
const ID = z.string().check(z.regex(/^[\w.:-]{1,128}$/));
const DATE = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/), z.refine((s) => !Number.isNaN(Date.parse(s))));
const PANEL = z.enum(PANELS);
const TYPE = z.enum(INCIDENT_TYPES);
const MAP_VIEW = z.object({
  zoom: z.number().check(z.gte(0), z.lte(MAX_ZOOM)),
  lat: z.number().check(z.gte(-90), z.lte(90)),
  lon: z.number().check(z.gte(-180), z.lte(180)),
});
/** Longest search text kept from a link. */
const MAX_QUERY_CHARS = 200;

/**
 * Reads the view from a URL's search and hash parts.
 * @example parseViewState('?place=1526384', '#map=6/43.25/76.95').state.map // { zoom: 6, lat: 43.25, lon: 76.95 }
 */
export function parseViewState(search: string, hash: string): ParsedViewState {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const state: ViewState = { ...DEFAULT_VIEW_STATE, types: [] };

  const one = <T>(name: string, schema: z.ZodMiniType<T>): T | null => {
    const raw = params.get(name);
    if (raw === null || raw === '') return null;
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
  state.from = one('from', DATE);
  state.to = one('to', DATE);
  if (state.from !== null && state.to !== null && state.from > state.to) {
    problems.push(`ignored a date range that ends before it starts (${state.from} > ${state.to})`);
    state.from = null;
    state.to = null;
  }
  state.q = (params.get('q') ?? '').trim().slice(0, MAX_QUERY_CHARS);
  const embed = params.get('embed');
  state.embed = embed === '1' || embed === 'true';

  const types = params.get('type');
  if (types !== null && types !== '') {
    for (const raw of types.split(',')) {
      const result = z.safeParse(TYPE, raw);
      if (result.success) {
        if (!state.types.includes(result.data)) state.types.push(result.data);
      } else {
        problems.push(`ignored unknown incident type ${truncate(raw)}`);
      }
    }
  }

  const mapText = hashParam(hash, 'map');
  if (mapText !== null) {
    const view = parseMapView(mapText);
    if (view === null) problems.push(`ignored map view ${truncate(mapText)}; expected zoom/lat/lon`);
    state.map = view;
  }
  return { state, problems };
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
