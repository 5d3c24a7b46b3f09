// `npm run ingest | geoparse | eval`: arguments and files in → pipeline → files and reports out.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readCorpus } from './io/read-corpus';
import { readGazetteer, DEFAULT_GAZETTEER_PATH } from './io/read-gazetteer';
import { writeOutputs } from './io/write-outputs';
import { combineAnalyses, runPipeline, type PipelineContext } from './pipeline';
import { ingestInputs } from './ingest/ingest-inputs';
import {
  AnalysisCache,
  analyseArticles,
  dateCorpus,
  expectedThreads,
  startWorkers,
  type AnalyseOptions,
  type AnalysisWorker,
} from './io/analyse-articles';
import { toOutputFiles } from './emit/to-output-files';
import { geoparseText } from './geo/geoparse-text';
import type { GeoparseGoldDoc } from './eval/geoparse';
import type { Article, CorpusResult, Gazetteer, InputReport } from './types';

const USAGE = `usage:
  npm run ingest -- [--input DIR] [--out DIR] [--stamp] [--threads N] [--fresh] [--timings] [--progress]
                                                            articles → data/generated (defaults: seeds, data/generated);
                                                            --fresh ignores the analysis cache in OUT/.cache;
                                                            --threads N analyses on N threads, this one included
                                                            (default: one per core when there are enough articles);
                                                            --timings prints each stage's seconds on stderr;
                                                            --progress says on stderr how far it is (the default
                                                            when stderr is a terminal)
  npm run geoparse -- --jsonl FILE                          {"id","text"} per line → {"id","toponyms"} per line
  npm run eval -- --gold FILE --corpus DIR                  score the pipeline against a corpus gold file
  npm run eval                                              score every ../shared/eval/*/gold.json (articles/ or seeds/)
  npm run eval -- --geoparse FILE.jsonl                     score the geoparser on a toponym benchmark
common: --gazetteer FILE (default ${DEFAULT_GAZETTEER_PATH})`;

/**
 * Wall seconds of each stage in turn, for `--timings`: `lap('read')` closes the stage that ran since the last
 * lap, and tells `onLap` (progress) of it.
 */
function stopwatch(onLap?: (stage: string, seconds: number) => void): { lap: (stage: string) => void; report: () => string } {
  const laps: string[] = [];
  let last = performance.now();
  return {
    lap(stage) {
      const now = performance.now();
      laps.push(`${stage} ${((now - last) / 1000).toFixed(2)}`);
      onLap?.(stage, (now - last) / 1000);
      last = now;
    },
    report: () => `mapwire: seconds per stage: ${laps.join(', ')}`,
  };
}

/** Seconds between two progress lines of the analysis: a terminal's line is rewritten, a log's is added to. */
const PROGRESS_SECONDS = { terminal: 1, log: 10 };
/** Seconds an ingest runs before a terminal is told how far it is, unless asked with --progress: short runs stay quiet. */
const QUIET_SECONDS = 2;

/**
 * Progress of a long ingest on stderr: each stage as it ends, and the count of articles analysed every few
 * seconds, once `quietSeconds` have passed. On a terminal the count rewrites its own line.
 */
function progressReporter(
  stream: NodeJS.WriteStream,
  quietSeconds: number,
): { stage: (stage: string, seconds: number) => void; analysed: (done: number, total: number) => void } {
  const terminal = stream.isTTY === true;
  const every = (terminal ? PROGRESS_SECONDS.terminal : PROGRESS_SECONDS.log) * 1000;
  const started = performance.now();
  let shown = started;
  let open = false;
  const count = (n: number) => n.toLocaleString('en-US');
  const quiet = () => performance.now() - started < quietSeconds * 1000;
  return {
    stage(stage, seconds) {
      if (quiet()) return;
      stream.write(`${open ? '\n' : ''}mapwire: ${stage} done in ${seconds.toFixed(1)} s\n`);
      open = false;
    },
    analysed(done, total) {
      const now = performance.now();
      if (quiet() || (done < total && now - shown < every)) return;
      shown = now;
      const line = `mapwire: analysed ${count(done)} of ${count(total)} articles`;
      if (terminal) {
        stream.write(`\r\x1b[K${line}`);
        open = true;
      } else stream.write(`${line}\n`);
    },
  };
}

class UsageError extends Error {
  constructor(message: string) {
    super(`${message}\n${USAGE}`);
    this.name = 'UsageError';
  }
}

