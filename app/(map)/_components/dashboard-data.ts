'use client';
// The dashboard's data, fetched from the static files the export writes to data/ (app/data/**/route.ts) instead of
// being inlined into the page: the HTML stays small whatever the corpus, and 100,000 incidents arrive as files of
// INCIDENT_CHUNK_SIZE that are parsed one per task, so the page keeps drawing frames while they load.
import { useEffect, useState } from 'react';
import type { ActorView, DashboardData, IncidentView, PlaceView, SourceView } from '@/lib/data';

/** What the page's HTML carries: enough to draw the header and to know which files to fetch. */
export interface DashboardMeta {
  counts: { sources: number; places: number; incidents: number; actors: number };
  /** Number of data/incidents/<n>.json files. */
  incidentChunks: number;
  generatedAt: string | null;
}

export type DashboardLoad =
  | { status: 'loading'; data: DashboardData }
  | { status: 'ready'; data: DashboardData }
  | { status: 'failed'; data: DashboardData; error: string };

const EMPTY: DashboardData = { sources: [], places: [], incidents: [], actors: [], generatedAt: null };
/** basePath is applied by Next's router only; data files are fetched by hand (see next.config.js). */
const BASE_PATH = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

/** Loads every data file once per page view. */
export function useDashboardData(meta: DashboardMeta): DashboardLoad {
  const [load, setLoad] = useState<DashboardLoad>({ status: 'loading', data: { ...EMPTY, generatedAt: meta.generatedAt } });
  useEffect(() => {
    let cancelled = false;
    loadDashboardFiles(meta).then(
      (data) => !cancelled && setLoad({ status: 'ready', data }),
      (error: unknown) => !cancelled && setLoad((l) => ({ status: 'failed', data: l.data, error: String(error) })),
    );
    return () => {
      cancelled = true;
    };
  }, [meta]);
  return load;
}

async function loadDashboardFiles(meta: DashboardMeta): Promise<DashboardData> {
  // Every request starts at once; the bodies are then parsed one at a time, a task each.
  const incidentFiles = Array.from({ length: meta.incidentChunks }, (_, n) => fetchData(`incidents/${n}.json`));
  const [places, sources, actors] = await Promise.all([
    fetchData('places.json').then((r) => parseInTask<PlaceView[]>(r)),
    fetchData('sources.json').then((r) => parseInTask<SourceView[]>(r)),
    fetchData('actors.json').then((r) => parseInTask<ActorView[]>(r)),
  ]);
  const incidents: IncidentView[] = [];
  for (const file of incidentFiles) {
    for (const incident of await parseInTask<IncidentView[]>(await file)) incidents.push(incident);
  }
  return { places, sources, actors, incidents, generatedAt: meta.generatedAt };
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
