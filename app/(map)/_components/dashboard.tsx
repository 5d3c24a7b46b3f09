'use client';
// The dashboard shell: reads the view from the URL, filters the incidents, and lays out map, timeline and panel.
// Every choice the user makes is written back to the URL (push for selections and filters, replace for panning).
import { useCallback, useEffect, useInsertionEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { filterIncidents } from '@/lib/view-state/filter-incidents';
import { INCIDENT_TYPES, PANELS, type MapView, type Panel, type TableSort, type ViewState } from '@/lib/view-state/view-state';
import { ActorsPanel } from './actors-panel';
import { Filters } from './filters';
import { IncidentList } from './incident-list';
import { IncidentPanel } from './incident-panel';
import { IncidentTable } from './incident-table';
import { MapClient } from './map-client';
import { PlaceDetail } from './place-detail';
import { ClusterClient, type PointSet } from './cluster-client';
import { CountryWideTray } from './country-wide-tray';
import { dataUrl, useDashboardData, type DashboardMeta } from './dashboard-data';
import { CopyLink, Downloads } from './share-tools';
import { SourcesPanel } from './sources-panel';
import { Timeline } from './timeline';
import { useViewState, writeViewState } from './use-view-state';

const PANEL_LABELS: Record<Panel, string> = { incidents: 'Incidents', sources: 'Sources', actors: 'Actors', table: 'Table' };
/** Zoom the map goes to (at least) when a place or incident is picked from the panel. */
const FOCUS_ZOOM = 7;

export function Dashboard({ meta }: { meta: DashboardMeta }) {
  const { state, problems, update } = useViewState();
  // An actor, source or text filter needs the full records; types and dates are in the map's own data.
  const needsRecords = state.actor !== null || state.source !== null || state.q !== '';
  const load = useDashboardData(meta, !needsRecords);
  const { data } = load;
  const ready = load.status === 'ready';
  const client = useClusterClient();
  const placeById = useMemo(() => indexById(data.places), [data.places]);
  const incidentById = useMemo(() => indexById(data.incidents), [data.incidents]);
  const selectedPlace = state.place === null ? undefined : placeById.get(state.place);
  const selectedIncident = state.incident === null ? undefined : incidentById.get(state.incident);
  // Ids in the link can only be checked once the data has arrived (an actor's and a source's once the records have).
  // (looked up once per choice, not on every re-render after a pan)
  const actorUnknown = useMemo(
    () => ready && state.actor !== null && !data.actors.some((a) => a.id === state.actor),
    [ready, data.actors, state.actor],
  );
  const sourceUnknown = useMemo(
    () => ready && state.source !== null && !data.sources.some((s) => s.id === state.source),
    [ready, data.sources, state.source],
  );
  const unknown = !ready ? [] : [
    state.place !== null && selectedPlace === undefined ? `no place ${JSON.stringify(state.place)} here` : null,
    state.incident !== null && selectedIncident === undefined ? `no incident ${JSON.stringify(state.incident)} here` : null,
    actorUnknown ? `no actor ${JSON.stringify(state.actor)} here` : null,
    sourceUnknown ? `no source ${JSON.stringify(state.source)} here` : null,
  ].filter((p): p is string => p !== null);
  const notice = useLinkNotice([...problems, ...unknown], {
    ...(ready && selectedPlace === undefined ? { place: null } : {}),
    ...(ready && selectedIncident === undefined ? { incident: null } : {}),
    ...(actorUnknown ? { actor: null } : {}),
    ...(sourceUnknown ? { source: null } : {}),
  });

  // Filtered again only when a filter changes: panning rewrites the URL (and so `state`) after every move, and
  // a new list would rebuild the cluster index of 100,000 incidents.
  const filters = { types: state.types, actor: state.actor, source: state.source, q: state.q, from: state.from, to: state.to };
  const filterKey = JSON.stringify(filters);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const shown = useMemo(() => filterIncidents(data.incidents, { ...state, ...filters }), [data.incidents, filterKey]);
  const undatedFilter = useMemo(
    () => filterIncidents(data.incidents, { ...state, ...filters, from: null, to: null }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data.incidents, filterKey],
  );
  const nationwide = useMemo(() => shown.filter((i) => i.lat === null || i.lon === null), [shown]);
  // Kept across pans, so that the place's list keeps the rows it has shown.
  const placeIncidents = useMemo(
    () => (selectedPlace === undefined ? [] : shown.filter((i) => i.place?.id === selectedPlace.id)),
    [shown, selectedPlace],
  );

  // Which incidents the map draws. Without filters the first view comes from data/clusters.json; type and date
  // filters are applied by the clustering worker to the map's own columns; an actor, source or text filter needs
  // the records, and the map waits for them.
  const { firstView } = load;
  const everything = useMemo(
    () => (client === null || firstView === null ? null : client.fromFirstView(firstView)),
    [client, firstView],
  );
  const unfiltered = !needsRecords && filters.types.length === 0 && filters.from === null && filters.to === null;
  const [filtered, setFiltered] = useState<{ key: string; set: PointSet } | null>(null);
  useEffect(() => {
    if (client === null || unfiltered || (needsRecords && !ready)) return;
    // The points are in the records' order: an incident's index in data.incidents is its index in the points.
    const index = needsRecords ? new Map(data.incidents.map((incident, k) => [incident.id, k])) : null;
    const keys = index === null ? null : Uint32Array.from(shown, (incident) => index.get(incident.id) ?? -1);
    const types = filters.types.map((type) => INCIDENT_TYPES.indexOf(type));
    let cancelled = false;
    client.load({ types, from: filters.from, to: filters.to, keys }).then(
      (set) => !cancelled && set !== null && setFiltered({ key: filterKey, set }),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
    // Records arriving change `shown` but not what a type or date filter keeps: no new index then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, unfiltered, filterKey, needsRecords && ready, needsRecords ? shown : null]);
  // While a new filter is being clustered the map keeps the markers it has, as it keeps its view.
  const lastSet = useRef<PointSet | null>(null);
  const pointSet = (unfiltered ? everything : filtered?.key === filterKey ? filtered.set : null) ?? lastSet.current;
  lastSet.current = pointSet;
  // Once the first view is drawn, cluster every incident for deeper zooms before they are asked for.
  useEffect(() => {
    if (everything === null) return;
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('mapwire:markers-drawn').length > 0) {
        observer.disconnect();
        everything.warmUp();
      }
    });
    observer.observe({ type: 'mark', buffered: true });
    return () => observer.disconnect();
  }, [everything]);
  const mapReady = pointSet !== null && (ready || firstView?.bounds != null);

  // Where the map is, so that focusing on a place never zooms out.
  const lastView = useRef<MapView | null>(state.map);
  const moveMap = useCallback(
    (view: MapView) => {
      lastView.current = view;
      update({ map: view }, 'replace');
    },
    [update],
  );
  const focus = (lat: number | null, lon: number | null): Partial<ViewState> =>
    lat === null || lon === null ? {} : { map: { zoom: Math.max(lastView.current?.zoom ?? 0, FOCUS_ZOOM), lat, lon } };

  const selectPlace = useCallback(
    (id: string) => {
      update({ place: id, incident: null }, 'push');
      revealPanel();
    },
    [update],
  );
  const selectIncident = useCallback(
    (id: string) => {
      update({ incident: id }, 'push');
      revealPanel();
    },
    [update],
  );
  // Stable callbacks for the memoised panels, so that a pan does not re-render their long lists.
  const focusPlace = useStableCallback((id: string) => {
    const place = placeById.get(id);
    update({ place: id, incident: null, ...(place ? focus(place.lat, place.lon) : {}) }, 'push');
    revealPanel();
  });
  const focusIncident = useStableCallback((id: string) => {
    const incident = incidentById.get(id);
    update({ incident: id, ...(incident ? focus(incident.lat, incident.lon) : {}) }, 'push');
    revealPanel();
  });
  const openSource = useStableCallback((id: string | null) => update({ source: id }, 'push'));
  const selectActor = useStableCallback((id: string | null) => update({ actor: id }, 'push'));
  const sortTable = useStableCallback((sort: TableSort) => update({ sort }, 'replace'));
  // A link parsed again after each pan gives a new sort object with the same order.
  const sortKey = `${state.sort.column}:${state.sort.descending}`;
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const sort = useMemo(() => state.sort, [sortKey]);
  // The incident last opened stays listed when its details close, however far down the list it is.
  const lastIncident = useRef<string | null>(null);
  if (state.incident !== null) lastIncident.current = state.incident;
  const close = useStableCallback(() => update(selectedIncident ? { incident: null } : { place: null }, 'push'));
  const filterByActor = useStableCallback((id: string) => update({ actor: id, incident: null }, 'push'));
  const readSource = useStableCallback((id: string) => update({ source: id, panel: 'sources', incident: null }, 'push'));

  const onPanelKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && (selectedIncident || selectedPlace)) close();
  };

  return (
    <div className={state.embed ? 'mw-app mw-embed' : 'mw-app'}>
      {!state.embed && (
        <header className="mw-header">
          <h1>Mapwire</h1>
          <p className="mw-counts">
            {meta.counts.sources} sources · {meta.counts.places} places · {meta.counts.incidents} incidents
          </p>
          <div className="mw-tools">
            <CopyLink />
            <Downloads incidents={shown} actors={data.actors} />
          </div>
        </header>
      )}
      <main className="mw-main">
        <div className="mw-map-column">
          <CountryWideTray incidents={nationwide} selected={state.incident} onSelect={selectIncident} />
          <section className="mw-map-wrap" aria-label="Map" aria-busy={!ready}>
            {load.status === 'failed' ? (
              <div className="mw-map-loading" role="alert">
                The data could not be loaded ({load.error}).
              </div>
            ) : !mapReady ? (
              <div className="mw-map-loading">Loading {meta.counts.incidents.toLocaleString('en')} incidents…</div>
            ) : (
            <MapClient
              places={data.places}
              pointSet={pointSet}
              incidentById={incidentById}
              allIncidents={data.incidents}
              actors={data.actors}
              selectedActor={state.actor}
              onSelectActor={(id) => update({ actor: id }, 'push')}
              selectedPlace={selectedPlace?.id ?? null}
              selectedIncident={selectedIncident?.id ?? null}
              view={state.map}
              onSelectPlace={selectPlace}
              onSelectIncident={selectIncident}
              onViewChange={moveMap}
              overlays={meta.overlays}
              hidden={state.hidden}
              onHiddenChange={(hidden) => update({ hidden }, 'replace')}
            />
            )}
          </section>
          {data.incidents.length > 0 && !state.embed && <Timeline incidents={undatedFilter} state={state} update={update} />}
        </div>
        <aside className="mw-panel" aria-label="Details" onKeyDown={onPanelKey}>
          {notice !== null && (
            <div className="mw-notice" role="status">
              <p>{notice.message}</p>
              <button type="button" onClick={notice.dismiss}>
                Dismiss
              </button>
            </div>
          )}
          {data.incidents.length > 0 && (
            <Filters
              state={state}
              incidents={data.incidents}
              shown={shown.length}
              actors={data.actors}
              sources={data.sources}
              update={update}
            />
          )}
          {selectedIncident !== undefined ? (
            <IncidentPanel
              incident={selectedIncident}
              sources={data.sources}
              actors={data.actors}
              onClose={close}
              onSelectPlace={focusPlace}
              onSelectActor={filterByActor}
              onSelectSource={readSource}
            />
          ) : selectedPlace !== undefined ? (
            <PlaceDetail
              place={selectedPlace}
              sources={data.sources}
              incidents={placeIncidents}
              onClose={close}
              onSelectIncident={selectIncident}
            />
          ) : (
            <Tabs panel={state.panel} onChange={(panel) => update({ panel }, 'push')}>
              {state.panel === 'incidents' && (
                <IncidentList
                  incidents={shown}
                  onSelect={focusIncident}
                  keep={lastIncident.current}
                  empty={data.incidents.length === 0 ? 'The articles yielded no incidents.' : undefined}
                />
              )}
              {state.panel === 'sources' && (
                <SourcesPanel
                  sources={data.sources}
                  places={data.places}
                  incidents={data.incidents}
                  actors={data.actors}
                  openSource={state.source}
                  onOpenSource={openSource}
                  onSelectPlace={focusPlace}
                  onSelectIncident={focusIncident}
                  onSelectActor={selectActor}
                />
              )}
              {state.panel === 'actors' && (
                <ActorsPanel actors={data.actors} incidents={data.incidents} selected={state.actor} onSelect={selectActor} />
              )}
              {state.panel === 'table' && (
                <IncidentTable
                  incidents={shown}
                  actors={data.actors}
                  sort={sort}
                  onSort={sortTable}
                  onSelect={focusIncident}
                  keep={lastIncident.current}
                />
              )}
            </Tabs>
          )}
        </aside>
      </main>
    </div>
  );
}

