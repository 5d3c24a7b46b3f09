// Plain text + gazetteer → resolved place-name spans: the core that geoparseText and findPlaceMentions share.
// "Clashes in Kharkiv and Bombay" → [Kharkiv → 706483, Bombay → Mumbai 1275339].
import type { Gazetteer } from '../types';
import { tokenizeWords, type WordToken } from './tokenize-words';
import { matchNames } from './match-names';
import { filterMatches } from './filter-matches';
import { matchFuzzyNames } from './match-fuzzy-names';
import { lowercaseWordTest } from './lowercase-word-test';
import { resolveMatches, type ResolvedMatch } from './resolve-matches';

export interface FoundToponyms {
  tokens: WordToken[];
  found: ResolvedMatch[];
}

/** Tokenises, matches names in one pass, drops non-place readings, resolves; sorted by start. */
export function findToponyms(text: string, gazetteer: Gazetteer): FoundToponyms {
  const tokens = tokenizeWords(text);
  const matched = matchNames(text, tokens, gazetteer);
  // Words the text also writes in lower case are common words here ("the reading room" → "Reading" is a word).
  const isLowercaseWord = lowercaseWordTest(text, tokens);
  const exact = filterMatches(text, tokens, matched, gazetteer, isLowercaseWord);
  // Misspellings only where no exact name was found, and only with the exact matches as context.
  const fuzzy = matchFuzzyNames(text, tokens, matched, exact, gazetteer, isLowercaseWord);
  const matches = fuzzy.length ? [...exact, ...fuzzy].sort((a, b) => a.start - b.start) : exact;
  const found = resolveMatches(text, matches, gazetteer);
  return { tokens, found };
}
