import { memo, useMemo } from 'react';
import type { IncidentView, PlaceView, SourceView } from '@/lib/data';
import { IncidentList } from './incident-list';
import { HighlightedText } from './highlighted-text';
import { ShowMore, usePaged } from './show-more';
import { SourceByline } from './sources-panel';

/**
 * Where the place is mentioned: per source, each sentence once, with every mention of the place marked; the sources
 * a page at a time (a country in a 10,000-article corpus is named in a thousand of them). Memoised: the dashboard
 * re-renders after every pan.
 */
export const PlaceDetail = memo(function PlaceDetail({
  place,
  sources,
  incidents = [],
  onClose,
  onSelectIncident,
}: {
  place: PlaceView;
  sources: SourceView[];
  /** Incidents at this place (after filters). */
  incidents?: IncidentView[];
  onClose: () => void;
  onSelectIncident?: (id: string) => void;
}) {
  // One pass over the mentions, in the sources' order: not a pass over the mentions for each of 10,000 sources.
  const bySource = useMemo(() => {
    const mentionsOf = new Map<string, PlaceView['mentions']>();
    for (const m of place.mentions) {
      const list = mentionsOf.get(m.source);
      if (list === undefined) mentionsOf.set(m.source, [m]);
      else list.push(m);
    }
    return sources.flatMap((source) => {
      const mentions = mentionsOf.get(source.id);
      if (mentions === undefined) return [];
      const sentences = new Map<string, { start: number; end: number }>();
      for (const m of mentions) sentences.set(`${m.sentence.start}:${m.sentence.end}`, m.sentence);
      return [{ source, mentions, sentences: [...sentences.values()].toSorted((a, b) => a.start - b.start) }];
    });
  }, [place, sources]);
  const { rows, showMore, listRef } = usePaged(bySource);
  // "KHARKIV" in a dateline is the same name, not another one worth listing.
  const aliases = place.aliases.filter((a) => a.toLowerCase() !== place.name.toLowerCase());

  return (
    <section className="mw-place" aria-labelledby="mw-place-title" data-place={place.id}>
      <div className="mw-panel-head">
        <h2 id="mw-place-title">{place.name}</h2>
        <button type="button" className="mw-close" onClick={onClose} aria-label={`Close ${place.name}`}>
          ×
        </button>
      </div>
      <p className="mw-muted">
        {[place.kind, place.country, place.population > 0 ? `pop. ${place.population.toLocaleString('en')}` : null]
          .filter(Boolean)
          .join(' · ')}
        {' · '}
        {place.mentions.length} {place.mentions.length === 1 ? 'mention' : 'mentions'} in {bySource.length}{' '}
        {bySource.length === 1 ? 'source' : 'sources'}
      </p>
      {aliases.length > 0 && <p className="mw-muted">Also written: {aliases.join(', ')}</p>}
      {incidents.length > 0 && onSelectIncident && (
        <>
          <h3>Incidents here ({incidents.length})</h3>
          <IncidentList incidents={incidents} onSelect={onSelectIncident} />
        </>
      )}
      <div ref={listRef}>
        {rows.map(({ source, mentions, sentences }) => (
          // focusable by script, so that "Show more" can take the reader to the first new source
          <article key={source.id} className="mw-evidence" data-source={source.id} tabIndex={-1}>
            <h3>{source.title}</h3>
            <SourceByline source={source} />
            <ul>
              {sentences.map((sentence) => (
                <li key={sentence.start}>
                  <blockquote className="mw-quote">
                    <HighlightedText text={source.text} start={sentence.start} end={sentence.end} ranges={mentions} />
                  </blockquote>
                </li>
              ))}
            </ul>
          </article>
        ))}
      </div>
      <ShowMore shown={rows.length} total={bySource.length} onMore={showMore} />
    </section>
  );
});
