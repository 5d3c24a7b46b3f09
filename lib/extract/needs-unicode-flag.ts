// Text → whether a pattern needs its u flag on it, or its ASCII twin (toAsciiPattern) finds the same matches.

/**
 * What makes the u flag matter: a letter outside ASCII (\p{L} and \p{Lu} then differ from [A-Za-z] and [A-Z],
 * and "ſ" or "K" fold to "s" and "k" under /iu), or a surrogate (a character outside the BMP is one code point
 * with the u flag and two code units without, which changes what `[^.;]{0,60}` spans). Digits, punctuation and
 * typographic quotes (“ ” ’ –) behave the same either way.
 */
const LETTER = /\p{L}/u;

/**
 * Whether a pattern with the u flag may match this text differently from its ASCII twin (toAsciiPattern).
 * Looks only at the characters outside ASCII, one at a time: a pattern over the whole text with a negated
 * property class costs more than the matching it saves.
 * @example needsUnicodeFlag('Police detained 40 people in “Lviv”') === false; needsUnicodeFlag('in Kraków') === true
 */
export function needsUnicodeFlag(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if ((c >= 0xd800 && c <= 0xdfff) || LETTER.test(text[i]!)) return true;
  }
  return false;
}
