// Name matches + their tokens → the matches that read as place names in context.
// "Jordan said" and "Michael Jordan" → dropped; "Kazakh" → demonym, dropped; "May" → month, dropped.
import type { Gazetteer } from '../types';
import type { NameMatch } from './match-names';
import type { WordToken } from './tokenize-words';
import { NEVER_PLACES, PLACE_HEAD_WORDS, PLACE_TAIL_WORDS } from './english-words';
import { demonymsOf } from './demonyms-of';
import { foldName } from './fold-name';

/** Words joined to a place by a hyphen that make it a modifier: "Russian-led", "Moscow-backed". */
const MODIFIER_TAILS = new Set(['led', 'backed', 'based', 'born', 'bound', 'made', 'style', 'era', 'born']);

/** Smallest population of a place that a lone sentence-initial common word may name ("Reading" the town). */
const SENTENCE_START_MIN_POPULATION = 100_000;

/**
 * Keeps the matches that are place names in this text. Rules, each with an example:
 * - lower-case words are not names: "the reading room" ≠ Reading;
 * - calendar words, titles and function words never are: "May", "President";
 * - demonyms point to a country, they do not name a place: "Kazakh", "Russian-led";
 * - a capitalised word glued before or after makes a person or firm: "Michael Jordan", "Washington Post";
 * - a word written in lower case elsewhere in the same text is a common word there:
 *   "Hope rose..." when the text also says "little hope".
 */
export function filterMatches(
  text: string,
  tokens: readonly WordToken[],
  matches: readonly NameMatch[],
  gazetteer: Gazetteer,
): NameMatch[] {
  const demonyms = demonymsOf(gazetteer);
  const lowercaseWords = new Set<string>();
  for (const t of tokens) if (!t.capitalized) lowercaseWords.add(t.key);
  const matchAt = new Map<number, NameMatch>();
  for (const m of matches) for (let k = m.first; k < m.last; k++) matchAt.set(k, m);

  return matches.filter((m) => {
    const first = tokens[m.first]!;
    const last = tokens[m.last - 1]!;
    if (!first.capitalized || !last.capitalized) return false;
    const single = m.last - m.first === 1;
    if (single && NEVER_PLACES.has(m.key)) return false;
    if (single && demonyms.has(m.key)) return false;

    const next = tokens[m.last];
    const gapAfter = next ? text.slice(m.end, next.start) : '';
    if (next && /^[-‐‑]$/.test(gapAfter) && MODIFIER_TAILS.has(next.key)) return false;

    const entries = m.ids.map((id) => gazetteer.get(id)).filter((e) => e !== undefined);
    const isCountryOrRegion = entries.some((e) => e.kind === 'country' || e.featureCode === 'ADM1');
    const maxPopulation = entries.reduce((p, e) => Math.max(p, e.population), 0);

    // "the White House" is a translation alternate of Casablanca: a city under an alternate name after "the".
    const the = m.first > 0 ? tokens[m.first - 1] : undefined;
    if (the?.key === 'the' && entries.every((e) => e.kind === 'city' && foldName(e.name) !== m.key)) return false;

    // "Michael Jordan", "Chiquita Henry": a capitalised non-place word glued before the name.
    const prev = m.first > 0 ? tokens[m.first - 1] : undefined;
    if (prev && !first.sentenceStart && /^[ \u00a0]$/.test(text.slice(prev.end, m.start))) {
      const prevIsName = prev.capitalized && !prev.allCaps && !PLACE_HEAD_WORDS.has(prev.key) && !matchAt.has(m.first - 1);
      if (prevIsName && !isCountryOrRegion) return false;
    }
    // "Washington Post", "Paris Hilton": a capitalised non-place word glued after the name.
    if (next && !next.sentenceStart && /^[ \u00a0\-‐‑]$/.test(gapAfter)) {
      const nextIsName =
        next.capitalized && !next.allCaps && !PLACE_TAIL_WORDS.has(next.key) && !matchAt.has(m.last);
      if (nextIsName && !isCountryOrRegion) return false;
    }
    // A one-word name that is a common word here, at a sentence start where capitals prove nothing.
    if (single && (first.sentenceStart || first.allCaps) && lowercaseWords.has(m.key)) {
      if (maxPopulation < SENTENCE_START_MIN_POPULATION && !isCountryOrRegion) return false;
    }
    return true;
  });
}
