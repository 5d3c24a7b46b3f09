// A corpus whose actors stand at more places than the map draws as DOM markers (ACTOR_DOM_LIMIT in actor-layer.tsx):
// the dashboard fixture plus 400 actors at 400 further places, and one actor alone at a place far from the rest.
// The actors are then drawn on canvas; a click on a spot still lists its actors, and a click on one selects it.
// The lone place is also named in 250 short reports, and one incident is told 250 times: long evidence lists.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { ensureFixtureExport, FIXTURE_EXPORT, launch, offlineContext, recordsLoaded, serve, watchErrors, type Served } from './helpers';

const CROWD = 400;
/** Reports naming the lone place, and claims of the incident TOLD_OFTEN: more than a page of each. */
const REPORTS = 250;
const TOLD_OFTEN = 'i-clash-almaty';
const LONE = { id: '990001', name: 'Lone Harbour', lat: -38.5, lon: -57.5, actor: 'lone-actor', actorName: 'Lone Harbour Council' };

/**
 * Where on the page a canvas actor spot is drawn: the first 5×5 block of purple pixels (an arc is 2 pixels wide, a
 * spot's disc is 10 or more across). A string, evaluated in the page.
 */
const FIND_SPOT = `(() => {
  const purple = (d, i) => d[i + 3] > 0 && d[i] > d[i + 1] + 40 && d[i + 2] > d[i + 1] + 40;
  for (const canvas of document.querySelectorAll('.leaflet-mw-canvas-pane canvas')) {
    const { width, height } = canvas;
    const d = canvas.getContext('2d').getImageData(0, 0, width, height).data;
    const rect = canvas.getBoundingClientRect();
    for (let y = 2; y < height - 2; y++) {
      for (let x = 2; x < width - 2; x++) {
        let block = true;
        for (let dy = -2; dy <= 2 && block; dy++) for (let dx = -2; dx <= 2 && block; dx++) block = purple(d, ((y + dy) * width + x + dx) * 4);
        if (!block) continue;
        const px = rect.left + (x * rect.width) / width;
        const py = rect.top + (y * rect.height) / height;
        if (px >= 0 && py >= 0 && px < innerWidth && py < innerHeight) return { x: px, y: py };
      }
    }
  }
  return null;
})()`;

let data: string;
let server: Served;
let browser: Browser;
let context: BrowserContext;

/** The fixture's output files with the crowd of actors added. */
function writeCrowdedCorpus(dir: string): void {
  const read = (file: string) => JSON.parse(readFileSync(join(FIXTURE_EXPORT.data, file), 'utf8'));
  const places = read('places.geojson');
  const actors = read('actors.json');
  const place = (id: string, name: string, lat: number, lon: number) => ({
    type: 'Feature', id, geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: { id, name, country: 'XX', kind: 'city', geonameid: Number(id), population: 0, aliases: [], mentions: [] as unknown[] },
  });
  const actor = (id: string, name: string, placeId: string) => ({
    id, name, aliases: [], kind: 'organization', country: 'XX', mentions: 1, locations: [{ place: Number(placeId), incidents: [] }],
  });
  for (let k = 0; k < CROWD; k++) {
    const id = String(980_000 + k);
    // a grid over Europe, far from the lone place
    places.features.push(place(id, `Crowd Town ${k}`, 40 + (k % 20), (k - (k % 20)) / 20));
    actors.push(actor(`crowd-${k}`, `Crowd Committee ${k}`, id));
  }
  const lone = place(LONE.id, LONE.name, LONE.lat, LONE.lon);
  places.features.push(lone);
  actors.push(actor(LONE.actor, LONE.actorName, LONE.id));
  // the lone place named in REPORTS short reports, and one incident told REPORTS times over: long evidence lists
  const sources = read('sources.json');
  for (let k = 0; k < REPORTS; k++) {
    const text = `Report ${k}\n\nThe council met in ${LONE.name} today.`;
    const id = `crowd-report-${String(k).padStart(3, '0')}`;
    sources.push({ id, file: `${id}.txt`, title: `Report ${k}`, outlet: null, author: null, published: null, sha256: id, chars: text.length, text });
    const start = text.indexOf(LONE.name);
    lone.properties.mentions.push({ source: id, start, end: start + LONE.name.length, text: LONE.name, role: 'event' });
  }
  const incidents = read('incidents.geojson');
  const told = incidents.features.find((f: { properties: { id: string } }) => f.properties.id === TOLD_OFTEN);
  told.properties.claims = Array.from({ length: REPORTS }, () => told.properties.claims[0]);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), readFileSync(join(FIXTURE_EXPORT.data, 'manifest.json')));
  writeFileSync(join(dir, 'sources.json'), JSON.stringify(sources));
  writeFileSync(join(dir, 'incidents.geojson'), JSON.stringify(incidents));
  writeFileSync(join(dir, 'places.geojson'), JSON.stringify(places));
  writeFileSync(join(dir, 'actors.json'), JSON.stringify(actors));
}

