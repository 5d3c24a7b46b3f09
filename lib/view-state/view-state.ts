// The dashboard's view state: everything a shared link restores (map view, selection, filters, panel).
// Pure types and defaults; parsing and formatting live in parse-view-state.ts and format-view-state.ts.
import type { IncidentType } from '../types';

/** Map view as in `#map=zoom/lat/lon` (the openstreetmap.org convention). */
export interface MapView {
  zoom: number;
  lat: number;
  lon: number;
}

/** Side-panel tabs; "table" is the accessible alternative to the map. */
export const PANELS = ['sources', 'incidents', 'actors', 'table'] as const;
export type Panel = (typeof PANELS)[number];

/** Every incident type of the output contract, in legend order. */
export const INCIDENT_TYPES = [
  'protest', 'riot', 'clash', 'killing', 'injury', 'detention', 'arson', 'looting',
  'deployment', 'shutdown', 'statement', 'resignation', 'emergency', 'policy', 'other',
] as const satisfies readonly IncidentType[];

// Fails to compile if lib/types.ts gains an incident type that the list above lacks.
type MissingIncidentType = Exclude<IncidentType, (typeof INCIDENT_TYPES)[number]>;
const NO_MISSING_INCIDENT_TYPE: [MissingIncidentType] extends [never] ? true : never = true;
void NO_MISSING_INCIDENT_TYPE;

/**
 * Map overlays a link can hide, by short stable key (the labels in the layer control may change, links must not):
 * incidents, actor badges, arcs of reactions from abroad, places with incidents, the other places named.
 */
export const LAYERS = ['actors', 'incidents', 'named', 'places', 'reactions'] as const;
export type LayerKey = (typeof LAYERS)[number];

/** Columns the incident table sorts by. */
export const TABLE_COLUMNS = ['date', 'type', 'title', 'place', 'killed', 'injured', 'sources', 'confidence'] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

/** The table's order: `?sort=date` ascending, `?sort=-date` descending. */
export interface TableSort {
  column: TableColumn;
  descending: boolean;
}

export interface ViewState {
  /** null: fit the map to the data. */
  map: MapView | null;
  /** Selected place id (places.geojson properties.id, as a string). */
  place: string | null;
  /** Selected incident id. */
  incident: string | null;
  panel: Panel;
  /** Incident types shown; empty means all. */
  types: IncidentType[];
  actor: string | null;
  source: string | null;
  /** Free-text search over quotes and titles. */
  q: string;
  /** Inclusive date range, YYYY-MM-DD. */
  from: string | null;
  to: string | null;
  /** Embed mode: map and panel only, no page chrome. */
  embed: boolean;
  /** Overlays switched off in the layer control, in LAYERS order; empty means all shown. */
  hidden: LayerKey[];
  /** The incident table's order. */
  sort: TableSort;
}

/** The view a link without parameters opens. */
export const DEFAULT_VIEW_STATE: ViewState = Object.freeze({
  map: null,
  place: null,
  incident: null,
  panel: 'sources',
  types: [],
  actor: null,
  source: null,
  q: '',
  from: null,
  to: null,
  embed: false,
  hidden: [], // every overlay shown, so a default link carries no `hide`
  sort: Object.freeze({ column: 'date', descending: false }), // oldest first, as events unfolded
}) as ViewState;

/** Highest zoom accepted from a link (OpenStreetMap tiles stop at 19). */
export const MAX_ZOOM = 19;
