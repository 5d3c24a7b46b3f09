// Article text → its zones: title, header metadata (byline, outlet, date), dateline, photo captions,
// and page furniture (related posts, comments, cookie notices, author boxes, credits). Spans only: nothing is deleted.
import type { ParsedResult } from 'chrono-node';
import { parseCasualDates } from '../extract/casual-dates';
import type { Caption, Furniture, FurnitureKind, Span } from '../types';

export interface Zones {
  title: Span;
  outlet: string | null;
  author: string | null;
  published: string | null;
  dateline: Span | null;
  captions: Caption[];
  furniture: Furniture[];
}

interface Line extends Span {
  text: string;
}

/** Lines after the title that may still be header (byline, outlet, date) before the body starts. */
const MAX_HEADER_LINES = 4;

/** A trailer heading after which everything is page furniture, like "Recent Posts" or "Comments / 19". */
const TRAILER_MARKERS: Array<[RegExp, FurnitureKind]> = [
  [/^(recent|related|popular|latest|trending|recommended|more)( posts| news| articles| stories| from\b.*| on\b.*)?:?$/i, 'related-posts'],
  [/^(you may also like|read next|read also|see also|more from\b.*|most read)$/i, 'related-posts'],
  [/^(comments?\s*\/\s*\d+|\d+\s+comments?|comments?|be the first to comment|leave a (reply|comment)|join the (discussion|conversation)|add a comment)$/i, 'comments'],
];

/** Single lines that are furniture wherever they stand. */
const FURNITURE_LINES: Array<[RegExp, FurnitureKind]> = [
  [/\b(uses|use) cookies\b|\bcookie (policy|settings|consent)\b|\baccept (all )?cookies\b/i, 'cookie-notice'],
  [/^(read more|continue reading|share this( article)?|advertisement|subscribe( now)?|sign up)\.?$/i, 'related-posts'],
  [/^(published by|posted by|written by)$/i, 'byline'],
  [/^your email address will not be published\.?$/i, 'comments'],
  [/contributed to this report\.?$/i, 'credit'],
];

/** Agencies and photo services that close a caption credit ("Valery Sharifulin/TASS.", "… via REUTERS"). */
const CREDIT_TAIL =
  /(\b(Getty Images|AFP|AP Photo|Reuters|REUTERS|Shutterstock|EPA|Xinhua|Sputnik|Anadolu|Handout|Pool|File Photo)|\/\s*[A-Z][A-Za-z]{1,12}|\bvia [A-Z][A-Za-z]+)\s*\.?\s*$/;
/** A credit glued to the caption without a space: "on 7 January 2022The Guarding", "recent protestsReuters". */
const GLUED_CREDIT = /(?<=[a-z0-9])([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\s*$/;
/** A photo dateline that opens a caption: "KHARKIV, UKRAINE - JANUARY 6, 2022:". */
const CAPTION_DATELINE = /^[A-Z][A-Z .'’-]+(, [A-Z][A-Z .'’-]+)? [-–—] [A-Z]+ \d{1,2}, \d{4}:/;
/** Words that say a paragraph describes a picture. */
const PHOTO_CUE = /\b(in this (still )?(image|photo|picture|handout)|pictured|photo:|\(photo|file photo|video taken|still image)\b/i;

/** A news dateline: "MOSCOW (Reuters) -", "Moscow (dpa) -", "Warsaw, (Agency - 10th Aug, 2020 ) :", "Ukraine -". */
const DATELINE =
  /^([A-Z][\p{L}’'.]+(?:[ -][A-Z][\p{L}’'.]+){0,3})(,\s*[A-Z][\p{L} .]{1,30})?,?\s*(\(([^()]{1,80})\))?\s*([-–—]+|:)\s?/u;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) lines.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
    start += raw.length + 1;
  }
  return lines;
}

/**
 * Most words wordCount counts: every caller compares the count with 30 or less (the one that compares two
 * counts first makes sure the smaller is at most 3).
 */
const WORD_COUNT_CAP = 31;

/**
 * Runs of non-space characters, as `s.split(/\s+/).filter(Boolean).length` counts them, up to WORD_COUNT_CAP:
 * a paragraph of running text is not read to its end, nor split into an array, to learn it is long.
 */
function wordCount(s: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (!space && !inWord && ++words === WORD_COUNT_CAP) return words;
    inWord = !space;
  }
  return words;
}

