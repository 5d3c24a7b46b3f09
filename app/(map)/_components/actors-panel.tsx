import { memo, useMemo } from 'react';
import type { ActorView, IncidentView } from '@/lib/data';
import { ShowMore, usePaged } from './show-more';

const KIND_LABELS = { person: 'Person', organization: 'Organisation', state: 'State', group: 'Group' } as const;

/**
 * Actors with kind and counts; selecting one filters the map to its incidents. Memoised: the dashboard re-renders
 * after every pan.
 */
export const ActorsPanel = memo(function ActorsPanel({
  actors,
  incidents,
  selected,
  onSelect,
}: {
  actors: ActorView[];
  incidents: IncidentView[];
  selected: string | null;
  onSelect: (id: string | null) => void;
}) {
  // One pass over the incidents rather than one per actor, and once per set of incidents.
  const counts = useMemo(() => {
    const byActor = new Map<string, number>();
    for (const incident of incidents) for (const id of incident.actors) byActor.set(id, (byActor.get(id) ?? 0) + 1);
    return byActor;
  }, [incidents]);
  const sorted = useMemo(() => actors.toSorted((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name)), [actors]);
  // the selected actor stays in the list however far down it is
  const { rows, showMore, listRef } = usePaged(sorted, selected === null ? -1 : sorted.findIndex((a) => a.id === selected));
  if (actors.length === 0) return <p className="mw-muted">No actors were found in the articles.</p>;
  const incidentCount = (id: string) => counts.get(id) ?? 0;
  return (
    <section aria-labelledby="mw-actors-title">
      <h2 id="mw-actors-title">Actors ({actors.length})</h2>
      <ul className="mw-actor-list" ref={listRef}>
        {rows.map((actor) => (
          <li key={actor.id}>
            <button
              type="button"
              className="mw-actor"
              data-actor={actor.id}
              aria-pressed={actor.id === selected}
              onClick={() => onSelect(actor.id === selected ? null : actor.id)}
            >
              <span className="mw-item-title">{actor.name}</span>
              <span className="mw-muted mw-item-meta">
                {KIND_LABELS[actor.kind]}
                {actor.country ? ` · ${actor.country}` : ''} · {actor.mentions} mentions · {incidentCount(actor.id)} incidents
              </span>
            </button>
          </li>
        ))}
      </ul>
      <ShowMore shown={rows.length} total={sorted.length} onMore={showMore} />
    </section>
  );
});
