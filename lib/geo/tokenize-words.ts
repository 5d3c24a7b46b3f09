// Text → word tokens with folded keys and the case facts the toponym filters need.
// "Kazakhstan’s capital" → [{key:"kazakhstans", bare:"kazakhstan"}, {key:"capital"}]
import { foldName } from './fold-name';

export interface WordToken {
  start: number;
  end: number;
  /** Folded form, as gazetteer keys are folded ("alma", "ata" for "Alma-Ata"). */
  key: string;
  /** Folded form without a possessive ending ("kazakhstan" for "Kazakhstan’s"), else null. */
  bare: string | null;
  /** First letter is upper case ("Almaty", "ALMATY"). */
  capitalized: boolean;
  /** Every letter upper case and more than one letter ("ALMATY", "US"). */
  allCaps: boolean;
  /** First word of a sentence, a heading or a quote, where capitals say nothing. */
  sentenceStart: boolean;
}

/** Letters and digits, with apostrophes inside a word ("d’Ivoire", "Kazakhstan’s"). */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’ʼ][\p{L}\p{M}\p{N}]+)*/gu;
const POSSESSIVE = /['’ʼ][sS]$/;
const PLAIN_WORD = /^[A-Za-z0-9]+$/;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
/** What ends a sentence or a heading line, seen looking back from a word. */
const SENTENCE_BREAK = /[.!?:;\n\u2022|]/;
/** What may stand between a sentence break and its first word: spaces, quotes, brackets, dashes. */
const OPENERS = /[\s"'“‘(\[\-–—*]/;
/** Abbreviations whose dot does not end a sentence: "St. Louis", "Gov. Perry of Texas". */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'ste', 'mt', 'ft', 'gov', 'sen', 'rep', 'gen', 'lt', 'col', 'sgt', 'capt', 'cpl',
  'prof', 'rev', 'jr', 'sr', 'no', 'vs', 'co', 'corp', 'inc', 'ltd', 'lt', 'maj', 'adm', 'supt', 'det', 'insp',
]);

/** Splits text into word tokens; never throws on odd input. */
export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    const first = raw.charAt(0);
    const capitalized = UPPER.test(first);
    // Only a capitalised word needs to know whether it opens a sentence.
    let sentenceStart = false;
    if (capitalized) {
      let i = start - 1;
      while (i >= 0 && OPENERS.test(text.charAt(i))) {
        if (text.charAt(i) === '\n') break;
        i--;
      }
      sentenceStart = i < 0 || (SENTENCE_BREAK.test(text.charAt(i)) && !isAbbreviationDot(text, i));
    }
    tokens.push({
      start,
      end,
      // Fast path: a plain ASCII word folds to its lower case.
      key: PLAIN_WORD.test(raw) ? raw.toLowerCase() : foldName(raw),
      bare: POSSESSIVE.test(raw) ? foldName(raw.slice(0, -2)) : null,
      capitalized,
      allCaps: capitalized && raw.length > 1 && !LOWER.test(raw),
      sentenceStart,
    });
  }
  markTitleCaseLines(text, tokens);
  return tokens;
}

/** Share of a line's longer words that must be capitalised for the line to be a title-case headline. */
const TITLE_CASE_SHARE = 0.7;
/** Fewest longer words a line needs before it can be judged title case. */
const TITLE_CASE_MIN_WORDS = 3;

/**
 * In a title-case headline capitals prove nothing, so every word of it counts as a sentence start:
 * "Kazakh President Gives Order To Forces To Kill" — "Kill" is not the Irish village.
 */
function markTitleCaseLines(text: string, tokens: WordToken[]): void {
  let from = 0;
  while (from < tokens.length) {
    const lineEnd = text.indexOf('\n', tokens[from]!.start);
    let to = from;
    while (to < tokens.length && (lineEnd < 0 || tokens[to]!.start < lineEnd)) to++;
    const long = tokens.slice(from, to).filter((t) => t.end - t.start >= 4);
    const caps = long.filter((t) => t.capitalized).length;
    if (long.length >= TITLE_CASE_MIN_WORDS && caps / long.length >= TITLE_CASE_SHARE) {
      for (let k = from; k < to; k++) tokens[k]!.sentenceStart = true;
    }
    from = Math.max(to, from + 1);
  }
}

/** True when text[dot] is the dot of an abbreviation like "St." or a single initial like "J.". */
function isAbbreviationDot(text: string, dot: number): boolean {
  if (text.charAt(dot) !== '.') return false;
  let j = dot;
  while (j > 0 && /[\p{L}]/u.test(text.charAt(j - 1))) j--;
  const word = text.slice(j, dot);
  return ABBREVIATIONS.has(word.toLowerCase()) || (word.length === 1 && /\p{Lu}/u.test(word));
}
