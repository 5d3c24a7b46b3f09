// The dashboard on the seed corpus: markers, evidence sentences, shareable links. Needs `npm run build` first.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, mapView, offlineContext, recordsLoaded, serve, watchErrors, type Served } from './helpers';

let server: Served;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([serve('out'), launch()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('dashboard', () => {
  test('clicking a place marker shows the sentences that mention it, per source', async () => {
    const { context } = await offlineContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(server.url);
    await expect.poll(() => page.locator('.mw-source').count()).toBe(5);
    // The page runs under its Content-Security-Policy; a violation would show in `errors` below.
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain(
      "default-src 'self'",
    );

    // The click goes to the marker's element itself: at the first zoom an incident cluster may cover it.
    const almaty = page.locator('.leaflet-marker-icon[title="Almaty"]');
    await almaty.dispatchEvent('click');
    const panel = page.locator('.mw-place');
    await expect.poll(() => panel.locator('h2').textContent()).toBe('Almaty');
    const marks = await panel.locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(3);
    expect(new Set(marks)).toContain('Almaty');
    const quotes = await panel.locator('.mw-quote').allTextContents();
    expect(quotes.some((q) => q.includes('Clashes took place in Almaty'))).toBe(true);
    expect(await panel.locator('.mw-evidence').count()).toBeGreaterThanOrEqual(3);
    expect(new URL(page.url()).searchParams.get('place')).toMatch(/\w/);

    // Back closes the panel: selecting pushed a history entry.
    await page.goBack();
    await expect.poll(() => page.locator('.mw-place').count()).toBe(0);

    // Markers are keyboard buttons too.
    await almaty.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => panel.locator('h2').textContent()).toBe('Almaty');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a copied link opens the same view in a new browser', async () => {
    const first = await offlineContext(browser);
    const page = await first.context.newPage();
    await page.goto(server.url);
    await page.locator('.leaflet-marker-icon[title="Almaty"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.mw-place h2').textContent()).toBe('Almaty');
    await page.locator('.leaflet-control-zoom-in').click();
    await expect.poll(() => new URL(page.url()).hash).toMatch(/^#map=\d+\/[-\d.]+\/[-\d.]+$/);
    const link = page.url();
    const view = await mapView(page);
    await first.context.close();

    const second = await offlineContext(browser);
    const again = await second.context.newPage();
    await again.goto(link);
    await expect.poll(() => again.locator('.mw-place h2').textContent()).toBe('Almaty');
    await expect.poll(() => mapView(again)).toBe(view);
    expect(again.url()).toBe(link);
    await second.context.close();
  });

  test('a layer hidden in the layer control stays hidden in a copied link', async () => {
    const first = await offlineContext(browser);
    const page = await first.context.newPage();
    const errors = watchErrors(page);
    await page.goto(server.url);
    const placeMarkers = page.locator('.leaflet-incident-places-pane .leaflet-marker-icon');
    await expect.poll(() => placeMarkers.count()).toBeGreaterThan(0);
    const historyLength = await page.evaluate(() => history.length);
    await recordsLoaded(page);
    await page.locator('.leaflet-control-layers').hover();
    await page.getByRole('checkbox', { name: 'Incident places', exact: true }).uncheck();
    await expect.poll(() => new URL(page.url()).searchParams.get('hide')).toBe('places');
    expect(await placeMarkers.count()).toBe(0);
    // Like panning, a layer switch replaces the history entry rather than adding one.
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    const link = page.url();
    expect(errors).toEqual([]);
    await first.context.close();

    const second = await offlineContext(browser);
    const again = await second.context.newPage();
    await again.goto(link);
    // The other overlays are drawn, the hidden one is not, and its box in the layer control is unticked.
    await expect.poll(() => again.locator('.leaflet-marker-icon[title="Almaty"]').count()).toBe(0);
    await expect.poll(() => again.locator('.leaflet-marker-pane .leaflet-marker-icon').count()).toBeGreaterThan(0);
    expect(await again.locator('.leaflet-incident-places-pane .leaflet-marker-icon').count()).toBe(0);
    expect(await again.locator('.leaflet-marker-icon[title="Almaty"]').count()).toBe(0);
    await recordsLoaded(again);
    await again.locator('.leaflet-control-layers').hover();
    expect(await again.getByRole('checkbox', { name: 'Incident places', exact: true }).isChecked()).toBe(false);
    expect(await again.getByRole('checkbox', { name: 'Incidents', exact: true }).isChecked()).toBe(true);

    // Ticking it again shows the places and leaves the link without `hide`.
    await again.getByRole('checkbox', { name: 'Incident places', exact: true }).check();
    await expect.poll(() => again.locator('.leaflet-marker-icon[title="Almaty"]').count()).toBe(1);
    expect(new URL(again.url()).searchParams.has('hide')).toBe(false);
    await second.context.close();
  });

  test('says so when the map’s code cannot be fetched, and still lists the sources', async () => {
    const { context } = await offlineContext(browser);
    // Every script the page's HTML names loads; the chunks fetched later (the map's) fail.
    const html = await (await fetch(server.url)).text();
    const named = new Set([...html.matchAll(/\/_next\/static\/chunks\/[^"'?\s]+\.js/g)].map((m) => m[0]));
    const refused: string[] = [];
    await context.route('**/_next/static/chunks/**', (route) => {
      const path = new URL(route.request().url()).pathname;
      if (named.has(path)) return route.continue();
      refused.push(path);
      return route.abort('failed');
    });
    const page = await context.newPage();
    await page.goto(server.url);
    await expect.poll(() => page.getByRole('alert').allTextContents()).toContain('The map could not be loaded; reload the page to try again.');
    expect(refused.length).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.mw-source').count()).toBe(5);
    await context.close();
  });

  test('a link with a sort opens the table in that order', async () => {
    const { context } = await offlineContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}?panel=table&sort=-date`);
    const table = page.locator('.mw-table');
    // The records load after the page.
    await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThan(1);
    await expect.poll(() => table.locator('caption').textContent()).toMatch(/sorted by date, descending$/);
    expect(await table.locator('thead th', { hasText: 'Date' }).getAttribute('aria-sort')).toBe('descending');
    const dates = (await table.locator('tbody tr td:first-child').allTextContents()).filter((d) => d !== '—');
    expect(dates.length).toBeGreaterThan(1);
    expect(dates).toEqual(dates.toSorted().reverse());

    // A header click writes the new order to the link.
    await table.locator('thead button', { hasText: 'Killed' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('killed');
    expect(await table.locator('thead th', { hasText: 'Killed' }).getAttribute('aria-sort')).toBe('ascending');
    await context.close();
  });

  test('a malformed link opens the default view with a notice', async () => {
    const { context } = await offlineContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}?place=%3Cscript%3E&panel=nope#map=99/abc/1`);
    await expect.poll(() => page.locator('.mw-notice').textContent()).toMatch(/could not be followed/);
    await expect.poll(() => page.locator('.mw-source').count()).toBe(5);
    expect(await page.locator('.mw-place').count()).toBe(0);
    await expect.poll(() => mapView(page)).toMatch(/^\d+\//);
    expect(new URL(page.url()).search).toBe('');
    await context.close();
  });
  test('the layer control lists every overlay before the records arrive, and keeps its boxes when they do', async () => {
    const { context } = await offlineContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    // the records wait until the boxes have been looked at, so that their arrival comes after
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/data\/(places|sources|actors|incidents)\/\d+\.json$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(server.url);
    await page.waitForFunction(() => performance.getEntriesByName('mapwire:markers-drawn').length > 0);
    expect(await page.locator('section[aria-label="Map"]').getAttribute('aria-busy')).toBe('true');
    const labels = page.locator('.leaflet-control-layers-overlays label');
    expect((await labels.allTextContents()).map((t) => t.trim())).toEqual([
      'Incidents',
      'Actors',
      'Reactions from abroad',
      'Incident places',
      'Other places named',
    ]);
    await page.evaluate(() => {
      (window as unknown as { boxes: Element[] }).boxes = [...document.querySelectorAll('.leaflet-control-layers-overlays input')];
    });
    release();
    await recordsLoaded(page);
    await expect.poll(() => page.locator('.mw-actor-marker').count()).toBeGreaterThan(0);
    // the same elements: Leaflet did not rebuild the list, so a click on a box cannot land on one just removed
    expect(await page.evaluate(() => (window as unknown as { boxes: Element[] }).boxes.map((box) => box.isConnected))).toEqual([true, true, true, true, true]);
    // and they work: hiding the actors takes their markers off the map
    await page.locator('.leaflet-control-layers').hover();
    await page.getByRole('checkbox', { name: 'Actors', exact: true }).uncheck();
    await expect.poll(() => page.locator('.mw-actor-marker').count()).toBe(0);
    await expect.poll(() => new URL(page.url()).searchParams.get('hide')).toBe('actors');
    expect(errors).toEqual([]);
    await context.close();
  });
});
