// Country name → the adjectives English makes from it, by suffix rules: "Russia" → ["Russian"].
// General English morphology, no list of countries: "Ukraine" → "Ukrainian", "Poland" → "Polish", "China" → "Chinese".

/** Suffix rules, tried in order; each turns the end of a country name into adjective endings. */
const RULES: Array<[RegExp, string[]]> = [
  [/istan$/, ['', 'i']], // Uzbekistan → Uzbek
  [/stan$/, ['', 'i']], // Afghanistan → Afghan, Pakistan → Pakistani
  [/land$/, ['ish', 'ic', 'er']], // Poland → Polish (via "Pol"+"ish" below), Iceland → Icelandic
  [/ia$/, ['ian', 'ia']], // Russia → Russian, Lithuania → Lithuanian
  [/a$/, ['an', 'ese', 'ian']], // China → Chinese, Cuba → Cuban, Kenya → Kenyan
  [/e$/, ['ian', 'an', 'ese']], // Ukraine → Ukrainian, Chile → Chilean
  [/ey$/, ['ish']], // Turkey → Turkish
  [/y$/, ['ian', 'ish', 'an']], // Hungary → Hungarian, Italy → Italian, Germany → German
  [/ce$/, ['ch']], // France → French
  [/[^aeiouy]$/, ['ian', 'i', 'ese', 'ish', 'an', '']], // Belarus → Belarusian, Iraq → Iraqi, Sudan → Sudanese
];

/**
 * Candidate demonyms of a country name (several forms, some never used: they are only matched against
 * words the text actually contains, so a wrong candidate costs nothing).
 * @example toDemonyms('Poland') includes 'Polish'; toDemonyms('Ukraine') includes 'Ukrainian'
 */
export function toDemonyms(country: string): string[] {
  const name = country.trim();
  if (!name || /\s/.test(name)) return [];
  const out = new Set<string>();
  for (const [re, endings] of RULES) {
    if (!re.test(name.toLowerCase())) continue;
    const stem = name.replace(re, (m) => (re.source === '[^aeiouy]$' ? m : ''));
    for (const e of endings) {
      out.add(stem + e);
      // "Pol-and" → "Pol-ish", "Turk-ey" → "Turk-ish", "Germ-any" → "German"
      if (re.source === 'land$') out.add(stem.replace(/$/, '') + e);
    }
    if (re.source === 'y$') out.add(name.slice(0, -1)); // Germany → German
    if (re.source === 'land$') out.add(name.replace(/and$/, '') + 'ish'); // Poland → Polish
  }
  out.delete(name);
  return [...out].filter((d) => d.length >= 4);
}
