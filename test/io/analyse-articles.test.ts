import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { pathToFileURL } from 'node:url';
import { AnalysisCache, AnalysisWorker, analyseArticles, dateCorpus, expectedThreads, startWorkers, threadsFor } from '../../lib/io/analyse-articles';
import { readCorpus } from '../../lib/io/read-corpus';
import { DEFAULT_GAZETTEER_PATH, readGazetteer } from '../../lib/io/read-gazetteer';
import { ingestInputs } from '../../lib/ingest/ingest-inputs';

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('threadsFor', () => {
  test('a number asked for is used as it is', () => {
    expect(threadsFor(0, 3)).toBe(3);
    expect(threadsFor(100_000, 1)).toBe(1);
  });

  test('by default, one thread for a few thousand articles, never more than the cores', () => {
    expect(threadsFor(0, 0)).toBe(1);
    expect(threadsFor(100, 0)).toBe(1);
    expect(threadsFor(1_000_000, 0)).toBe(availableParallelism());
  });
});

describe('expectedThreads', () => {
  test('counts only the files the cache does not hold yet', () => {
    const cache = mkdtempSync(join(tmpdir(), 'mapwire-threads-'));
    temps.push(cache);
    const many = 1_000_000;
    expect(expectedThreads(many, { cacheDir: null, threads: 0 })).toBe(threadsFor(many, 0));
    expect(expectedThreads(many, { cacheDir: join(cache, 'missing'), threads: 0 })).toBe(threadsFor(many, 0));
    // 20 analyses cached (and a file the cache did not write): 5,019 inputs leave 4,999 to analyse, one thread's worth
    const full = join(cache, 'full');
    mkdirSync(full);
    for (let i = 0; i < 20; i++) writeFileSync(join(full, `${String(i).padStart(64, '0')}.json`), '{}');
    writeFileSync(join(full, 'notes.txt'), '');
    expect(threadsFor(5_019, 0)).toBe(Math.min(2, availableParallelism()));
    expect(expectedThreads(5_019, { cacheDir: full, threads: 0 })).toBe(1);
    expect(expectedThreads(5_021, { cacheDir: full, threads: 0 })).toBe(Math.min(2, availableParallelism()));
    // asked for, it is what was asked
    expect(expectedThreads(20, { cacheDir: full, threads: 2 })).toBe(2);
  });
});

describe('AnalysisWorker', () => {
  /** A worker script that ends at once, without saying it is ready and without an error. */
  function exitingWorker(): URL {
    const dir = mkdtempSync(join(tmpdir(), 'mapwire-worker-'));
    temps.push(dir);
    writeFileSync(join(dir, 'exit.mjs'), 'process.exit(3);\n');
    return pathToFileURL(join(dir, 'exit.mjs'));
  }

  test('a worker that exits on its own is reported as failed, before or after it is handed over', async () => {
    const late = new AnalysisWorker(exitingWorker(), '');
    // the worker has exited long before this: the failure is kept for the handlers
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const errors: string[] = [];
    late.attach({ ready: () => errors.push('ready'), message: () => undefined, error: (err) => errors.push(err.message) });
    expect(errors).toEqual(['analysis worker exited unexpectedly (code 3)']);

    const early = new AnalysisWorker(exitingWorker(), '');
    const failure = new Promise<string>((resolve) =>
      early.attach({ ready: () => resolve('ready'), message: () => undefined, error: (err) => resolve(err.message) }),
    );
    expect(await failure).toBe('analysis worker exited unexpectedly (code 3)');
  });

  test('a worker stopped on purpose is not a failure', async () => {
    const worker = new AnalysisWorker(pathToFileURL(join(import.meta.dirname, 'idle-worker.mjs')), '');
    const errors: string[] = [];
    worker.attach({ ready: () => undefined, message: () => undefined, error: (err) => errors.push(err.message) });
    await worker.stop();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(errors).toEqual([]);
  });
});

