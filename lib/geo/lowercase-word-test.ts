// Text + its tokens → a test of whether the text also writes a key as a lower-case word.
// "... the reading room ... Reading" → test("reading") is true: here "Reading" may be a common word.
import type { WordToken } from './tokenize-words';

/** True for a letter, a digit or a combining mark: what a word is made of. */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return /[\p{L}\p{M}\p{N}]/u.test(String.fromCharCode(c));
}

/** Apostrophes that may join two parts of a word: "o'clock", "Ukraine’s". */
function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2bc;
}

/**
 * Builds the test for one text. It is asked for a few dozen keys per text, so rather than a set of every
 * word it searches the text for each key asked (a native string search), and keeps a set only of the rare
 * lower-case words whose key differs from their spelling ("café", "o'clock", "iPhone").
 * Same answer as: some token is not capitalised and has this key.
 */
export function lowercaseWordTest(text: string, tokens: readonly WordToken[]): (key: string) => boolean {
  // Gathered at the first question, not before: many texts ask none.
  let folded: Set<string> | null = null;
  const isFoldedWord = (key: string): boolean => {
    if (folded === null) {
      folded = new Set();
      for (const t of tokens) if (!t.capitalized && !t.verbatim) folded.add(t.key);
    }
    return folded.has(key);
  };
  const answers = new Map<string, boolean>();
  const occursAsWord = (key: string): boolean => {
    // Only plain lower-case keys can be written verbatim.
    if (!/^[a-z0-9]+$/.test(key)) return false;
    for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
      const before = at > 0 ? text.charCodeAt(at - 1) : 32;
      const end = at + key.length;
      const after = end < text.length ? text.charCodeAt(end) : 32;
      // The whole token: no word character glued on either side, nor an apostrophe joining another part.
      if (isWordChar(before) || isWordChar(after)) continue;
      if (isApostrophe(before) && at > 1 && isWordChar(text.charCodeAt(at - 2))) continue;
      if (isApostrophe(after) && end + 1 < text.length && isWordChar(text.charCodeAt(end + 1))) continue;
      return true;
    }
    return false;
  };
  return (key: string): boolean => {
    let yes = answers.get(key);
    if (yes === undefined) {
      yes = isFoldedWord(key) || occursAsWord(key);
      answers.set(key, yes);
    }
    return yes;
  };
}
