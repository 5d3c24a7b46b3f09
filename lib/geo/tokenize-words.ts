// Text → word tokens with folded keys and the case facts the toponym filters need.
// "Ukraine’s capital" → [{key:"ukraines", bare:"ukraine"}, {key:"capital"}]
// Written as one hand-rolled scan over char codes, not a regex per word: it is the geoparser's hot loop.
import { foldName } from './fold-name';

export interface WordToken {
  start: number;
  end: number;
  /** Folded form, as gazetteer keys are folded ("alma", "ata" for "Alma-Ata"). */
  key: string;
  /** Folded form without a possessive ending ("ukraine" for "Ukraine’s"), else null. */
  bare: string | null;
  /** First letter is upper case ("Kharkiv", "KHARKIV"). */
  capitalized: boolean;
  /** Every letter upper case and more than one letter ("KHARKIV", "US"). */
  allCaps: boolean;
  /** First word of a sentence, a heading or a quote, where capitals say nothing. */
  sentenceStart: boolean;
  /** The key is the text as written: plain lower-case ASCII ("reading", not "Reading", "café" or "o'clock"). */
  verbatim: boolean;
}

/** Abbreviations whose dot does not end a sentence: "St. Louis", "Gov. Perry of Texas". */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'ste', 'mt', 'ft', 'gov', 'sen', 'rep', 'gen', 'lt', 'col', 'sgt', 'capt', 'cpl',
  'prof', 'rev', 'jr', 'sr', 'no', 'vs', 'co', 'corp', 'inc', 'ltd', 'lt', 'maj', 'adm', 'supt', 'det', 'insp',
]);

