// Plain text → Toponym[] for `npm run geoparse` and the geoparsing benchmarks (no article zones).
import type { Gazetteer } from '../types';
import type { Toponym } from './toponym';
import { findToponyms } from './find-toponyms';

/**
 * Finds and resolves every place name in `text`.
 * @example geoparseText("Protests spread to Odesa.", g)[0] → {text:"Odesa", name:"Odesa", geonameid:698740, ...}
 */
export function geoparseText(text: string, gazetteer: Gazetteer): Toponym[] {
  return findToponyms(text, gazetteer).found.map(({ match, entry }) => ({
    start: match.start,
    end: match.end,
    text: text.slice(match.start, match.end),
    name: entry?.name ?? text.slice(match.start, match.end),
    lat: entry?.lat ?? null,
    lon: entry?.lon ?? null,
    geonameid: entry?.geonameid ?? null,
    country: entry?.country ?? null,
    kind: entry?.kind ?? 'other',
  }));
}
