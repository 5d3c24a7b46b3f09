// Ingest benchmark: generates corpora of N articles (seed sentences, gazetteer places) and times
// `npm run ingest` on each in a fresh process. Prints figures; asserts nothing.
// Usage: tsx scripts/bench-ingest.ts [N ...]   (default 100 1000 10000)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCorpus } from '../lib/io/read-corpus';
import { readGazetteer } from '../lib/io/read-gazetteer';
import { ingestInputs } from '../lib/ingest/ingest-inputs';
import { findPlaceMentions } from '../lib/geo/find-place-mentions';
import { generateCorpus, toTemplates } from '../test/bench/generate-corpus';

/** Corpus sizes benchmarked when none are given. */
const DEFAULT_SIZES = [100, 1000, 10000];

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

console.log(`machine: ${cpus()[0]?.model ?? 'unknown cpu'} × ${cpus().length}, node ${process.version}`);
console.log('N\tthreads\tseconds\tarticles/s\tMB/s\tpeak RSS MiB\tincidents');
for (const n of sizes.length ? sizes : DEFAULT_SIZES) {
  const root = mkdtempSync(join(tmpdir(), 'mapwire-bench-'));
  const input = join(root, 'in');
  mkdirSync(input);
  let bytes = 0;
  for (const a of generateCorpus(templates, gazetteer, uniqueCities, n)) {
    writeFileSync(join(input, a.file), a.text);
    bytes += Buffer.byteLength(a.text);
  }
  for (const threads of ['1', '0']) {
    const started = performance.now();
    const run = spawnSync('node_modules/.bin/tsx', ['lib/cli.ts', 'ingest', '--input', input, '--out', join(root, `out-${threads}`), '--fresh', '--threads', threads], {
      encoding: 'utf8',
    });
    const seconds = (performance.now() - started) / 1000;
    if (run.status !== 0) throw new Error(`ingest failed for N=${n}: ${run.stderr}`);
    const rss = /peak RSS (\d+) MiB/.exec(run.stdout)?.[1] ?? '?';
    const used = /(\d+) worker threads|one thread/.exec(run.stdout)?.[1] ?? '1';
    const incidents = /(\d+) incidents/.exec(run.stdout)?.[1] ?? '?';
    console.log(`${n}\t${used}\t${seconds.toFixed(2)}\t${(n / seconds).toFixed(0)}\t${(bytes / 1e6 / seconds).toFixed(2)}\t${rss}\t${incidents}`);
  }
  rmSync(root, { recursive: true, force: true });
}
