import type { IncidentView, PlaceView, SourceView } from '@/lib/data';
import { IncidentList } from './incident-list';
import { HighlightedText } from './highlighted-text';
import { SourceByline } from './sources-panel';

/** Where the place is mentioned: per source, each sentence once, with every mention of the place marked. */
export function PlaceDetail({
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
  const bySource = sources
    .map((source) => {
      const mentions = place.mentions.filter((m) => m.source === source.id);
      const sentences = new Map<string, { start: number; end: number }>();
      for (const m of mentions) sentences.set(`${m.sentence.start}:${m.sentence.end}`, m.sentence);
      return { source, mentions, sentences: [...sentences.values()].toSorted((a, b) => a.start - b.start) };
    })
    .filter((s) => s.mentions.length > 0);
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
      {bySource.map(({ source, mentions, sentences }) => (
        <article key={source.id} className="mw-evidence" data-source={source.id}>
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
    </section>
  );
}
