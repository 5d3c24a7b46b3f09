// The clustering worker's logic (its entry is cluster-worker.js): fetches and parses data/points.json, builds the
// index of the incidents a filter keeps and answers viewport queries, so that neither the 5 MB of points of 100,000
// incidents nor clustering them (about a second on a slow machine) ever blocks the page.
// ClusterRequest in, ClusterResponse out (see cluster-protocol.ts).
import { toClusterIndex, type ClusterIndex } from './cluster-index';
import type { ClusterRequest, ClusterResponse } from './cluster-protocol';
import type { MapPoints } from './map-points';

/** Points by URL: fetched once, whatever the number of filters applied to them. */
const pointFiles = new Map<string, Promise<MapPoints>>();
let latest = -1;
let current: { version: number; index: ClusterIndex } | null = null;

/** Answers one message; every request gets an answer, so the page never waits for one in vain. */
export async function answerClusterRequest(request: ClusterRequest): Promise<ClusterResponse> {
  if (request.kind === 'clusters') {
    const features =
      current !== null && request.version === current.version ? current.index.clusters(request.bbox, request.zoom) : null;
    return { kind: 'clusters', version: request.version, id: request.id, features };
  }
  latest = request.version;
  try {
    const points = await readPoints(request.url);
    // A newer filter arrived while the points were loading: build that one instead.
    if (request.version !== latest) return { kind: 'dropped', version: request.version };
    current = { version: request.version, index: toClusterIndex(points, request.filter) };
    return { kind: 'loaded', version: request.version, bounds: current.index.bounds };
  } catch (error) {
    return { kind: 'failed', version: request.version, error: String(error) };
  }
}

function readPoints(url: string): Promise<MapPoints> {
  let points = pointFiles.get(url);
  if (points === undefined) {
    points = fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return (await response.json()) as MapPoints;
    });
    pointFiles.set(url, points);
    points.catch(() => pointFiles.delete(url));
  }
  return points;
}