beforeAll(async () => {
  data = mkdtempSync(join(tmpdir(), 'mapwire-crowd-'));
  writeCrowdedCorpus(data);
  ensureFixtureExport({ dir: 'out-crowded', basePath: '', data });
  [server, browser] = await Promise.all([serve('out-crowded'), launch()]);
  ({ context } = await offlineContext(browser));
}, 240_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  rmSync(data, { recursive: true, force: true });
});

test('actors at 401 places are drawn on canvas; a click on a spot lists its actor, and a click on the actor selects it', async () => {
  const page = await context.newPage();
  const errors = watchErrors(page);
  // centred on the lone place, so that its spot is under the middle of the map
  await page.goto(`${server.url}#map=7/${LONE.lat}/${LONE.lon}`);
  await recordsLoaded(page);
  await expect.poll(() => page.locator('.leaflet-control-layers-overlays label', { hasText: 'Actors' }).count()).toBe(1);
  expect(await page.locator('.mw-actor-marker').count()).toBe(0);
  expect(await page.locator('.leaflet-mw-canvas-pane canvas').count()).toBeGreaterThan(0);
  const spot = (await page.evaluate(FIND_SPOT)) as { x: number; y: number } | null;
  expect(spot).not.toBeNull();
  await page.mouse.click(spot!.x, spot!.y);
  const popup = page.locator('.leaflet-popup');
  await expect.poll(() => popup.textContent()).toContain(`Actors in ${LONE.name}`);
  await popup.getByRole('button', { name: LONE.actorName }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('actor')).toBe(LONE.actor);
  expect(errors).toEqual([]);
  await page.close();
});

