// Incident features of the dashboard on the fixture corpus (test/fixtures/dashboard), served under /mapwire/
// with tiles blocked: markers and clusters, nationwide tray, evidence, filters, timeline, tabs, table, downloads.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { FIXTURE_EXPORT, ensureFixtureExport, launch, mapView, offlineContext, serve, watchErrors, type Served } from './helpers';

let server: Served;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  ensureFixtureExport();
  [server, browser] = await Promise.all([serve(FIXTURE_EXPORT.dir, FIXTURE_EXPORT.basePath), launch()]);
  ({ context } = await offlineContext(browser, { acceptDownloads: true }));
}, 240_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

async function open(query = ''): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(server.url + query);
  await page.locator('.leaflet-container').waitFor();
  return { page, errors };
}

const count = (page: Page) => page.locator('.mw-result-count').textContent();

describe('incidents', () => {
  test('draws located incidents with type icons, clusters two at one place, and lists country-wide ones', async () => {
    const { page, errors } = await open();
    await expect.poll(() => page.locator('.mw-incident-marker').count()).toBe(3);
    expect(await page.locator('.mw-incident-marker[title^="Protest:"] svg text').textContent()).toBe('P');
    const cluster = page.locator('.mw-cluster-marker[title="2 incidents in Almaty"]');
    expect(await cluster.textContent()).toBe('2');
    expect(await page.locator('.mw-tray .mw-chip').allTextContents()).toHaveLength(5);
    const legend = await page.locator('.mw-legend .mw-chip').allTextContents();
    expect(legend.map((t) => t.trim().split(' ')[0])).toEqual([
      'Protest', 'Riot', 'Clash', 'Killing', 'Deployment', 'Shutdown', 'Statement', 'Resignation', 'Emergency',
    ]);

    // Two incidents at the same spot never split: the cluster opens the place with both listed.
    await cluster.click();
    await expect.poll(() => page.locator('.mw-place h2').textContent()).toBe('Almaty');
    expect(await page.locator('.mw-place .mw-incident-item').count()).toBe(2);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('zooms past the precomputed first view and filters from a link give the same clusters and markers', async () => {
    // Zoom 10 is deeper than data/clusters.json goes: the clustering worker answers, and still keeps Almaty's two.
    const deep = await open('#map=10/43.2525/76.9115');
    await expect.poll(() => deep.page.locator('.mw-cluster-marker[title="2 incidents in Almaty"]').count()).toBe(1);
    expect(deep.errors).toEqual([]);
    await deep.page.close();
    // Types from the link are applied to the map's own data: the riot at Almaty and the protest at Aktau are drawn,
    // the country-wide protest is counted.
    const typed = await open('?type=riot,protest');
    await expect.poll(() => typed.page.locator('.mw-incident-marker').count()).toBe(2);
    expect(await typed.page.locator('.mw-cluster-marker').count()).toBe(0);
    await expect.poll(() => count(typed.page)).toBe('3 of 10 incidents');
    // An actor filter needs the records: the map is drawn once they are there.
    const actor = await open('?actor=tokayev');
    await expect.poll(() => count(actor.page)).toBe('3 of 10 incidents');
    await expect.poll(() => actor.page.locator('.leaflet-container').getAttribute('data-markers')).not.toBeNull();
    expect([...typed.errors, ...actor.errors]).toEqual([]);
    await typed.page.close();
    await actor.page.close();
  });

  test('shows an incident with every claim quoted, conflicting figures side by side and confidence in words', async () => {
    const { page } = await open();
    await page.locator('.mw-tray .mw-chip', { hasText: '26 demonstrators killed' }).click();
    const detail = page.locator('.mw-incident');
    await expect.poll(() => detail.locator('h2').textContent()).toBe('26 demonstrators killed since the unrest began');
    expect(await detail.locator('.mw-type-label').textContent()).toContain('Killing');
    expect(await detail.locator('.mw-facts').textContent()).toContain('Country-wide');
    expect(await detail.locator('dd[data-figure="killed"]').textContent()).toBe('26');
    expect(await detail.locator('.mw-conflict .mw-conflict-value').allTextContents()).toEqual(['26', '24']);
    expect(await detail.locator('.mw-conflict .mw-conflict-source').allTextContents()).toEqual([
      'Kazakh President Issues Shoot-to-Kill Order as Violence Continues',
      'Kazakh President Gives Order To Forces To Kill To Quell Unrest',
    ]);
    expect(await detail.locator('.mw-confidence').textContent()).toBe(
      'Medium confidence (60%): told by 2 sources, 1 conflicting figure.',
    );
    const marks = await detail.locator('.mw-claim mark').allTextContents();
    expect(marks).toContain('Many people were detained and dozens were killed during the protests.');
    expect(new URL(page.url()).searchParams.get('incident')).toBe('i-killed-nationwide');
    await page.goBack();
    await expect.poll(() => detail.count()).toBe(0);
    await page.close();
  });

  test('filters by type, text, actor and date, counts the result, and keeps it all in the link', async () => {
    const { page } = await open();
    await expect.poll(() => count(page)).toBe('10 of 10 incidents');
    await page.locator('.mw-legend .mw-chip[data-type="riot"]').click();
    await expect.poll(() => count(page)).toBe('1 of 10 incidents');
    await expect.poll(() => page.locator('.mw-incident-marker').count()).toBe(1);
    await page.locator('.mw-legend .mw-chip[data-type="clash"]').click();
    await expect.poll(() => count(page)).toBe('2 of 10 incidents');
    expect(new URL(page.url()).searchParams.get('type')).toBe('riot,clash');

    await page.getByRole('button', { name: 'Clear filters' }).click();
    const search = page.getByPlaceholder('Search quotes and titles');
    await search.pressSequentially('tear gas');
    await expect.poll(() => count(page)).toBe('1 of 10 incidents');
    expect(await search.inputValue()).toBe('tear gas');
    expect(new URL(page.url()).searchParams.get('q')).toBe('tear gas');
    await search.fill('');

    // the actor picker: typing an alias narrows the list, arrows and Enter choose
    const actor = page.getByRole('combobox', { name: 'Actor' });
    await actor.click();
    await actor.pressSequentially('toka');
    expect(await page.getByRole('option').allTextContents()).toEqual(['Kassym-Jomart Tokayev 6 mentions']);
    await actor.press('Enter');
    await expect.poll(() => count(page)).toBe('3 of 10 incidents');
    expect(await actor.inputValue()).toBe('Kassym-Jomart Tokayev');
    expect(await page.getByRole('listbox').count()).toBe(0);
    await page.locator('.mw-bar[data-day="2022-01-07"]').click();
    await expect.poll(() => count(page)).toBe('1 of 10 incidents');
    const link = page.url();
    expect(new URL(link).search).toBe('?actor=tokayev&from=2022-01-07&to=2022-01-07');

    // The same link in a fresh browser gives the same filtered view.
    const other = await offlineContext(browser);
    const again = await other.context.newPage();
    await again.goto(link);
    await expect.poll(() => count(again)).toBe('1 of 10 incidents');
    expect(await again.getByRole('combobox', { name: 'Actor' }).inputValue()).toBe('Kassym-Jomart Tokayev');
    expect(await again.locator('.mw-bar[aria-pressed="true"]').count()).toBe(1);
    await other.context.close();
    await page.close();
  });

  test('timeline: a drag selects a range of days, undated incidents drop out', async () => {
    const { page } = await open();
    const first = page.locator('.mw-bar[data-day="2022-01-04"]');
    const last = page.locator('.mw-bar[data-day="2022-01-05"]');
    await first.hover();
    await page.mouse.down();
    await last.hover();
    await page.mouse.up();
    await expect.poll(() => new URL(page.url()).search).toBe('?from=2022-01-04&to=2022-01-05');
    await expect.poll(() => count(page)).toBe('4 of 10 incidents');
    await page.close();
  });

  test('sources tab: full text with clickable place mentions that move the map', async () => {
    const { page } = await open();
    await page.getByRole('button', { name: /Read the article \(3 incidents\)/ }).click();
    const text = page.locator('.mw-fulltext');
    await expect.poll(() => text.textContent()).toContain('people rallied to protest against the increase in LPG prices');
    // Actors are marked too: their names are buttons that filter the map to them.
    expect(await text.locator('.mw-actor-mention[data-actor="tokayev"]').count()).toBeGreaterThan(0);
    await text.locator('.mw-mention', { hasText: 'Almaty' }).first().click();
    await expect.poll(() => page.locator('.mw-place h2').textContent()).toBe('Almaty');
    await expect.poll(async () => Number((await mapView(page))?.split('/')[0])).toBeGreaterThanOrEqual(7);
    const [, lat, lon] = (await mapView(page))!.split('/').map(Number);
    expect(lat).toBeCloseTo(43.25, 1);
    expect(lon).toBeCloseTo(76.9, 1);
    await page.close();
  });

  test('actors tab lists actors with counts; selecting one filters the incidents', async () => {
    const { page } = await open('?panel=actors');
    const tokayev = page.locator('.mw-actor[data-actor="tokayev"]');
    expect(await tokayev.textContent()).toContain('Person · KZ · 6 mentions · 3 incidents');
    await tokayev.click();
    await expect.poll(() => count(page)).toBe('3 of 10 incidents');
    expect(await tokayev.getAttribute('aria-pressed')).toBe('true');
    await page.close();
  });

  test('table view sorts from the keyboard and opens an incident', async () => {
    const { page } = await open('?panel=table');
    const rows = page.locator('.mw-table tbody tr');
    await expect.poll(() => rows.count()).toBe(10);
    expect(await rows.first().getAttribute('data-incident')).toBe('i-protest-aktau');
    await page.locator('.mw-table thead button', { hasText: 'Killed' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    expect(await page.locator('.mw-table th[aria-sort="descending"]').textContent()).toContain('Killed');
    expect(await rows.first().getAttribute('data-incident')).toBe('i-killed-nationwide');
    await rows.first().locator('th button').click();
    await expect.poll(() => page.locator('.mw-incident h2').count()).toBe(1);
    await page.close();
  });

  test('downloads the filtered incidents as GeoJSON, CSV and KML', async () => {
    const { page } = await open('?type=riot,killing');
    await expect.poll(() => count(page)).toBe('2 of 10 incidents');
    const fetch = async (label: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label }).click()]);
      return { name: download.suggestedFilename(), body: readFileSync((await download.path())!, 'utf8') };
    };
    const geojson = await fetch('GeoJSON');
    expect(geojson.name).toBe('mapwire-incidents.geojson');
    const collection = JSON.parse(geojson.body);
    expect(collection.features.map((f: { id: string }) => f.id).sort()).toEqual(['i-killed-nationwide', 'i-riot-almaty']);
    expect(collection.features.find((f: { id: string }) => f.id === 'i-killed-nationwide').geometry).toBeNull();
    const csv = await fetch('CSV');
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]).toMatch(/^event_id,event_date,year,event_type,/);
    expect(lines).toHaveLength(3);
    const kml = await fetch('KML');
    expect(kml.body.match(/<Placemark /g)).toHaveLength(1);
    expect(kml.body).toMatch(/<coordinates>76\.9\d*,43\.2\d*<\/coordinates>/);
    await page.close();
  });

  test('embed mode drops the page chrome and keeps the map', async () => {
    const { page } = await open('?embed=1');
    expect(await page.locator('.mw-header').count()).toBe(0);
    await expect.poll(() => page.locator('.mw-incident-marker, .mw-cluster-marker').count()).toBeGreaterThan(0);
    expect(await page.locator('.mw-panel').isVisible()).toBe(true);
    await page.close();
  });

  test('works at 375 px wide: no sideways scrolling, map and panel both shown', async () => {
    const small = await offlineContext(browser, { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    const page = await small.context.newPage();
    await page.goto(server.url);
    await page.locator('.mw-incident-marker').first().waitFor();
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
    const map = await page.locator('.leaflet-container').boundingBox();
    expect(map!.width).toBeGreaterThan(300);
    expect(map!.height).toBeGreaterThan(250);
    expect(await page.locator('.mw-panel').isVisible()).toBe(true);
    // The panel is under the map here: picking an incident scrolls its details into view.
    await page.locator('.mw-tray .mw-chip').first().click();
    const heading = page.locator('.mw-incident h2');
    await expect.poll(() => heading.evaluate((h) => h.getBoundingClientRect().top)).toBeLessThan(740);
    expect(await heading.evaluate((h) => h.getBoundingClientRect().top)).toBeGreaterThan(-5);
    await small.context.close();
  });
});

