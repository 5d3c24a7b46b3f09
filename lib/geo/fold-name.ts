// Name → folded lookup key: the one normalisation shared by the gazetteer builder and the matcher.
// "Port-au-Prince" → "port au prince"; "Île-de-France" → "ile de france"; "St. Louis" → "st louis".
// Keys are runs of letters and digits joined by one space, so the matcher can build them token by token.

/** Letters that Unicode decomposition leaves alone but readers treat as plain Latin. */
const EXTRA_FOLDS: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
};

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const COMBINING_MARKS = /\p{M}/gu;
const APOSTROPHES = /['’‘`ʼʻ´]/g;
/** Anything that is not a letter or digit separates words: hyphens, dots, commas, brackets. */
const SEPARATORS = /[^\p{L}\p{N}]+/gu;
const ASCII_SEPARATORS = /[^a-z0-9]+/g;

/**
 * Folds a place name for lookup: diacritics removed, lower case, apostrophes dropped,
 * every other run of non-letters turned into one space.
 * @example foldName("Mangghystaū") === "mangghystau"; foldName("Alma-Ata") === "alma ata"
 */
export function foldName(name: string): string {
  // Fast path: most names and most words of English text are plain ASCII, and NFKD is the costly step.
  if (PRINTABLE_ASCII.test(name)) {
    return name.toLowerCase().replace(APOSTROPHES, '').replace(ASCII_SEPARATORS, ' ').trim();
  }
  const lower = name.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
  let out = '';
  for (const ch of lower) out += EXTRA_FOLDS[ch] ?? ch;
  return out.replace(APOSTROPHES, '').replace(SEPARATORS, ' ').trim();
}
