// Ingest benchmark: generates corpora of N articles (seed sentences, gazetteer places) and times
// `npm run ingest` on each in a fresh process, on one thread (the best of three up to 1,000 articles) and on the
// default number. Start-up (Node, the CLI's cached bundle, loading the gazetteer, a one-article ingest) is timed
// apart and taken off to give the rate per thread; the rate per CPU-second (from the CPU time ingest reports)
// holds up better than wall time on a shared machine. Last, the largest corpus is ingested again after 1 % of it
// changed, with the analysis cache. Prints figures; asserts nothing.
// Usage: tsx scripts/bench-ingest.ts [N ...]   (default 100 1000 10000)
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCorpus } from '../lib/io/read-corpus';
import { readGazetteer } from '../lib/io/read-gazetteer';
import { ingestInputs } from '../lib/ingest/ingest-inputs';
import { findPlaceMentions } from '../lib/geo/find-place-mentions';
import { generateCorpus, toTemplates } from '../test/bench/generate-corpus';

/** Corpus sizes benchmarked when none are given. */
const DEFAULT_SIZES = [100, 1000, 10000];
/**
 * One-thread ingests of corpora up to this size are run three times and the fastest is reported, as start-up is
 * the fastest of three: a run of a second or two can take half as long again in a slow minute of a shared
 * machine, and a single run set against the best start-up understated the rate.
 */
const BEST_OF_THREE_UP_TO = 1000;

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const gazetteer = readGazetteer();
const seeds = ingestInputs(readCorpus('seeds')).articles;
const templates = toTemplates(seeds, seeds.flatMap((a) => findPlaceMentions(a, gazetteer)));
const cities: NonNullable<ReturnType<typeof gazetteer.get>>[] = [];
for (const key of gazetteer.keys()) {
  for (const id of gazetteer.lookup(key)) {
    const e = gazetteer.get(id);
    if (e?.kind === 'city' && e.population > 100_000 && e.name === [...gazetteer.namesOf(id)][0]) cities.push(e);
  }
}
const uniqueCities = [...new Map(cities.map((c) => [c.geonameid, c])).values()].sort((a, b) => a.geonameid - b.geonameid);

/**
 * The largest corpus ingested with its cache, then again after 1 % of its articles gained a sentence: the
 * analysis cache should leave only merging and writing to redo.
 */
function reingest(input: string, out: string, n: number): void {
  const first = ingest(input, out, '0', false);
  const changed = readdirSync(input).sort().slice(0, Math.max(1, Math.ceil(n / 100)));
  for (const file of changed) appendFileSync(join(input, file), '\nOne more sentence was added to this report.\n');
  const again = ingest(input, out, '0', false);
  const reused = /(\d+) reused from cache/.exec(again.stdout)?.[1] ?? '?';
  console.log(
    `re-ingest of ${n} articles after ${changed.length} changed: ${again.seconds.toFixed(2)} s, CPU ${again.cpu.toFixed(2)} s, ` +
      `${reused} reused from cache (the first ingest into that folder: ${first.seconds.toFixed(2)} s)`,
  );
}

/** Runs `npm run ingest` on a folder in a fresh process (ignoring the cache unless `fresh` is false): wall seconds and what it printed. */
function ingest(input: string, out: string, threads: string, fresh = true): { seconds: number; cpu: number; stdout: string } {
  const started = performance.now();
  const args = ['scripts/mapwire.mjs', 'ingest', '--input', input, '--out', out, ...(fresh ? ['--fresh'] : []), '--threads', threads];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`ingest failed on ${input}: ${run.stderr}`);
  return { seconds, cpu: Number(/CPU ([\d.]+)s/.exec(run.stdout)?.[1] ?? NaN), stdout: run.stdout };
}

function writeCorpus(root: string, n: number): number {
  const input = join(root, 'in');
  mkdirSync(input);
  let bytes = 0;
  for (const a of generateCorpus(templates, gazetteer, uniqueCities, n)) {
    writeFileSync(join(input, a.file), a.text);
    bytes += Buffer.byteLength(a.text);
  }
  return bytes;
}

console.log(`machine: ${cpus()[0]?.model ?? 'unknown cpu'} × ${cpus().length}, node ${process.version}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
// start-up: the best of three one-article ingests (process, modules, gazetteer, first use of each library)
const startRoot = mkdtempSync(join(tmpdir(), 'mapwire-bench-'));
writeCorpus(startRoot, 1);
const starts = [1, 2, 3].map((i) => ingest(join(startRoot, 'in'), join(startRoot, `out-${i}`), '1'));
const startup = Math.min(...starts.map((s) => s.seconds));
const startupCpu = Math.min(...starts.map((s) => s.cpu));
rmSync(startRoot, { recursive: true, force: true });
console.log(`start-up (one-article ingest): ${startup.toFixed(2)} s wall, ${startupCpu.toFixed(2)} s CPU`);
console.log('N\tthreads\tseconds\tarticles/s\tafter start-up\tper thread\tCPU s\tper CPU-s\tMB/s\tpeak RSS MiB\tincidents\truns (s)');
/** Seconds of the one-thread run per corpus size: the rate between two sizes leaves out start-up and warm-up. */
const oneThread: Array<[n: number, seconds: number]> = [];
const runSizes = sizes.length ? sizes : DEFAULT_SIZES;
for (const n of runSizes) {
  const root = mkdtempSync(join(tmpdir(), 'mapwire-bench-'));
  const bytes = writeCorpus(root, n);
  for (const threads of ['1', '0']) {
    const repeats = threads === '1' && n <= BEST_OF_THREE_UP_TO ? 3 : 1;
    const runs = Array.from({ length: repeats }, () => ingest(join(root, 'in'), join(root, `out-${threads}`), threads));
    const { seconds, cpu, stdout } = runs.reduce((best, run) => (run.seconds < best.seconds ? run : best));
    if (threads === '1') oneThread.push([n, seconds]);
    const rss = /peak RSS (\d+) MiB/.exec(stdout)?.[1] ?? '?';
    const used = Number(/(\d+) threads|one thread/.exec(stdout)?.[1] ?? '1');
    const incidents = /(\d+) incidents/.exec(stdout)?.[1] ?? '?';
    // a rate after start-up means nothing when the run took no longer than start-up (noise on a busy machine)
    const rate = (articles: number, spent: number) => (spent > 0.05 ? (articles / spent).toFixed(0) : '-');
    console.log(
      `${n}\t${used}\t${seconds.toFixed(2)}\t${(n / seconds).toFixed(0)}\t${rate(n, seconds - startup)}\t${rate(n / used, seconds - startup)}\t` +
        `${cpu.toFixed(2)}\t${rate(n, cpu - startupCpu)}\t` +
        `${(bytes / 1e6 / seconds).toFixed(2)}\t${rss}\t${incidents}\t${runs.map((r) => r.seconds.toFixed(2)).join(', ')}`,
    );
  }
  if (n === runSizes.at(-1)) reingest(join(root, 'in'), join(root, 'out-cached'), n);
  rmSync(root, { recursive: true, force: true });
}
// the marginal rate: what each further article costs one thread once the code is warm (V8 compiles the
// patterns and optimises the hot functions during the first few hundred articles of a process)
for (let i = 1; i < oneThread.length; i++) {
  const [n0, s0] = oneThread[i - 1]!;
  const [n1, s1] = oneThread[i]!;
  if (n1 > n0 && s1 > s0) console.log(`one thread from ${n0} to ${n1} articles: ${((n1 - n0) / (s1 - s0)).toFixed(0)} articles/s`);
}
