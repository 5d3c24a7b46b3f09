// Article[] → ArticleAnalysis[], using every core: worker threads (each loads the gazetteer once) and a
// content-hash cache so that re-ingesting a folder where few articles changed redoes only those.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync, renameSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { analyseArticle, type ArticleAnalysis, type DateReference, type PipelineContext } from '../pipeline';
import type { Article } from '../types';

/** Below this many articles to analyse, starting workers costs more than it saves. */
const MIN_ARTICLES_FOR_WORKERS = 64;
/** Articles per message to a worker: large enough to amortise messaging, small enough to balance load. */
const BATCH_SIZE = 32;

export interface AnalyseOptions {
  gazetteerPath: string;
  /** Folder for cached analyses, or null to disable the cache. */
  cacheDir: string | null;
  /** Worker threads; 0 = one per core when there are enough articles. */
  threads: number;
}

export interface AnalyseReport {
  analyses: ArticleAnalysis[];
  reused: number;
  threads: number;
}

const LIB_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Hash of the pipeline's own source and the gazetteer: any change to either invalidates the cache. */
function pipelineFingerprint(gazetteerPath: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, name.name);
      if (name.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name.name)) hash.update(path.slice(LIB_DIR.length)).update(readFileSync(path));
    }
  };
  walk(LIB_DIR);
  hash.update(readFileSync(gazetteerPath));
  return hash.digest('hex').slice(0, 16);
}

/** An analysis depends on the code, the article and the date its relative words count from. */
function cacheKey(fingerprint: string, article: Article, reference: DateReference | undefined): string {
  return createHash('sha256')
    .update(`${fingerprint}\0${article.id}\0${article.sha256}\0${article.text.length}\0${JSON.stringify(reference ?? null)}`)
    .digest('hex');
}

function readCached(dir: string, key: string): ArticleAnalysis | null {
  try {
    return JSON.parse(readFileSync(join(dir, `${key}.json`), 'utf8')) as ArticleAnalysis;
  } catch {
    return null;
  }
}

function writeCached(dir: string, key: string, analysis: ArticleAnalysis): void {
  const path = join(dir, `${key}.json`);
  writeFileSync(`${path}.tmp`, JSON.stringify(analysis));
  renameSync(`${path}.tmp`, path);
}

async function analyseWithWorkers(
  articles: Article[],
  references: Readonly<Record<string, DateReference>>,
  threads: number,
  gazetteerPath: string,
): Promise<ArticleAnalysis[]> {
  const batches: Article[][] = [];
  for (let i = 0; i < articles.length; i += BATCH_SIZE) batches.push(articles.slice(i, i + BATCH_SIZE));
  const results: ArticleAnalysis[][] = new Array(batches.length);
  // From TypeScript source (tsx), a worker starts through a bootstrap that registers the loader.
  const workerUrl = new URL(import.meta.url.endsWith('.ts') ? './analyse-worker-boot.mjs' : './analyse-worker.js', import.meta.url);
  let next = 0;
  const run = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(workerUrl, { workerData: { gazetteerPath } });
      const send = () => {
        if (next >= batches.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        const id = next++;
        const articles = batches[id] ?? [];
        worker.postMessage({ id, articles, references: articles.map((a) => references[a.id]) });
      };
      worker.on('message', (msg: { id: number; analyses?: ArticleAnalysis[]; error?: string }) => {
        if (msg.error || !msg.analyses) {
          void worker.terminate();
          reject(new Error(`analysis worker failed: ${msg.error ?? 'no result'}`));
          return;
        }
        results[msg.id] = msg.analyses;
        send();
      });
      worker.on('error', reject);
      send();
    });
  await Promise.all(Array.from({ length: Math.min(threads, batches.length) }, run));
  return results.flat();
}

/**
 * Analyses articles with the cache and workers. `ctx` serves the in-thread path (few articles);
 * workers read the gazetteer from `gazetteerPath` themselves.
 */
export async function analyseArticles(
  articles: readonly Article[],
  references: Readonly<Record<string, DateReference>>,
  ctx: Readonly<PipelineContext>,
  options: AnalyseOptions,
): Promise<AnalyseReport> {
  const fingerprint = options.cacheDir ? pipelineFingerprint(options.gazetteerPath) : '';
  if (options.cacheDir) mkdirSync(options.cacheDir, { recursive: true });
  const byId = new Map<string, ArticleAnalysis>();
  const todo: Article[] = [];
  for (const article of articles) {
    const cached = options.cacheDir ? readCached(options.cacheDir, cacheKey(fingerprint, article, references[article.id])) : null;
    if (cached && cached.articleId === article.id) byId.set(article.id, cached);
    else todo.push(article);
  }
  const reused = byId.size;
  const cores = availableParallelism();
  const threads =
    options.threads > 0 ? options.threads : todo.length >= MIN_ARTICLES_FOR_WORKERS ? Math.max(1, cores) : 0;
  const fresh = threads > 0 ? await analyseWithWorkers(todo, references, threads, options.gazetteerPath)
      : todo.map((a) => analyseArticle(a, ctx, references[a.id]));
  todo.forEach((article, i) => {
    const analysis = fresh[i];
    if (!analysis) return;
    byId.set(article.id, analysis);
    if (options.cacheDir) writeCached(options.cacheDir, cacheKey(fingerprint, article, references[article.id]), analysis);
  });
  return { analyses: articles.flatMap((a) => byId.get(a.id) ?? []), reused, threads };
}
