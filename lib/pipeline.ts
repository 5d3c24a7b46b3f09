// Runs the stages in order — the only file that knows the order. InputFile[] → CorpusResult.
import type { CorpusResult, Gazetteer, InputFile, PlaceMention } from './types';
import { ingestInputs } from './ingest/ingest-inputs';
import { findPlaceMentions } from './geo/find-place-mentions';

export interface PipelineContext {
  gazetteer: Gazetteer;
}

export function runPipeline(files: readonly InputFile[], ctx: Readonly<PipelineContext>): CorpusResult {
  // 1. Decode, clean and zone every file; every input gets a report.
  const { articles, inputs } = ingestInputs(files);
  // 2. Find and resolve the places each article names, with their roles.
  const places: PlaceMention[] = articles.flatMap((article) => findPlaceMentions(article, ctx.gazetteer));
  return { articles, places, incidents: [], actors: [], inputs };
}
