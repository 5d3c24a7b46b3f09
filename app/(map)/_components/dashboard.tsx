'use client';
// The dashboard shell: reads the view from the URL, shows the map and the side panel, writes selections back.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DashboardData } from '@/lib/data';
import type { MapView } from '@/lib/view-state/view-state';
import { MapClient } from './map-client';
import { PlaceDetail } from './place-detail';
import { SourcesPanel } from './sources-panel';
import { useViewState, writeViewState } from './use-view-state';

export function Dashboard({ data }: { data: DashboardData }) {
  const { state, problems, update } = useViewState();
  const placeById = useMemo(() => new Map(data.places.map((p) => [p.id, p])), [data.places]);
  const selected = state.place === null ? undefined : placeById.get(state.place);
  const notice = useLinkNotice(problems, state.place !== null && selected === undefined ? state.place : null);

  const selectPlace = useCallback((id: string) => update({ place: id, incident: null }, 'push'), [update]);
  const closePlace = useCallback(() => update({ place: null }, 'push'), [update]);
  const moveMap = useCallback((view: MapView) => update({ map: view }, 'replace'), [update]);

  return (
    <div className={state.embed ? 'mw-app mw-embed' : 'mw-app'}>
      {!state.embed && (
        <header className="mw-header">
          <h1>Mapwire</h1>
          <p className="mw-counts">
            {data.sources.length} sources · {data.places.length} places
          </p>
        </header>
      )}
      <main className="mw-main">
        <section className="mw-map-wrap" aria-label="Map">
          <MapClient
            places={data.places}
            selectedPlace={selected?.id ?? null}
            view={state.map}
            onSelectPlace={selectPlace}
            onViewChange={moveMap}
          />
        </section>
        <aside className="mw-panel" aria-label="Details">
          {notice !== null && (
            <div className="mw-notice" role="status">
              <p>{notice.message}</p>
              <button type="button" onClick={notice.dismiss}>
                Dismiss
              </button>
            </div>
          )}
          {selected !== undefined ? (
            <PlaceDetail place={selected} sources={data.sources} onClose={closePlace} />
          ) : (
            <SourcesPanel sources={data.sources} />
          )}
        </aside>
      </main>
    </div>
  );
}

/**
 * A notice for a link that could not be fully followed. The malformed parts are dropped from the URL at once, so the
 * address bar (and any link copied from it) holds only the view that is shown.
 */
function useLinkNotice(problems: string[], unknownPlace: string | null) {
  const [message, setMessage] = useState<string | null>(null);
  const problemKey = problems.join('; ');
  useEffect(() => {
    const all = unknownPlace === null ? problems : [...problems, `no place ${JSON.stringify(unknownPlace)} here`];
    if (all.length === 0) return;
    setMessage(`This link could not be followed in full (${all.join('; ')}); showing the default view instead.`);
    writeViewState(unknownPlace === null ? {} : { place: null }, 'replace');
    // problems is a fresh array on each parse; its text is the dependency.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [problemKey, unknownPlace]);
  return message === null ? null : { message, dismiss: () => setMessage(null) };
}
