// One incident with its evidence: every claim quoted in its sentence, figures, conflicts side by side, confidence
// in words. No hooks, so the permalink pages render it on the server too (without the interactive buttons).
import type { ReactNode } from 'react';
import type { FigureName, Qualifier } from '@/lib/types';
import type { ActorView, IncidentView, SourceView } from '@/lib/data';
import { HighlightedText } from './highlighted-text';
import { TYPE_STYLE } from './incident-style';
import { TypeIcon } from './type-icon';

const FIGURE_LABELS: Record<FigureName, string> = {
  killed: 'Killed',
  injured: 'Injured',
  detained: 'Detained',
  crowd: 'Crowd',
  troops: 'Troops',
};

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  about: 'about ',
  'at-least': 'at least ',
  'more-than': 'more than ',
  'up-to': 'up to ',
  range: '',
  vague: 'vaguely, ',
};

export function figureText(figure: { value: number; qualifier: Qualifier; max?: number }): string {
  const value = figure.value.toLocaleString('en');
  if (figure.qualifier === 'range' && figure.max !== undefined) return `${value}–${figure.max.toLocaleString('en')}`;
  return `${QUALIFIER_WORDS[figure.qualifier]}${value}`;
}

/** Confidence as a reader would say it, with the reason that matters most: how many sources tell it. */
export function confidenceText(incident: IncidentView): string {
  const percent = Math.round(incident.confidence * 100);
  const level = incident.confidence >= 0.75 ? 'High' : incident.confidence >= 0.5 ? 'Medium' : 'Low';
  const sources = incident.sources.length;
  const conflicts = incident.conflicts.length;
  const why = [
    sources === 1 ? 'told by one source' : `told by ${sources} sources`,
    conflicts > 0 ? `${conflicts} conflicting ${conflicts === 1 ? 'figure' : 'figures'}` : null,
  ].filter(Boolean);
  return `${level} confidence (${percent}%): ${why.join(', ')}.`;
}

export interface IncidentDetailProps {
  incident: IncidentView;
  sources: SourceView[];
  actors: ActorView[];
  onClose?: () => void;
  onSelectPlace?: (id: string) => void;
  onSelectActor?: (id: string) => void;
  onSelectSource?: (id: string) => void;
  /** The claims to quote, when not all of them: the dashboard lists a long evidence list a page at a time. */
  claims?: ReadonlyArray<IncidentView['claims'][number]>;
  /** For the list of claims (the dashboard moves focus into it when more are shown). */
  claimsRef?: (element: HTMLElement | null) => void;
  /** Shown after the claims: the dashboard's "Show more". */
  afterClaims?: ReactNode;
}

export function IncidentDetail({
  incident,
  sources,
  actors,
  onClose,
  onSelectPlace,
  onSelectActor,
  onSelectSource,
  claims = incident.claims,
  claimsRef,
  afterClaims,
}: IncidentDetailProps) {
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const actorById = new Map(actors.map((a) => [a.id, a]));
  const figures = Object.entries(incident.figures) as Array<[FigureName, NonNullable<IncidentView['figures'][FigureName]>]>;
  const sourceTitle = (id: string) => sourceById.get(id)?.title ?? id;

  return (
    <section className="mw-incident" aria-labelledby="mw-incident-title" data-incident={incident.id}>
      <div className="mw-panel-head">
        <p className="mw-type-label">
          <TypeIcon type={incident.type} /> {TYPE_STYLE[incident.type].label}
        </p>
        {onClose && (
          <button type="button" className="mw-close" onClick={onClose} aria-label="Close incident">
            ×
          </button>
        )}
      </div>
      <h2 id="mw-incident-title">{incident.title}</h2>
      <dl className="mw-facts">
        <dt>Place</dt>
        <dd>
          {incident.place === null ? (
            'Country-wide (no single place)'
          ) : onSelectPlace ? (
            <button type="button" className="mw-link" onClick={() => onSelectPlace(incident.place!.id)}>
              {incident.place.name}
            </button>
          ) : (
            incident.place.name
          )}
          {incident.place !== null && incident.place.country !== '' ? `, ${incident.place.country}` : ''}
        </dd>
        <dt>Date</dt>
        <dd>
          {incident.date ?? 'Unknown'}
          {incident.dateText !== null && incident.dateText !== incident.date ? ` (“${incident.dateText}”)` : ''}
        </dd>
        {incident.actors.length > 0 && (
          <>
            <dt>Actors</dt>
            <dd>
              <ul className="mw-inline-list">
                {incident.actors.map((id) => (
                  <li key={id}>
                    {onSelectActor ? (
                      <button type="button" className="mw-link" onClick={() => onSelectActor(id)}>
                        {actorById.get(id)?.name ?? id}
                      </button>
                    ) : (
                      (actorById.get(id)?.name ?? id)
                    )}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {figures.map(([name, figure]) => (
          <FigureRow key={name} name={name} text={figureText(figure)} />
        ))}
        <dt>Confidence</dt>
        <dd className="mw-confidence">{confidenceText(incident)}</dd>
      </dl>

      {incident.conflicts.length > 0 && (
        <section aria-labelledby="mw-conflicts-title">
          <h3 id="mw-conflicts-title">Sources disagree</h3>
          {incident.conflicts.map((conflict) => (
            <figure key={conflict.figure} className="mw-conflict" data-figure={conflict.figure}>
              <figcaption>{FIGURE_LABELS[conflict.figure]}</figcaption>
              <ul>
                {conflict.values.map((v, i) => (
                  <li key={i}>
                    <span className="mw-conflict-value">{v.value.toLocaleString('en')}</span>
                    <span className="mw-conflict-source">{sourceTitle(v.source)}</span>
                  </li>
                ))}
              </ul>
            </figure>
          ))}
        </section>
      )}

      <h3>
        Evidence ({incident.claims.length} {incident.claims.length === 1 ? 'claim' : 'claims'})
      </h3>
      <ol className="mw-claims" ref={claimsRef}>
        {claims.map((claim, i) => {
          const source = sourceById.get(claim.source);
          return (
            <li key={i} className="mw-claim" data-source={claim.source}>
              <blockquote className="mw-quote">
                {source !== undefined && claim.start >= 0 ? (
                  <HighlightedText
                    text={source.text}
                    start={claim.context.start}
                    end={claim.context.end}
                    ranges={[{ start: claim.start, end: claim.end }]}
                  />
                ) : (
                  <mark>{claim.quote}</mark>
                )}
              </blockquote>
              <p className="mw-byline">
                —{' '}
                {onSelectSource ? (
                  <button type="button" className="mw-link" onClick={() => onSelectSource(claim.source)}>
                    {sourceTitle(claim.source)}
                  </button>
                ) : (
                  sourceTitle(claim.source)
                )}
                {source?.outlet ? `, ${source.outlet}` : ''}
              </p>
            </li>
          );
        })}
      </ol>
      {afterClaims}
    </section>
  );
}

function FigureRow({ name, text }: { name: FigureName; text: string }) {
  return (
    <>
      <dt>{FIGURE_LABELS[name]}</dt>
      <dd data-figure={name}>{text}</dd>
    </>
  );
}
