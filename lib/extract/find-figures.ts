// Sentence text → the casualty, detention, crowd and troop counts it states, with hedge and whom they count.
// "18 law enforcement officers were reported killed, and over 700 injured" → killed 18 (security), injured 700+ (security).
import type { Figure, FigureName } from '../types';
import { parseCount } from './parse-count';
import { matchAll } from './match-all';
import { needsUnicodeFlag } from './needs-unicode-flag';
import { toAsciiPattern } from './to-ascii-pattern';

export interface FigureHit {
  name: FigureName;
  figure: Figure;
  /** Offsets of the whole count phrase, relative to the sentence. */
  start: number;
  end: number;
}

const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|a thousand|a dozen|one hundred|one thousand';
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?`;
const NUMBER = `(?:${DIGITS}|${NUMBER_WORDS})(?:[ -](?:hundred|thousand|million))?\\+?`;
const VAGUE = 'hundreds of thousands|tens of thousands|thousands|hundreds|dozens|scores|several';
const HEDGE =
  'more than|over|above|in excess of|upwards of|at least|no fewer than|no less than|up to|as many as|at most|fewer than|less than|about|around|some|approximately|roughly|an estimated|estimated|nearly|almost|close to';
/** A count phrase: "more than 3,000", "some 20,000", "dozens", "between 200 and 300". */
const COUNT = `(?:(?:${HEDGE})\\s+)?(?:between\\s+${NUMBER}\\s+and\\s+${NUMBER}|${NUMBER}(?:\\s*(?:-|–|to)\\s*${NUMBER})?|${VAGUE})`;
/** Auxiliaries between the noun and the outcome: "were reported", "have been", "had". */
const AUX = String.raw`(?:(?:have|has|had|were|was|are|is|been|being|be|reported|reportedly|later|also|allegedly|confirmed|now|so far|since)\s+){0,4}`;
/** Up to six words naming whom the count is of: "law enforcement officers", "of them", "“bandits”". */
const WHO = String.raw`(?:[\p{L}’'“”"-]+\s+){0,6}?`;

/** Outcome words → figure. Order matters: the first group that matches names the figure. */
const OUTCOMES: Array<[FigureName, string]> = [
  ['killed', String.raw`killed|dead|died|die|dies|deaths|lost their lives|shot dead|perished`],
  ['injured', String.raw`injured|wounded|hurt|hospitali[sz]ed|(?:sustained|suffered|received)\s+(?:\w+\s+){0,2}(?:injuries|wounds?)`],
  ['detained', String.raw`detained|arrested|held|jailed|taken into custody|in custody|rounded up`],
  ['crowd', String.raw`rioted|rallied|protested|gathered|marched|demonstrated|took to the streets|came out|attacked|stormed|joined`],
];

/** Nouns that make a count a troop figure: "about 2,500 soldiers". */
const TROOP_NOUNS = String.raw`troops|soldiers|servicemen|servicemembers|paratroopers|peacekeepers|troopers|military personnel`;
/** Nouns that say a count is of police or soldiers, kept apart from civilian counts. */
const SECURITY = /\b(?:police|policem[ae]n|officers?|law enforcement|law enforces|security forces?|security personnel|soldiers?|troops|servicem[ae]n|military|army|guards?|gendarmes?)\b/i;

/** Nouns for people who are not security forces; a count naming both is not a security count. */
const CIVILIAN = /\b(?:protesters?|protestors?|demonstrators?|civilians?|people|residents?|citizens?|rioters?|activists?|journalists?)\b/i;

const RE_COUNT_THEN_OUTCOME = new RegExp(
  `(?<![\\w$€£.,])(${COUNT})(?![\\w%])\\s+(${WHO})${AUX}(?:${OUTCOMES.map(([, o]) => `(${o})`).join('|')})\\b`,
  'giu',
);
const RE_VERB_THEN_COUNT = new RegExp(
  String.raw`\b(killing|killed|detained|detaining|arrested|arresting|injuring|injured|wounding|wounded)\s+(${COUNT})(?![\w%])\s*((?:[\p{L}’'-]+\s*){0,3})`,
  'giu',
);
const RE_TOLL = new RegExp(
  String.raw`\bdeath toll\b((?:\s+[\p{L}’'-]+){0,6}?)\s+(?:at|of|to|rose to|reached|stands at|stood at|climbed to|is|was)\s+(${COUNT})(?![\w%])`,
  'giu',
);
const RE_NUMBER_OF = new RegExp(
  String.raw`\bnumber of\s+((?:[\p{L}’'-]+\s+){0,3}?)(killed|dead|detained|arrested|injured|wounded)\b(?:\s+[\p{L}’'-]+){0,6}?\s+(?:to|at|is|was|reached|stands at|rose to|of)\s+(${COUNT})(?![\w%])`,
  'giu',
);
/** One named or described person: "Alexander Vikhor, 25, died", "a journalist … suffered a leg injury". */
const PERSON_NOUNS = String.raw`man|woman|person|protester|protestor|demonstrator|journalist|reporter|photographer|cameraman|student|officer|policeman|policewoman|soldier|child|boy|girl|teenager|worker|activist|victim`;
const RE_SINGLE = new RegExp(
  String.raw`\b(?:[Aa]n?|[Oo]ne)\s+((?:[\p{L}-]+\s+){0,2}?(?:${PERSON_NOUNS}))\b(?:\s+(?:from|of|with|for)\s+(?:[\p{L}’'-]+\s+){1,6}?)?\s*(?:(?:was|has|had|been|is|reportedly|later)\s+)*(?:(killed|shot dead|died)|(injured|wounded|hurt|suffered (?:a |an )?(?:\w+ )?(?:injury|wound))|(detained|arrested))\b|(\p{Lu}[\p{L}’'-]+\s+\p{Lu}[\p{L}’'-]+),\s+\d{1,3},\s+(?:has\s+)?(?:(died|was killed|was shot dead)|(was injured|was wounded)|(was detained|was arrested))\b`,
  'gu',
);
const RE_CROWD = new RegExp(String.raw`\b(?:crowds?|gathering|rally|march)\s+of\s+(${COUNT})(?![\w%])`, 'giu');
const RE_TROOPS = new RegExp(String.raw`(?<![\w$€£.,])(${COUNT})(?![\w%])\s+(?:[\p{L}-]+\s+){0,2}?(?:${TROOP_NOUNS})\b`, 'giu');

/**
 * A stem every figure pattern needs (an outcome, "death toll", "number of", a crowd or troop noun): sentences
 * without one skip the patterns. Looser than the patterns themselves, so it never hides a figure.
 */
const MAY_HOLD_FIGURE = /kill|dead|die|death|perish|lost their lives|injur|wound|hurt|hospitali|detain|arrest|held|jail|custody|rounded up|riot|rall|protest|gather|march|demonstrat|took to the streets|came out|attack|storm|join|crowd|troop|soldier|servicem|paratroop|peacekeep|military personnel|number of/i;

/**
 * Where a count can begin: a digit, a number word or a vague count, at the start of a word (a count follows a
 * non-word character, or a hedge and a space). The count patterns are tried only on sentences that have one:
 * "Police dispersed the protesters." has none. Kept in two forms like the patterns (see matchAll).
 */
const COUNT_START = String.raw`\b(?:\d|${NUMBER_WORDS}|between|${VAGUE})`;
const MAY_HOLD_COUNT = new RegExp(COUNT_START, 'iu');
const MAY_HOLD_COUNT_ASCII = toAsciiPattern(MAY_HOLD_COUNT) ?? MAY_HOLD_COUNT;
/** The outcome words every branch of RE_SINGLE ends on, tested before it: "One protester died". */
const MAY_HOLD_SINGLE = /killed|shot dead|died|injured|wounded|hurt|suffered|detained|arrested/;
/** A troop noun in the words naming whom a count is of: "12,000 paratroopers" gathered are troops. */
const RE_TROOP_NOUN = new RegExp(`\\b(?:${TROOP_NOUNS})\\b`, 'i');

/**
 * Each pre-filter with the patterns it gates: a pattern can match only where its gate does. Exported so that
 * the tests prove it on real text.
 */
export const FIGURE_PRE_FILTERS: ReadonlyArray<{ gate: RegExp; patterns: readonly RegExp[] }> = [
  { gate: MAY_HOLD_FIGURE, patterns: [RE_COUNT_THEN_OUTCOME, RE_VERB_THEN_COUNT, RE_TOLL, RE_NUMBER_OF, RE_SINGLE, RE_CROWD, RE_TROOPS] },
  { gate: MAY_HOLD_COUNT, patterns: [RE_COUNT_THEN_OUTCOME, RE_VERB_THEN_COUNT, RE_TOLL, RE_NUMBER_OF, RE_CROWD, RE_TROOPS] },
  { gate: MAY_HOLD_SINGLE, patterns: [RE_SINGLE] },
];

function whoOf(words: string): string | undefined {
  const w = words
    .replace(/[“”"]/g, '')
    .replace(/^\s*of\s+(?:the\s+|them\b)?/i, '')
    .trim();
  if (!w || /^(?:them|whom|which)$/i.test(w)) return undefined;
  return w;
}

function withWho(figure: Figure, who: string | undefined, inherited: Figure | undefined): Figure {
  // "dozens of police and protesters" counts both sides: not a security-only figure
  if (who) return { ...figure, who, side: SECURITY.test(who) && !CIVILIAN.test(who) ? 'security' : 'other' };
  // "… officers were killed, and over 700 injured": an elided noun takes the previous count's
  if (inherited?.who) return { ...figure, who: inherited.who, side: inherited.side ?? 'other' };
  return { ...figure, side: 'other' };
}

/**
 * Finds counts tied to an outcome in one sentence. A number needs an outcome word next to it to count,
 * so "under $3,000 a year" and "1.6 million barrels" are never figures.
 * @example findFigures('26 demonstrators had been killed and more than 3,700 detained')
 *   → [{name: 'killed', figure: {value: 26, …}}, {name: 'detained', figure: {value: 3700, qualifier: 'more-than'}}]
 */
export function findFigures(sentence: string): FigureHit[] {
  const hits: FigureHit[] = [];
  if (!MAY_HOLD_FIGURE.test(sentence)) return hits;
  let last: Figure | undefined;
  const take = (name: FigureName, figure: Figure | null, start: number, end: number) => {
    if (!figure) return;
    if (hits.some((h) => start < h.end && end > h.start && h.name === name)) return;
    hits.push({ name, figure, start, end });
    last = figure;
  };

  const counts = (needsUnicodeFlag(sentence) ? MAY_HOLD_COUNT : MAY_HOLD_COUNT_ASCII).test(sentence);
  const each = (re: RegExp) => (counts ? matchAll(re, sentence) : []);
  for (const m of each(RE_COUNT_THEN_OUTCOME)) {
    const countText = m[1] ?? '';
    const whoWords = m[2] ?? '';
    const outcomeIndex = OUTCOMES.findIndex((_, i) => m[3 + i] !== undefined);
    const entry = OUTCOMES[outcomeIndex];
    if (!entry) continue;
    // "the 37-year-old" or a year like "2019" is not a count
    if (/^\d{4}$/.test(countText) && Number(countText) >= 1900 && Number(countText) <= 2100) continue;
    if (/\b(?:years?|percent|per cent|days?|hours?|weeks?|months?|km|kilometres?|miles?|metres?)\b/i.test(whoWords)) continue;
    const start = m.index ?? 0;
    const who = whoOf(whoWords);
    const troop = who && RE_TROOP_NOUN.test(who);
    const name: FigureName = entry[0] === 'crowd' && troop ? 'troops' : entry[0];
    take(name, withWho(parseCount(countText) ?? { value: NaN, qualifier: 'exact' }, who, last), start, start + m[0].length);
  }
  for (const m of each(RE_VERB_THEN_COUNT)) {
    const verb = (m[1] ?? '').toLowerCase();
    const name: FigureName = verb.startsWith('kill') ? 'killed' : /^(?:detain|arrest)/.test(verb) ? 'detained' : 'injured';
    const start = m.index ?? 0;
    take(name, withWho(parseCount(m[2] ?? '') ?? { value: NaN, qualifier: 'exact' }, whoOf(m[3] ?? ''), undefined), start, start + m[0].length);
  }
  for (const m of each(RE_TOLL)) {
    const start = m.index ?? 0;
    take('killed', withWho(parseCount(m[2] ?? '') ?? { value: NaN, qualifier: 'exact' }, whoOf(m[1] ?? ''), undefined), start, start + m[0].length);
  }
  for (const m of each(RE_NUMBER_OF)) {
    const verb = (m[2] ?? '').toLowerCase();
    const name: FigureName = /^(?:killed|dead)$/.test(verb) ? 'killed' : /^(?:detained|arrested)$/.test(verb) ? 'detained' : 'injured';
    const start = m.index ?? 0;
    take(name, withWho(parseCount(m[3] ?? '') ?? { value: NaN, qualifier: 'exact' }, whoOf(m[1] ?? ''), undefined), start, start + m[0].length);
  }
  for (const m of MAY_HOLD_SINGLE.test(sentence) ? matchAll(RE_SINGLE, sentence) : []) {
    const start = m.index ?? 0;
    const name: FigureName = m[2] || m[6] ? 'killed' : m[3] || m[7] ? 'injured' : 'detained';
    take(name, withWho({ value: 1, qualifier: 'exact' }, m[1] ?? m[5], undefined), start, start + m[0].length);
  }
  for (const m of each(RE_CROWD)) {
    const start = m.index ?? 0;
    take('crowd', withWho(parseCount(m[1] ?? '') ?? { value: NaN, qualifier: 'exact' }, undefined, undefined), start, start + m[0].length);
  }
  for (const m of each(RE_TROOPS)) {
    const start = m.index ?? 0;
    take('troops', parseCount(m[1] ?? ''), start, start + m[0].length);
  }
  return hits.filter((h) => Number.isFinite(h.figure.value)).sort((a, b) => a.start - b.start);
}
