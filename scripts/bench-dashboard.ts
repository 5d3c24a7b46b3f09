// Dashboard at scale: `npx tsx scripts/bench-dashboard.ts [counts…]` (default 10000 100000). For each count it writes
// a synthetic corpus in the output format (deterministic PRNG); with `--data DIR` it takes instead the output folder
// of a real ingest (`npm run ingest -- --input ARTICLES --out DIR`), whose long articles and actor locations the
// synthetic corpus lacks. It exports the site with that data into a folder of its own,
// serves it on 127.0.0.1 and measures in headless chromium: navigation → incident markers drawn, long main-thread
// tasks while loading, and frame times while dragging the map. Each run navigates in a browser left idle for a few
// seconds after it started, as a reader's browser is already running; a second set of runs navigates right after
// launching, while the browser is still loading its own pages on the same cores, and reports markers drawn only.
// Also prints the first-load JavaScript of the main page (gzip) and the load average, since the machine may be
// shared. Prints figures, asserts nothing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { prng } from '../test/bench/generate-corpus';
// @ts-expect-error scripts/serve.mjs is plain JavaScript without type declarations
import { createStaticServer } from './serve.mjs';

const COUNTS = process.argv.slice(2).map(Number).filter((n) => n > 0);
/** --keep leaves the exports (out-bench-<count>/) for a look or a rerun with MAPWIRE_BENCH_REUSE=1. */
const KEEP = process.argv.includes('--keep');
/** --data DIR: an ingest's output folder to measure instead of synthetic corpora. */
const DATA_DIR = process.argv.includes('--data') ? process.argv[process.argv.indexOf('--data') + 1] : undefined;
/** Places the synthetic incidents happen at: a large corpus names a few thousand places. */
const PLACE_COUNT = 2_000;
/** Incidents per synthetic article. */
const INCIDENTS_PER_SOURCE = 100;
const ACTOR_COUNT = 200;
const TYPES = ['protest', 'riot', 'clash', 'killing', 'injury', 'detention', 'arson', 'looting', 'deployment', 'shutdown',
  'statement', 'resignation', 'emergency', 'policy', 'other'] as const;
/** Runs per count; the median is printed. */
const RUNS = 3;
/**
 * How long a freshly launched browser is left idle before navigating. Right after launch, Chromium 156 loads its own
 * omnibox pages (about 300 chrome:// resources over 2 s, seen in a trace) on the two cores the page needs.
 */
const SETTLE_MS = 3_000;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function writeCorpus(dir: string, count: number): void {
  const random = prng(count);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const sentence = (i: number) => `Sentence ${i}: hundreds of people gathered near the square and police detained 12.`;
  const sourceCount = Math.max(1, Math.ceil(count / INCIDENTS_PER_SOURCE));
  const sources = Array.from({ length: sourceCount }, (_, s) => {
    const text = `Synthetic report ${s}\n\n${Array.from({ length: 20 }, (_, i) => sentence(i)).join(' ')}`;
    return { id: `s${s}`, file: `s${s}.txt`, title: `Synthetic report ${s}`, outlet: 'Bench Wire', author: null,
      published: '2022-01-01', sha256: 'x', chars: text.length, text };
  });
  // Places spread over the inhabited latitudes, denser in a few regions as real news is.
  const centres = Array.from({ length: 8 }, () => [random() * 300 - 150, random() * 110 - 50] as const);
  const places = Array.from({ length: PLACE_COUNT }, (_, p) => {
    const [cx, cy] = pick(centres);
    const lon = Math.max(-179, Math.min(179, cx + (random() - 0.5) * 40));
    const lat = Math.max(-60, Math.min(70, cy + (random() - 0.5) * 25));
    return { id: `p${p}`, name: `Place ${p}`, country: 'XX', kind: 'city' as const, lon, lat };
  });
  const mentionsByPlace = new Map<string, Array<Record<string, unknown>>>();
  const incidents = Array.from({ length: count }, (_, i) => {
    const place = pick(places);
    const source = sources[Math.floor(i / INCIDENTS_PER_SOURCE)]!;
    const k = Math.floor(random() * 20);
    const quote = sentence(k);
    const start = source.text.indexOf(quote);
    const mentions = mentionsByPlace.get(place.id) ?? [];
    if (mentions.length < 20) mentions.push({ source: source.id, start, end: start + 8, text: 'Sentence', role: 'event' });
    mentionsByPlace.set(place.id, mentions);
    const day = 1 + Math.floor(random() * 90);
    const date = new Date(Date.UTC(2022, 0, day)).toISOString().slice(0, 10);
    const figures = random() < 0.3 ? { killed: { value: Math.floor(random() * 30), qualifier: 'exact' } } : {};
    const located = random() < 0.98;
    return {
      type: 'Feature',
      geometry: located
        ? { type: 'Point', coordinates: [place.lon + (random() - 0.5) * 0.2, place.lat + (random() - 0.5) * 0.2] }
        : null,
      properties: {
        id: `i${i}`, type: pick(TYPES), title: `Synthetic incident ${i} in ${place.name}`, date, dateText: date,
        place: located ? { id: place.id, name: place.name, country: place.country, kind: place.kind } : null,
        actors: [`a${Math.floor(random() * ACTOR_COUNT)}`], figures,
        claims: [{ source: source.id, quote, start, end: start + quote.length, figures }],
        conflicts: [], sources: [source.id], confidence: Math.round(random() * 100) / 100,
      },
    };
  });
  const actors = Array.from({ length: ACTOR_COUNT }, (_, a) => ({
    id: `a${a}`, name: `Actor ${a}`, aliases: [], kind: pick(['person', 'organization', 'group'] as const), country: 'XX',
    mentions: 1 + Math.floor(random() * 50), locations: [],
  }));
  const placeFeatures = places.map((p) => ({
    type: 'Feature', geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
    properties: { id: p.id, name: p.name, country: p.country, kind: p.kind, geonameid: 0, population: 0, aliases: [],
      mentions: mentionsByPlace.get(p.id) ?? [] },
  }));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'sources.json'), JSON.stringify(sources));
  writeFileSync(join(dir, 'places.geojson'), JSON.stringify({ type: 'FeatureCollection', features: placeFeatures }));
  writeFileSync(join(dir, 'incidents.geojson'), JSON.stringify({ type: 'FeatureCollection', features: incidents }));
  writeFileSync(join(dir, 'actors.json'), JSON.stringify(actors));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ version: 1, generatedAt: null, inputs: [] }));
}

