// The export built with BASE_PATH=/mapwire, served under /mapwire/ with every tile request blocked: the bundled
// basemap and the markers must still show. Builds out-mapwire/ (BASE_PATH=/mapwire) when it is missing or stale.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { ensureExport, launch, offlineContext, serve, watchErrors, type Served } from './helpers';

let server: Served;
let browser: Browser;

beforeAll(async () => {
  ensureExport('out-mapwire', '/mapwire');
  [server, browser] = await Promise.all([serve('out-mapwire', '/mapwire'), launch()]);
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
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(response.url());
  });
  await page.goto(server.url);

  const countries = page.locator('.leaflet-basemap-pane path');
  await expect.poll(() => countries.count(), { timeout: 15_000 }).toBeGreaterThan(100);
  await expect.poll(() => page.locator('.leaflet-marker-icon').count()).toBeGreaterThan(0);
  expect(await page.locator('.leaflet-marker-icon[title="Almaty"]').isVisible()).toBe(true);
  // Tiles were asked for and refused: the map above was drawn without them.
  expect(blocked.urls.some((url) => url.includes('tile'))).toBe(true);
  expect(await page.locator('.leaflet-tile-loaded').count()).toBe(0);
  expect(failed).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});
