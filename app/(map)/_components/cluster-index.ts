// MapPoints + a filter → the supercluster index of the incidents it keeps, which answers what markers a view shows.
// Built in the clustering worker (answer-cluster-request.ts) and, for data/clusters.json, at export time.
import Supercluster from 'supercluster';
import { INCIDENT_TYPES } from '@/lib/view-state/view-state';
import { CLUSTER_OPTIONS, type Bounds, type MapFeature, type PointFilter } from './cluster-protocol';
import type { MapPoints } from './map-points';

export interface ClusterIndex {
  /** Located incidents the filter keeps. */
  count: number;
  /** Box around them; null when there are none. */
  bounds: Bounds | null;
  /** The markers in `bbox` at `zoom`, as supercluster's getClusters. */
  clusters: (bbox: Bounds, zoom: number) => MapFeature[];
}

interface Leaf {
  /** Index into MapPoints' columns. */
  k: number;
  place: number;
  type: number;
}
interface Summary {
  /** The place every incident of the cluster shares, or -1. */
  place: number;
  /** Incidents per type, in INCIDENT_TYPES order. */
  types: number[];
}

/**
 * Clusters the located incidents the filter keeps. The points go in in column order whatever the filter, so the same
 * points and options always give the same clusters and cluster ids (the export's data/clusters.json and the
 * worker's index agree).
 */
export function toClusterIndex(points: MapPoints, filter: PointFilter): ClusterIndex {
  const types = new Set(filter.types);
  const features: Array<GeoJSON.Feature<GeoJSON.Point, Leaf>> = [];
  let bounds: Bounds | null = null;
  const keep = (k: number) => {
    const lon = points.lon[k];
    const lat = points.lat[k];
    if (lon == null || lat == null) return;
    const date = points.date[k] ?? null;
    if (types.size > 0 && !types.has(points.type[k]!)) return;
    if (filter.from !== null && (date === null || date < filter.from)) return;
    if (filter.to !== null && (date === null || date > filter.to)) return;
    features.push({
      type: 'Feature',
      properties: { k, place: points.place[k]!, type: points.type[k]! },
      geometry: { type: 'Point', coordinates: [lon, lat] },
    });
    if (bounds === null) bounds = [lon, lat, lon, lat];
    else {
      if (lon < bounds[0]) bounds[0] = lon;
      if (lat < bounds[1]) bounds[1] = lat;
      if (lon > bounds[2]) bounds[2] = lon;
      if (lat > bounds[3]) bounds[3] = lat;
    }
  };
  if (filter.keys === null) for (let k = 0; k < points.ids.length; k++) keep(k);
  else for (const k of filter.keys.toSorted()) if (k < points.ids.length) keep(k);

  const index = new Supercluster<Leaf, Summary>({
    ...CLUSTER_OPTIONS,
    map: (leaf) => {
      const counts = new Array<number>(INCIDENT_TYPES.length).fill(0);
      counts[leaf.type] = 1;
      return { place: leaf.place, types: counts };
    },
    reduce: (sum, other) => {
      if (sum.place !== other.place) sum.place = -1;
      for (let t = 0; t < sum.types.length; t++) sum.types[t]! += other.types[t]!;
    },
  });
  index.load(features);

  const clusters = (bbox: Bounds, zoom: number): MapFeature[] =>
    index.getClusters(bbox, zoom).map((feature): MapFeature => {
      const [lon, lat] = feature.geometry.coordinates as [number, number];
      const props = feature.properties;
      if ('cluster' in props && props.cluster) {
        const place = points.places[props.place];
        return {
          lon,
          lat,
          cluster: {
            id: props.cluster_id,
            count: props.point_count,
            place: place === undefined ? null : { id: place.id, name: place.name },
            types: props.types,
            expansionZoom: index.getClusterExpansionZoom(props.cluster_id),
          },
        };
      }
      const { k } = props as Leaf;
      return {
        lon,
        lat,
        incident: { id: points.ids[k]!, type: points.type[k]!, radius: points.radius[k]!, date: points.date[k] ?? null },
      };
    });
  return { count: features.length, bounds, clusters };
}
