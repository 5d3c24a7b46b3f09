import { memo, useMemo } from 'react';
import type { IncidentView } from '@/lib/data';
import { TYPE_STYLE } from './incident-style';
import { TypeIcon } from './type-icon';
import { ShowMore, usePaged } from './show-more';

/**
 * Incidents as a list of buttons, by date (undated last). `keep` is an incident to keep listed however far down it
 * is (the one last opened). Memoised: the dashboard re-renders after every pan.
 */
export const IncidentList = memo(function IncidentList({
  incidents,
  onSelect,
  keep = null,
  empty = 'No incidents match the filters.',
}: {
  incidents: IncidentView[];
  onSelect: (id: string) => void;
  keep?: string | null;
  empty?: string;
}) {
  // Sorted once per set of incidents, not on every re-render after a pan.
  const sorted = useMemo(
    () =>
      incidents.toSorted((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.title.localeCompare(b.title)),
    [incidents],
  );
  const { rows, showMore, listRef } = usePaged(sorted, keep === null ? -1 : sorted.findIndex((i) => i.id === keep));
  if (incidents.length === 0) return <p className="mw-muted">{empty}</p>;
  return (
    <>
      <ul className="mw-incident-list" ref={listRef}>
        {rows.map((incident) => (
          <li key={incident.id}>
            <button type="button" className="mw-incident-item" data-incident={incident.id} onClick={() => onSelect(incident.id)}>
              <TypeIcon type={incident.type} />
              <span>
                <span className="mw-item-title">{incident.title}</span>
                <span className="mw-muted mw-item-meta">
                  {TYPE_STYLE[incident.type].label} · {incident.place?.name ?? 'country-wide'} · {incident.date ?? 'undated'}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      <ShowMore shown={rows.length} total={sorted.length} onMore={showMore} />
    </>
  );
});
