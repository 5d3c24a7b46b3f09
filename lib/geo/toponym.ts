// The shape `npm run geoparse` prints for each place name found in plain text (DESIGN.md).
import type { PlaceKind } from '../types';

/** A resolved (or unresolved) toponym in plain text; offsets in UTF-16 code units. */
export interface Toponym {
  start: number;
  end: number;
  /** Always text.slice(start, end): the name as written ("Bombay"). */
  text: string;
  /** The gazetteer's current name ("Mumbai"), or the text when unresolved. */
  name: string;
  lat: number | null;
  lon: number | null;
  geonameid: number | null;
  /** ISO2 country code, or null when unresolved. */
  country: string | null;
  kind: PlaceKind;
}