/** WAI-ARIA tabs: arrow keys move between tabs, the tab panel follows. */
function Tabs({ panel, onChange, children }: { panel: Panel; onChange: (panel: Panel) => void; children: React.ReactNode }) {
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    const next = PANELS[(PANELS.indexOf(panel) + step + PANELS.length) % PANELS.length]!;
    onChange(next);
    requestAnimationFrame(() => document.getElementById(`mw-tab-${next}`)?.focus());
  };
  return (
    <>
      <div className="mw-tabs" role="tablist" aria-label="Panel" onKeyDown={onKey}>
        {PANELS.map((id) => (
          <button
            key={id}
            id={`mw-tab-${id}`}
            type="button"
            role="tab"
            aria-selected={id === panel}
            aria-controls="mw-tabpanel"
            tabIndex={id === panel ? 0 : -1}
            onClick={() => onChange(id)}
          >
            {PANEL_LABELS[id]}
          </button>
        ))}
      </div>
      <div id="mw-tabpanel" role="tabpanel" aria-labelledby={`mw-tab-${panel}`} className="mw-tabpanel">
        {children}
      </div>
    </>
  );
}

/**
 * One clustering client per dashboard, in the browser only (the page is also rendered at build time). Made while
 * rendering, so that the first view can be drawn on the render after hydration; its worker starts on first use.
 */
