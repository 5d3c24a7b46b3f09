// Articles → the date each article's relative words are counted from ("on Friday" needs a week to sit in).
import { parseCasualDates } from './casual-dates';
import type { Article, ArticleId } from '../types';
import type { DateReference } from './find-dates';
import { WRITTEN_DATE } from './find-dates';
import { toNoon } from './to-noon';
import { splitSentences } from './split-sentences';

/** How far after an article's own latest date another article's date may still anchor it, in days. */
const ANCHOR_WINDOW_DAYS = 7;
const DAY_MS = 86_400_000;

/**
 * A whole month name or abbreviation, or a numeric date: what a full date needs. Tighter than WRITTEN_DATE
 * (which also takes "declared" and "market" for months) so that most sentences skip chrono.
 */
const NAMES_MONTH = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b/i;

/**
 * One sentence's full dates as read without a reference year, and whether a year-less one needs that year.
 * What an article alone gives the dating: the analysis cache keeps it, so a re-ingest reads no article again.
 */
export interface SentenceDates {
  /** The sentence, read again once the corpus's year is known; only needed when `needsYear`. */
  text: string;
  /** Year-certain full dates, YYYY-MM-DD. */
  dated: string[];
  /** The sentence writes a day and month without a year ("on 5 January"): read again once the year is known. */
  needsYear: boolean;
}

/** Reads a sentence's full dates with chrono: year-certain only (`yearRef` null), or year-less too with `yearRef`. */
function readFullDates(text: string, yearRef: Date | null): SentenceDates {
  const found: SentenceDates = { text, dated: [], needsYear: false };
  const instant = yearRef ?? new Date(Date.UTC(2000, 0, 1, 12));
  for (const r of parseCasualDates(text, { instant, timezone: 0 })) {
    // both ends of a range count: "on 9-13 August" shows the article was written on the 13th or later
    for (const c of [r.start, ...(r.end ? [r.end] : [])]) {
      if (!c.isCertain('day') || !c.isCertain('month') || !WRITTEN_DATE.test(r.text)) continue;
      if (!c.isCertain('year') && !yearRef) {
        found.needsYear = true;
        continue;
      }
      const d = new Date(Date.UTC(c.get('year') ?? 2000, (c.get('month') ?? 1) - 1, c.get('day') ?? 1, 12));
      found.dated.push(d.toISOString().slice(0, 10));
    }
  }
  return found;
}

/** The sentences of an article that write a full date (furniture excluded), read without a reference year. */
export function readSentenceDates(article: Article): SentenceDates[] {
  const out: SentenceDates[] = [];
  for (const s of splitSentences(article)) {
    // chrono is the slow part: only sentences that write a month or a numeric date can hold a full date
    if (NAMES_MONTH.test(s.text)) out.push(readFullDates(s.text, null));
  }
  return out;
}

/**
 * Every full date the sentences write, year-less ones dated with `yearRef`. Only sentences with a year-less
 * date are read again: the dates that carry their year read the same whatever the reference.
 */
function explicitDates(sentences: readonly SentenceDates[], yearRef: Date | null): string[] {
  return sentences.flatMap((s) => (s.needsYear && yearRef ? readFullDates(s.text, yearRef).dated : s.dated));
}

/** How many of the sorted dates are on or before `limit`. */
function countAtMost(sorted: readonly string[], limit: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function latest(dates: readonly string[]): string | null {
  return dates.length ? [...dates].sort().at(-1) ?? null : null;
}

/**
 * Decides each article's reference date. Its publication date when known. Otherwise an anchor from the
 * dates the corpus writes in full: the article cannot predate the latest date it names itself, and a
 * corpus is gathered around one news cycle, so the latest date any article names within a week after
 * that is taken ("JANUARY 6, 2022" in a caption, "7 January 2022" elsewhere → 2022-01-07). An article
 * naming no date takes the latest date of the whole corpus. No dates anywhere → no reference.
 * Day-and-month dates without a year ("on 5 January") take the year of the corpus's year-certain dates.
 * `written` holds readSentenceDates of each article, in order, when they were read already.
 */
export function findReferenceDates(
  articles: readonly Article[],
  written: readonly (readonly SentenceDates[])[] = articles.map(readSentenceDates),
): Record<ArticleId, DateReference> {
  if (written.length !== articles.length) throw new RangeError(`${written.length} articles' dates for ${articles.length} articles`);
  const yearCertain = articles.flatMap((a, i) => [...(a.published ? [a.published] : []), ...explicitDates(written[i]!, null)]);
  const yearRefIso = latest(yearCertain);
  const yearRef = yearRefIso ? toNoon(yearRefIso) : null;
  const own = new Map<ArticleId, string | null>();
  articles.forEach((a, i) => own.set(a.id, latest([...(a.published ? [a.published] : []), ...explicitDates(written[i]!, yearRef)])));
  const corpus = [...own.values()].filter((d): d is string => d !== null).sort();
  const corpusLatest = corpus.at(-1) ?? null;

  const out: Record<ArticleId, DateReference> = {};
  for (const a of articles) {
    if (a.published) {
      out[a.id] = { date: a.published, basis: 'published' };
      continue;
    }
    const mine = own.get(a.id) ?? null;
    if (!mine) {
      out[a.id] = corpusLatest ? { date: corpusLatest, basis: 'anchor' } : { date: null, basis: 'none' };
      continue;
    }
    const limit = new Date(toNoon(mine).getTime() + ANCHOR_WINDOW_DAYS * DAY_MS).toISOString().slice(0, 10);
    // the corpus holds `mine`, so the latest of its dates up to the limit is the latest within the window;
    // found by bisection, as scanning the corpus for every undated article is quadratic in a large archive
    out[a.id] = { date: corpus[countAtMost(corpus, limit) - 1] ?? mine, basis: 'anchor' };
  }
  return out;
}
