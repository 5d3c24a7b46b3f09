// Article[] → ArticleAnalysis[], using every core: this thread and worker threads (each loads the gazetteer once),
// and a content-hash cache so that re-ingesting a folder where few articles changed redoes only those.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, unlinkSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  analyseArticle,
  findReferences,
  readArticleDates,
  type ArticleAnalysis,
  type DateReference,
  type PipelineContext,
  type SentenceDates,
} from '../pipeline';
import type { Article, ArticleId } from '../types';
import { packCachedArticle, unpackCachedArticle, type CachedArticle } from './analysis-cache-format';
import { hashSourceTree, writeCachedBundle } from './cached-bundle.mjs';
import { writeCacheRecord } from './cache-record-file';
import type { AnalysisBatch, AnalysisReply } from './analyse-worker';

/**
 * Articles each thread must have for one more to be worth starting. A worker loads the code and the gazetteer in
 * about a second, then runs its first few hundred articles on unoptimised code at a third of full speed, while
 * its compiler and garbage collector compete for the cores. On two cores, two threads lost to one at 2,000
 * generated articles, broke even at 4,000 and won by a fifth at 10,000.
 */
const MIN_ARTICLES_PER_WORKER = 2500;
/** Articles per message to a worker: large enough to amortise messaging, small enough to balance load. */
const BATCH_SIZE = 32;
/** Batches a worker holds at once, so that it never waits while this thread is busy analysing its own. */
const BATCHES_IN_FLIGHT = 2;

export interface AnalyseOptions {
  gazetteerPath: string;
  /** The output folder's analysis cache, or null to analyse every article afresh and keep nothing. */
  cache: AnalysisCache | null;
  /** Worker threads; 0 = one per core when there are enough articles. */
  threads: number;
  /** Told how many of the articles to analyse are done, as batches finish on any thread. */
  onProgress?: (analysed: number, total: number) => void;
}

export interface AnalyseReport {
  analyses: ArticleAnalysis[];
  reused: number;
  threads: number;
  /** Why analyses could not be cached (a full disk, a folder gone), when some could not: the outputs are whole all the same. */
  cacheError: string | null;
}

/** The corpus dated: the dates each article writes (in the order of the articles) and each one's reference. */
export interface DatedCorpus {
  dates: SentenceDates[][];
  references: Record<ArticleId, DateReference>;
}

const LIB_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const ROOT_DIR = join(LIB_DIR, '..');

/** Hash of the pipeline's own source and the gazetteer: any change to either invalidates the cache. */
function pipelineFingerprint(gazetteerPath: string): string {
  const hash = createHash('sha256');
  hashSourceTree(LIB_DIR, hash);
  hash.update(readFileSync(gazetteerPath));
  return hash.digest('hex').slice(0, 16);
}

/** What a cached record is named: its key, with `.tmp` while it is being written. */
const CACHE_FILE = /^[0-9a-f]{64}\.json(?:\.tmp)?$/;

/**
 * The analysis cache of an output folder: one record per article (analysis-cache-format.ts), named by a hash of
 * the code, the gazetteer and the article's content. The record also holds the reference date the analysis was
 * made with, which depends on the rest of the corpus: an article whose reference has moved is analysed again.
 */
export class AnalysisCache {
  /** Records read or written by this run: pruning keeps these and removes every other record. */
  private readonly used = new Set<string>();

  private constructor(
    readonly dir: string,
    private readonly fingerprint: string,
  ) {}

  static open(dir: string, gazetteerPath: string): AnalysisCache {
    mkdirSync(dir, { recursive: true });
    return new AnalysisCache(dir, pipelineFingerprint(gazetteerPath));
  }

  /**
   * Where the record of an article is kept, named by a hash of the code, the gazetteer and the article's
   * content. Asking marks the record as this run's: pruning keeps it.
   */
  recordPath(article: Article): string {
    const key = createHash('sha256')
      .update(`${this.fingerprint}\0${article.id}\0${article.sha256}\0${article.text.length}`)
      .digest('hex');
    const name = `${key}.json`;
    this.used.add(name);
    return join(this.dir, name);
  }

