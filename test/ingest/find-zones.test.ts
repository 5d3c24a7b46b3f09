import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../lib/extract/find-dates';
import { toArticle } from '../../lib/ingest/to-article';
import type { Article, Span } from '../../lib/types';

function seed(file: string): Article {
  return toArticle(file, readFileSync(`seeds/${file}`, 'utf8'), 'sha');
}
const slice = (a: Article, s: Span | null) => (s ? a.text.slice(s.start, s.end) : null);

describe('article zones on the seeds', () => {
  it('reads a section label above the headline as furniture, the headline as title, and the agency dateline', () => {
    const a = seed('004_e89f6e1c52873cab.txt');
    expect(a.title).toBe('Kazakh President Issues Shoot-to-Kill Order as Violence Continues');
    expect(a.furniture.map((f) => [f.kind, slice(a, f)])).toContainEqual(['section-label', 'Caspian Region']);
    expect(slice(a, a.dateline)).toBe('Moscow (dpa) -');
    expect(a.outlet).toBe('dpa');
  });

  it('marks photo captions and their credits', () => {
    const a = seed('004_e89f6e1c52873cab.txt');
    const captions = a.captions.map((c) => slice(a, c) ?? '');
    expect(captions.some((c) => c.startsWith('ALMATY, KAZAKHSTAN - JANUARY 6, 2022:'))).toBe(true);
    expect(captions.some((c) => c.startsWith('Demonstrators clash with law enforcement officers'))).toBe(true);
    const credits = a.furniture.filter((f) => f.kind === 'credit').map((f) => slice(a, f));
    expect(credits).toEqual(expect.arrayContaining(['Valery Sharifulin/TASS.', 'Interior Ministry of Kazakhstan/Handout via REUTERS']));
  });

  it('splits a credit glued to its caption', () => {
    const a = seed('001_c454f4e711bad282.txt');
    const credits = a.furniture.filter((f) => f.kind === 'credit').map((f) => slice(a, f));
    expect(credits).toEqual(['The Guarding', 'Reuters']);
    expect(a.author).toBe('Andrei Tapalaga');
  });

  it('marks the trailer of related posts, the author box and the cookie notice as furniture', () => {
    const a = seed('000_48fb1aefbad29be2.txt');
    const kinds = a.furniture.map((f) => f.kind);
    expect(kinds).toEqual(expect.arrayContaining(['author-box', 'related-posts']));
    const trailer = a.furniture.find((f) => f.kind === 'related-posts');
    expect(slice(a, trailer ?? null)).toMatch(/^Recent Posts[\s\S]*This website uses cookies\.\s*Read More$/);
    expect(a.author).toBe('AP Journalist');
    expect(slice(a, a.dateline)).toBe('Kazakhstan -');
  });

  it('takes the outlet from a contributor line', () => {
    const a = seed('003_a5c2a1ac9a5ab392.txt');
    expect(a.outlet).toBe('CNBC');
    expect(a.furniture.filter((f) => f.kind === 'credit').map((f) => slice(a, f))).toContain(
      'Xinhua News Agency | Xinhua News Agency | Getty Images',
    );
    expect(a.captions.map((c) => slice(a, c))).toContain(
      'On January 4, 2022, people rallied to protest against the increase in LPG prices in Aktau, Mangystau Province, Kazakhstan.',
    );
  });

  it('reads outlet, date and a dateline with a parenthesised credit from the header', () => {
    const text = readFileSync('test/fixtures/ingest/urdupoint-head.txt', 'utf8');
    const a = toArticle('x.txt', text, 'sha');
    expect(a.title).toBe('Poland Calls For EU Summit On Belarus');
    expect(a.outlet).toBe('UrduPoint.com');
    expect(a.published).toBe('2020-08-10');
    expect(slice(a, a.dateline)).toBe('Warsaw, (UrduPoint / Pakistan Point News - 10th Aug, 2020 ) :');
  });

  it('reads a header date only where it is written out, never against the clock', () => {
    const published = (line: string) => toArticle('x.txt', `Police detained dozens in the capital\n\n${line}\n\nBody text.\n`, 'sha').published;
    expect(published('Mon 10th August 2020 | 02:10 PM')).toBe('2020-08-10');
    expect(published('2020-08-11T10:00:00Z')).toBe('2020-08-11');
    expect(published('2020/08/11')).toBe('2020-08-11');
    // a relative day comes first, the written date is the one taken
    expect(published('Today, Aug. 11, 2020')).toBe('2020-08-11');
    expect(published('10Aug2020')).toBe('2020-08-10');
    // these were the day of the ingest: "yesterday" of what?
    for (const line of ['Yesterday', 'Updated today', 'Last night', 'Today, 11.30', 'Aug. 11']) expect(published(line), line).toBeNull();
  });

  it('keeps a relative date line in the header, so the byline and the written date after it are read', () => {
    const text = 'Police detained dozens in the capital\n\nUpdated today\n\nBy John Smith\n\nAug 10, 2020\n\nBody text.\n';
    const a = toArticle('x.txt', text, 'sha');
    expect([a.published, a.author]).toEqual(['2020-08-10', 'John Smith']);
    expect(a.furniture.filter((f) => f.kind === 'byline').map((f) => a.text.slice(f.start, f.end))).toEqual(['Updated today', 'By John Smith', 'Aug 10, 2020']);
  });

  it('does not mistake a sentence citing an agency for a photo credit', () => {
    const a = toArticle('x.txt', 'Police fire grenades\n\nSome protesters were beaten with batons, according to Reuters.\n', 'sha');
    expect(a.captions).toEqual([]);
    expect(a.furniture).toEqual([]);
  });

  it('reads front matter when present and keeps offsets into the full text', () => {
    const text = '---\noutlet: Example News\npublished: 2021-03-04\n---\nHeadline of the story here\n\nBody text.\n';
    const a = toArticle('x.md', text, 'sha');
    expect([a.outlet, a.published, a.title]).toEqual(['Example News', '2021-03-04', 'Headline of the story here']);
    expect(a.text.slice(a.titleSpan.start, a.titleSpan.end)).toBe('Headline of the story here');
  });

  it('ignores a front-matter date that is no day of the calendar, and the article is still analysed', () => {
    const text = '---\npublished: 2022-13-45\n---\nHeadline of the story here\n\nOver the past day it rained in the capital.\n';
    const a = toArticle('x.md', text, 'sha');
    expect(a.published).toBeNull();
    expect(toArticle('x.md', text.replace('2022-13-45', '2022-02-29'), 'sha').published).toBeNull();
    expect(toArticle('x.md', text.replace('2022-13-45', '2024-02-29T10:00Z'), 'sha').published).toBe('2024-02-29');
    expect(() => findDates('Over the past day it rained.', { date: a.published, basis: 'none' })).not.toThrow();
  });
});