function useClusterClient(): ClusterClient | null {
  const [client] = useState(() => (typeof window === 'undefined' ? null : new ClusterClient(dataUrl('points.json'))));
  useEffect(() => () => client?.dispose(), [client]);
  return client;
}

/** Narrow screens stack the panel under the map: after a pick, bring its details into view. */
function revealPanel(): void {
  if (!window.matchMedia('(max-width: 700px)').matches) return;
  requestAnimationFrame(() => document.querySelector('.mw-panel h2')?.scrollIntoView({ block: 'start' }));
}

/**
 * A notice for a link that could not be fully followed. The unusable parts are dropped from the URL at once, so the
 * address bar (and any link copied from it) holds only the view that is shown.
 */
function useLinkNotice(problems: string[], reset: Partial<ViewState>) {
  const [message, setMessage] = useState<string | null>(null);
  const key = problems.join('; ');
  useEffect(() => {
    if (key === '') return;
    setMessage(`This link could not be followed in full (${key}); showing the default view instead.`);
    writeViewState(reset, 'replace');
    // The problems' text is the dependency; `reset` is derived from the same URL.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return message === null ? null : { message, dismiss: () => setMessage(null) };
}

/** A function that keeps its identity across renders and calls the `fn` of the latest render. */
function useStableCallback<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const latest = useRef(fn);
  // once the render is committed: a render React drops (the records arrive in a transition) leaves no closure behind
  useInsertionEffect(() => {
    latest.current = fn;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}

/** Records by id. A loop, not `new Map(list.map(…))`: that builds a pair array per record, 100,000 of them at once. */
function indexById<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  const byId = new Map<string, T>();
  for (const record of records) byId.set(record.id, record);
  return byId;
}
