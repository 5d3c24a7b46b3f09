import { memo, useMemo, type ReactNode } from 'react';
import type { ActorView, IncidentView, PlaceView, SourceView } from '@/lib/data';
import { IncidentList } from './incident-list';
import { ShowMore, usePaged } from './show-more';

/**
 * The articles. The open one (the `source` filter) shows its full text with every resolved place mention as a
 * button that selects the place and moves the map there. Memoised: the dashboard re-renders after every pan.
 */
export const SourcesPanel = memo(function SourcesPanel({
  sources,
  places = [],
  incidents = [],
  actors = [],
  openSource = null,
  onOpenSource,
  onSelectPlace,
  onSelectIncident,
  onSelectActor,
}: {
  sources: SourceView[];
  places?: PlaceView[];
  incidents?: IncidentView[];
  actors?: ActorView[];
  openSource?: string | null;
  onOpenSource?: (id: string | null) => void;
  onSelectPlace?: (id: string) => void;
  onSelectIncident?: (id: string) => void;
  onSelectActor?: (id: string) => void;
}) {
  // One pass over the incidents, not one per source (1,000 sources × 100,000 incidents would be 10^8 checks), and
  // once per set of incidents, not on every re-render after a pan.
  const bySource = useMemo(() => {
    const grouped = new Map<string, IncidentView[]>();
    for (const incident of incidents) {
      for (const id of incident.sources) {
        const list = grouped.get(id);
        if (list === undefined) grouped.set(id, [incident]);
        else list.push(incident);
      }
    }
    return grouped;
  }, [incidents]);
  // the open article stays in the list however far down it is
  const { rows, showMore, listRef } = usePaged(sources, openSource === null ? -1 : sources.findIndex((s) => s.id === openSource));
  return (
    <section className="mw-sources" aria-labelledby="mw-sources-title">
      <h2 id="mw-sources-title">Sources ({sources.length})</h2>
      {sources.length === 0 ? (
        <p>No articles were ingested.</p>
      ) : (
        <ol className="mw-source-list" ref={listRef}>
          {rows.map((source) => {
            const open = source.id === openSource;
            const own = bySource.get(source.id) ?? [];
            return (
              <li key={source.id} className={open ? 'mw-source mw-open' : 'mw-source'} data-source={source.id}>
                <h3>{source.title}</h3>
                <SourceByline source={source} />
                {onOpenSource && (
                  <button
                    type="button"
                    className="mw-link"
                    aria-expanded={open}
                    onClick={() => onOpenSource(open ? null : source.id)}
                  >
                    {open ? 'Close the article' : `Read the article${own.length > 0 ? ` (${own.length} incidents)` : ''}`}
                  </button>
                )}
                {open && (
                  <>
                    {onSelectIncident && own.length > 0 && <IncidentList incidents={own} onSelect={onSelectIncident} />}
                    <div className="mw-fulltext">
                      <SourceText source={source} places={places} actors={actors} onSelectPlace={onSelectPlace} onSelectActor={onSelectActor} />
                    </div>
                  </>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <ShowMore shown={rows.length} total={sources.length} onMore={showMore} />
      <p className="mw-hint">Select a place on the map to read the sentences that mention it.</p>
    </section>
  );
});

/** "outlet · author · date", leaving out what the article does not show. */
export function SourceByline({ source }: { source: SourceView }) {
  const parts = [source.outlet, source.author, source.published].filter((p): p is string => p !== null && p !== '');
  if (parts.length === 0) return <p className="mw-byline mw-muted">{source.file}</p>;
  return <p className="mw-byline">{parts.join(' · ')}</p>;
}

interface Highlight {
  start: number;
  end: number;
  kind: 'place' | 'actor';
  id: string;
  label: string;
}

/**
 * Where the actors' names occur in a text. actors.json has no offsets, so names are found by search: the name and
 * the aliases written with a capital (proper names), as whole words.
 * like - "Zelensky" and "Volodymyr Zelensky" are marked; the alias "officials" is not, it would mark every use
 */
function findActorMentions(text: string, actors: ActorView[]): Highlight[] {
  const found: Highlight[] = [];
  for (const actor of actors) {
    const names = [actor.name, ...actor.aliases.filter((a) => /^\p{Lu}/u.test(a))]
      .filter((n) => n.length >= 3)
      .toSorted((a, b) => b.length - a.length);
    for (const name of names) {
      let at = text.indexOf(name);
      while (at >= 0) {
        const before = text[at - 1] ?? ' ';
        const after = text[at + name.length] ?? ' ';
        if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) {
          found.push({ start: at, end: at + name.length, kind: 'actor', id: actor.id, label: actor.name });
        }
        at = text.indexOf(name, at + name.length);
      }
    }
  }
  return found;
}

/** The article as text nodes, place and actor mentions as buttons (or marks, without handlers). */
function SourceText({
  source,
  places,
  actors,
  onSelectPlace,
  onSelectActor,
}: {
  source: SourceView;
  places: PlaceView[];
  actors: ActorView[];
  onSelectPlace?: (id: string) => void;
  onSelectActor?: (id: string) => void;
}) {
  const placeMentions: Highlight[] = places.flatMap((place) =>
    place.mentions
      .filter((m) => m.source === source.id)
      .map((m) => ({ start: m.start, end: m.end, kind: 'place' as const, id: place.id, label: `${place.name} (${m.role})` })),
  );
  // Places first on ties: their offsets come from the pipeline, actors' from a text search.
  const highlights = [...placeMentions, ...findActorMentions(source.text, actors)].toSorted(
    (a, b) => a.start - b.start || Number(a.kind === 'actor') - Number(b.kind === 'actor') || b.end - a.end,
  );
  const parts: ReactNode[] = [];
  let at = 0;
  for (const h of highlights) {
    if (h.start < at) continue;
    if (h.start > at) parts.push(source.text.slice(at, h.start));
    const text = source.text.slice(h.start, h.end);
    const onClick = h.kind === 'place' ? onSelectPlace : onSelectActor;
    parts.push(
      onClick ? (
        <button
          key={h.start}
          type="button"
          className={h.kind === 'place' ? 'mw-mention' : 'mw-mention mw-actor-mention'}
          data-place={h.kind === 'place' ? h.id : undefined}
          data-actor={h.kind === 'actor' ? h.id : undefined}
          title={h.kind === 'place' ? h.label : `${h.label}: show this actor's incidents`}
          onClick={() => onClick(h.id)}
        >
          {text}
        </button>
      ) : (
        <mark key={h.start}>{text}</mark>
      ),
    );
    at = h.end;
  }
  parts.push(source.text.slice(at));
  return <>{parts}</>;
}
