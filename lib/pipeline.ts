// Runs the stages in order — the only file that knows the order. InputFile[] → CorpusResult.
// Per-article work (analyseArticle) is separate from corpus-wide work (combineAnalyses) so that
// articles can be analysed in parallel workers and reused from a cache by content hash.
import type { Article, CorpusResult, Gazetteer, InputFile, InputReport, PlaceMention } from './types';
import { ingestInputs } from './ingest/ingest-inputs';
import { findPlaceMentions } from './geo/find-place-mentions';

export interface PipelineContext {
  gazetteer: Gazetteer;
}

/** Everything the pipeline derives from one article alone (JSON-serialisable, so it can cross threads and be cached). */
export interface ArticleAnalysis {
  articleId: string;
  places: PlaceMention[];
}

/** Per-article stages. */
export function analyseArticle(article: Article, ctx: Readonly<PipelineContext>): ArticleAnalysis {
  // 1. Find and resolve the places the article names, with their roles.
  const places = findPlaceMentions(article, ctx.gazetteer);
  return { articleId: article.id, places };
}

/** Corpus-wide stages, over every article's analysis. */
export function combineAnalyses(
  articles: readonly Article[],
  analyses: readonly ArticleAnalysis[],
  inputs: readonly InputReport[],
  _ctx: Readonly<PipelineContext>,
): CorpusResult {
  const places = analyses.flatMap((a) => a.places);
  return { articles: [...articles], places, incidents: [], actors: [], inputs: [...inputs] };
}

/** The whole pipeline in one thread: decode and zone every file, analyse each article, combine. */
export function runPipeline(files: readonly InputFile[], ctx: Readonly<PipelineContext>): CorpusResult {
  const { articles, inputs } = ingestInputs(files);
  const analyses = articles.map((article) => analyseArticle(article, ctx));
  return combineAnalyses(articles, analyses, inputs, ctx);
}
