// One article's cached analysis ⇄ the JSON record the analysis cache stores, without what the article itself gives.
// An analysis repeats its article: every record names the article's id, every place, actor and quote is a
// slice of its text, and each incident mention lists again the actor mentions of its sentence. Written out, that
// was two thirds of a cached record (190 MB for 10,000 generated articles), and reading the cache back was the
// slowest part of a re-ingest after the merge. A packed record says each of these once; unpacking needs the
// article, which a re-ingest has read anyway.
import type { ArticleAnalysis, DateReference, SentenceDates } from '../pipeline';
import type { ActorMention, Article, Mention, PlaceMention } from '../types';

/** What the cache keeps of an article: the dates it writes, the reference it was analysed with, the analysis. */
export interface CachedArticle {
  dates: SentenceDates[];
  reference: DateReference;
  analysis: ArticleAnalysis;
}

/** Bumped whenever the packing changes, so that a record of another packing is analysed again, never misread. */
const FORMAT = 1;

/**
 * Stands for a value the article gives: the article's id, or the text a record's offsets slice out of the
 * article. Written only where unpacking gives back the same value, so a record never says less than it held.
 */
const FROM_ARTICLE = 0;

interface PackedRecord {
  format: number;
  dates: SentenceDates[];
  reference: DateReference;
  analysis: ArticleAnalysis;
}

/** `value` as it stands in a packed record: the placeholder when the article gives it back, else itself. */
function packed<T>(value: T, fromArticle: T): T | typeof FROM_ARTICLE {
  return value === fromArticle ? FROM_ARTICLE : value;
}

/** What a packed field means: `fromArticle` in place of the placeholder, else the value written. */
function unpacked<T>(value: unknown, fromArticle: T): T {
  return (value === FROM_ARTICLE ? fromArticle : value) as T;
}

/**
 * The JSON record of an article's cached analysis. Objects keep their keys in order (a placeholder takes the
 * place of the value it stands for), so that an unpacked analysis serialises as the analysis did.
 */
export function packCachedArticle(article: Article, cached: CachedArticle): string {
  const { analysis } = cached;
  const id = analysis.articleId;
  const text = article.text;
  const spanText = (s: { start: number; end: number; text: string }) => packed(s.text, text.slice(s.start, s.end));
  const actorIndex = new Map<ActorMention, number>(analysis.extraction.actors.map((a, i) => [a, i]));
  const record: PackedRecord = {
    format: FORMAT,
    // a sentence's text is read again only when it needs the corpus's year
    dates: cached.dates.map((d) => ({ ...d, text: d.needsYear ? d.text : '' })),
    reference: cached.reference,
    analysis: {
      articleId: id,
      places: analysis.places.map((p) => ({ ...p, articleId: packed(p.articleId, id), text: spanText(p) }) as PlaceMention),
      extraction: {
        mentions: analysis.extraction.mentions.map((m) => {
          // the sentence's actor mentions by their place in the article's list, when all of them are in it
          const indices = m.actors.map((a) => actorIndex.get(a) ?? -1);
          return {
            ...m,
            articleId: packed(m.articleId, id),
            actors: indices.includes(-1) ? m.actors : indices,
            ...(m.quote !== undefined ? { quote: packed(m.quote, text.slice(m.sentence.start, m.sentence.end)) } : {}),
          } as unknown as Mention;
        }),
        actors: analysis.extraction.actors.map((a) => ({ ...a, articleId: packed(a.articleId, id), text: spanText(a) }) as ActorMention),
      },
    },
  };
  return JSON.stringify(record);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The cached analysis a record holds for `article`, or null when the record is not one packCachedArticle wrote
 * for it (another packing, another article, a damaged file): the article is then analysed again.
 */
export function unpackCachedArticle(article: Article, json: string): CachedArticle | null {
  let record: unknown;
  try {
    record = JSON.parse(json);
  } catch {
    return null;
  }
  if (!isObject(record) || record.format !== FORMAT || !Array.isArray(record.dates) || !isObject(record.reference)) return null;
  const analysis = record.analysis;
  if (!isObject(analysis) || analysis.articleId !== article.id || !Array.isArray(analysis.places) || !isObject(analysis.extraction)) return null;
  const { mentions, actors } = analysis.extraction;
  if (!Array.isArray(mentions) || !Array.isArray(actors)) return null;
  const id = article.id;
  const text = article.text;
  // offsets past the end of the text would slice out less than was written: such a record is not this article's
  const fits = (s: { start: number; end: number }) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start <= s.end && s.end <= text.length;
  const spans = [...analysis.places, ...actors, ...mentions.map((m: Mention) => m.sentence ?? {})] as Array<{ start: number; end: number }>;
  if (!spans.every(fits)) return null;
  for (const a of actors as ActorMention[]) {
    a.articleId = unpacked(a.articleId, id);
    a.text = unpacked(a.text, text.slice(a.start, a.end));
  }
  for (const p of analysis.places as PlaceMention[]) {
    p.articleId = unpacked(p.articleId, id);
    p.text = unpacked(p.text, text.slice(p.start, p.end));
  }
  for (const m of mentions as Mention[]) {
    m.articleId = unpacked(m.articleId, id);
    if (m.quote !== undefined) m.quote = unpacked(m.quote, text.slice(m.sentence.start, m.sentence.end));
    const listed = m.actors as unknown[];
    if (!Array.isArray(listed)) return null;
    if (listed.some((a) => typeof a === 'number' && actors[a] === undefined)) return null;
    m.actors = listed.map((a) => (typeof a === 'number' ? (actors[a] as ActorMention) : (a as ActorMention)));
  }
  return {
    dates: record.dates as SentenceDates[],
    reference: record.reference as unknown as DateReference,
    analysis: analysis as unknown as ArticleAnalysis,
  };
}
