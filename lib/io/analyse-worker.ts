// Worker thread: loads the gazetteer once, then analyses batches of articles sent by lib/io/analyse-articles.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { readGazetteer } from './read-gazetteer';
import { analyseArticle } from '../pipeline';
import type { Article } from '../types';
import type { DateReference } from '../pipeline';

const { gazetteerPath } = workerData as { gazetteerPath: string };
const ctx = Object.freeze({ gazetteer: readGazetteer(gazetteerPath) });
// the parent sends batches only once this thread can take them, and meanwhile analyses them itself
parentPort?.postMessage({ ready: true });

parentPort?.on('message', (batch: { id: number; articles: Article[]; references: Array<DateReference | undefined> }) => {
  try {
    parentPort?.postMessage({ id: batch.id, analyses: batch.articles.map((a, i) => analyseArticle(a, ctx, batch.references[i])) });
  } catch (err) {
    parentPort?.postMessage({ id: batch.id, error: err instanceof Error ? err.stack ?? err.message : String(err) });
  }
});
