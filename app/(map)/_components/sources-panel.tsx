import type { SourceView } from '@/lib/data';

export function SourcesPanel({ sources }: { sources: SourceView[] }) {
  return (
    <section className="mw-sources" aria-labelledby="mw-sources-title">
      <h2 id="mw-sources-title">Sources ({sources.length})</h2>
      {sources.length === 0 ? (
        <p>No articles were ingested.</p>
      ) : (
        <ol className="mw-source-list">
          {sources.map((source) => (
            <li key={source.id} className="mw-source" data-source={source.id}>
              <h3>{source.title}</h3>
              <SourceByline source={source} />
            </li>
          ))}
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
