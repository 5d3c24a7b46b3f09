// Tokens no gazetteer name matched → misspelt or otherwise transliterated names of real places.
// "Ukrane" → Ukraine, "Qandahar" → Kandahar, "Kharkov" → Kharkiv; never "Police" or "Sunday".
import type { Gazetteer, GazetteerEntry } from '../types';
import type { NameMatch } from './match-names';
import type { WordToken } from './tokenize-words';
import { SOUND_KEY_PREFIX, soundKey } from './sound-key';
import { editDistance } from './edit-distance';
import { foldName } from './fold-name';
import { NEVER_PLACES, PERSON_TITLES } from './english-words';

/** Hyphen, non-breaking hyphen and hyphen-minus. */
const HYPHENS = new Set([0x2d, 0x2010, 0x2011]);
import { demonymsOf } from './demonyms-of';

/** Words that follow a region's name as part of it: "Donetsk Oblast", "Kharkiv Oblast". */
const REGION_WORDS = new Set(['province', 'region', 'oblast', 'state', 'district', 'county', 'governorate', 'prefecture']);
/** Shortest word tried: shorter words are too often other words one letter away ("Paris"/"Parts"). */
const MIN_LENGTH = 6;
/** Most edits allowed: one for words up to this length, two beyond. */
const ONE_EDIT_MAX_LENGTH = 8;
/** Edits allowed for long words that also share the sound key: transliterations of one name can be three apart. */
const SAME_SOUND_BOUND = 3;

function editBound(key: string): number {
  return key.length <= ONE_EDIT_MAX_LENGTH ? 1 : 2;
}

/**
 * True when `key` is a spelling of `name`, not a word derived from it: within the edit bound, and neither
 * a prefix of the other ("russians" is Russia's demonym, "ukrainian" a stem of Ukraine).
 */
function isSpellingOf(key: string, name: string): boolean {
  if (name.startsWith(key) || key.startsWith(name)) return false;
  const bound = editBound(key);
  if (editDistance(name, key, bound) <= bound) return true;
  return key.length > ONE_EDIT_MAX_LENGTH && soundKey(name) === soundKey(key) && editDistance(name, key, SAME_SOUND_BOUND) <= SAME_SOUND_BOUND;
}

/**
 * One array per list of ids: the resolver remembers a name's readings by its ids array, so a misspelling
 * found again in another text must come with the very same array, not an equal copy.
 */
const ID_LISTS = new WeakMap<Gazetteer, Map<string, readonly number[]>>();

function sameIds(ids: readonly number[], gazetteer: Gazetteer): readonly number[] {
  let lists = ID_LISTS.get(gazetteer);
  if (!lists) {
    lists = new Map();
    ID_LISTS.set(gazetteer, lists);
  }
  const key = ids.join(',');
  const known = lists.get(key);
  if (known) return known;
  lists.set(key, ids);
  return ids;
}

/**
 * Gazetteer ids that `key` may be a misspelling of, whatever the text: same sound key, and within the edit
 * bound of one of the entry's names. Remembered per gazetteer and key: the test folds every alternate name.
 */
const SPELLINGS = new WeakMap<Gazetteer, Map<string, readonly number[]>>();

function spellingsOf(key: string, gazetteer: Gazetteer): readonly number[] {
  let known = SPELLINGS.get(gazetteer);
  if (!known) {
    known = new Map();
    SPELLINGS.set(gazetteer, known);
  }
  let ids = known.get(key);
  if (ids === undefined) {
    ids = gazetteer
      .lookup(SOUND_KEY_PREFIX + soundKey(key))
      .filter((id) => gazetteer.get(id) !== undefined && gazetteer.namesOf(id).some((n) => isSpellingOf(key, foldName(n))));
    known.set(key, ids);
  }
  return ids;
}

/**
 * Finds capitalised, unmatched, long words that sound like a gazetteer name and are within an edit
 * bound of one of its spellings. The evidence must be strong: no common word or person's name, and the
 * place is a country, or lies in a country that the exact matches of the text already point to.
 */
export function matchFuzzyNames(
  text: string,
  tokens: readonly WordToken[],
  matched: readonly NameMatch[],
  kept: readonly NameMatch[],
  gazetteer: Gazetteer,
  /** True when the text also writes this key as a lower-case word. */
  isLowercaseWord: (key: string) => boolean,
): NameMatch[] {
  // A word that matched a name exactly was judged by the filters already, whatever they decided.
  const covered = new Set<number>();
  for (const m of matched) for (let k = m.first; k < m.last; k++) covered.add(k);
  // Countries the exact matches point to; worked out only when a word has a misspelling reading.
  let countries: Set<string> | null = null;
  const countriesOfText = (): Set<string> => {
    if (countries) return countries;
    countries = new Set<string>();
    for (const m of kept) {
      for (const id of m.ids) {
        const e = gazetteer.get(id);
        if (e && (e.kind === 'country' || e.population >= 15_000)) countries.add(e.country);
      }
    }
    return countries;
  };
  const demonyms = demonymsOf(gazetteer);

  const out: NameMatch[] = [];
  tokens.forEach((t, i) => {
    const key = t.bare ?? t.key;
    // At a sentence start the capital proves nothing: "Campaign" is not a misspelt Champaign.
    if (!t.capitalized || t.sentenceStart || key.length < MIN_LENGTH || covered.has(i) || !/^[a-z]+$/.test(key)) return;
    if (NEVER_PLACES.has(key) || (gazetteer.wordClasses?.(key) ?? '') !== '') return;
    // "President Jean-Claude Duvalier": a word after a title, or glued by a hyphen to another capitalised
    // word, is part of a person's name, not a misspelt town.
    const prev = tokens[i - 1];
    if (prev && PERSON_TITLES.has(prev.key)) return;
    const next = tokens[i + 1];
    if (next?.capitalized && next.start === t.end + 1 && HYPHENS.has(text.charCodeAt(t.end))) return;
    // "Russians", "Palestinians": plural demonyms are not misspelt places.
    if (demonyms.has(key) || (key.endsWith('s') && (demonyms.has(key.slice(0, -1)) || gazetteer.wordClasses?.(key.slice(0, -1)))))
      return;
    const ids = spellingsOf(key, gazetteer);
    // A word the text also writes in lower case is that word: "the campaign" ... "Campaign".
    if (ids.length === 0 || isLowercaseWord(key)) return;
    const fits = sameIds(
      ids.filter((id) => {
        const e: GazetteerEntry | undefined = gazetteer.get(id);
        return e !== undefined && (e.kind === 'country' || countriesOfText().has(e.country));
      }),
      gazetteer,
    );
    if (fits.length === 0) return;
    // "Donetsk Oblast": a region word after a misspelt region belongs to its name.
    const isRegion = fits.some((id) => gazetteer.get(id)?.kind === 'region');
    if (t.bare === null && next && isRegion && next.capitalized && REGION_WORDS.has(next.key) && next.start === t.end + 1) {
      out.push({ start: t.start, end: next.end, first: i, last: i + 2, key, ids: fits });
      return;
    }
    const end = t.bare !== null ? t.end - 2 : t.end;
    out.push({ start: t.start, end, first: i, last: i + 1, key, ids: fits });
  });
  return out;
}