  /** The cached record of each article that has one this code can read. */
  readAll(articles: readonly Article[]): Map<ArticleId, CachedArticle> {
    const found = new Map<ArticleId, CachedArticle>();
    for (const article of articles) {
      let json: string;
      try {
        json = readFileSync(this.recordPath(article), 'utf8');
      } catch {
        continue; // not cached yet
      }
      const cached = unpackCachedArticle(article, json);
      if (cached) found.set(article.id, cached);
    }
    return found;
  }

  /** Writes an article's record (writeCacheRecord): null, or why it could not be written. */
  write(article: Article, cached: CachedArticle): string | null {
    return writeCacheRecord(this.recordPath(article), packCachedArticle(article, cached));
  }

  /**
   * Removes the records this run neither read nor wrote: those of articles since changed or removed, and those
   * an older version of the pipeline wrote (the cache would otherwise grow by a corpus's worth at every change).
   * Leaves alone any file the cache did not write.
   */
  prune(): void {
    for (const name of readdirSync(this.dir)) {
      if (!CACHE_FILE.test(name) || this.used.has(name)) continue;
      try {
        unlinkSync(join(this.dir, name));
      } catch {
        // already gone (another run on the same folder): nothing to do
      }
    }
  }
}

/**
 * Dates the corpus: the dates an article writes come from its cached record when it has one (a re-ingest reads
 * again only the new articles), then each article's reference is decided over the whole corpus.
 */
export function dateCorpus(articles: readonly Article[], cached: ReadonlyMap<ArticleId, CachedArticle>): DatedCorpus {
  const dates = articles.map((a) => cached.get(a.id)?.dates ?? readArticleDates(a));
  return { dates, references: findReferences(articles, dates) };
}

function sameReference(a: DateReference, b: DateReference | undefined): boolean {
  return a.date === b?.date && a.basis === b?.basis;
}

/**
 * Where a worker starts from: a cached bundle when running from TypeScript source (directly, or from the CLI's
 * bundle, whose modules keep their source URLs), else the compiled file.
 */
async function workerEntry(): Promise<URL> {
  if (!import.meta.url.endsWith('.ts')) return new URL('./analyse-worker.js', import.meta.url);
  const bundle = await writeCachedBundle(
    fileURLToPath(new URL('./analyse-worker.ts', import.meta.url)),
    LIB_DIR,
    join(ROOT_DIR, 'package-lock.json'),
    join(ROOT_DIR, 'node_modules', '.cache', 'mapwire'),
  );
  if (bundle) return bundle;
  // A bootstrap registers tsx's loader in the worker, which then compiles the sources itself: correct, slower.
  process.stderr.write('mapwire: could not build the worker bundle; workers start from source through tsx (slower)\n');
  return new URL('./analyse-worker-boot.mjs', import.meta.url);
}

/** A message from an analysis worker (analyse-worker.ts): it is ready, a batch is done, or a batch failed. */
type WorkerMessage = { ready: true } | BatchMessage;
/** A batch done, or why it could not be. */
type BatchMessage = AnalysisReply | { id: number; error: string };

/**
 * A worker thread, started before it is needed: it loads the code and the gazetteer (a second or two) while this
 * thread decodes, zones and dates the articles. Until its batches are handed over it does not keep the process
 * alive, so that a run which ends early (no readable article, an error) does not wait for it.
 */
export class AnalysisWorker {
  private readonly thread: Worker;
  private ready = false;
  private stopping = false;
  private failure: Error | null = null;
  private handlers: { ready: () => void; message: (msg: BatchMessage) => void; error: (err: Error) => void } | null = null;

  constructor(url: URL, gazetteerPath: string) {
    this.thread = new Worker(url, { workerData: { gazetteerPath } });
    this.thread.on('message', (msg: WorkerMessage) => {
      if (!('ready' in msg)) return this.handlers?.message(msg);
      this.ready = true;
      this.handlers?.ready();
    });
    this.thread.on('error', (err: Error) => {
      this.failure = err;
      this.handlers?.error(err);
    });
    // a thread that ends without an error event (process.exit in a dependency, killed) would leave its batches unanswered
    this.thread.on('exit', (code: number) => {
      if (this.stopping || this.failure) return;
      this.failure = new Error(`analysis worker exited unexpectedly (code ${code})`);
      this.handlers?.error(this.failure);
    });
    // after the listeners: a 'message' listener refs the worker's port again
    this.thread.unref();
  }

