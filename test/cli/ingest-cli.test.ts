// `npm run ingest` as a user runs it: exit status, stderr lines, manifest, and byte-identical reruns.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LARGE_INPUT_FILES, heapFlagFor } from '../../lib/io/v8-tuning.mjs';

/** What `npm run ingest` runs: the launcher, which starts the CLI from its cached bundle. */
const LAUNCHER = join('scripts', 'mapwire.mjs');
const temps: string[] = [];
function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mapwire-cli-'));
  temps.push(dir);
  return dir;
}
function ingest(...args: string[]) {
  return spawnSync(process.execPath, [LAUNCHER, 'ingest', ...args], { encoding: 'utf8' });
}
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('npm run ingest', () => {
  it('processes the good articles, reports the bad ones on stderr and in the manifest, and exits 0', () => {
    const input = temp();
    const out = temp();
    cpSync('seeds/000_48fb1aefbad29be2.txt', join(input, 'good.txt'));
    writeFileSync(join(input, 'empty.txt'), '');
    writeFileSync(join(input, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const run = ingest('--input', input, '--out', out);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^mapwire: skipped empty\.txt: empty file$/m);
    expect(run.stderr).toMatch(/^mapwire: skipped image\.png: binary file \(PNG\), not text$/m);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.inputs.map((i: { file: string; status: string }) => [i.file, i.status])).toEqual([
      ['empty.txt', 'skipped'],
      ['good.txt', 'ok'],
      ['image.png', 'skipped'],
    ]);
    expect(manifest.counts).toMatchObject({ inputs: 3, ok: 1, skipped: 2, failed: 0, sources: 1 });
    const sources = JSON.parse(readFileSync(join(out, 'sources.json'), 'utf8'));
    expect(sources.map((s: { id: string }) => s.id)).toEqual(['good']);
  });

  it('exits non-zero with a message when no article can be processed', () => {
    const input = temp();
    const out = join(temp(), 'never-written');
    writeFileSync(join(input, 'blank.txt'), '   \n');
    const run = ingest('--input', input, '--out', out);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/no article in ".*" could be processed \(1 entries\); nothing written/);
    expect(() => readdirSync(out)).toThrow();
    // a worker started early for --threads 2 does not keep the process waiting
    const threaded = spawnSync(process.execPath, [LAUNCHER, 'ingest', '--input', input, '--out', out, '--threads', '2'], { encoding: 'utf8', timeout: 60_000 });
    expect(threaded.signal).toBeNull();
    expect(threaded.status).toBe(1);
  });

  it('exits non-zero naming the folder when the input does not exist', () => {
    const run = ingest('--input', join(temp(), 'nope'));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/cannot read the input folder ".*nope"/);
  });

  it('writes byte-identical output when run twice, and reuses every analysis the second time', () => {
    const out1 = temp();
    const out2 = temp();
    const first = ingest('--input', 'seeds', '--out', out1);
    const second = ingest('--input', 'seeds', '--out', out1);
    const fresh = ingest('--input', 'seeds', '--out', out2, '--fresh', '--timings');
    expect([first.status, second.status, fresh.status]).toEqual([0, 0, 0]);
    // --timings names every stage in order, with its seconds; without it stderr says nothing of them
    expect(fresh.stderr).toMatch(
      /^mapwire: seconds per stage: gazetteer \d+\.\d\d, read \d+\.\d\d, decode and zone \d+\.\d\d, cache \d+\.\d\d, reference dates \d+\.\d\d, analysis \d+\.\d\d, merge \d+\.\d\d, output records \d+\.\d\d, write JSON \d+\.\d\d$/m,
    );
    expect(first.stderr).not.toMatch(/seconds per stage/);
    expect(second.stdout).toMatch(/5 of 5 inputs processed \(5 reused from cache/);
    expect(fresh.stdout).toMatch(/\(0 reused from cache/);
    for (const file of ['sources.json', 'places.geojson', 'incidents.geojson', 'actors.json', 'manifest.json']) {
      expect(readFileSync(join(out2, file), 'utf8'), file).toBe(readFileSync(join(out1, file), 'utf8'));
    }
  }, 180_000);

  it('keeps in its cache only the analyses of the last run, and no file it did not write', () => {
    const input = temp();
    const out = temp();
    for (const name of readdirSync('seeds')) cpSync(join('seeds', name), join(input, name));
    expect(ingest('--input', input, '--out', out).status).toBe(0);
    const cache = join(out, '.cache');
    expect(readdirSync(cache).filter((f) => f.endsWith('.json'))).toHaveLength(5);
    writeFileSync(join(cache, 'notes.txt'), 'kept');
    // three articles removed, one changed: its old analysis goes too
    const [kept, changed, ...removed] = readdirSync(input).sort();
    for (const name of removed) rmSync(join(input, name));
    writeFileSync(join(input, changed!), `${readFileSync(join(input, changed!), 'utf8')}\nOne more paragraph.\n`);
    const rerun = ingest('--input', input, '--out', out);
    expect(rerun.status).toBe(0);
    expect(rerun.stdout).toMatch(/2 of 2 inputs processed \(1 reused from cache/);
    expect(kept).toBeDefined();
    expect(readdirSync(cache).sort()).toHaveLength(3);
    expect(readdirSync(cache).filter((f) => f.endsWith('.json'))).toHaveLength(2);
    expect(readFileSync(join(cache, 'notes.txt'), 'utf8')).toBe('kept');
  }, 180_000);

  it('analyses a cached article again when a new article moves the date its weekdays count from', () => {
    const input = temp();
    const out = temp();
    const fresh = temp();
    // no publication date: "on Friday" counts back from the latest date the corpus writes within a week of 3 January
    writeFileSync(join(input, 'a.txt'), 'Protest in Lyon\n\nPolice detained 30 protesters in Lyon on Friday, the ministry said on 3 January 2022.\n');
    const dateOf = (dir: string, title: string) =>
      (JSON.parse(readFileSync(join(dir, 'incidents.geojson'), 'utf8')) as { features: Array<{ properties: { title: string; date: string } }> }).features.find(
        (f) => f.properties.title === title,
      )?.properties.date;
    expect(ingest('--input', input, '--out', out).status).toBe(0);
    expect(dateOf(out, 'Detentions in Lyon')).toBe('2021-12-31');
    writeFileSync(join(input, 'b.txt'), 'Clashes in Marseille\n\nRiot police fired tear gas at protesters in Marseille on 7 January 2022.\n');
    const moved = ingest('--input', input, '--out', out);
    expect(moved.stdout).toMatch(/2 of 2 inputs processed \(0 reused from cache/);
    expect(dateOf(out, 'Detentions in Lyon')).toBe('2022-01-07');
    expect(ingest('--input', input, '--out', fresh, '--fresh').status).toBe(0);
    for (const file of ['sources.json', 'places.geojson', 'incidents.geojson', 'actors.json', 'manifest.json']) {
      expect(readFileSync(join(out, file), 'utf8'), file).toBe(readFileSync(join(fresh, file), 'utf8'));
    }
    // nothing moved since: both come from the cache
    expect(ingest('--input', input, '--out', out).stdout).toMatch(/2 of 2 inputs processed \(2 reused from cache/);
  }, 180_000);

  it('runs a large ingest with a heap sized to the machine, and still processes every article', () => {
    // 20,000 empty files (each skipped in a moment) and one article: the launcher counts the files
    const input = temp();
    const out = temp();
    for (let i = 0; i < LARGE_INPUT_FILES; i++) writeFileSync(join(input, `empty-${String(i).padStart(5, '0')}.txt`), '');
    cpSync('seeds/000_48fb1aefbad29be2.txt', join(input, 'good.txt'));
    const run = ingest('--input', input, '--out', out);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/1 of 20001 inputs processed/);
    const wanted = heapFlagFor({ inputFiles: LARGE_INPUT_FILES + 1, heapLimitBytes: 4 * 2 ** 30, totalMemoryBytes: totalmem(), userFlags: '' });
    // the machines Mapwire is built on have 24 GiB: three quarters of it is well above V8's 4 GiB
    expect(wanted).not.toBeNull();
    expect(run.stderr).toContain(`mapwire: 20001 input files: running with ${wanted} `);
    // once: the process started with the larger heap does not start another
    expect(run.stderr.match(/running with --max-old-space-size/g)).toHaveLength(1);
    const small = ingest('--input', 'seeds', '--out', temp());
    expect(small.stderr).not.toMatch(/max-old-space-size/);
  }, 180_000);

  it('writes the same output on one thread and on two (this thread and a worker started from a bundle)', () => {
    // 200 articles (the seeds 40 times over, each copy a line longer so that none is skipped as a duplicate):
    // enough batches that the worker is ready before this thread is done
    const input = temp();
    for (let i = 0; i < 40; i++) {
      for (const name of readdirSync('seeds')) writeFileSync(join(input, `${i}-${name}`), `${readFileSync(join('seeds', name), 'utf8')}\nCopy ${i}.\n`);
    }
    const one = temp();
    const two = temp();
    const single = ingest('--input', input, '--out', one, '--fresh', '--threads', '1');
    const double = ingest('--input', input, '--out', two, '--fresh', '--threads', '2', '--progress');
    expect([single.status, double.status]).toEqual([0, 0]);
    // --progress: each stage as it ends and the articles analysed, counted over both threads; without it, on a
    // pipe, nothing of the kind
    const stages = [...double.stderr.matchAll(/^mapwire: ([a-zA-Z ]+) done in \d+\.\d s$/gm)].map((m) => m[1]);
    expect(stages).toEqual(['gazetteer', 'read', 'decode and zone', 'cache', 'reference dates', 'analysis', 'merge', 'output records', 'write JSON']);
    expect(double.stderr).toMatch(/^mapwire: analysed 200 of 200 articles\nmapwire: analysis done in/m);
    expect(single.stderr).not.toMatch(/analysed|done in/);
    expect(single.stdout).toMatch(/one thread/);
    expect(double.stdout).toMatch(/2 threads/);
    // both the CLI and its worker ran from bundles, not from source through tsx
    expect(single.stderr + double.stderr).not.toMatch(/could not build/);
    for (const file of ['sources.json', 'places.geojson', 'incidents.geojson', 'actors.json', 'manifest.json']) {
      expect(readFileSync(join(two, file), 'utf8'), file).toBe(readFileSync(join(one, file), 'utf8'));
    }
  }, 180_000);
});
