// Geoparsing benchmark: MB/s of article text and articles/s for geoparseText alone on one core, with the
// gazetteer loaded once; gazetteer load time and resident memory. Prints figures; asserts nothing.
// The code timed is the code `npm run geoparse` and `npm run ingest` run: the cached esbuild bundle of lib/, with
// the same V8 settings.
// Through tsx, which wraps every closure made in a name-keeping call, or under Vitest's module runner, the same
// loop measured a tenth to a third slower on this machine: costs of the harness that Mapwire does not pay.
// Usage: tsx scripts/bench-geoparse.ts [folder]   (default seeds)
import { readFileSync, readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { writeCachedBundle } from '../lib/io/cached-bundle.mjs';
import { tuneV8 } from '../lib/io/v8-tuning.mjs';
import * as geoparseSource from '../lib/geo/geoparse-text';
import * as gazetteerSource from '../lib/io/read-gazetteer';

// the V8 settings the CLI runs with (lib/io/v8-tuning.mjs), set before anything is optimised
tuneV8();

/** A module of lib/ from its cached bundle, or from source when no bundle can be built. */
async function fromBundle<T>(path: string, source: T): Promise<T> {
  const bundle = await writeCachedBundle(path, 'lib', 'package-lock.json', join('node_modules', '.cache', 'mapwire'));
  return bundle ? ((await import(bundle.href)) as T) : source;
}
const { geoparseText } = await fromBundle('lib/geo/geoparse-text.ts', geoparseSource);
const { readGazetteer } = await fromBundle('lib/io/read-gazetteer.ts', gazetteerSource);

/**
 * Text geoparsed before timing, in characters (50 passes over the seeds): V8 optimises a function only after many
 * calls, and a long ingest runs on optimised code; one warm-up pass left the first timed rounds on
 * half-optimised code, at half the steady speed.
 */
const WARMUP_CHARS = 825_000;
/** Timed rounds of about ROUND_CHARS each (20 passes over the seeds): the median round is the figure least moved by other work. */
const ROUNDS = 30;
const ROUND_CHARS = 330_000;

const folder = process.argv[2] ?? 'seeds';
const rssBefore = process.memoryUsage().rss;
const loadStart = performance.now();
const gazetteer = readGazetteer();
const loadMs = performance.now() - loadStart;
const texts = readdirSync(folder)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(folder, f), 'utf8'));
const chars = texts.reduce((n, t) => n + t.length, 0);
if (chars === 0) {
  console.error(`bench-geoparse: no text in ${folder}/ (it reads the .txt files of the folder)`);
  process.exit(1);
}
const WARMUP_PASSES = Math.max(1, Math.round(WARMUP_CHARS / chars));
const PASSES_PER_ROUND = Math.max(1, Math.round(ROUND_CHARS / chars));

for (let i = 0; i < WARMUP_PASSES; i++) for (const text of texts) geoparseText(text, gazetteer);
const rounds: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  const start = performance.now();
  for (let i = 0; i < PASSES_PER_ROUND; i++) for (const text of texts) geoparseText(text, gazetteer);
  rounds.push((performance.now() - start) / 1000);
}
rounds.sort((a, b) => a - b);

const mbPerSecond = (seconds: number): number => (chars * PASSES_PER_ROUND) / 1e6 / seconds;
const seconds = rounds.reduce((s, r) => s + r, 0);
const median = (rounds[(ROUNDS - 1) >> 1]! + rounds[ROUNDS >> 1]!) / 2;
const quartile = rounds[Math.floor((ROUNDS * 3) / 4)]!;
console.log(
  `machine: ${cpus()[0]?.model ?? 'unknown cpu'} × ${cpus().length}, node ${process.version}, ` +
    `load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`,
);
console.log(
  `geoparse: ${texts.length} articles of ${folder}/ (${(chars / 1e3).toFixed(1)} kB), ${WARMUP_PASSES} warm-up passes, ` +
    `${ROUNDS} rounds of ${PASSES_PER_ROUND} passes on one core`,
);
console.log(
  `  median round ${mbPerSecond(median).toFixed(2)} MB/s, ${((texts.length * PASSES_PER_ROUND) / median).toFixed(0)} articles/s; ` +
    `mean ${mbPerSecond(seconds / ROUNDS).toFixed(2)} MB/s; a quarter of rounds under ${mbPerSecond(quartile).toFixed(2)} MB/s; ` +
    `fastest ${mbPerSecond(rounds[0]!).toFixed(2)} MB/s`,
);
console.log(
  `  gazetteer: ${gazetteer.size} entries loaded in ${loadMs.toFixed(0)} ms; ` +
    `RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB (${(rssBefore / 1e6).toFixed(0)} MB before loading)`,
);
