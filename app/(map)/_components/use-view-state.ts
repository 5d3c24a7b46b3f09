'use client';
// The URL is the single store of view state: components read it through this hook and write it back with
// history.pushState/replaceState (which Next.js integrates into its router). Hand-written rather than nuqs because
// the map view lives in the hash (`#map=zoom/lat/lon`), which nuqs does not manage, and one writer for both parts
// of the URL avoids two writers racing on history.
import { useCallback, useSyncExternalStore } from 'react';
import { formatViewState } from '@/lib/view-state/format-view-state';
import { parseViewState, type ParsedViewState } from '@/lib/view-state/parse-view-state';
import type { ViewState } from '@/lib/view-state/view-state';

/** Fired after our own history writes, which (unlike Back/Forward) raise no event of their own. */
const URL_EVENT = 'mapwire:url';

export type HistoryMode = 'push' | 'replace';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener('hashchange', onChange);
  window.addEventListener(URL_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener(URL_EVENT, onChange);
  };
}

const readUrl = (): string => window.location.search + window.location.hash;
// The static HTML is rendered for the default view; the client re-renders with the real URL after hydration.
const readServerUrl = (): string => '';

let cached: { url: string; parsed: ParsedViewState } | null = null;

function parseUrl(url: string): ParsedViewState {
  if (cached?.url === url) return cached.parsed;
  const hashAt = url.indexOf('#');
  const parsed = hashAt < 0 ? parseViewState(url, '') : parseViewState(url.slice(0, hashAt), url.slice(hashAt));
  cached = { url, parsed };
  return parsed;
}

/** Writes a new view to the URL: `push` for selections (so Back undoes them), `replace` for panning. */
export function writeViewState(patch: Partial<ViewState>, mode: HistoryMode): void {
  const current = parseUrl(readUrl()).state;
  const { search, hash } = formatViewState({ ...current, ...patch });
  const next = `${window.location.pathname}${search}${hash}`;
  if (next === window.location.pathname + readUrl()) return;
  if (mode === 'push') window.history.pushState(null, '', next);
  else window.history.replaceState(null, '', next);
  window.dispatchEvent(new Event(URL_EVENT));
}

/** The view state in the URL, re-read on every history change. */
export function useViewState(): ParsedViewState & { update: typeof writeViewState } {
  const url = useSyncExternalStore(subscribe, readUrl, readServerUrl);
  const update = useCallback(writeViewState, []);
  return { ...parseUrl(url), update };
}
