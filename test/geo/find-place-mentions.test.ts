import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPlaceMentions } from '../../lib/geo/find-place-mentions';
import { readGazetteer } from '../../lib/io/read-gazetteer';
import { articleOf } from '../support/article-of';

const gazetteer = readGazetteer();
const seeds = readdirSync('seeds')
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join('seeds', f), 'utf8'));
const allMentions = seeds.flatMap((text) => findPlaceMentions(articleOf(text), gazetteer));

describe('findPlaceMentions on the seed articles', () => {
  // Geonameids from the Kazakhstan 2022 gold file.
  const cases: Array<[surface: string, geonameid: number]> = [
    ['Almaty', 1526384],
    ['Aktau', 610612],
    ['Zhanaozen', 607610],
    ['Aktobe', 610611],
    ['Nur-Sultan', 1526273],
    ['Kazakhstan', 1522867],
    ['Moscow', 524901],
    ['Beijing', 1816670],
    ['Uzbekistan', 1512440],
    ['Kyrgyzstan', 1527747],
  ];
  it.each(cases)('finds "%s" and resolves it to %i', (surface, geonameid) => {
    const found = allMentions.filter((m) => m.text === surface);
    expect(found.length).toBeGreaterThan(0);
    for (const m of found) expect(m.geonameid).toBe(geonameid);
  });

  it('keeps "Nur-Sultan" as the text while resolving to Astana', () => {
    const m = allMentions.find((x) => x.text === 'Nur-Sultan');
    expect(m?.geonameid).toBe(1526273);
    expect(gazetteer.get(1526273)?.name).toBe('Astana');
  });

  it('finds "Kazakhstan’s" as Kazakhstan without the possessive', () => {
    const text = 'Kazakhstan’s president has authorized security forces to shoot.';
    const [m] = findPlaceMentions(articleOf(text), gazetteer);
    expect(m).toMatchObject({ text: 'Kazakhstan', start: 0, end: 10, geonameid: 1522867 });
  });

  it('does not take the demonym "Kazakh" for a place', () => {
    expect(allMentions.some((m) => m.text === 'Kazakh')).toBe(false);
    const text = 'Kazakh President Gives Order To Forces To Kill To Quell Unrest';
    expect(findPlaceMentions(articleOf(text), gazetteer)).toEqual([]);
  });

  it('keeps every offset on the text it reports, sorted by start', () => {
    for (const text of seeds) {
      const mentions = findPlaceMentions(articleOf(text), gazetteer);
      for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(mentions.map((m) => m.start)).toEqual([...mentions.map((m) => m.start)].sort((a, b) => a - b));
    }
  });
});

describe('findPlaceMentions roles', () => {
  const cases: Array<[text: string, surface: string, role: string]> = [
    ['Chinese President Xi Jinping told a press conference in Beijing that order must be restored.', 'Beijing', 'speaker'],
    ['Wang said in Beijing on Friday that China supports the measures.', 'Beijing', 'speaker'],
    ['Clashes took place in Almaty, with police firing stun grenades and tear gas.', 'Almaty', 'event'],
    ['Protesters stormed buildings in Almaty and Aktau. Russia said it would send troops to Kazakhstan.', 'Russia', 'context'],
  ];
  it.each(cases)('%s → %s is %s', (text, surface, role) => {
    const m = findPlaceMentions(articleOf(text), gazetteer).find((x) => x.text === surface);
    expect(m?.role).toBe(role);
  });

  it('marks the dateline, captions and furniture by zone', () => {
    const text = 'ALMATY (Reuters) - Police in Aktau fired tear gas.\nPhoto: a square in Almaty.\nRelated: Protests in Zhanaozen';
    const captionStart = text.indexOf('Photo');
    const furnitureStart = text.indexOf('Related');
    const article = articleOf(text, {
      dateline: { start: 0, end: 18 },
      captions: [{ start: captionStart, end: furnitureStart - 1 }],
      furniture: [{ start: furnitureStart, end: text.length, kind: 'related-posts' }],
    });
    const roles = Object.fromEntries(findPlaceMentions(article, gazetteer).map((m) => [m.text, m.role]));
    expect(roles).toEqual({ ALMATY: 'dateline', Aktau: 'event', Almaty: 'caption', Zhanaozen: 'boilerplate' });
  });
});