test('a long list shows a page at a time, and keeps the selected row however far down it is', async () => {
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}?panel=actors`);
  await recordsLoaded(page);
  const rows = page.locator('.mw-actor-list .mw-actor');
  const total = Number(/\((\d+)\)/.exec((await page.locator('#mw-actors-title').textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(CROWD);
  expect(await rows.count()).toBe(200);
  expect(await page.locator('.mw-show-more').textContent()).toContain(`200 of ${total} shown`);
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-actor') ?? null);
  await page.getByRole('button', { name: 'Show 200 more' }).click();
  await expect.poll(() => rows.count()).toBe(400);
  // the keyboard goes on from the first new row, not from the button left at the bottom
  expect(await focused()).toBe(await rows.nth(200).getAttribute('data-actor'));
  await page.getByRole('button', { name: `Show ${total - 400} more` }).click();
  await expect.poll(() => rows.count()).toBe(total);
  expect(await focused()).toBe(await rows.nth(400).getAttribute('data-actor'));
  expect(await page.locator('.mw-show-more').count()).toBe(0);

  // the lone actor sorts after every "Crowd Committee" (one mention each): selected by a link, the list goes down to it
  await page.goto(`${server.url}?panel=actors&actor=${LONE.actor}`);
  await recordsLoaded(page);
  const lone = page.locator(`.mw-actor[data-actor="${LONE.actor}"]`);
  await expect.poll(() => lone.getAttribute('aria-pressed')).toBe('true');
  const ids = await rows.evaluateAll((elements) => elements.map((e) => e.getAttribute('data-actor')));
  expect(ids.indexOf(LONE.actor)).toBeGreaterThanOrEqual(CROWD);
  // unselected, it stays listed: the list does not shrink under the user
  await lone.click();
  await expect.poll(() => new URL(page.url()).searchParams.has('actor')).toBe(false);
  expect(await lone.getAttribute('aria-pressed')).toBe('false');
  expect(await rows.count()).toBe(ids.length);
  expect(errors).toEqual([]);
  await page.close();
});

test('long evidence lists, of an incident and of a place, show a page at a time', async () => {
  const page = await context.newPage();
  const errors = watchErrors(page);
  const focused = () => page.evaluate(() => document.activeElement?.closest('[data-source]')?.getAttribute('data-source') ?? null);

  await page.goto(`${server.url}?incident=${TOLD_OFTEN}`);
  await recordsLoaded(page);
  const claims = page.locator('.mw-incident .mw-claims > li');
  await expect.poll(() => claims.count()).toBe(200);
  expect(await page.locator('.mw-incident h3', { hasText: 'Evidence' }).textContent()).toContain(`${REPORTS} claims`);
  await page.getByRole('button', { name: `Show ${REPORTS - 200} more` }).click();
  await expect.poll(() => claims.count()).toBe(REPORTS);
  // focus went to the first new claim (its source's button)
  const focusedClaim = () =>
    page.evaluate(() => [...document.querySelectorAll('.mw-claims > li')].indexOf(document.activeElement?.closest('li') as Element));
  expect(await focusedClaim()).toBe(200);

  await page.goto(`${server.url}?place=${LONE.id}`);
  await recordsLoaded(page);
  const evidence = page.locator('.mw-place .mw-evidence');
  await expect.poll(() => evidence.count()).toBe(200);
  expect(await page.locator('.mw-place .mw-show-more').textContent()).toContain(`200 of ${REPORTS} shown`);
  await page.getByRole('button', { name: `Show ${REPORTS - 200} more` }).click();
  await expect.poll(() => evidence.count()).toBe(REPORTS);
  expect(await focused()).toBe('crowd-report-200');
  expect(await evidence.last().locator('mark').textContent()).toBe(LONE.name);
  expect(errors).toEqual([]);
  await page.close();
});

test('the source list fits the room left in the panel, or opens upward when that is above, as the window changes', async () => {
  const page = await context.newPage();
  const errors = watchErrors(page);
  const picker = page.getByRole('combobox', { name: 'Source' });
  /** The list, the picker it is placed against, and the room it must stay in: the panel's box, cut by the window. */
  const placed = async () => {
    const [list, note, panel, box] = await Promise.all([
      page.getByRole('listbox').boundingBox(),
      page.locator('.mw-picker-note').boundingBox(),
      page.locator('.mw-panel').boundingBox(),
      page.locator('.mw-picker').filter({ has: picker }).boundingBox(),
    ]);
    const height = page.viewportSize()!.height;
    return {
      list: list!,
      bottom: Math.max(list!.y + list!.height, note ? note.y + note.height : 0),
      room: { top: Math.max(0, panel!.y), bottom: Math.min(height, panel!.y + panel!.height) },
      box: box!,
    };
  };
  /** A list to scroll through, not a sliver. */
  const scrollable = () => page.getByRole('listbox').evaluate((ul) => ul.clientHeight > 60 && ul.scrollHeight > ul.clientHeight);
  const open = async () => {
    await picker.click();
    await expect.poll(() => page.getByRole('option').count()).toBe(51);
    expect(await scrollable()).toBe(true);
    return placed();
  };
  const below = (at: Awaited<ReturnType<typeof placed>>) => at.list.y >= at.box.y + at.box.height - 1;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(server.url);
  await recordsLoaded(page);
  const tall = await open();
  expect(below(tall)).toBe(true);
  await picker.press('Escape');
  const boxBottom = tall.box.y + tall.box.height;
  // less height than the list wants under the picker, but enough: it opens down and shrinks to the panel's edge
  await page.setViewportSize({ width: 1280, height: Math.round(boxBottom + 200) });
  let at = await open();
  expect(below(at)).toBe(true);
  expect(at.list.height).toBeLessThan(tall.list.height);
  expect(at.bottom).toBeLessThanOrEqual(at.room.bottom + 1);
  // the window shortened while the list is open: the picker is near the bottom, and the list moves above it
  await page.setViewportSize({ width: 1280, height: Math.round(boxBottom + 60) });
  await expect.poll(async () => below(await placed())).toBe(false);
  at = await placed();
  expect(at.list.y + at.list.height).toBeLessThanOrEqual(at.box.y + 1);
  expect(at.list.y).toBeGreaterThanOrEqual(at.room.top - 1);
  expect(await scrollable()).toBe(true);
  await picker.press('Escape');
  // a tall window again: reopened, it is under the picker at full height
  await page.setViewportSize({ width: 1280, height: 800 });
  at = await open();
  expect(below(at)).toBe(true);
  expect(at.list.height).toBe(tall.list.height);
  await picker.press('Escape');
  // a panel that ends above the window's bottom: the list keeps inside the panel, not the window
  await page.addStyleTag({ content: `.mw-panel { max-height: ${Math.round(boxBottom + 200)}px; }` });
  at = await open();
  expect(at.room.bottom).toBeLessThan(790);
  expect(below(at)).toBe(true);
  expect(at.bottom).toBeLessThanOrEqual(at.room.bottom + 1);
  await picker.press('Escape');
  // a panel narrower than the list's 20rem: the list is no wider than the room right of the picker's edge
  await page.addStyleTag({ content: '.mw-panel { width: 300px; max-width: 300px; }' });
  await open();
  const [pop, panel] = await Promise.all([page.locator('.mw-picker-pop').boundingBox(), page.locator('.mw-panel').boundingBox()]);
  expect(pop!.width).toBeGreaterThan(150);
  expect(pop!.x + pop!.width).toBeLessThanOrEqual(panel!.x + panel!.width + 1);
  // and the keyboard still picks from it
  await picker.pressSequentially('report 24');
  await picker.press('Enter');
  await expect.poll(() => new URL(page.url()).searchParams.get('source')).toBe('crowd-report-024');
  expect(errors).toEqual([]);
  await page.close();
});

test('the source picker finds one report of 254 by what is typed, from the keyboard or with a click', async () => {
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(server.url);
  await recordsLoaded(page);
  const picker = page.getByRole('combobox', { name: 'Source' });
  await picker.click();
  // opened empty: "All sources" first, then the first 50 of the list, and how many more there are
  const options = page.getByRole('option');
  await expect.poll(() => options.count()).toBe(51);
  expect(await options.first().textContent()).toBe('All sources');
  const total = REPORTS + 4;
  expect(await page.locator('.mw-picker-note').textContent()).toBe(`${total - 50} more: type to narrow`);
  // "report 24" begins with the typed words: Report 24 first, then Report 240 to 249
  await picker.pressSequentially('report 24');
  await expect.poll(() => options.count()).toBe(11);
  expect(await options.first().textContent()).toBe('Report 24 crowd-report-024.txt');
  expect(await picker.getAttribute('aria-activedescendant')).toBe(await options.first().getAttribute('id'));
  // the arrows move down the list, which scrolls to keep the row in sight; Enter picks it
  for (let i = 0; i < 8; i++) await picker.press('ArrowDown');
  const active = page.locator('[role="option"][aria-selected="true"]');
  expect(await active.textContent()).toMatch(/^Report 247/);
  const [row, list] = await Promise.all([active.boundingBox(), page.getByRole('listbox').boundingBox()]);
  expect(row!.y).toBeGreaterThanOrEqual(list!.y);
  expect(row!.y + row!.height).toBeLessThanOrEqual(list!.y + list!.height + 1);
  await picker.press('Enter');
  await expect.poll(() => new URL(page.url()).searchParams.get('source')).toBe('crowd-report-247');
  expect(await picker.inputValue()).toBe('Report 247');
  expect(await picker.getAttribute('title')).toBe('Report 247');
  // reopened, the list offers the choice right after "All sources" although it is not among the first 50,
  // and starts on it: Enter keeps it
  await picker.press('ArrowDown');
  expect(await options.nth(1).textContent()).toBe('Report 247 crowd-report-247.txt');
  expect(await picker.getAttribute('aria-activedescendant')).toBe(await options.nth(1).getAttribute('id'));
  await picker.press('Enter');
  expect(new URL(page.url()).searchParams.get('source')).toBe('crowd-report-247');
  // what matches nothing says so; Escape closes the list only, not the panel, and leaves the choice as it was
  await page.goto(`${server.url}?source=crowd-report-247&incident=${TOLD_OFTEN}`);
  await recordsLoaded(page);
  await expect.poll(() => page.locator('.mw-incident').count()).toBe(1);
  await picker.click();
  await picker.pressSequentially('zzz');
  await expect.poll(() => page.locator('.mw-picker-note').textContent()).toBe('No match');
  expect(await page.getByRole('status').filter({ hasText: 'No match' }).count()).toBe(1);
  await picker.press('Escape');
  expect(await picker.inputValue()).toBe('Report 247');
  expect(await picker.getAttribute('aria-expanded')).toBe('false');
  expect(await page.locator('.mw-incident').count()).toBe(1);
  // the next letter typed replaces the label instead of adding to it
  await picker.press('r');
  expect(await picker.inputValue()).toBe('r');
  await picker.press('Escape');
  // a click on an option picks it too
  await picker.click();
  await picker.pressSequentially('report 3');
  await page.locator('[role="option"][data-option="crowd-report-003"]').click();
  await expect.poll(() => new URL(page.url()).searchParams.get('source')).toBe('crowd-report-003');
  // the clear button goes back to every source
  await page.getByRole('button', { name: 'Clear source' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('source')).toBeNull();
  expect(await picker.inputValue()).toBe('');
  expect(errors).toEqual([]);
  await page.close();
});
