// Gazetteer → the set of folded demonyms and adjectives of its countries ("russian", "ukrainian", "uzbek").
// "Ukrainian" and "Russian-led" point to a country without naming a place, so the matcher drops them.
import type { Gazetteer } from '../types';
import { foldName } from './fold-name';
import { COUNTRY_NAME_ENDINGS, DEMONYM_SUFFIXES } from './english-words';

const CACHE = new WeakMap<Gazetteer, Set<string>>();
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Derives demonyms by suffix rules from every one-word country name; never a country's own name. */
export function demonymsOf(gazetteer: Gazetteer): ReadonlySet<string> {
  const cached = CACHE.get(gazetteer);
  if (cached) return cached;
  const out = new Set<string>();
  const countryKeys = new Set<string>();
  for (const a of LETTERS) {
    for (const b of LETTERS) {
      const entry = gazetteer.country(a + b);
      if (!entry) continue;
      for (const name of gazetteer.namesOf(entry.geonameid)) {
        const key = foldName(name);
        countryKeys.add(key);
        if (key.includes(' ') || key.length < 4) continue;
        for (const suffix of DEMONYM_SUFFIXES) out.add(key + suffix);
        for (const ending of COUNTRY_NAME_ENDINGS) {
          if (!key.endsWith(ending)) continue;
          const stem = key.slice(0, -ending.length);
          if (stem.length < 3) continue;
          // "Ukraine" → "Ukrainian", "Uzbekistan" → "Uzbek": the bare stem is the demonym.
          if (ending === 'stan' || ending === 'istan') out.add(stem);
          for (const suffix of DEMONYM_SUFFIXES) out.add(stem + suffix);
        }
      }
    }
  }
  for (const key of countryKeys) out.delete(key);
  CACHE.set(gazetteer, out);
  return out;
}
