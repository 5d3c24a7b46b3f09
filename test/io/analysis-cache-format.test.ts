import { describe, expect, it } from 'vitest';
import { packCachedArticle, unpackCachedArticle, type CachedArticle } from '../../lib/io/analysis-cache-format';
import { readCorpus } from '../../lib/io/read-corpus';
import { readGazetteer } from '../../lib/io/read-gazetteer';
import { ingestInputs } from '../../lib/ingest/ingest-inputs';
import { analyseArticle, findReferences, readArticleDates } from '../../lib/pipeline';
import type { Article } from '../../lib/types';

const gazetteer = readGazetteer();

/** Each article of a corpus with what the cache keeps of it, as an ingest makes them. */
function cachedArticlesOf(folder: string): Array<{ article: Article; cached: CachedArticle }> {
  const { articles } = ingestInputs(readCorpus(folder));
  const dates = articles.map(readArticleDates);
  const references = findReferences(articles, dates);
  return articles.map((article, i) => {
    const reference = references[article.id]!;
    return { article, cached: { dates: dates[i]!, reference, analysis: analyseArticle(article, { gazetteer }, reference) } };
  });
}

const seeds = cachedArticlesOf('seeds');
const belarus = cachedArticlesOf('../shared/eval/belarus-2020/articles');

describe('packCachedArticle and unpackCachedArticle', () => {
  it('give back every analysis of the seeds and of a second corpus as it was, in about three fifths of the bytes', () => {
    for (const { article, cached } of [...seeds, ...belarus]) {
      const packed = packCachedArticle(article, cached);
      const back = unpackCachedArticle(article, packed);
      expect(back, article.id).not.toBeNull();
      // the same JSON: the same values, and the keys in the same order
      expect(JSON.stringify(back!.analysis), article.id).toBe(JSON.stringify(cached.analysis));
      expect(back!.reference).toEqual(cached.reference);
      expect(back!.dates.map((d) => ({ dated: d.dated, needsYear: d.needsYear }))).toEqual(
        cached.dates.map((d) => ({ dated: d.dated, needsYear: d.needsYear })),
      );
      expect(packed.length, article.id).toBeLessThan(JSON.stringify(cached.analysis).length * 0.8);
    }
    const all = [...seeds, ...belarus];
    const packedBytes = all.reduce((n, { article, cached }) => n + packCachedArticle(article, cached).length, 0);
    const plainBytes = all.reduce((n, { cached }) => n + JSON.stringify(cached.analysis).length, 0);
    // 0.55 on the seeds, 0.62 on the second corpus (and 0.56 on generated articles)
    expect(packedBytes).toBeLessThan(plainBytes * 0.65);
  });

  it('keeps the sentence of a date only when it must be read again with the corpus year', () => {
    const dates = [...seeds, ...belarus].flatMap(({ article, cached }) => unpackCachedArticle(article, packCachedArticle(article, cached))!.dates);
    const original = [...seeds, ...belarus].flatMap(({ cached }) => cached.dates);
    expect(dates.length).toBe(original.length);
    expect(original.some((d) => !d.needsYear)).toBe(true);
    dates.forEach((d, i) => expect(d.text).toBe(original[i]!.needsYear ? original[i]!.text : ''));
  });

  it('shares the actor mentions of an article between its incident mentions, as the analysis does', () => {
    const { article, cached } = seeds.find(({ cached: c }) => c.analysis.extraction.mentions.some((m) => m.actors.length > 0))!;
    const back = unpackCachedArticle(article, packCachedArticle(article, cached))!;
    const listed = new Set(back.analysis.extraction.actors);
    const inMentions = back.analysis.extraction.mentions.flatMap((m) => m.actors);
    expect(inMentions.length).toBeGreaterThan(0);
    expect(inMentions.every((a) => listed.has(a))).toBe(true);
  });

  it('writes out in full what the article does not give back: an actor of another list, a quote that is not the sentence', () => {
    const { article, cached } = seeds.find(({ cached: c }) => c.analysis.extraction.mentions.some((m) => m.actors.length > 0))!;
    const stranger = { articleId: 'elsewhere', start: 0, end: 4, text: 'them', kind: 'group' as const, key: 'group:them' };
    const mentions = cached.analysis.extraction.mentions.map((m, i) => (i === 0 ? { ...m, actors: [...m.actors, stranger], quote: 'Not the sentence.' } : m));
    const changed: CachedArticle = { ...cached, analysis: { ...cached.analysis, extraction: { ...cached.analysis.extraction, mentions } } };
    const back = unpackCachedArticle(article, packCachedArticle(article, changed))!;
    expect(JSON.stringify(back.analysis)).toBe(JSON.stringify(changed.analysis));
    expect(back.analysis.extraction.mentions[0]!.quote).toBe('Not the sentence.');
    expect(back.analysis.extraction.mentions[0]!.actors.at(-1)).toEqual(stranger);
  });

  it('refuses a record that is not this article’s, is damaged, or was packed another way', () => {
    const [first, second] = seeds;
    const packed = packCachedArticle(first!.article, first!.cached);
    expect(unpackCachedArticle(first!.article, packed)).not.toBeNull();
    // another article: its id, or a text too short for the record's offsets
    expect(unpackCachedArticle(second!.article, packed)).toBeNull();
    expect(unpackCachedArticle({ ...first!.article, text: first!.article.text.slice(0, 100) }, packed)).toBeNull();
    expect(unpackCachedArticle(first!.article, packed.slice(0, -10))).toBeNull();
    expect(unpackCachedArticle(first!.article, '[]')).toBeNull();
    expect(unpackCachedArticle(first!.article, packed.replace('"format":1', '"format":0'))).toBeNull();
    // an incident mention that lists an actor the article's list does not have
    const record = JSON.parse(packed);
    const mention = record.analysis.extraction.mentions.find((m: { actors: unknown[] }) => m.actors.length > 0);
    mention.actors = [record.analysis.extraction.actors.length];
    expect(unpackCachedArticle(first!.article, JSON.stringify(record))).toBeNull();
  });
});