describe('actors on the map', () => {
  test('places actors where the corpus puts them, links those abroad by an arc, and filters by the one picked', async () => {
    const { page, errors } = await open();
    const markers = page.locator('.mw-actor-marker');
    await expect.poll(() => markers.count()).toBe(4);
    expect(await page.locator('.mw-actor-marker[title="2 actors in Almaty"]').count()).toBe(1);
    // Russia acts from Moscow, and the fixture's markup-named organiser from the Caribbean, outside the country of
    // the events: one great-circle arc each.
    await expect.poll(() => page.locator('path.mw-arc').count()).toBe(2);
    const layers = await page.locator('.leaflet-control-layers-overlays label').allTextContents();
    expect(layers.map((l) => l.trim())).toEqual(['Incidents', 'Actors', 'Reactions from abroad', 'Incident places', 'Other places named']);

    await page.locator('.mw-actor-marker[title="2 actors in Almaty"]').dispatchEvent('click');
    await page.locator('.leaflet-popup button', { hasText: 'Kassym-Jomart Tokayev' }).click();
    await expect.poll(() => count(page)).toBe('3 of 10 incidents');
    expect(new URL(page.url()).searchParams.get('actor')).toBe('tokayev');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('sharing', () => {
  test('"Copy link" puts the current view on the clipboard', async () => {
    const shared = await offlineContext(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await shared.context.newPage();
    await page.goto(`${server.url}?type=riot&panel=table`);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.locator('.mw-copy [role="status"]').textContent()).toBe('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    await shared.context.close();
  });
});