describe('AnalysisCache', () => {
  const gazetteer = readGazetteer();
  const { articles } = ingestInputs(readCorpus('seeds'));
  const ctx = { gazetteer };

  test('gives back what it kept, and a run whose cache cannot be written still analyses every article', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'mapwire-cache-')), '.cache');
    temps.push(dirname(dir));
    const cache = AnalysisCache.open(dir, DEFAULT_GAZETTEER_PATH);
    const first = await analyseArticles(articles, dateCorpus(articles, new Map()), ctx, { gazetteerPath: DEFAULT_GAZETTEER_PATH, cache, threads: 1 });
    expect(first).toMatchObject({ reused: 0, threads: 1, cacheError: null });
    const again = AnalysisCache.open(dir, DEFAULT_GAZETTEER_PATH);
    const kept = again.readAll(articles);
    expect([...kept.keys()].sort()).toEqual(articles.map((a) => a.id).sort());
    const second = await analyseArticles(articles, dateCorpus(articles, kept), ctx, { gazetteerPath: DEFAULT_GAZETTEER_PATH, cache: again, threads: 1 }, [], kept);
    expect(second.reused).toBe(articles.length);
    expect(JSON.stringify(second.analyses)).toBe(JSON.stringify(first.analyses));

    // the folder removed under a running ingest: no record can be written, nothing is lost
    const gone = AnalysisCache.open(join(dirname(dir), 'gone'), DEFAULT_GAZETTEER_PATH);
    rmSync(join(dirname(dir), 'gone'), { recursive: true });
    const third = await analyseArticles(articles, dateCorpus(articles, new Map()), ctx, { gazetteerPath: DEFAULT_GAZETTEER_PATH, cache: gone, threads: 1 });
    expect(third.cacheError).toMatch(/ENOENT/);
    expect(JSON.stringify(third.analyses)).toBe(JSON.stringify(first.analyses));
  });
});

describe('analyseArticles on two threads', () => {
  test('the analyses and cache records a worker makes are those this thread makes', async () => {
    // 96 distinct articles (each belarus-2020 article 16 times, each copy a line longer): three batches
    const files = readCorpus('../shared/eval/belarus-2020/articles').flatMap((f) =>
      Array.from({ length: 16 }, (_, i) => ({
        ...f,
        file: `${i}-${f.file}`,
        bytes: Buffer.concat([f.bytes!, Buffer.from(`\nCopy ${i} of this report.\n`)]),
      })),
    );
    const { articles } = ingestInputs(files);
    expect(articles).toHaveLength(96);
    const gazetteer = readGazetteer();
    const dated = dateCorpus(articles, new Map());
    const alone = await analyseArticles(articles, dated, { gazetteer }, { gazetteerPath: DEFAULT_GAZETTEER_PATH, cache: null, threads: 1 });

    // a worker that is ready when the analysis starts takes the first two batches
    const [worker] = await startWorkers(1, DEFAULT_GAZETTEER_PATH);
    await new Promise<void>((resolve) => {
      const wait = () => (worker!.isReady ? resolve() : setTimeout(wait, 20));
      wait();
    });
    const dir = join(mkdtempSync(join(tmpdir(), 'mapwire-two-')), '.cache');
    temps.push(dirname(dir));
    const cache = AnalysisCache.open(dir, DEFAULT_GAZETTEER_PATH);
    const shared = await analyseArticles(articles, dated, { gazetteer }, { gazetteerPath: DEFAULT_GAZETTEER_PATH, cache, threads: 2 }, [worker!]);
    expect(shared).toMatchObject({ threads: 2, cacheError: null });
    expect(JSON.stringify(shared.analyses)).toBe(JSON.stringify(alone.analyses));
    // ids and quotes are this thread's strings again: each quote is its sentence in the article
    const byId = new Map(articles.map((a) => [a.id, a]));
    for (const m of shared.analyses.flatMap((a) => a.extraction.mentions)) {
      const article = byId.get(m.articleId)!;
      expect(m.quote).toBe(article.text.slice(m.sentence.start, m.sentence.end));
    }
    // both threads cached what they analysed, and the records read back as the analyses
    const kept = AnalysisCache.open(dir, DEFAULT_GAZETTEER_PATH).readAll(articles);
    expect(kept.size).toBe(96);
    expect(JSON.stringify(articles.map((a) => kept.get(a.id)!.analysis))).toBe(JSON.stringify(alone.analyses));
  });
});
