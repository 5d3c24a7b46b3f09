'use client';
// The dashboard's data, fetched from the static files the export writes to data/ (app/data/**/route.ts) instead of
// being inlined into the page: the HTML stays small whatever the corpus, and the records arrive as numbered files
// of at most 1.5 MB (DATA_FILE_CHARS) that are parsed one per task, so the page keeps drawing frames while 100,000
// incidents or 10,000 articles load. The map's own data (data/clusters.json, data/points.json) comes first; see
// cluster-client.ts.
import { startTransition, useEffect, useRef, useState } from 'react';
import type { ActorView, DashboardData, FiledRecords, IncidentView, PlaceView, SourceView } from '@/lib/data';
import type { OverlayLayout } from './actor-spots';
import type { FirstView } from './cluster-protocol';

/** What the page's HTML carries: enough to draw the header and to know which files to fetch. */
export interface DashboardMeta {
  counts: { sources: number; places: number; incidents: number; actors: number };
  overlays: OverlayLayout;
  /** Number of data/<kind>/<n>.json files of each kind. */
  files: Record<FiledRecords, number>;
  generatedAt: string | null;
}

export type DashboardLoad = (
  | { status: 'loading'; data: DashboardData }
  | { status: 'ready'; data: DashboardData }
  | { status: 'failed'; data: DashboardData; error: string }
) & {
  /** The first view's markers (data/clusters.json): small, so they arrive well before the full records. */
  firstView: FirstView | null;
};

const EMPTY: DashboardData = { sources: [], places: [], incidents: [], actors: [], generatedAt: null };
/** basePath is applied by Next's router only; data files are fetched by hand (see next.config.js). */
const BASE_PATH = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

/**
 * Loads every data file once per page view. While `mapFirst` holds (the map can be drawn without the records: no
 * actor, source or text filter) the records are not even requested until the markers are drawn, so that the map's
 * code and data/clusters.json do not queue behind 50 MB of records.
 */
export function useDashboardData(meta: DashboardMeta, mapFirst: boolean): DashboardLoad {
  const [load, setLoad] = useState<DashboardLoad>({
    status: 'loading',
    data: { ...EMPTY, generatedAt: meta.generatedAt },
    firstView: null,
  });
  // Whether the map can be drawn without the records is only known once the link has been read (after hydration),
  // and a filter typed while the records wait needs them at once.
  const mapFirstNow = useRef(mapFirst);
  mapFirstNow.current = mapFirst;
  const recordsNeeded = useRef<() => void>(() => undefined);
  useEffect(() => {
    let cancelled = false;
    const fail = (error: unknown) =>
      !cancelled && setLoad((l) => ({ status: 'failed', data: l.data, firstView: l.firstView, error: String(error) }));
    const firstView = requestFirstView();
    firstView.then((view) => !cancelled && setLoad((l) => ({ ...l, firstView: view })), fail);
    const needed = new Promise<void>((resolve) => {
      recordsNeeded.current = resolve;
    });
    // A corpus without located incidents is framed by its places: the map waits for the records then.
    const mapDrawn = firstView.then(
      (view) =>
        mapFirstNow.current && view.bounds !== null
          ? Promise.race([whenMarked('mapwire:markers-drawn', RECORDS_WAIT_MS), needed])
          : undefined,
      () => undefined,
    );
    mapDrawn
      .then(() => loadDashboardFiles(meta))
      .then((data) => {
        if (cancelled) return;
        // Rendering the panels over 100,000 records takes the main thread for most of a second: as a transition,
        // React renders them in slices and the map keeps answering drags and clicks meanwhile.
        startTransition(() => setLoad((l) => ({ status: 'ready', data, firstView: l.firstView })));
      }, fail);
    return () => {
      cancelled = true;
    };
  }, [meta]);
  useEffect(() => {
    if (!mapFirst) recordsNeeded.current();
  }, [mapFirst]);
  return load;
}

async function loadDashboardFiles(meta: DashboardMeta): Promise<DashboardData> {
  // Every request starts at once; the bodies are then parsed one at a time, a task each.
  const filesOf = (kind: FiledRecords) =>
    Array.from({ length: meta.files[kind] }, (_, n) => {
      const request = fetchData(`${kind}/${n}.json`);
      // a request that fails before its turn is reported when its turn comes
      request.catch(() => undefined);
      return request;
    });
  const placeFiles = filesOf('places');
  const sourceFiles = filesOf('sources');
  const actorFiles = filesOf('actors');
  const incidentFiles = filesOf('incidents');
  const places = await parseFiles<PlaceView>(placeFiles);
  const sources = await parseFiles<SourceView>(sourceFiles);
  const actors = await parseFiles<ActorView>(actorFiles);
  const incidents = await parseFiles<IncidentView>(incidentFiles);
  return { places, sources, actors, incidents, generatedAt: meta.generatedAt };
}

/** The records of numbered data files, in order, each file parsed in a task of its own. */
async function parseFiles<T>(files: ReadonlyArray<Promise<Response>>): Promise<T[]> {
  const records: T[] = [];
  for (const file of files) {
    for (const record of await parseInTask<T[]>(await file)) records.push(record);
  }
  return records;
}

/**
 * Longest the records wait for the map to draw first: a map that cannot draw (an error, a hidden tab) must not keep
 * the panels empty.
 */
const RECORDS_WAIT_MS = 3_000;

/** data/clusters.json, requested as soon as this module runs in the browser: it is ready when the page hydrates. */
let firstViewRequest: Promise<FirstView> | null = null;

function requestFirstView(): Promise<FirstView> {
  if (firstViewRequest === null) {
    const request = fetchData('clusters.json').then((r) => r.json() as Promise<FirstView>);
    // A failed request is tried again by the next page that needs it.
    request.catch(() => (firstViewRequest = null));
    firstViewRequest = request;
  }
  return firstViewRequest;
}

if (typeof window !== 'undefined') void requestFirstView().catch(() => undefined);

/** Absolute URL of a data file, for the clustering worker (whose relative URLs resolve against its script). */
export function dataUrl(file: string): string {
  return new URL(`${BASE_PATH}/data/${file}`, window.location.href).href;
}

/** Resolves when the page sets the performance mark `name`, or after `timeoutMs`. */
function whenMarked(name: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (performance.getEntriesByName(name, 'mark').length > 0) return resolve();
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName(name).length === 0) return;
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: 'mark' });
    setTimeout(() => {
      observer.disconnect();
      resolve();
    }, timeoutMs);
  });
}

async function fetchData(file: string): Promise<Response> {
  const response = await fetch(`${BASE_PATH}/data/${file}`);
  if (!response.ok) throw new Error(`${BASE_PATH}/data/${file}: HTTP ${response.status}`);
  return response;
}

/** Parses a response body in a task of its own, after yielding to the browser so it can draw a frame first. */
async function parseInTask<T>(response: Response): Promise<T> {
  const text = await response.text();
  await new Promise((resolve) => setTimeout(resolve, 0));
  return JSON.parse(text) as T;
}
