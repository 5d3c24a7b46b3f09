// Worker thread: loads the gazetteer once, then analyses batches of articles sent by lib/io/analyse-articles.ts.
// Each analysis goes back packed (analysis-cache-format.ts), and into the analysis cache from here when the run
// keeps one: packing and writing are not left to the thread that merges.
import { parentPort, workerData } from 'node:worker_threads';
import { readGazetteer } from './read-gazetteer';
import { analyseArticle, type DateReference, type SentenceDates } from '../pipeline';
import { packCachedArticle } from './analysis-cache-format';
import { writeCacheRecord } from './cache-record-file';
import type { Article } from '../types';

/** Articles to analyse, with what the corpus decided for each: its reference, its dates, where its record goes. */
export interface AnalysisBatch {
  id: number;
  articles: Article[];
  references: Array<DateReference | undefined>;
  dates: SentenceDates[][];
  /** Per article, the path of its cache record, or null to keep none. */
  recordPaths: Array<string | null>;
}

/** A batch done: each article's packed record, and why some record could not be cached, if one could not. */
export interface AnalysisReply {
  id: number;
  records: string[];
  cacheError: string | null;
}

/** Stands in for a missing reference in a record that only crosses threads (no cache path is given for it). */
const NO_REFERENCE: DateReference = { date: null, basis: 'none' };

const { gazetteerPath } = workerData as { gazetteerPath: string };
const ctx = Object.freeze({ gazetteer: readGazetteer(gazetteerPath) });
// the parent sends batches only once this thread can take them, and meanwhile analyses them itself
parentPort?.postMessage({ ready: true });

parentPort?.on('message', (batch: AnalysisBatch) => {
  try {
    let cacheError: string | null = null;
    const records = batch.articles.map((article, i) => {
      const reference = batch.references[i];
      const analysis = analyseArticle(article, ctx, reference);
      const record = packCachedArticle(article, { dates: batch.dates[i] ?? [], reference: reference ?? NO_REFERENCE, analysis });
      const path = batch.recordPaths[i];
      if (path) cacheError ??= writeCacheRecord(path, record);
      return record;
    });
    parentPort?.postMessage({ id: batch.id, records, cacheError } satisfies AnalysisReply);
  } catch (err) {
    parentPort?.postMessage({ id: batch.id, error: err instanceof Error ? err.stack ?? err.message : String(err) });
  }
});