function loadGazetteer(path: string | undefined): Gazetteer {
  return readGazetteer(path ?? DEFAULT_GAZETTEER_PATH);
}

function ingestFolder(dir: string, gazetteer: Gazetteer): CorpusResult {
  return runPipeline(readCorpus(dir), Object.freeze({ gazetteer }));
}

/** Stages of an ingest timed by `--timings`. */
type Stopwatch = ReturnType<typeof stopwatch>;

/**
 * Reads and decodes the input folder, starting the analysis workers meanwhile. A function of its own so that
 * the files' bytes (as large as the corpus) are not held once they are decoded.
 */
async function readArticles(input: string, cacheDir: string | null, threads: number, gazetteerPath: string, watch: Stopwatch) {
  const files = readCorpus(input);
  watch.lap('read');
  // the workers load their code and the gazetteer while this thread decodes, zones and dates the articles
  const workers = await startWorkers(expectedThreads(files.length, { cacheDir, threads }) - 1, gazetteerPath);
  const { articles, inputs } = ingestInputs(files);
  watch.lap('decode and zone');
  return { articles, inputs, workers };
}

/**
 * Analyses the articles (or takes their analyses from the cache) and merges them. A function of its own so
 * that the analyses, whose incident mentions are garbage once merged (a third of the heap of a large ingest),
 * are not held while the outputs are built and written.
 */
async function analyseCorpus(
  articles: Article[],
  inputs: InputReport[],
  ctx: Readonly<PipelineContext>,
  options: AnalyseOptions,
  workers: AnalysisWorker[],
  watch: Stopwatch,
): Promise<{ result: CorpusResult; reused: number; threads: number; cacheError: string | null }> {
  const cached = options.cache?.readAll(articles) ?? new Map();
  watch.lap('cache');
  const dated = dateCorpus(articles, cached);
  watch.lap('reference dates');
  const { analyses, reused, threads, cacheError } = await analyseArticles(articles, dated, ctx, options, workers, cached);
  watch.lap('analysis');
  const result = combineAnalyses(articles, analyses, inputs, ctx);
  watch.lap('merge');
  return { result, reused, threads, cacheError };
}

async function ingest(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      input: { type: 'string', default: 'seeds' },
      out: { type: 'string', default: 'data/generated' },
      gazetteer: { type: 'string', default: DEFAULT_GAZETTEER_PATH },
      stamp: { type: 'boolean', default: false },
      threads: { type: 'string', default: '0' },
      fresh: { type: 'boolean', default: false },
      timings: { type: 'boolean', default: false },
      progress: { type: 'boolean', default: false },
    },
  });
  const threads = Number(values.threads);
  if (!Number.isInteger(threads) || threads < 0) throw new UsageError(`--threads must be a whole number, got "${values.threads}"`);
  const started = performance.now();
  // asked for, progress is shown from the start; on a terminal, once the run has taken a moment
  const progress = values.progress ? progressReporter(process.stderr, 0) : process.stderr.isTTY ? progressReporter(process.stderr, QUIET_SECONDS) : null;
  const watch = stopwatch(progress?.stage);
  const gazetteer = loadGazetteer(values.gazetteer);
  const ctx = Object.freeze({ gazetteer });
  watch.lap('gazetteer');
  const cacheDir = values.fresh ? null : join(values.out, '.cache');
  const { articles, inputs, workers } = await readArticles(values.input, cacheDir, threads, values.gazetteer, watch);
  for (const input of inputs) {
    if (input.status !== 'ok') console.error(`mapwire: ${input.status} ${input.file}: ${input.reason}`);
    else if (input.reason) console.error(`mapwire: note ${input.file}: ${input.reason}`);
  }
  if (articles.length === 0) {
    console.error(`mapwire: no article in "${values.input}" could be processed (${inputs.length} entries); nothing written`);
    return 1;
  }
  const cache = cacheDir === null ? null : AnalysisCache.open(cacheDir, values.gazetteer);
  const options = { gazetteerPath: values.gazetteer, cache, threads, onProgress: progress?.analysed };
  const { result, reused, threads: used, cacheError } = await analyseCorpus(articles, inputs, ctx, options, workers, watch);
  if (cacheError) console.error(`mapwire: note: the analysis cache could not be kept up to date (${cacheError}); the next run analyses those articles again`);
  const outputs = toOutputFiles(result, gazetteer, values.stamp ? new Date().toISOString() : null);
  watch.lap('output records');
  writeOutputs(values.out, outputs);
  watch.lap('write JSON');
  if (values.timings) console.error(watch.report());
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  // CPU time of every thread since the process started: what a run costs whatever else the machine is doing
  const usage = process.resourceUsage();
  console.log(
    `mapwire: ${articles.length} of ${inputs.length} inputs processed (${reused} reused from cache, ` +
      `${used > 1 ? `${used} threads` : 'one thread'}) → ${values.out}: ${result.places.length} place mentions, ` +
      `${result.incidents.length} incidents, ${result.actors.length} actors in ${seconds}s ` +
      `(peak RSS ${Math.round(usage.maxRSS / 1024)} MiB, CPU ${((usage.userCPUTime + usage.systemCPUTime) / 1e6).toFixed(2)}s)`,
  );
  return 0;
}

