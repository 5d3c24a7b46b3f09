// MapPoints → data/clusters.json (FirstView): the markers of every incident at zooms 0..FIRST_VIEW_MAX_ZOOM, computed
// at export time, so that the dashboard draws its first view without building a cluster index in the browser (about
// a second for 100,000 incidents on a slow machine) and without fetching data/points.json first.
import { toClusterIndex } from './cluster-index';
import { FIRST_VIEW_MAX_ZOOM, type FirstView, type MapFeature } from './cluster-protocol';
import type { MapPoints } from './map-points';

/** Decimals kept in a marker's coordinates: 5 is about a metre, far below a pixel at these zooms. */
const COORDINATE_DECIMALS = 5;

export function toFirstView(points: MapPoints): FirstView {
  const index = toClusterIndex(points, { types: [], from: null, to: null, keys: null });
  const round = (x: number) => Number(x.toFixed(COORDINATE_DECIMALS));
  const levels: MapFeature[][] = [];
  for (let zoom = 0; zoom <= FIRST_VIEW_MAX_ZOOM; zoom++) {
    levels.push(index.clusters([-180, -90, 180, 90], zoom).map((f) => ({ ...f, lon: round(f.lon), lat: round(f.lat) })));
  }
  return { bounds: index.bounds, levels };
}
