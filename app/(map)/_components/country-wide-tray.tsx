'use client';
// Incidents the articles place in a country as a whole: no point on the map fits them, so they sit above it.
import { memo } from 'react';
import type { IncidentView } from '@/lib/data';
import { TYPE_STYLE } from './incident-style';
import { ShowMore, usePaged } from './show-more';
import { TypeIcon } from './type-icon';

/** Memoised: the dashboard re-renders after every pan, and a large corpus has thousands of these. */
export const CountryWideTray = memo(function CountryWideTray({
  incidents,
  selected,
  onSelect,
}: {
  incidents: IncidentView[];
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const { rows, showMore, listRef } = usePaged(incidents, selected === null ? -1 : incidents.findIndex((i) => i.id === selected));
  if (incidents.length === 0) return null;
  return (
    <section className="mw-tray" aria-label="Country-wide incidents">
      <h2>Country-wide ({incidents.length})</h2>
      <ul ref={listRef}>
        {rows.map((incident) => (
          <li key={incident.id}>
            <button
              type="button"
              className="mw-chip"
              data-incident={incident.id}
              aria-pressed={incident.id === selected}
              onClick={() => onSelect(incident.id)}
            >
              <TypeIcon type={incident.type} /> <span className="mw-sr-only">{TYPE_STYLE[incident.type].label}: </span>
              {incident.title}
            </button>
          </li>
        ))}
      </ul>
      <ShowMore shown={rows.length} total={incidents.length} onMore={showMore} />
    </section>
  );
});
