// Name → folded lookup key: the one normalisation shared by the gazetteer builder and the matcher.
// "Nur-Sultan" → "nur sultan"; "Île-de-France" → "ile de france"; "Kazakhstan’s" is handled by the matcher, not here.

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

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /['’‘`ʼʻ´]/g;
const SEPARATORS = /[\s\-‐‑‒–—_/.,]+/g;

/**
 * Folds a place name for lookup: diacritics removed, lower case, apostrophes dropped,
 * hyphens, dots and runs of space turned into one space.
 * @example foldName("Mangghystaū") === "mangghystau"; foldName("Alma-Ata") === "alma ata"
 */
export function foldName(name: string): string {
  const lower = name.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
  let out = '';
  for (const ch of lower) out += EXTRA_FOLDS[ch] ?? ch;
  return out.replace(APOSTROPHES, '').replace(SEPARATORS, ' ').trim();
}