/** Sum of the gzip sizes of the scripts index.html loads in a current browser (what the browser fetches before the page is usable). */
function firstLoadJs(outDir: string): { files: number; rawKb: number; gzipKb: number } {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  // noModule scripts are legacy polyfills that current browsers neither fetch nor run.
  const srcs = [...new Set([...html.matchAll(/<script([^>]+)>/g)].filter((m) => !/noModule/i.test(m[1]!)).map((m) => /src="([^"]+)"/.exec(m[1]!)?.[1]).filter((src): src is string => src !== undefined))];
  let raw = 0;
  let gzip = 0;
  for (const src of srcs) {
    const body = readFileSync(join(outDir, src.replace(/^\//, '').split('?')[0]!));
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { files: srcs.length, rawKb: raw / 1024, gzipKb: gzip / 1024 };
}

const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)]!;
const percentile = (values: number[], p: number) =>
  values.toSorted((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? NaN;

type Browser = Awaited<ReturnType<typeof chromium.launch>>;
type Page = Awaited<ReturnType<Browser['newPage']>>;

/** Launches a browser, waits `settleMs`, opens `url` and waits for the incident markers. Close the browser after. */
async function openDashboard(url: string, settleMs: number): Promise<{
  browser: Browser;
  page: Page;
  drawnMs: number;
  markers: number;
  longestTaskMs: number;
}> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    return { browser, ...(await navigate(browser, url, settleMs)) };
  } catch (err) {
    await browser.close();
    throw err;
  }
}

async function navigate(browser: Browser, url: string, settleMs: number) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route('**/*', (route) =>
    new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort('blockedbyclient'),
  );
  const page = await context.newPage();
  await page.addInitScript(`window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });`);
  if (settleMs > 0) {
    await page.goto('about:blank');
    await page.waitForTimeout(settleMs);
  }
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('mapwire:markers-drawn').length > 0, null, {
    timeout: 120_000,
    polling: 50,
  });
  // performance.now() counts from this navigation, so the mark's time is navigation → markers drawn.
  const drawn = await page.evaluate(() => {
    const mark = performance.getEntriesByName('mapwire:markers-drawn')[0] as PerformanceMark;
    const tasks = (window as unknown as { __longTasks: Array<[number, number]> }).__longTasks;
    const before = tasks.filter(([start]) => start < mark.startTime).map(([, duration]) => duration);
    return { drawnMs: mark.startTime, markers: Number(mark.detail), longestTaskMs: Math.max(0, ...before) };
  });
  return { page, ...drawn };
}

/** Navigation → markers drawn when navigating the moment the browser has started. */
async function measureColdStart(url: string): Promise<number> {
  const { browser, drawnMs } = await openDashboard(url, 0);
  await browser.close();
  return drawnMs;
}

async function measure(url: string): Promise<{
  drawnMs: number;
  loadedMs: number;
  markers: number;
  longestTaskMs: number;
  longestLoadingTaskMs: number;
  frames: number[];
}> {
  const { browser, page, drawnMs, markers, longestTaskMs } = await openDashboard(url, SETTLE_MS);
  try {
    // Pan once every record has loaded (the panels fill after the markers), so frames measure the map alone.
    await page.locator('.mw-map-wrap[aria-busy="false"]').waitFor({ timeout: 120_000 });
    const loadedMs = (await page.evaluate('performance.now()')) as number;
    const longestLoadingTaskMs = (await page.evaluate('Math.max(0, ...window.__longTasks.map((t) => t[1]))')) as number;
    await page.waitForTimeout(300);
    // Drag the map around in small steps while recording the time between animation frames.
    const box = (await page.locator('.leaflet-container').boundingBox())!;
    // A string, not a function: tsx would wrap named functions in a helper the page does not have.
    await page.evaluate(`(() => {
      window.__frames = [];
      window.__recording = true;
      let last = performance.now();
      const tick = (now) => {
        window.__frames.push(now - last);
        last = now;
        if (window.__recording) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    })()`);
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    for (const [dx, dy] of [[300, 0], [0, 200], [-300, 0], [0, -200]] as const) {
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      await page.mouse.move(cx + dx, cy + dy, { steps: 30 });
      await page.mouse.up();
      await page.waitForTimeout(300);
    }
    const frames = (await page.evaluate('window.__recording = false, window.__frames.slice(1)')) as number[];
    return { drawnMs, loadedMs, markers, longestTaskMs, longestLoadingTaskMs, frames };
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const counts = COUNTS.length > 0 ? COUNTS : [10_000, 100_000];
  console.log(`Dashboard bench: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), chromium ${CHROMIUM}, median of ${RUNS} runs`);
  // The machine may be shared: timings mean little without the load they were taken under.
  const load = () => loadavg().map((l) => l.toFixed(2)).join(', ');
  console.log(`load average (1, 5, 15 min) at start: ${load()}`);
  const work = mkdtempSync(join(tmpdir(), 'mapwire-bench-'));
  try {
    // next build takes distDir relative to the project; the folder names are ignored by git (/out-*/).
    const cases =
      DATA_DIR !== undefined
        ? [{ label: DATA_DIR, data: DATA_DIR, out: 'out-bench-data', count: null }]
        : counts.map((count) => ({ label: `${count.toLocaleString('en')} incidents`, data: join(work, `data-${count}`), out: `out-bench-${count}`, count }));
    for (const { label, data, out, count } of cases) {
      if (count !== null) writeCorpus(data, count);
      const started = performance.now();
      // MAPWIRE_BENCH_REUSE=1 measures an export left by an earlier run (--keep) instead of building again.
      if (process.env.MAPWIRE_BENCH_REUSE !== '1' || !existsSync(join(out, 'index.html'))) execFileSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
        env: { ...process.env, MAPWIRE_DATA: data, MAPWIRE_OUT: out, MAPWIRE_PERMALINKS: '0', NEXT_TELEMETRY_DISABLED: '1' },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      const buildS = (performance.now() - started) / 1000;
      const dataMb = statSync(join(data, 'incidents.geojson')).size / 1e6;
      // The first view's markers, clustered at export time (app/data/clusters.json).
      const firstViewKb = (statSync(join(out, 'data', 'clusters.json'), { throwIfNoEntry: false })?.size ?? 0) / 1024;
      const server = createStaticServer(out, '');
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      try {
        const runs = [];
        const coldRuns: number[] = [];
        // alternated, so that a slow minute on a shared machine weighs on both figures
        for (let run = 0; run < RUNS; run++) {
          runs.push(await measure(url));
          coldRuns.push(await measureColdStart(url));
        }
        const frames = runs.flatMap((r) => r.frames);
        const js = firstLoadJs(out);
        console.log(
          [
            `${label} (incidents.geojson ${dataMb.toFixed(1)} MB, first view ${firstViewKb.toFixed(0)} kB, export built in ${buildS.toFixed(0)} s):`,
            `  navigation → markers drawn: ${median(runs.map((r) => r.drawnMs)).toFixed(0)} ms (runs: ${runs.map((r) => r.drawnMs.toFixed(0)).join(', ')}), ${runs[0]!.markers} markers`,
            `  the same, navigating as soon as the browser has started: ${median(coldRuns).toFixed(0)} ms (runs: ${coldRuns.map((ms) => ms.toFixed(0)).join(', ')})`,
            `  navigation → every record loaded (panels filled): about ${median(runs.map((r) => r.loadedMs)).toFixed(0)} ms`,
            `  longest main-thread task before markers drawn: ${median(runs.map((r) => r.longestTaskMs)).toFixed(0)} ms`,
            `  longest main-thread task until every record loaded: ${median(runs.map((r) => r.longestLoadingTaskMs)).toFixed(0)} ms`,
            `  frame time while panning: median ${median(frames).toFixed(1)} ms, p95 ${percentile(frames, 0.95).toFixed(1)} ms, max ${Math.max(...frames).toFixed(1)} ms over ${frames.length} frames`,
            `  first-load JS of /: ${js.files} scripts, ${js.rawKb.toFixed(0)} kB raw, ${js.gzipKb.toFixed(1)} kB gzip`,
            `  load average (1, 5, 15 min) after the runs: ${load()}`,
          ].join('\n'),
        );
      } finally {
        server.close();
        if (!KEEP) rmSync(out, { recursive: true, force: true });
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
