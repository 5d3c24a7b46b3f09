// Runs the stages in order — the only file that knows the order. InputFile[] → CorpusResult.
// Per-article work (analyseArticle) is separate from corpus-wide work so that articles can be
// analysed in parallel workers and reused from a cache by content hash.
import type { Article, ArticleExtraction, CorpusResult, Gazetteer, InputFile, InputReport, PlaceMention } from './types';
import { ingestInputs } from './ingest/ingest-inputs';
import { findPlaceMentions } from './geo/find-place-mentions';
import { extractMentions, findReferenceDates, readSentenceDates, type DateReference, type SentenceDates } from './extract';
import { mergeIncidents } from './merge/merge-incidents';
import { buildActors } from './merge/build-actors';

export interface PipelineContext {
  gazetteer: Gazetteer;
}

export type { DateReference, SentenceDates };

/** Everything the pipeline derives from one article alone (JSON-serialisable: it crosses threads and is cached). */
export interface ArticleAnalysis {
  articleId: string;
  places: PlaceMention[];
  extraction: ArticleExtraction;
}

/** Per article, before the corpus is dated: the full dates its sentences write. */
export function readArticleDates(article: Article): SentenceDates[] {
  return readSentenceDates(article);
}

/**
 * Corpus-wide, before any article is analysed: the date each article's relative words count from. `written`
 * holds readArticleDates of each article, in order, when they were read already (from the cache).
 */
export function findReferences(articles: readonly Article[], written?: readonly (readonly SentenceDates[])[]): Record<string, DateReference> {
  return findReferenceDates(articles, written);
}

/** Per-article stages. */
export function analyseArticle(article: Article, ctx: Readonly<PipelineContext>, reference: DateReference | undefined): ArticleAnalysis {
  // 1. Find and resolve the places the article names, with their roles.
  const places = findPlaceMentions(article, ctx.gazetteer);
  // 2. Find incident mentions with their place, date, figures and actors.
  const extraction = extractMentions(article, places, ctx.gazetteer, reference);
  return { articleId: article.id, places, extraction };
}

/** Corpus-wide stages, over every article's analysis. */
export function combineAnalyses(
  articles: readonly Article[],
  analyses: readonly ArticleAnalysis[],
  inputs: readonly InputReport[],
  ctx: Readonly<PipelineContext>,
): CorpusResult {
  const places = analyses.flatMap((a) => a.places);
  const extractions = analyses.map((a) => a.extraction);
  // 3. One incident per real-world event across sources, with every claim and conflicting figure.
  const incidents = mergeIncidents(extractions.flatMap((e) => e.mentions), ctx.gazetteer);
  // 4. Actors canonicalised across the corpus, placed where the corpus puts them.
  const actors = buildActors(extractions, incidents, places, ctx.gazetteer);
  return { articles: [...articles], places, incidents, actors, inputs: [...inputs] };
}

/** The whole pipeline in one thread: decode and zone every file, analyse each article, combine. */
export function runPipeline(files: readonly InputFile[], ctx: Readonly<PipelineContext>): CorpusResult {
  const { articles, inputs } = ingestInputs(files);
  const references = findReferences(articles);
  const analyses = articles.map((article) => analyseArticle(article, ctx, references[article.id]));
  return combineAnalyses(articles, analyses, inputs, ctx);
}
