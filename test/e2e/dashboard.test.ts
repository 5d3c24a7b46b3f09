// The dashboard on the seed corpus: markers, evidence sentences, shareable links. Needs `npm run build` first.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, mapView, offlineContext, serve, watchErrors, type Served } from './helpers';

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
});
