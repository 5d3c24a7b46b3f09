// Geoparsing throughput on the seed articles with the gazetteer loaded once; prints MB/s, articles/s,
// gazetteer load time and resident memory. Asserts nothing about time.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { geoparseText } from '../../lib/geo/geoparse-text';
import { readGazetteer } from '../../lib/io/read-gazetteer';

const loadStart = performance.now();
const gazetteer = readGazetteer();
const loadMs = performance.now() - loadStart;
const seeds = readdirSync('seeds')
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join('seeds', f), 'utf8'));
const chars = seeds.reduce((n, s) => n + s.length, 0);

/** Passes over the seeds for the one-line figure (the seeds are small: repeat to time reliably). */
const PASSES = 200;
/**
 * Passes before timing: V8 optimises a function only after many calls, and a long ingest runs on optimised
 * code; one warm-up pass left the first timed rounds on half-optimised code, at half the steady speed.
 */
const WARMUP_PASSES = 50;
/** The same passes cut into rounds: the fastest round is the figure least disturbed by other work on the machine. */
const ROUNDS = 10;

function throughputLine(): string {
  for (let i = 0; i < WARMUP_PASSES; i++) for (const text of seeds) geoparseText(text, gazetteer);
  let seconds = 0;
  let bestRound = Infinity;
  const rounds: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const start = performance.now();
    for (let i = 0; i < PASSES / ROUNDS; i++) for (const text of seeds) geoparseText(text, gazetteer);
    const round = (performance.now() - start) / 1000;
    seconds += round;
    rounds.push(round);
    bestRound = Math.min(bestRound, round);
  }
  rounds.sort((a, b) => a - b);
  const medianRound = (rounds[(ROUNDS - 1) >> 1]! + rounds[ROUNDS >> 1]!) / 2;
  const medianMbPerSecond = (chars * (PASSES / ROUNDS)) / 1e6 / medianRound;
  const mbPerSecond = (chars * PASSES) / 1e6 / seconds;
  const bestMbPerSecond = (chars * (PASSES / ROUNDS)) / 1e6 / bestRound;
  const articlesPerSecond = (seeds.length * PASSES) / seconds;
  const rssMb = process.memoryUsage().rss / 1e6;
  return (
    `geoparse: ${mbPerSecond.toFixed(2)} MB/s, ${articlesPerSecond.toFixed(0)} articles/s on one core after ${WARMUP_PASSES} warm-up passes ` +
    `(median of ${ROUNDS} rounds ${medianMbPerSecond.toFixed(2)} MB/s, fastest ${bestMbPerSecond.toFixed(2)} MB/s); ` +
    `gazetteer (${gazetteer.size} entries) loaded in ${loadMs.toFixed(0)} ms; RSS ${rssMb.toFixed(0)} MB`
  );
}

console.log(throughputLine());

describe('geoparse', () => {
  bench('geoparseText over the seed articles', () => {
    for (const text of seeds) geoparseText(text, gazetteer);
  });
});
