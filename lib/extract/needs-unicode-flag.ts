// Text → whether a pattern needs its u flag on it, or its ASCII twin (toAsciiPattern) finds the same matches.

/**
 * What makes the u flag matter: a letter outside ASCII (\p{L} and \p{Lu} then differ from [A-Za-z] and [A-Z],
 * and "ſ" or "K" fold to "s" and "k" under /iu), or a surrogate (a character outside the BMP is one code point
 * with the u flag and two code units without, which changes what `[^.;]{0,60}` spans). Digits, punctuation and
 * typographic quotes (“ ” ’ –) behave the same either way.
 */
const LETTER = /\p{L}/u;
/** Each character outside ASCII, found by the engine's scan rather than a loop over every character. */
const NON_ASCII = /[^\x00-\x7f]/g;

/**
 * Whether a pattern with the u flag may match this text differently from its ASCII twin (toAsciiPattern).
 * Looks only at the characters outside ASCII, one at a time: a pattern over the whole text with a negated
 * property class costs more than the matching it saves.
 * @example needsUnicodeFlag('Police detained 40 people in “Lviv”') === false; needsUnicodeFlag('in Kraków') === true
 */
export function needsUnicodeFlag(text: string): boolean {
  NON_ASCII.lastIndex = 0;
  for (let m = NON_ASCII.exec(text); m; m = NON_ASCII.exec(text)) {
    const c = m[0].charCodeAt(0);
    if ((c >= 0xd800 && c <= 0xdfff) || LETTER.test(m[0])) {
      NON_ASCII.lastIndex = 0;
      return true;
    }
  }
  return false;
}
