'use client';
// The dashboard's data, fetched from the static files the export writes to data/ (app/data/**/route.ts) instead of
// being inlined into the page: the HTML stays small whatever the corpus, and 100,000 incidents arrive as files of
// INCIDENT_CHUNK_SIZE that are parsed one per task, so the page keeps drawing frames while they load.
import { useEffect, useState } from 'react';
import type { ActorView, DashboardData, IncidentView, PlaceView, SourceView } from '@/lib/data';
import type { MapPoints } from './map-points';

/** What the page's HTML carries: enough to draw the header and to know which files to fetch. */
export interface DashboardMeta {
  counts: { sources: number; places: number; incidents: number; actors: number };
  /** Number of data/incidents/<n>.json files. */
  incidentChunks: number;
  generatedAt: string | null;
}

export type DashboardLoad = (
  | { status: 'loading'; data: DashboardData }
  | { status: 'ready'; data: DashboardData }
  | { status: 'failed'; data: DashboardData; error: string }
) & {
  /** The map's columns (data/points.json): small, so they arrive well before the full records. */
  points: MapPoints | null;
};

const EMPTY: DashboardData = { sources: [], places: [], incidents: [], actors: [], generatedAt: null };
/** basePath is applied by Next's router only; data files are fetched by hand (see next.config.js). */
const BASE_PATH = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

/** Loads every data file once per page view. */
export function useDashboardData(meta: DashboardMeta): DashboardLoad {
  const [load, setLoad] = useState<DashboardLoad>({
    status: 'loading',
    data: { ...EMPTY, generatedAt: meta.generatedAt },
    points: null,
  });
  useEffect(() => {
    let cancelled = false;
    const fail = (error: unknown) =>
      !cancelled && setLoad((l) => ({ status: 'failed', data: l.data, points: l.points, error: String(error) }));
    const points = fetchData('points.json').then((r) => parseInTask<MapPoints>(r));
    points.then((p) => !cancelled && setLoad((l) => ({ ...l, points: p })), fail);
    // The full records are parsed after the points, so that the map is drawn first.
    loadDashboardFiles(meta, points.catch(() => null)).then(
      (data) => !cancelled && setLoad((l) => ({ status: 'ready', data, points: l.points })),
      fail,
    );
    return () => {
      cancelled = true;
    };
  }, [meta]);
  return load;
}

async function loadDashboardFiles(meta: DashboardMeta, first: Promise<MapPoints | null>): Promise<DashboardData> {
  // Every request starts at once; the bodies are then parsed one at a time, a task each.
  const incidentFiles = Array.from({ length: meta.incidentChunks }, (_, n) => fetchData(`incidents/${n}.json`));
  const rest = [fetchData('places.json'), fetchData('sources.json'), fetchData('actors.json')] as const;
  // Parsing waits until the map has drawn the points, unless the map waits for the records (a corpus without
  // located incidents is framed by its places).
  const points = await first;
  if (points?.lon.some((lon) => lon !== null)) await whenMarked('mapwire:markers-drawn', MAP_FIRST_MS);
  const places = await parseInTask<PlaceView[]>(await rest[0]);
  const sources = await parseInTask<SourceView[]>(await rest[1]);
  const actors = await parseInTask<ActorView[]>(await rest[2]);
  const incidents: IncidentView[] = [];
  for (const file of incidentFiles) {
    for (const incident of await parseInTask<IncidentView[]>(await file)) incidents.push(incident);
  }
  return { places, sources, actors, incidents, generatedAt: meta.generatedAt };
}

/** How long the records wait for the map to draw first. */
const MAP_FIRST_MS = 1_500;

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
