// Plain text + gazetteer → resolved place-name spans: the core that geoparseText and findPlaceMentions share.
// "Clashes in Almaty and Nur-Sultan" → [Almaty → 1526384, Nur-Sultan → Astana 1526273].
import type { Gazetteer } from '../types';
import { tokenizeWords, type WordToken } from './tokenize-words';
import { matchNames } from './match-names';
import { filterMatches } from './filter-matches';
import { resolveMatches, type ResolvedMatch } from './resolve-matches';

export interface FoundToponyms {
  tokens: WordToken[];
  found: ResolvedMatch[];
}

/** Tokenises, matches names in one pass, drops non-place readings, resolves; sorted by start. */
export function findToponyms(text: string, gazetteer: Gazetteer): FoundToponyms {
  const tokens = tokenizeWords(text);
  const matches = filterMatches(text, tokens, matchNames(text, tokens, gazetteer), gazetteer);
  const found = resolveMatches(text, matches, gazetteer);
  return { tokens, found };
}
