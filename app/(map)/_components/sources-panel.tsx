import type { ReactNode } from 'react';
import type { IncidentView, PlaceView, SourceView } from '@/lib/data';
import { IncidentList } from './incident-list';

/**
 * The articles. The open one (the `source` filter) shows its full text with every resolved place mention as a
 * button that selects the place and moves the map there.
 */
export function SourcesPanel({
  sources,
  places = [],
  incidents = [],
  openSource = null,
  onOpenSource,
  onSelectPlace,
  onSelectIncident,
}: {
  sources: SourceView[];
  places?: PlaceView[];
  incidents?: IncidentView[];
  openSource?: string | null;
  onOpenSource?: (id: string | null) => void;
  onSelectPlace?: (id: string) => void;
  onSelectIncident?: (id: string) => void;
}) {
  return (
    <section className="mw-sources" aria-labelledby="mw-sources-title">
      <h2 id="mw-sources-title">Sources ({sources.length})</h2>
      {sources.length === 0 ? (
        <p>No articles were ingested.</p>
      ) : (
        <ol className="mw-source-list">
          {sources.map((source) => {
            const open = source.id === openSource;
            const own = incidents.filter((i) => i.sources.includes(source.id));
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
                      <SourceText source={source} places={places} onSelectPlace={onSelectPlace} />
                    </div>
                  </>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <p className="mw-hint">Select a place on the map to read the sentences that mention it.</p>
    </section>
  );
}

/** "outlet · author · date", leaving out what the article does not show. */
export function SourceByline({ source }: { source: SourceView }) {
  const parts = [source.outlet, source.author, source.published].filter((p): p is string => p !== null && p !== '');
  if (parts.length === 0) return <p className="mw-byline mw-muted">{source.file}</p>;
  return <p className="mw-byline">{parts.join(' · ')}</p>;
}

/** The article as text nodes, place mentions as buttons. */
function SourceText({
  source,
  places,
  onSelectPlace,
}: {
  source: SourceView;
  places: PlaceView[];
  onSelectPlace?: (id: string) => void;
}) {
  const mentions = places
    .flatMap((place) => place.mentions.filter((m) => m.source === source.id).map((m) => ({ ...m, place })))
    .toSorted((a, b) => a.start - b.start);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const m of mentions) {
    if (m.start < at) continue;
    if (m.start > at) parts.push(source.text.slice(at, m.start));
    const text = source.text.slice(m.start, m.end);
    parts.push(
      onSelectPlace ? (
        <button
          key={m.start}
          type="button"
          className="mw-mention"
          data-place={m.place.id}
          title={`${m.place.name} (${m.role})`}
          onClick={() => onSelectPlace(m.place.id)}
        >
          {text}
        </button>
      ) : (
        <mark key={m.start}>{text}</mark>
      ),
    );
    at = m.end;
  }
  parts.push(source.text.slice(at));
  return <>{parts}</>;
}