// Character classes of a code point, as bits: what may start a word (\p{L}, \p{N}), what may continue one
// (also \p{M}), letters, upper and lower case letters, and the spaces, quotes and brackets that may open a sentence.
const WORD_START = 1;
const WORD_PART = 2;
const UPPER = 4;
const LOWER = 8;
const OPENER = 16;
const LETTER = 32;
const RE_START = /^[\p{L}\p{N}]$/u;
const RE_PART = /^[\p{L}\p{M}\p{N}]$/u;
const RE_UPPER = /^\p{Lu}$/u;
const RE_LOWER = /^\p{Ll}$/u;
const RE_LETTER = /^\p{L}$/u;
const RE_OPENER = /^[\s"'“‘(\[\-–—*]$/u;
/** Classes of the Basic Multilingual Plane, filled on first sight of each character (bit 128 = known). */
const BMP_CLASSES = new Uint8Array(0x10000);
const KNOWN = 128;

function classesOf(cp: number): number {
  if (cp < 0x10000) {
    const known = BMP_CLASSES[cp]!;
    if (known & KNOWN) return known;
  }
  const ch = String.fromCodePoint(cp);
  const bits =
    (RE_START.test(ch) ? WORD_START | WORD_PART : RE_PART.test(ch) ? WORD_PART : 0) |
    (RE_UPPER.test(ch) ? UPPER : 0) |
    (RE_LOWER.test(ch) ? LOWER : 0) |
    (RE_OPENER.test(ch) ? OPENER : 0) |
    (RE_LETTER.test(ch) ? LETTER : 0);
  if (cp < 0x10000) BMP_CLASSES[cp] = bits | KNOWN;
  return bits;
}

/** The code point at i (a surrogate pair read as one). */
function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** Apostrophes inside a word: "d’Ivoire", "Ukraine's", "Hawaiʼi". */
function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2bc;
}
const WORD_APOSTROPHES = /['\u2019\u02bc]/g;

/** What ends a sentence or a heading line, seen looking back from a word: . ! ? : ; newline • | */
function isSentenceBreak(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 10 || c === 0x2022 || c === 124;
}

/** Share of a line's longer words that must be capitalised for the line to be a title-case headline. */
const TITLE_CASE_SHARE = 0.7;
/** Fewest longer words a line needs before it can be judged title case. */
const TITLE_CASE_MIN_WORDS = 3;

/** Splits text into word tokens; never throws on odd input. */
export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  const n = text.length;
  // The current line, for title-case headlines: its first token, its longer words and the capitalised ones.
  let lineFirst = 0;
  let lineLong = 0;
  let lineCaps = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let cls: number;
    let width = 1;
    if (c < 128) {
      if (c === 10) {
        closeLine(tokens, lineFirst, lineLong, lineCaps);
        lineFirst = tokens.length;
        lineLong = 0;
        lineCaps = 0;
        i++;
        continue;
      }
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) {
        i++;
        continue;
      }
      cls = c <= 57 ? WORD_START : c <= 90 ? WORD_START | UPPER : WORD_START | LOWER;
    } else {
      const cp = codePointAt(text, i);
      width = cp > 0xffff ? 2 : 1;
      cls = classesOf(cp);
      if (!(cls & WORD_START)) {
        i += width;
        continue;
      }
    }
    // A word: letters, marks and digits, with apostrophes inside ("Ukraine’s").
    const start = i;
    let capitalized = (cls & UPPER) !== 0;
    let hasLower = (cls & LOWER) !== 0;
    let hasUpper = capitalized;
    let plain = c < 128; // only ASCII letters and digits so far
    let lastApostrophe = -1;
    let apostrophes = 0;
    i += width;
    for (;;) {
      if (i >= n) break;
      const d = text.charCodeAt(i);
      if (d < 128) {
        if (d >= 97 && d <= 122) {
          hasLower = true;
          i++;
          continue;
        }
        if (d >= 65 && d <= 90) {
          hasUpper = true;
          i++;
          continue;
        }
        if (d >= 48 && d <= 57) {
          i++;
          continue;
        }
      } else {
        const cp = codePointAt(text, i);
        const k = classesOf(cp);
        if (k & WORD_PART) {
          if (k & LOWER) hasLower = true;
          plain = false;
          i += cp > 0xffff ? 2 : 1;
          continue;
        }
      }
      // An apostrophe belongs to the word only with a letter or digit after it.
      if (isApostrophe(d) && i + 1 < n) {
        const e = text.charCodeAt(i + 1);
        const k = e < 128 ? ((e >= 97 && e <= 122) || (e >= 65 && e <= 90) || (e >= 48 && e <= 57) ? WORD_PART : 0) : classesOf(codePointAt(text, i + 1));
        if (k & WORD_PART) {
          lastApostrophe = i;
          apostrophes++;
          i++;
          continue;
        }
      }
      break;
    }
    const end = i;
    // "d’Ivoire", "l’Aquila": an elided article before a capital is the capitalised part of a name.
    if (!capitalized && lastApostrophe === start + 1 && start + 2 < end) {
      const after = text.charCodeAt(start + 2);
      capitalized = after < 128 ? after >= 65 && after <= 90 : (classesOf(codePointAt(text, start + 2)) & UPPER) !== 0;
    }
    const raw = text.slice(start, end);
    // Most words are plain lower-case ASCII, already their own key.
    const verbatim = plain && apostrophes === 0 && !hasUpper;
    // Letters all ASCII: folding is lower-casing and dropping apostrophes ("Ukraine’s" → "ukraines"), which
    // foldName would reach only through Unicode normalisation, as the curly apostrophe is not ASCII.
    const key = verbatim
      ? raw
      : !plain
        ? foldName(raw)
        : apostrophes === 0
          ? raw.toLowerCase()
          : raw.replace(WORD_APOSTROPHES, '').toLowerCase();
    // "Ukraine’s" → "ukraine": a possessive is an apostrophe and one s at the end.
    let bare: string | null = null;
    if (lastApostrophe === end - 2) {
      const s = text.charCodeAt(end - 1);
      if (s === 115 || s === 83) {
        const head = raw.slice(0, -2);
        bare = !plain ? foldName(head) : apostrophes === 1 ? head.toLowerCase() : head.replace(WORD_APOSTROPHES, '').toLowerCase();
      }
    }
    // Only a capitalised word needs to know whether it opens a sentence.
    let sentenceStart = false;
    if (capitalized) {
      let j = start - 1;
      while (j >= 0) {
        const b = text.charCodeAt(j);
        if (b === 10) break;
        const opener =
          b < 128
            ? b === 32 || b === 9 || b === 11 || b === 12 || b === 13 || b === 34 || b === 39 || b === 40 || b === 91 || b === 45 || b === 42
            : (classesOf(b) & OPENER) !== 0;
        if (!opener) break;
        j--;
      }
      sentenceStart = j < 0 || (isSentenceBreak(text.charCodeAt(j)) && !isAbbreviationDot(text, j));
    }
    tokens.push({
      start,
      end,
      key,
      bare,
      capitalized,
      allCaps: capitalized && end - start > 1 && !hasLower,
      sentenceStart,
      verbatim,
    });
    if (end - start >= 4) {
      lineLong++;
      if (capitalized) lineCaps++;
    }
  }
  closeLine(tokens, lineFirst, lineLong, lineCaps);
  return tokens;
}

/**
 * In a title-case headline capitals prove nothing, so every word of it counts as a sentence start:
 * "Ukrainian President Gives Order To Forces To Kill" — "Kill" is not the Irish village.
 */
function closeLine(tokens: WordToken[], from: number, long: number, caps: number): void {
  if (long >= TITLE_CASE_MIN_WORDS && caps / long >= TITLE_CASE_SHARE) {
    for (let k = from; k < tokens.length; k++) tokens[k]!.sentenceStart = true;
  }
}

/** A letter (\p{L}) by its UTF-16 unit: a surrogate half alone is none. */
function isLetter(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return (c < 0xd800 || c > 0xdfff) && (classesOf(c) & LETTER) !== 0;
}

/** True when text[dot] is the dot of an abbreviation like "St." or a single initial like "J.". */
function isAbbreviationDot(text: string, dot: number): boolean {
  if (text.charCodeAt(dot) !== 46) return false;
  let j = dot;
  while (j > 0 && isLetter(text.charCodeAt(j - 1))) j--;
  if (dot - j === 1) {
    const c = text.charCodeAt(j);
    if (c < 128 ? c >= 65 && c <= 90 : (classesOf(c) & UPPER) !== 0) return true;
  }
  return dot - j <= 4 && ABBREVIATIONS.has(text.slice(j, dot).toLowerCase());
}
