// Messages between the map (incident-layer.tsx) and its clustering worker (cluster-worker.ts), and the settings both use.

/** Clustering settings, after supercluster's defaults. */
export const CLUSTER_OPTIONS = {
  radius: 48, // cluster radius in pixels: about two icons wide
  maxZoom: 14, // beyond this every incident is shown on its own
  minPoints: 2, // minimum points to form a cluster
} as const;

export type ClusterRequest =
  | {
      kind: 'load';
      version: number;
      /** Index into MapPoints' columns of each located point the filters keep; the other arrays run parallel. */
      keys: Uint32Array;
      lon: Float64Array;
      lat: Float64Array;
      place: Int32Array;
      type: Uint8Array;
    }
  | { kind: 'clusters'; version: number; id: number; bbox: [number, number, number, number]; zoom: number };

/** One marker: an incident (k, its index in MapPoints) or a cluster. */
export type MapFeature =
  | { lon: number; lat: number; k: number; cluster?: undefined }
  | {
      lon: number;
      lat: number;
      k?: undefined;
      cluster: { id: number; count: number; place: number; types: number[]; expansionZoom: number };
    };

export type ClusterResponse =
  | { kind: 'loaded'; version: number }
  | { kind: 'clusters'; version: number; id: number; features: MapFeature[] };
