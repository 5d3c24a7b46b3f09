// ViewState → URL search + hash: the inverse of parseViewState. Defaults are left out so links stay short.
import { DEFAULT_VIEW_STATE, LAYERS, type MapView, type ViewState } from './view-state';

export interface FormattedViewState {
  /** "" or "?a=b&…". */
  search: string;
  /** "" or "#map=zoom/lat/lon". */
  hash: string;
}

/**
 * Writes the view as URL parts, in a fixed parameter order so equal states give equal links.
 * @example formatViewState({ ...DEFAULT_VIEW_STATE, place: '42', map: { zoom: 6, lat: 43.2567, lon: 76.9286 } })
 *   // { search: '?place=42', hash: '#map=6/43.26/76.93' }
 */
export function formatViewState(state: ViewState): FormattedViewState {
  const params = new URLSearchParams();
  if (state.place !== null) params.set('place', state.place);
  if (state.incident !== null) params.set('incident', state.incident);
  if (state.panel !== DEFAULT_VIEW_STATE.panel) params.set('panel', state.panel);
  if (state.sort.column !== DEFAULT_VIEW_STATE.sort.column || state.sort.descending !== DEFAULT_VIEW_STATE.sort.descending) {
    params.set('sort', `${state.sort.descending ? '-' : ''}${state.sort.column}`);
  }
  if (state.types.length > 0) params.set('type', state.types.join(','));
  if (state.actor !== null) params.set('actor', state.actor);
  if (state.source !== null) params.set('source', state.source);
  if (state.q !== '') params.set('q', state.q);
  if (state.from !== null) params.set('from', state.from);
  if (state.to !== null) params.set('to', state.to);
  if (state.hidden.length > 0) {
    // In LAYERS order, so the same layers give the same link whichever was switched off first.
    params.set('hide', LAYERS.filter((key) => state.hidden.includes(key)).join(','));
  }
  if (state.embed) params.set('embed', '1');
  const query = params.toString();
  return {
    search: query === '' ? '' : `?${query.replace(/%2C/g, ',')}`,
    hash: state.map === null ? '' : `#map=${formatMapView(state.map)}`,
  };
}

/**
 * `zoom/lat/lon` with as many decimals as the zoom can show (about one pixel), as openstreetmap.org does:
 * zoom 4 → 2 decimals, zoom 12 → 5, zoom 18 → 6.
 */
function formatMapView(view: MapView): string {
  const decimals = Math.max(2, Math.ceil(view.zoom * Math.LOG10E * Math.LN2 + 0.4));
  const zoom = Number.isInteger(view.zoom) ? String(view.zoom) : view.zoom.toFixed(2).replace(/0+$/, '');
  return `${zoom}/${fixed(view.lat, decimals)}/${fixed(view.lon, decimals)}`;
}

/** toFixed without trailing zeros or a negative zero ("43.20" → "43.2", "-0.00" → "0"). */
function fixed(value: number, decimals: number): string {
  const text = value.toFixed(decimals).replace(/\.?0+$/, '');
  return text === '-0' ? '0' : text;
}
