// A count as written, with its hedge → Figure: "more than 3,000" → {value: 3000, qualifier: 'more-than'}.
import nlp from 'compromise';
import type { Figure, Qualifier } from '../types';

/** Hedge words before a number and what they make of it. Order matters: longer phrases first. */
const HEDGES: Array<[RegExp, Qualifier]> = [
  [/^(?:more than|over|above|in excess of|upwards of)\s+/i, 'more-than'], // "more than 3,700" → more-than
  [/^(?:at least|no fewer than|no less than|a minimum of)\s+/i, 'at-least'], // "at least 26"
  [/^(?:up to|as many as|at most|fewer than|less than|under)\s+/i, 'up-to'], // "as many as 20,000" → up-to
  [/^(?:about|around|some|approximately|roughly|an estimated|estimated|nearly|almost|close to|~)\s*/i, 'about'], // "some 20,000"
];

/**
 * Plural count words and the smallest number each can mean ("dozens" is at least two dozen);
 * the qualifier 'vague' tells readers the value is a floor, not a count.
 */
const VAGUE: Array<[RegExp, number]> = [
  [/^hundreds of thousands$/i, 200_000],
  [/^tens of thousands$/i, 20_000],
  [/^thousands$/i, 2_000],
  [/^hundreds$/i, 200],
  [/^scores$/i, 40],
  [/^dozens$/i, 24],
  [/^several$/i, 3],
];

const MULTIPLIERS: Record<string, number> = { thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };

/** Number words the count patterns admit, read from a table: compromise takes milliseconds for each. */
const UNITS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12,
};
const SCALES: Record<string, number> = { dozen: 12, hundred: 100, ...MULTIPLIERS };

/** "two hundred" → 200, "a thousand" → 1000, "a dozen" → 12, "five" → 5; null for any other phrase. */
function wordNumber(s: string): number | null {
  const m = /^([a-z]+)(?:[ -](dozen|hundred|thousand|million|billion))?(?:[ -](hundred|thousand|million|billion))?$/i.exec(s);
  if (!m) return null;
  const unit = UNITS[(m[1] ?? '').toLowerCase()];
  if (unit === undefined || (unit === 1 && /^an?$/i.test(m[1] ?? '') && !m[2])) return null;
  let value = unit;
  for (const scale of [m[2], m[3]]) if (scale) value *= SCALES[scale.toLowerCase()] ?? 1;
  return value;
}

/** Digits with thousands separators, decimals and an optional "thousand"/"million": "6.7 thousand" → 6700. */
function parseNumber(raw: string): number | null {
  const s = raw.trim();
  const m = /^(\d{1,3}(?:[,\u202f ]\d{3})+|\d+(?:\.\d+)?)\s*(thousand|million|billion)?$/i.exec(s);
  if (m) {
    const base = Number((m[1] ?? '').replace(/[,\u202f ]/g, ''));
    const mult = m[2] ? (MULTIPLIERS[m[2].toLowerCase()] ?? 1) : 1;
    return Math.round(base * mult);
  }
  const simple = wordNumber(s);
  if (simple !== null) return simple;
  // other numbers written as words: compromise reads "twenty-five", "a hundred and fifty"
  const words = nlp(s).numbers().get() as unknown[];
  const n = words[0];
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

/**
 * Parses a count phrase with its hedge; null when it holds no count.
 * @example parseCount('more than 3,000') → {value: 3000, qualifier: 'more-than'}
 * @example parseCount('dozens') → {value: 24, qualifier: 'vague'}
 * @example parseCount('between 200 and 300') → {value: 200, qualifier: 'range', max: 300}
 */
export function parseCount(phrase: string): Figure | null {
  let s = phrase.trim().replace(/\s+/g, ' ');
  if (!s) return null;
  let qualifier: Qualifier = 'exact';
  for (const [re, q] of HEDGES) {
    if (re.test(s)) {
      qualifier = q;
      s = s.replace(re, '');
      break;
    }
  }
  // "6,000+" reads as "more than 6,000"
  if (/\+$/.test(s)) {
    s = s.slice(0, -1);
    qualifier = 'more-than';
  }
  for (const [re, value] of VAGUE) if (re.test(s)) return { value, qualifier: 'vague' };
  const range = /^(?:between\s+)?(.+?)\s*(?:-|–|to|and)\s*(.+)$/i.exec(s);
  if (range && /\d/.test(s)) {
    const lo = parseNumber(range[1] ?? '');
    const hi = parseNumber(range[2] ?? '');
    if (lo !== null && hi !== null && hi > lo) return { value: lo, qualifier: 'range', max: hi };
  }
  const value = parseNumber(s);
  if (value === null || value < 0) return null;
  return { value, qualifier };
}
