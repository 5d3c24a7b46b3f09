// The clustering worker's logic (its entry is cluster-worker.js): builds the supercluster index of the map's points
// and answers viewport queries, so that clustering 100,000 incidents (about a second on a slow machine) never blocks
// the page. ClusterRequest in, ClusterResponse out (see cluster-protocol.ts).
import Supercluster from 'supercluster';
import { INCIDENT_TYPES } from '@/lib/view-state/view-state';
import { CLUSTER_OPTIONS, type ClusterRequest, type ClusterResponse, type MapFeature } from './cluster-protocol';

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

let index: Supercluster<Leaf, Summary> | null = null;
let version = -1;

function build(request: Extract<ClusterRequest, { kind: 'load' }>): void {
  const { keys, lon, lat, place, type } = request;
  index = new Supercluster<Leaf, Summary>({
    ...CLUSTER_OPTIONS,
    map: (leaf) => {
      const types = new Array<number>(INCIDENT_TYPES.length).fill(0);
      types[leaf.type] = 1;
      return { place: leaf.place, types };
    },
    reduce: (sum, other) => {
      if (sum.place !== other.place) sum.place = -1;
      for (let t = 0; t < sum.types.length; t++) sum.types[t]! += other.types[t]!;
    },
  });
  const features: Array<GeoJSON.Feature<GeoJSON.Point, Leaf>> = [];
  for (let i = 0; i < keys.length; i++) {
    features.push({
      type: 'Feature',
      properties: { k: keys[i]!, place: place[i]!, type: type[i]! },
      geometry: { type: 'Point', coordinates: [lon[i]!, lat[i]!] },
    });
  }
  index.load(features);
  version = request.version;
}

function clusters(request: Extract<ClusterRequest, { kind: 'clusters' }>): MapFeature[] {
  if (index === null) return [];
  return index.getClusters(request.bbox, request.zoom).map((feature): MapFeature => {
    const [lon, lat] = feature.geometry.coordinates as [number, number];
    const props = feature.properties;
    if ('cluster' in props && props.cluster) {
      return {
        lon,
        lat,
        cluster: {
          id: props.cluster_id,
          count: props.point_count,
          place: props.place,
          types: props.types,
          expansionZoom: index!.getClusterExpansionZoom(props.cluster_id),
        },
      };
    }
    return { lon, lat, k: (props as Leaf).k };
  });
}

/** Handles one message; null when it asks about a point set that has since been replaced. */
export function answerClusterRequest(request: ClusterRequest): ClusterResponse | null {
  if (request.kind === 'load') {
    build(request);
    return { kind: 'loaded', version };
  }
  return request.version === version ? { kind: 'clusters', version, id: request.id, features: clusters(request) } : null;
}