  get isReady(): boolean {
    return this.ready;
  }

  /** Hands the worker over: `ready` is called at once if it has loaded already, else when it has. */
  attach(handlers: NonNullable<AnalysisWorker['handlers']>): void {
    this.handlers = handlers;
    this.thread.ref();
    if (this.failure) handlers.error(this.failure);
    else if (this.ready) handlers.ready();
  }

  post(batch: AnalysisBatch): void {
    this.thread.postMessage(batch);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.thread.terminate();
  }
}

/** Starts `count` analysis workers now, to be handed to analyseArticles. */
export async function startWorkers(count: number, gazetteerPath: string): Promise<AnalysisWorker[]> {
  if (count <= 0) return [];
  const url = await workerEntry();
  return Array.from({ length: count }, () => new AnalysisWorker(url, gazetteerPath));
}

/** Threads for `fresh` articles to analyse: `requested`, or with 0 one per core that the articles repay. */
export function threadsFor(fresh: number, requested: number): number {
  return requested > 0 ? requested : Math.max(1, Math.min(availableParallelism(), Math.floor(fresh / MIN_ARTICLES_PER_WORKER)));
}

/**
 * The threads a run over `inputs` files will want, guessed before they are read: the files that the cache does
 * not hold yet are the articles to analyse. A guess, to start the workers early: the cache may hold analyses by
 * an older version of the code, and some files may not be articles. analyseArticles corrects it either way.
 */
export function expectedThreads(inputs: number, options: { cacheDir: string | null; threads: number }): number {
  const cached =
    options.cacheDir !== null && existsSync(options.cacheDir)
      ? readdirSync(options.cacheDir).filter((name) => CACHE_FILE.test(name) && !name.endsWith('.tmp')).length
      : 0;
  return threadsFor(Math.max(0, inputs - cached), options.threads);
}

/** What every thread needs to know of the corpus to analyse its articles and cache their records. */
interface AnalysisJob {
  references: Readonly<Record<string, DateReference>>;
  /** The full dates each article writes (dateCorpus), kept in its cache record. */
  datesOf: ReadonlyMap<ArticleId, SentenceDates[]>;
  cache: AnalysisCache | null;
}

/**
 * This thread and the workers take batches from one queue. A worker gets its first batches when it says it is
 * ready (its code and gazetteer loaded), so this thread is never left waiting for a worker that has not started;
 * this thread yields between its batches so that the workers' results are received and their next batches sent.
 * Each thread caches the records of the articles it analysed; a worker's analyses come back packed, and are
 * unpacked against this thread's articles, so that their ids and quotes are this thread's strings.
 */
