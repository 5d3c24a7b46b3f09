// The dashboard fixture exported with BASE_PATH=/mapwire and served under /mapwire/ with every tile request
// blocked: the bundled basemap and the markers must still show. Builds out-subpath/ when it is missing or stale.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { FIXTURE_EXPORT, ensureFixtureExport, launch, offlineContext, serve, watchErrors, type Served } from './helpers';

let server: Served;
let browser: Browser;

beforeAll(async () => {
  ensureFixtureExport();
  [server, browser] = await Promise.all([serve(FIXTURE_EXPORT.dir, FIXTURE_EXPORT.basePath), launch()]);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('under a sub-path with tiles blocked, the basemap and the markers are drawn', async () => {
  expect(server.url).toMatch(/\/mapwire\/$/);
  const { context, blocked } = await offlineContext(browser);
  const page = await context.newPage();
  const errors = watchErrors(page);
  const failed: string[] = [];
  const fetched: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(response.url());
    fetched.push(new URL(response.url()).pathname);
  });
  await page.goto(server.url);

  const countries = page.locator('.leaflet-basemap-pane path');
  await expect.poll(() => countries.count(), { timeout: 15_000 }).toBeGreaterThan(100);
  await expect.poll(() => page.locator('.mw-incident-marker').count()).toBeGreaterThan(0);
  await expect.poll(() => page.locator('.leaflet-marker-icon[title="Almaty"]').isVisible()).toBe(true);
  // Tiles were asked for and refused: the map above was drawn without them.
  expect(blocked.urls.some((url) => url.includes('tile'))).toBe(true);
  expect(await page.locator('.leaflet-tile-loaded').count()).toBe(0);
  expect(failed).toEqual([]);
  expect(errors).toEqual([]);
  // The records come from data files under the sub-path, not from the page's HTML.
  expect(fetched).toEqual(expect.arrayContaining(['/mapwire/data/incidents/0.json', '/mapwire/data/sources/0.json']));
  const html = readFileSync(join(FIXTURE_EXPORT.dir, 'index.html'), 'utf8');
  expect(html).not.toContain('Clashes took place in Almaty');
  expect(html.length).toBeLessThan(30_000);
  await context.close();
});

test('an incident permalink page works under the sub-path and links back to the map', async () => {
  const { context } = await offlineContext(browser);
  const page = await context.newPage();
  const response = await page.goto(`${server.url}incident/i-riot-almaty/`);
  expect(response?.status()).toBe(200);
  expect(await page.title()).toBe('20,000 "bandits" attack government building in Almaty · Mapwire');
  const description = await page.locator('meta[property="og:description"]').getAttribute('content');
  expect(description).toMatch(/^Riot, Almaty, 2022-01-06\. “Tokayev added that as many as 20,000/);
  await page.getByRole('link', { name: 'Open on the map' }).click();
  await expect.poll(() => new URL(page.url()).pathname).toBe('/mapwire/');
  await expect.poll(() => page.locator('.mw-incident h2').textContent()).toContain('20,000');
  expect(new URL(page.url()).searchParams.get('incident')).toBe('i-riot-almaty');
  await context.close();
});