/** What /\s/ matches: ASCII and Unicode white space, line terminators and the byte-order mark. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** "Maria Ivanova", "By Jane Doe" → the name; anything else → null. */
function asAuthor(line: string): string | null {
  const m = /^(?:[Bb]y\s+)?((?:[A-Z][\p{L}’'.-]+\s?){2,4})$/u.exec(line);
  if (!m?.[1]) return null;
  return m[1].trim();
}

/** "UrduPoint.com" → "UrduPoint.com" (a site name standing alone in the header). */
function asOutlet(line: string): string | null {
  return /^[\p{L}0-9-]+\.(com|net|org|info|news|co\.[a-z]{2}|[a-z]{2})$/iu.test(line) ? line : null;
}

/**
 * A date written out: a month's name or a numeric day, month and year ("10/08/2020", "2020-08-10T14:10",
 * "10Aug2020"). "Yesterday" or "Updated today" name no date of their own: read against the clock, they would
 * date the article by the day it was ingested.
 */
const WRITTEN_OUT = /(?<![a-z])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/i;

const isFullDate = (r: ParsedResult) => r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day');

/**
 * A header line that is only a date ("Mon 10th August 2020 | 02:10 PM", "Aug. 11, 2020", "Updated today"):
 * the date it writes out (YYYY-MM-DD), or null when it writes none ("Updated today" is header furniture all
 * the same); undefined when the line is no date line.
 */
function asDate(line: string): string | null | undefined {
  if (wordCount(line) > 10) return undefined;
  const results = parseCasualDates(line);
  const first = results[0];
  if (!first || !isFullDate(first)) return undefined;
  // The date must be most of the line, not a date inside a sentence.
  const rest = line.replace(first.text, '').replace(/[\s|,:.\-–—]+|\d{1,2}:\d{2}\s*(am|pm)?/gi, '');
  if (rest.length > 12) return undefined;
  // "Today, Aug. 11, 2020": the written date, wherever it comes in the line
  const written = results.find((r) => isFullDate(r) && WRITTEN_OUT.test(r.text));
  if (!written) return null;
  const d = written.start;
  const y = d.get('year');
  const m = d.get('month');
  const day = d.get('day');
  if (!y || !m || !day) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function isTitleLike(line: string): boolean {
  return wordCount(line) >= 3 && wordCount(line) <= 30 && !/[.!?]["”’]?$/.test(line);
}

/** "Eastern Europe" above a headline is a section label, not the title. */
function isSectionLabel(line: string, next: Line | undefined): boolean {
  return (
    wordCount(line) <= 3 &&
    !/[.!?:]$/.test(line) &&
    next !== undefined &&
    wordCount(next.text) > wordCount(line) &&
    isTitleLike(next.text)
  );
}

/** Where a caption's credit starts, if it has one: "… Valery Sharifulin/TASS." → span of the credit. */
function findCaptionCredit(line: Line): Span | null {
  const glued = GLUED_CREDIT.exec(line.text);
  if (glued && glued.index > 0 && /[a-z0-9]/.test(line.text.charAt(glued.index - 1)) && !/\s/.test(line.text.charAt(glued.index - 1))) {
    return { start: line.start + glued.index, end: line.end };
  }
  if (!CREDIT_TAIL.test(line.text)) return null;
  // The credit is the last sentence-like segment of the caption.
  const cut = Math.max(line.text.lastIndexOf('. '), line.text.lastIndexOf(': '));
  const from = cut >= 0 ? cut + 2 : 0;
  if (!looksLikeCredit(line.text.slice(from))) return null;
  return { start: line.start + from, end: line.end };
}

/** Credits are short runs of names: "Valery Sharifulin/TASS.", "DPA via Reuters" — not a sentence that cites Reuters. */
function looksLikeCredit(segment: string): boolean {
  const words = segment.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 10) return false;
  if (segment.includes('/')) return true;
  const capitalised = words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length;
  return capitalised / words.length >= 0.6;
}

/** A line that is nothing but credits: "Xinhua News Agency | Xinhua News Agency | Getty Images". */
function isCreditLine(line: string): boolean {
  if (wordCount(line) > 14) return false;
  const parts = line.split(/\s+\|\s+/);
  if (parts.length >= 2 && parts.every((p) => wordCount(p) <= 5)) return true;
  return wordCount(line) <= 6 && CREDIT_TAIL.test(line) && looksLikeCredit(line);
}

/** First-person bio cues of an author box ("I am an avid reader", "Follow me"). */
const BIO_CUE = /\b(I am|I'm|I have|follow (me|for)|avid|writer with|my name is)\b/i;

/**
 * Finds the zones of an article's text.
 * @example findZones("Eastern Europe\n\nUkrainian President Issues Order\n\nMoscow (dpa) - Text.")
 *   → title "Ukrainian President Issues Order", section label furniture, dateline "Moscow (dpa) -", outlet "dpa"
 */
export function findZones(text: string, startAt = 0): Zones {
  const lines = splitLines(text).filter((l) => l.start >= startAt);
  const furniture: Furniture[] = [];
  const captions: Caption[] = [];
  let outlet: string | null = null;
  let author: string | null = null;
  let published: string | null = null;
  let dateline: Span | null = null;
  let datelineChecked = false;

  const mark = (span: Span, kind: FurnitureKind): void => {
    furniture.push({ start: span.start, end: span.end, kind });
  };

  // Title, after an optional section label.
  let i = 0;
  const first = lines[0];
  if (first && isSectionLabel(first.text, lines[1])) {
    mark(first, 'section-label');
    i = 1;
  }
  const titleLine = lines[i];
  const title: Span = titleLine ? { start: titleLine.start, end: titleLine.end } : { start: 0, end: 0 };
  i++;

  // Header lines: byline, outlet, date.
  for (let h = 0; h < MAX_HEADER_LINES && i < lines.length; h++, i++) {
    const line = lines[i];
    if (!line) break;
    const date = asDate(line.text);
    const site = asOutlet(line.text);
    const name = date !== undefined || site ? null : asAuthor(line.text);
    if (date !== undefined) published ??= date;
    else if (site) outlet ??= site;
    else if (name && wordCount(line.text) <= 5) author ??= name;
    else break;
    mark(line, 'byline');
  }
  const bodyStart = i;

  // Trailer: from the first trailer marker to the end is furniture.
  let trailerAt = lines.length;
  for (let k = bodyStart; k < lines.length; k++) {
    const line = lines[k];
    if (!line) continue;
    const marker = TRAILER_MARKERS.find(([re]) => re.test(line.text));
    if (marker) {
      trailerAt = k;
      const last = lines.at(-1);
      if (last) mark({ start: line.start, end: last.end }, marker[1]);
      break;
    }
  }
  // An author box just above the trailer: a short name line and a first-person bio.
  const bio = lines[trailerAt - 1];
  if (trailerAt < lines.length && bio && BIO_CUE.test(bio.text)) {
    const nameLine = lines[trailerAt - 2];
    if (nameLine && wordCount(nameLine.text) <= 4 && !/[.!?]$/.test(nameLine.text)) {
      author ??= nameLine.text;
      mark({ start: nameLine.start, end: bio.end }, 'author-box');
    } else {
      mark(bio, 'author-box');
    }
  }

  // Body lines: furniture lines, credits, captions, the dateline.
  for (let k = bodyStart; k < trailerAt; k++) {
    const line = lines[k];
    if (!line) continue;
    const furnitureKind = FURNITURE_LINES.find(([re]) => re.test(line.text))?.[1];
    if (furnitureKind) {
      mark(line, furnitureKind);
      const contributor = /^[—–-]?\s*([\p{L}.&-]+(?: [\p{L}.&-]+){0,3})[’']s\s+[A-Z][\p{L}-]+ [A-Z][\p{L}-]+ contributed/u.exec(line.text);
      if (contributor?.[1]) outlet ??= contributor[1];
      continue;
    }
    if (isCreditLine(line.text)) {
      mark(line, 'credit');
      // The paragraph above a credit line is the photo's caption.
      const above = lines[k - 1];
      if (above && k - 1 >= bodyStart && !captions.some((c) => c.start === above.start)) {
        captions.push({ start: above.start, end: above.end });
      }
      continue;
    }
    const credit = findCaptionCredit(line);
    if (credit || CAPTION_DATELINE.test(line.text) || PHOTO_CUE.test(line.text)) {
      captions.push({ start: line.start, end: line.end });
      if (credit) mark(credit, 'credit');
      continue;
    }
    // Only the first paragraph of running text can open with a dateline.
    if (!datelineChecked) {
      datelineChecked = true;
      const m = DATELINE.exec(line.text);
      const hasAgency = Boolean(m?.[4]);
      const isCaps = Boolean(m?.[1] && m[1] === m[1].toUpperCase() && /[A-Z]{3}/.test(m[1]));
      const spacedDash = Boolean(m && /\s[-–—]+\s?$/.test(m[0]));
      if (m && (hasAgency || isCaps || spacedDash) && m[0].length < line.text.length) {
        dateline = { start: line.start, end: line.start + m[0].trimEnd().length };
        const agency = m[4]?.split(/\s+[-–—/]\s+|\s*\/\s*/)[0]?.trim();
        if (agency && wordCount(agency) <= 3) outlet ??= agency;
      }
    }
  }

  captions.sort((a, b) => a.start - b.start);
  furniture.sort((a, b) => a.start - b.start || a.end - b.end);
  return { title, outlet, author, published, dateline, captions, furniture };
}
