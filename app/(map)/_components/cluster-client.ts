'use client';
// The incidents the map draws, as a PointSet that answers "which markers in this box at this zoom". Without filters
// the first view comes from data/clusters.json (computed at export time, no index to build); deeper zooms and
// filtered views are clustered by the worker (cluster-worker.js), which fetches data/points.json itself.
import {
  FIRST_VIEW_MAX_ZOOM,
  type Bounds,
  type ClusterRequest,
  type ClusterResponse,
  type FirstView,
  type MapFeature,
  type PointFilter,
} from './cluster-protocol';

export interface PointSet {
  /** A number per set of incidents: markers from an older set are never drawn over a newer one. */
  version: number;
  /** Box around the located incidents of the set; null when there are none. */
  bounds: Bounds | null;
  /** The markers in `bbox` at `zoom`; null when the set has been replaced before the answer came. */
  clusters: (bbox: Bounds, zoom: number) => Promise<MapFeature[] | null>;
}

/** Every incident the points hold. */
const NO_FILTER: PointFilter = { types: [], from: null, to: null, keys: null };

let versions = 0;

/**
 * Talks to one clustering worker; `pointsUrl` is the absolute URL of data/points.json. The worker starts with the
 * first request, so that a first view drawn from data/clusters.json does not share the CPU with starting it.
 */
export class ClusterClient {
  private started: Worker | null = null;
  private readonly waiting = new Map<number, (response: ClusterResponse) => void>();
  private requests = 0;
  private everything: Promise<PointSet | null> | null = null;

  constructor(private readonly pointsUrl: string) {}

  private get worker(): Worker {
    if (this.started !== null) return this.started;
    const worker = new Worker(new URL('./cluster-worker.js', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ClusterResponse>) => {
      const response = event.data;
      const key = response.kind === 'clusters' ? -response.id : response.version;
      this.waiting.get(key)?.(response);
      this.waiting.delete(key);
    };
    this.started = worker;
    return worker;
  }

  /** Clusters the incidents `filter` keeps; null when a newer load replaced this one first. */
  load(filter: PointFilter): Promise<PointSet | null> {
    versions += 1;
    const version = versions;
    return new Promise<PointSet | null>((resolve, reject) => {
      this.waiting.set(version, (response) => {
        if (response.kind === 'loaded') resolve(this.workerSet(version, response.bounds));
        else if (response.kind === 'failed') reject(new Error(response.error));
        else resolve(null);
      });
      const request: ClusterRequest = { kind: 'load', version, url: this.pointsUrl, filter };
      this.worker.postMessage(request, filter.keys === null ? [] : [filter.keys.buffer]);
    });
  }

  /**
   * Every incident: the zooms of a first view from data/clusters.json, deeper ones from the worker, which builds the
   * full index on the first such request or when `warmUp` is called (once the first view is drawn).
   */
  fromFirstView(view: FirstView): PointSet & { warmUp: () => void } {
    versions += 1;
    const full = () => (this.everything ??= this.load(NO_FILTER));
    return {
      version: versions,
      bounds: view.bounds,
      warmUp: () => void full().catch(() => undefined),
      clusters: async (bbox, zoom) => {
        const level = view.levels[Math.max(0, Math.floor(zoom))];
        if (zoom <= FIRST_VIEW_MAX_ZOOM && level !== undefined) return inBox(level, bbox);
        const set = await full();
        return set === null ? null : set.clusters(bbox, zoom);
      },
    };
  }

  dispose(): void {
    this.started?.terminate();
    this.started = null;
    this.waiting.clear();
    this.everything = null;
  }

  private workerSet(version: number, bounds: Bounds | null): PointSet {
    return {
      version,
      bounds,
      clusters: (bbox, zoom) =>
        new Promise((resolve) => {
          this.requests += 1;
          const id = this.requests;
          this.waiting.set(-id, (response) => resolve(response.kind === 'clusters' ? response.features : null));
          this.worker.postMessage({ kind: 'clusters', version, id, bbox, zoom } satisfies ClusterRequest);
        }),
    };
  }
}

/**
 * The features of a whole-world level inside `bbox`, with the longitude wrapping of supercluster's getClusters:
 * a box wider than the world keeps every longitude, one across the antimeridian keeps both ends.
 * like - [170, -10, 190, 10] → longitudes 170..180 and -180..-170
 */
function inBox(level: MapFeature[], bbox: Bounds): MapFeature[] {
  const south = Math.max(-90, Math.min(90, bbox[1]));
  const north = Math.max(-90, Math.min(90, bbox[3]));
  const wrap = (lon: number) => ((((lon + 180) % 360) + 360) % 360) - 180;
  const everyLon = bbox[2] - bbox[0] >= 360;
  const west = everyLon ? -180 : wrap(bbox[0]);
  const east = everyLon ? 180 : bbox[2] === 180 ? 180 : wrap(bbox[2]);
  const lonIn = west <= east ? (lon: number) => lon >= west && lon <= east : (lon: number) => lon >= west || lon <= east;
  return level.filter((f) => f.lat >= south && f.lat <= north && lonIn(f.lon));
}
