// Shared setup for the browser tests: serve a static export on 127.0.0.1 with scripts/serve.mjs, drive Debian's
// chromium through playwright-core, and block every request that is not to the local server (tiles included).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's chromium; CI installs it with apt-get (see .ci/run). */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Flags for a quiet headless chromium in a container: no sandbox, GPU, updates or background traffic. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/** The export of the dashboard fixture (test/fixtures/dashboard) under a sub-path, built by ensureFixtureExport. */
export const FIXTURE_EXPORT = { dir: 'out-subpath', basePath: '/mapwire', data: 'test/fixtures/dashboard' } as const;

/** Written into a fixture's export: the hash of the data it was built from. */
const DATA_STAMP = 'fixture-data.sha256';

/** A hash of every file in a data folder (names and contents), to tell whether an export was built from it. */
function hashData(dir: string): string {
  const hash = createHash('sha256');
  // statSync follows symbolic links, as loadDashboard's reads do
  const files = readdirSync(dir).filter((name) => statSync(join(dir, name)).isFile());
  for (const name of files.sort()) hash.update(name).update('\0').update(readFileSync(join(dir, name)));
  return hash.digest('hex');
}

/**
 * Makes sure out-subpath/ holds the fixture's export for /mapwire (or `fixture.dir` another's): builds it with `next
 * build` when it is missing, older than out/ (which `npm run build` has just made), or built from other data, so
 * `npm test` needs no extra step and never tests a stale build.
 */
export function ensureFixtureExport(fixture: { dir: string; basePath: string; data: string } = FIXTURE_EXPORT): void {
  const { dir, basePath, data } = fixture;
  const built = (d: string) => (existsSync(join(d, 'index.html')) ? statSync(join(d, 'index.html')).mtimeMs : -1);
  const stamp = hashData(data);
  const stampFile = join(dir, DATA_STAMP);
  const sameData = existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp;
  if (built(dir) >= built('out') && built(dir) > 0 && sameData) return;
  execFileSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
    env: { ...process.env, BASE_PATH: basePath, MAPWIRE_OUT: dir, MAPWIRE_DATA: data, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  writeFileSync(stampFile, stamp);
}

export interface Served {
  /** Root URL of the site, with the base path and a trailing slash. */
  url: string;
  close: () => Promise<void>;
}

/** Starts scripts/serve.mjs on a free 127.0.0.1 port for `dir` under `basePath`. */
export async function serve(dir: string, basePath = ''): Promise<Served> {
  const root = join(process.cwd(), dir);
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${dir}/index.html is missing: build the export first (see README, "npm test")`);
  }
  const child: ChildProcess = spawn(process.execPath, ['scripts/serve.mjs', root, '0', basePath], {
    env: { ...process.env, HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // A test run that dies must not leave the server behind.
  const stop = () => child.kill('SIGTERM');
  process.once('exit', stop);
  child.once('exit', () => process.off('exit', stop));
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`scripts/serve.mjs exited with ${code}`)));
  });
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export interface Blocked {
  /** URLs of requests that were aborted because they left 127.0.0.1. */
  urls: string[];
}

/** A fresh context (like a new browser profile) in which only 127.0.0.1 can be reached. */
export async function offlineContext(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; blocked: Blocked }> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 }, ...options });
  const blocked: Blocked = { urls: [] };
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    blocked.urls.push(url.href);
    return route.abort('blockedbyclient');
  });
  return { context, blocked };
}

/** Collects uncaught page errors and console errors, so a test can assert a clean run. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // Aborted tile requests are expected: every non-local request is blocked.
    if (message.type() === 'error' && !/ERR_BLOCKED_BY_CLIENT|Failed to load resource/.test(message.text())) {
      errors.push(message.text());
    }
  });
  return errors;
}

/** The map's current view as written in its `data-view` attribute ("zoom/lat/lon"). */
export function mapView(page: Page): Promise<string | null> {
  return page.locator('.leaflet-container').getAttribute('data-view');
}

/** Waits until the page has loaded the full records (the map section stops being aria-busy). */
export async function recordsLoaded(page: Page): Promise<void> {
  await page.locator('section[aria-label="Map"][aria-busy="false"]').waitFor({ state: 'attached' });
}
