// `npm run ingest | geoparse | eval`: arguments and files in → pipeline → files and reports out.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readCorpus } from './io/read-corpus';
import { readGazetteer, DEFAULT_GAZETTEER_PATH } from './io/read-gazetteer';
import { writeOutputs } from './io/write-outputs';
import { runPipeline } from './pipeline';
import { toOutputFiles } from './emit/to-output-files';
import { geoparseText } from './geo/geoparse-text';
import type { GeoparseGoldDoc } from './eval/geoparse';
import type { CorpusResult, Gazetteer } from './types';

const USAGE = `usage:
  npm run ingest -- [--input DIR] [--out DIR] [--stamp]     articles → data/generated (defaults: seeds, data/generated)
  npm run geoparse -- --jsonl FILE                          {"id","text"} per line → {"id","toponyms"} per line
  npm run eval -- --gold FILE --corpus DIR                  score the pipeline against a corpus gold file
  npm run eval -- --geoparse FILE.jsonl                     score the geoparser on a toponym benchmark
common: --gazetteer FILE (default ${DEFAULT_GAZETTEER_PATH})`;

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

function ingest(args: string[]): number {
  const { values } = parseArgs({
    args,
    options: {
      input: { type: 'string', default: 'seeds' },
      out: { type: 'string', default: 'data/generated' },
      gazetteer: { type: 'string' },
      stamp: { type: 'boolean', default: false },
    },
  });
  const started = performance.now();
  const gazetteer = loadGazetteer(values.gazetteer);
  const result = ingestFolder(values.input, gazetteer);
  for (const input of result.inputs) {
    if (input.status !== 'ok') console.error(`mapwire: ${input.status} ${input.file}: ${input.reason}`);
    else if (input.reason) console.error(`mapwire: note ${input.file}: ${input.reason}`);
  }
  if (result.articles.length === 0) {
    console.error(`mapwire: no article in "${values.input}" could be processed (${result.inputs.length} entries); nothing written`);
    return 1;
  }
  const files = toOutputFiles(result, gazetteer, values.stamp ? new Date().toISOString() : null);
  writeOutputs(values.out, files);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(
    `mapwire: ${result.articles.length} of ${result.inputs.length} inputs processed → ${values.out} ` +
      `(${result.places.length} place mentions, ${result.incidents.length} incidents, ${result.actors.length} actors) in ${seconds}s`,
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
  if (!values.gold || !values.corpus) throw new UsageError('eval needs --gold FILE --corpus DIR, or --geoparse FILE');
  const { scoreCorpus, formatCorpusReport } = await import('./eval/corpus');
  const gold: unknown = JSON.parse(readFileSync(values.gold, 'utf8'));
  const result = ingestFolder(values.corpus, gazetteer);
  console.log(formatCorpusReport(scoreCorpus(gold, result, gazetteer)));
  return 0;
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
