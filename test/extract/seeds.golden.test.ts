// Golden output of extraction and merge on the seed corpus: review changes with `git diff` after
// `npm run test:update`.
import { describe, expect, it } from 'vitest';
import { extractMentions, findReferenceDates } from '../../lib/extract';
import { findPlaceMentions } from '../../lib/geo/find-place-mentions';
import { ingestInputs } from '../../lib/ingest/ingest-inputs';
import { readCorpus } from '../../lib/io/read-corpus';
import { readGazetteer } from '../../lib/io/read-gazetteer';
import { buildActors } from '../../lib/merge/build-actors';
import { mergeIncidents } from '../../lib/merge/merge-incidents';

describe('the seed corpus', () => {
  const gazetteer = readGazetteer();
  const { articles } = ingestInputs(readCorpus('seeds'));
  const refs = findReferenceDates(articles);
  const places = articles.map((a) => findPlaceMentions(a, gazetteer));
  const extractions = articles.map((a, i) => extractMentions(a, places[i] ?? [], gazetteer, refs[a.id]));
  const incidents = mergeIncidents(extractions.flatMap((e) => e.mentions), gazetteer);
  const actors = buildActors(extractions, incidents, places.flat(), gazetteer);

  it('dates every article from the corpus’s written dates', () => {
    expect(Object.values(refs).map((r) => r.date)).toEqual(articles.map(() => '2022-01-07'));
  });

  it('gives the reviewed incidents', async () => {
    const summary = incidents.map((i) => ({
      type: i.type,
      title: i.title,
      date: i.date,
      dateText: i.dateText,
      place: i.place?.name ?? null,
      country: i.country,
      figures: i.figures,
      conflicts: i.conflicts,
      confidence: i.confidence,
      claims: i.claims.map((c) => `${c.source.slice(0, 3)}: ${c.quote}`),
    }));
    await expect(JSON.stringify(summary, null, 1) + '\n').toMatchFileSnapshot('../fixtures/extract/golden/seeds-incidents.json');
  });

  it('gives the reviewed actors', async () => {
    const summary = actors.map((a) => ({ name: a.name, kind: a.kind, country: a.country, mentions: a.mentions, aliases: a.aliases }));
    await expect(JSON.stringify(summary, null, 1) + '\n').toMatchFileSnapshot('../fixtures/extract/golden/seeds-actors.json');
  });

  it('quotes every claim exactly as the article has it', () => {
    const text = new Map(articles.map((a) => [a.id, a.text]));
    for (const i of incidents) for (const c of i.claims) expect(text.get(c.source)?.slice(c.start, c.end)).toBe(c.quote);
  });
});
