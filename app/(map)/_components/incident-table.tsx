'use client';
// The filtered incidents as a sortable table: the accessible alternative to the map.
import { memo, useMemo } from 'react';
import type { ActorView, IncidentView } from '@/lib/data';
import type { TableColumn, TableSort } from '@/lib/view-state/view-state';
import { TYPE_STYLE } from './incident-style';
import { TypeIcon } from './type-icon';
import { ShowMore, usePaged } from './show-more';

const COLUMNS: Array<{ id: TableColumn; label: string; numeric?: boolean }> = [
  { id: 'date', label: 'Date' },
  { id: 'type', label: 'Type' },
  { id: 'title', label: 'Incident' },
  { id: 'place', label: 'Place' },
  { id: 'killed', label: 'Killed', numeric: true },
  { id: 'injured', label: 'Injured', numeric: true },
  { id: 'sources', label: 'Sources', numeric: true },
  { id: 'confidence', label: 'Confidence', numeric: true },
];

function sortKey(incident: IncidentView, column: TableColumn): string | number {
  switch (column) {
    case 'date': return incident.date ?? '9999';
    case 'type': return incident.type;
    case 'title': return incident.title.toLowerCase();
    case 'place': return incident.place?.name ?? '';
    case 'killed': return incident.figures.killed?.value ?? -1;
    case 'injured': return incident.figures.injured?.value ?? -1;
    case 'sources': return incident.sources.length;
    case 'confidence': return incident.confidence;
  }
}

/**
 * The order comes from the URL (`?sort=-date`), so a shared link opens the table sorted the same way. Memoised: the
 * dashboard re-renders after every pan.
 */
export const IncidentTable = memo(function IncidentTable({
  incidents,
  actors,
  sort,
  onSort,
  onSelect,
  keep = null,
}: {
  incidents: IncidentView[];
  actors: ActorView[];
  sort: TableSort;
  onSort: (sort: TableSort) => void;
  onSelect: (id: string) => void;
  /** An incident to keep listed however far down it is (the one last opened). */
  keep?: string | null;
}) {
  const actorName = useMemo(() => new Map(actors.map((a) => [a.id, a.name])), [actors]);
  // Sorted once per list and order, not after every pan; and the same list keeps the rows already shown.
  const sorted = useMemo(
    () =>
      incidents.toSorted((a, b) => {
        const x = sortKey(a, sort.column);
        const y = sortKey(b, sort.column);
        const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
        return sort.descending ? -order : order;
      }),
    [incidents, sort.column, sort.descending],
  );
  const { rows, showMore, listRef } = usePaged(sorted, keep === null ? -1 : sorted.findIndex((i) => i.id === keep));
  return (
    <div className="mw-table-wrap">
      <table className="mw-table">
        <caption>
          {incidents.length} incidents, sorted by {COLUMNS.find((c) => c.id === sort.column)!.label.toLowerCase()}
          {sort.descending ? ', descending' : ''}
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th
                key={column.id}
                scope="col"
                aria-sort={sort.column === column.id ? (sort.descending ? 'descending' : 'ascending') : 'none'}
              >
                <button
                  type="button"
                  onClick={() =>
                    onSort({ column: column.id, descending: sort.column === column.id ? !sort.descending : false })
                  }
                >
                  {column.label}
                  <span aria-hidden="true">{sort.column === column.id ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody ref={listRef}>
          {rows.map((incident) => (
            <tr key={incident.id} data-incident={incident.id}>
              <td>{incident.date ?? '—'}</td>
              <td>
                <TypeIcon type={incident.type} size={14} /> {TYPE_STYLE[incident.type].label}
              </td>
              <th scope="row">
                <button type="button" className="mw-link" onClick={() => onSelect(incident.id)}>
                  {incident.title}
                </button>
                {incident.actors.length > 0 && (
                  <span className="mw-muted mw-item-meta">{incident.actors.map((id) => actorName.get(id) ?? id).join(', ')}</span>
                )}
              </th>
              <td>{incident.place?.name ?? 'Country-wide'}</td>
              <td className="mw-num">{incident.figures.killed?.value ?? ''}</td>
              <td className="mw-num">{incident.figures.injured?.value ?? ''}</td>
              <td className="mw-num">{incident.sources.length}</td>
              <td className="mw-num">{Math.round(incident.confidence * 100)}%</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ShowMore shown={rows.length} total={sorted.length} onMore={showMore} />
    </div>
  );
});
