'use client';
// Filters over the incidents: type (the legend doubles as the type filter), actor and source (searchable pickers),
// text, with a count.
import { useEffect, useMemo, useState } from 'react';
import type { IncidentType } from '@/lib/types';
import type { ActorView, IncidentView, SourceView } from '@/lib/data';
import { INCIDENT_TYPES, type ViewState } from '@/lib/view-state/view-state';
import { TYPE_STYLE } from './incident-style';
import { TypeIcon } from './type-icon';
import { Picker } from './picker';
import { toActorOptions, toSourceOptions } from './pick-options';
import type { HistoryMode } from './use-view-state';

export function Filters({
  state,
  incidents,
  shown,
  actors,
  sources,
  update,
}: {
  state: ViewState;
  incidents: IncidentView[];
  shown: number;
  actors: ActorView[];
  sources: SourceView[];
  update: (patch: Partial<ViewState>, mode: HistoryMode) => void;
}) {
  // The box keeps what is typed (a trailing space included); the URL holds it trimmed, and wins when it changes
  // from elsewhere (Clear filters, Back).
  const [query, setQuery] = useState(state.q);
  useEffect(() => {
    setQuery((typed) => (typed.trim() === state.q ? typed : state.q));
  }, [state.q]);
  // Counted once per set of incidents, not on every re-render after a pan.
  const counts = useMemo(() => {
    const byType = new Map<IncidentType, number>();
    for (const i of incidents) byType.set(i.type, (byType.get(i.type) ?? 0) + 1);
    return byType;
  }, [incidents]);
  // The same lists on every render, so that the pickers fold their options once per corpus, not after each pan.
  const actorOptions = useMemo(() => toActorOptions(actors), [actors]);
  const sourceOptions = useMemo(() => toSourceOptions(sources), [sources]);
  const present = INCIDENT_TYPES.filter((t) => counts.has(t));
  const toggle = (type: IncidentType) =>
    update({ types: state.types.includes(type) ? state.types.filter((t) => t !== type) : [...state.types, type] }, 'push');
  const filtered =
    state.types.length > 0 || state.actor !== null || state.source !== null || state.q !== '' || state.from !== null || state.to !== null;

  return (
    <section className="mw-filters" aria-label="Filters">
      <div className="mw-filter-row">
        <label className="mw-search">
          <span className="mw-sr-only">Search quotes</span>
          <input
            type="search"
            placeholder="Search quotes and titles"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              update({ q: e.target.value.trim() }, 'replace');
            }}
          />
        </label>
        <p className="mw-result-count" role="status" aria-live="polite">
          {shown} of {incidents.length} incidents
        </p>
      </div>
      {present.length > 0 && (
        <fieldset className="mw-legend">
          <legend>Types (legend; select to filter)</legend>
          <ul>
            {present.map((type) => (
              <li key={type}>
                <button
                  type="button"
                  className="mw-chip"
                  aria-pressed={state.types.includes(type)}
                  data-type={type}
                  onClick={() => toggle(type)}
                >
                  <TypeIcon type={type} /> {TYPE_STYLE[type].label} <span className="mw-muted">{counts.get(type)}</span>
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <div className="mw-filter-row">
        <Picker
          label="Actor"
          allLabel="All actors"
          options={actorOptions}
          value={state.actor}
          onChange={(actor) => update({ actor }, 'push')}
        />
        <Picker
          label="Source"
          allLabel="All sources"
          options={sourceOptions}
          value={state.source}
          onChange={(source) => update({ source }, 'push')}
        />
        {filtered && (
          <button
            type="button"
            className="mw-button"
            onClick={() => update({ types: [], actor: null, source: null, q: '', from: null, to: null }, 'push')}
          >
            Clear filters
          </button>
        )}
      </div>
    </section>
  );
}
