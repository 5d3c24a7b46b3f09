// Messages between the dashboard (cluster-client.ts) and its clustering worker (cluster-worker.js), the shape of
// data/clusters.json, and the settings all of them use.

/** Clustering settings, after supercluster's defaults. */
export const CLUSTER_OPTIONS = {
  radius: 48, // cluster radius in pixels: about two icons wide
  maxZoom: 14, // beyond this every incident is shown on its own
  minPoints: 2, // minimum points to form a cluster
} as const;

/**
 * Highest zoom data/clusters.json holds the markers of, and the deepest zoom the map fits its first view at
 * (incident-map.tsx): a link without a view is drawn from the file without building an index. Zoom 7 shows about
 * 1,500 km across on a 1,280-pixel screen; up to it the file of 100,000 incidents at 2,000 places is 1 MB
 * (230 kB gzip).
 */
export const FIRST_VIEW_MAX_ZOOM = 7;

/** [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

/**
 * Which of data/points.json's incidents to cluster: by type and date from the points' own columns (the same rules
 * as filterIncidents), or as a list of indices when a filter needs the full records (actor, source, text).
 */
export interface PointFilter {
  /** Indices into INCIDENT_TYPES; empty keeps every type. */
  types: number[];
  from: string | null;
  to: string | null;
  /** Indices into data/points.json's columns; null keeps every incident the other fields keep. */
  keys: Uint32Array | null;
}

/** One marker: an incident or a cluster, with what the map shows of it. */
export type MapFeature =
  | {
      lon: number;
      lat: number;
      incident: { id: string; /** Index into INCIDENT_TYPES. */ type: number; radius: number; date: string | null };
      cluster?: undefined;
    }
  | {
      lon: number;
      lat: number;
      incident?: undefined;
      cluster: {
        id: number;
        count: number;
        /** The place every incident of the cluster shares, or null. */
        place: { id: string; name: string } | null;
        /** Incidents per type, in INCIDENT_TYPES order. */
        types: number[];
        expansionZoom: number;
      };
    };

/** data/clusters.json: every incident's markers at the zooms a first view can have, computed at export time. */
export interface FirstView {
  /** Box around the located incidents; null when no incident has coordinates. */
  bounds: Bounds | null;
  /** levels[zoom] for zoom 0..FIRST_VIEW_MAX_ZOOM: the markers of the whole world at that zoom. */
  levels: MapFeature[][];
}

export type ClusterRequest =
  | { kind: 'load'; version: number; /** data/points.json, absolute. */ url: string; filter: PointFilter }
  | { kind: 'clusters'; version: number; id: number; bbox: Bounds; zoom: number };

export type ClusterResponse =
  | { kind: 'loaded'; version: number; bounds: Bounds | null }
  /** A newer load arrived before this one was built: only the newest filter is clustered. */
  | { kind: 'dropped'; version: number }
  | { kind: 'failed'; version: number; error: string }
  /** features is null when the request was about a point set that has since been replaced. */
  | { kind: 'clusters'; version: number; id: number; features: MapFeature[] | null };
