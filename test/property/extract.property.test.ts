// No text makes extraction, dating, merging or actor building throw; every offset they return slices the text
// it quotes; merging does not depend on the order of its input. Articles are built as ingest builds them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../lib/extract/extract-mentions';
import { findReferenceDates } from '../../lib/extract/find-reference-dates';
import { toArticle } from '../../lib/ingest/to-article';
import { buildActors } from '../../lib/merge/build-actors';
import { mergeIncidents } from '../../lib/merge/merge-incidents';
import type { Article, ArticleExtraction, PlaceMention } from '../../lib/types';
import { placesOf } from '../extract/article-of';
import { smallGazetteer as gazetteer } from '../extract/small-gazetteer';

/** Words that wake every extraction rule: triggers, counts, hedges, dates, titles, places, quotes, furniture. */
const VOCABULARY = [
  'Police', 'detained', 'more than', '3,000', 'protesters', 'in', 'Minsk', 'and', 'Brest', 'on', 'Monday', 'night', '.',
  ',', '“', '”', '"', '(', ')', '-', 'killed', 'at least', '26', 'injured', 'dozens', 'President', 'Alexander',
  'Lukashenko', 'said', 'told', 'AFP', 'CSTO', 'troops', 'deployed', 'about', '2,500', 'soldiers', 'internet', 'was', 'cut',
  'state of emergency', 'resigned', 'prices', 'rose', 'since', 'August', '9', '2020', 'yesterday', 'the capital', 'Almaty',
  'Kazakhstan', 'Belarus', '’s', 'Interior Ministry', 'reportedly', 'between', 'two hundred', 'set fire', 'looted', 'he',
  'she', 'a journalist', 'was wounded', 'Related:', 'Photo:', 'Reuters', '/TASS', '\n', '\n\n', '  ', '😀', 'é', '\u0301',
];

/** Text made of the vocabulary, with arbitrary characters mixed in. */
const newsish = fc
  .array(fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...VOCABULARY) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) }), { maxLength: 120 })
  .map((words) => words.join(' '));
/** Anything at all, including lone surrogates and control characters. */
const junk = fc.string({ unit: 'binary', maxLength: 400 });
const text = fc.oneof(newsish, junk);

const SURFACES = ['Minsk', 'Brest', 'Almaty', 'Kazakhstan', 'Belarus'];

function analyse(file: string, body: string): { article: Article; places: PlaceMention[] } {
  const article = toArticle(file, body, '0'.repeat(64));
  return { article, places: placesOf(article, gazetteer, {}, SURFACES) };
}

function run(bodies: readonly string[]) {
  const docs = bodies.map((b, i) => analyse(`a${i}.txt`, b));
  const refs = findReferenceDates(docs.map((d) => d.article));
  const extractions: ArticleExtraction[] = docs.map((d) => extractMentions(d.article, d.places, gazetteer, refs[d.article.id]));
  return { docs, refs, extractions };
}

describe('extraction on arbitrary text', () => {
  it('never throws, and every mention and actor offset slices the text it quotes', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 3 }), (bodies) => {
        const { docs, refs, extractions } = run(bodies);
        docs.forEach(({ article }, i) => {
          const ref = refs[article.id];
          expect(ref?.date === null || /^\d{4}-\d{2}-\d{2}$/.test(ref?.date ?? '')).toBe(true);
          const { mentions, actors } = extractions[i]!;
          for (const m of mentions) {
            expect(m.articleId).toBe(article.id);
            expect(article.text.slice(m.sentence.start, m.sentence.end)).toBe(m.quote);
            expect(m.trigger.start).toBeGreaterThanOrEqual(m.sentence.start);
            expect(m.trigger.end).toBeLessThanOrEqual(m.sentence.end);
            expect(m.date === null || /^\d{4}-\d{2}-\d{2}$/.test(m.date)).toBe(true);
            for (const f of Object.values(m.figures)) expect(Number.isFinite(f.value)).toBe(true);
          }
          for (const a of actors) expect(article.text.slice(a.start, a.end)).toBe(a.text);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('merges into incidents whose claims quote their sources exactly, whatever the order of the mentions', () => {
    fc.assert(
      fc.property(fc.array(newsish, { minLength: 1, maxLength: 4 }), fc.infiniteStream(fc.nat()), (bodies, randoms) => {
        const { docs, extractions } = run(bodies);
        const mentions = extractions.flatMap((e) => e.mentions);
        const incidents = mergeIncidents(mentions, gazetteer);
        const byId = new Map(docs.map((d) => [d.article.id, d.article]));
        for (const i of incidents) {
          for (const c of i.claims) expect(byId.get(c.source)?.text.slice(c.start, c.end)).toBe(c.quote);
        }
        // a seeded shuffle: the same incidents, byte for byte
        const r = randoms[Symbol.iterator]();
        const shuffled = mentions.map((m) => ({ m, k: r.next().value as number })).sort((a, b) => a.k - b.k).map((x) => x.m);
        expect(mergeIncidents(shuffled, gazetteer)).toEqual(incidents);
        const actors = buildActors(extractions, incidents, docs.flatMap((d) => d.places), gazetteer);
        const ids = new Set(actors.map((a) => a.id));
        for (const i of incidents) for (const a of i.actors) expect(ids.has(a)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