function readJsonl<T>(path: string): T[] {
  const text = readFileSync(path === '-' ? 0 : path, 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      try {
        return JSON.parse(line) as T;
      } catch {
        throw new UsageError(`${path} line ${i + 1} is not JSON`);
      }
    });
}

function geoparse(args: string[]): number {
  const { values } = parseArgs({ args, options: { jsonl: { type: 'string' }, gazetteer: { type: 'string' } } });
  if (!values.jsonl) throw new UsageError('geoparse needs --jsonl FILE (or - for standard input)');
  const gazetteer = loadGazetteer(values.gazetteer);
  for (const doc of readJsonl<{ id?: unknown; text?: unknown }>(values.jsonl)) {
    const text = typeof doc.text === 'string' ? doc.text : '';
    process.stdout.write(`${JSON.stringify({ id: doc.id ?? null, toponyms: geoparseText(text, gazetteer) })}\n`);
  }
  return 0;
}

// Scoring code is loaded only by `eval`, so ingest and geoparse start faster.
async function evaluate(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      gold: { type: 'string' },
      corpus: { type: 'string' },
      geoparse: { type: 'string' },
      gazetteer: { type: 'string' },
    },
  });
  const gazetteer = loadGazetteer(values.gazetteer);
  if (values.geoparse) {
    const { scoreGeoparse, formatGeoparseReport } = await import('./eval/geoparse');
    const docs = readJsonl<GeoparseGoldDoc>(values.geoparse);
    const predicted = new Map(docs.map((d) => [d.id, geoparseText(d.text, gazetteer)]));
    console.log(formatGeoparseReport(scoreGeoparse(docs, predicted)));
    return 0;
  }
  if (values.gold || values.corpus) {
    if (!values.gold || !values.corpus) throw new UsageError('eval needs both --gold FILE and --corpus DIR');
    await scoreOneCorpus(values.gold, values.corpus, gazetteer);
    return 0;
  }
  // No arguments: every development gold file beside the project, as eval/README.md lays them out.
  const evalDir = join('..', 'shared', 'eval');
  if (!existsSync(evalDir)) throw new UsageError(`eval needs --gold FILE --corpus DIR, or --geoparse FILE (no ${evalDir} to score by default)`);
  for (const name of readdirSync(evalDir).sort()) {
    const gold = join(evalDir, name, 'gold.json');
    if (!existsSync(gold)) continue;
    const articles = join(evalDir, name, 'articles');
    const corpus = existsSync(articles) ? articles : 'seeds';
    console.log(`\n== ${name} (${corpus})`);
    await scoreOneCorpus(gold, corpus, gazetteer);
  }
  return 0;
}

async function scoreOneCorpus(goldPath: string, corpus: string, gazetteer: Gazetteer): Promise<void> {
  const { scoreCorpus, formatCorpusReport } = await import('./eval/corpus');
  const gold: unknown = JSON.parse(readFileSync(goldPath, 'utf8'));
  const result = ingestFolder(corpus, gazetteer);
  console.log(formatCorpusReport(scoreCorpus(gold, result, gazetteer)));
}

const COMMANDS: Record<string, (args: string[]) => number | Promise<number>> = { ingest, geoparse, eval: evaluate };

async function main(argv: string[]): Promise<number> {
  const [command = '', ...args] = argv;
  const run = COMMANDS[command];
  if (!run) {
    console.error(USAGE);
    return 2;
  }
  try {
    return await run(args);
  } catch (err) {
    console.error(`mapwire ${command}: ${err instanceof Error ? err.message : String(err)}`);
    return err instanceof UsageError ? 2 : 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