async function analyseInThreads(
  articles: Article[],
  job: AnalysisJob,
  ctx: Readonly<PipelineContext>,
  workers: readonly AnalysisWorker[],
  onProgress: AnalyseOptions['onProgress'],
): Promise<{ analyses: ArticleAnalysis[]; cacheError: string | null }> {
  const { references, datesOf, cache } = job;
  let analysed = 0;
  let cacheError: string | null = null;
  const finished = (batch: readonly ArticleAnalysis[]) => {
    analysed += batch.length;
    onProgress?.(analysed, articles.length);
  };
  const batches: Article[][] = [];
  for (let i = 0; i < articles.length; i += BATCH_SIZE) batches.push(articles.slice(i, i + BATCH_SIZE));
  const results: ArticleAnalysis[][] = new Array(batches.length);
  let next = 0;
  const take = (): number => (next < batches.length ? next++ : -1);
  let failed: Error | null = null;
  /** Stops the workers that are still starting: called when this thread has taken the last batch. */
  const stopStarting: Array<() => void> = [];
  const run = (worker: AnalysisWorker): Promise<void> =>
    new Promise((resolve, reject) => {
      let pending = 0;
      stopStarting.push(() => {
        if (!worker.isReady) void worker.stop().then(resolve);
      });
      const fail = (err: Error) => {
        failed ??= err;
        void worker.stop();
        reject(err);
      };
      const send = () => {
        const id = failed ? -1 : take();
        if (id < 0) {
          if (pending === 0) void worker.stop().then(resolve);
          return;
        }
        pending++;
        const batch = batches[id] ?? [];
        worker.post({
          id,
          articles: batch,
          references: batch.map((a) => references[a.id]),
          dates: batch.map((a) => datesOf.get(a.id) ?? []),
          recordPaths: batch.map((a) => (cache && references[a.id] ? cache.recordPath(a) : null)),
        });
      };
      worker.attach({
        ready: () => {
          for (let i = 0; i < BATCHES_IN_FLIGHT; i++) send();
        },
        message: (msg) => {
          if ('error' in msg) return fail(new Error(`analysis worker failed: ${msg.error}`));
          pending--;
          const sent = batches[msg.id] ?? [];
          const analyses: ArticleAnalysis[] = [];
          for (let i = 0; i < sent.length; i++) {
            const record = msg.records[i];
            const unpacked = record === undefined ? null : unpackCachedArticle(sent[i]!, record);
            if (!unpacked) return fail(new Error(`analysis worker sent no readable analysis of ${sent[i]!.file}`));
            analyses.push(unpacked.analysis);
          }
          cacheError ??= msg.cacheError;
          results[msg.id] = analyses;
          finished(analyses);
          send();
        },
        error: fail,
      });
    });
  const running = workers.map(run);
  // a failed worker rejects its promise; it is awaited below, after this thread stops taking batches
  running.forEach((p) => p.catch(() => undefined));
  for (let id = take(); id >= 0 && !failed; id = take()) {
    const batch = batches[id] ?? [];
    const analyses = batch.map((article) => {
      const reference = references[article.id];
      const analysis = analyseArticle(article, ctx, reference);
      if (cache && reference) cacheError ??= cache.write(article, { dates: datesOf.get(article.id) ?? [], reference, analysis });
      return analysis;
    });
    results[id] = analyses;
    finished(analyses);
    await new Promise((resolve) => setImmediate(resolve));
  }
  stopStarting.forEach((stop) => stop());
  await Promise.all(running);
  return { analyses: results.flat(), cacheError };
}

/**
 * Analyses the articles that `cached` holds no analysis for (or one made with another reference date), on this
 * thread and workers, and writes their records to the cache. `ctx` serves this thread; workers read the
 * gazetteer from `gazetteerPath` themselves. `threads` counts this thread: 1 starts no worker, 0 starts one per
 * further core when there are enough articles to repay its start-up. `started` are workers started early
 * (startWorkers): those the articles turn out not to need are stopped.
 */
export async function analyseArticles(
  articles: readonly Article[],
  dated: DatedCorpus,
  ctx: Readonly<PipelineContext>,
  options: AnalyseOptions,
  started: readonly AnalysisWorker[] = [],
  cached: ReadonlyMap<ArticleId, CachedArticle> = new Map(),
): Promise<AnalyseReport> {
  const { references } = dated;
  const byId = new Map<ArticleId, ArticleAnalysis>();
  const todo: Article[] = [];
  for (const article of articles) {
    const record = cached.get(article.id);
    if (record && sameReference(record.reference, references[article.id])) byId.set(article.id, record.analysis);
    else todo.push(article);
  }
  const reused = byId.size;
  const threads = threadsFor(todo.length, options.threads);
  await Promise.all(started.slice(threads - 1).map((worker) => worker.stop()));
  const workers = [...started.slice(0, threads - 1), ...(await startWorkers(threads - 1 - started.length, options.gazetteerPath))];
  const datesOf = new Map(articles.map((a, i) => [a.id, dated.dates[i] ?? []]));
  const fresh = await analyseInThreads(todo, { references, datesOf, cache: options.cache }, ctx, workers, options.onProgress);
  let { cacheError } = fresh;
  todo.forEach((article, i) => {
    const analysis = fresh.analyses[i];
    if (analysis) byId.set(article.id, analysis);
  });
  try {
    options.cache?.prune();
  } catch (err) {
    cacheError ??= err instanceof Error ? err.message : String(err);
  }
  return { analyses: articles.flatMap((a) => byId.get(a.id) ?? []), reused, threads, cacheError };
}
