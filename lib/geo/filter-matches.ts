// Name matches + their tokens → the matches that read as place names in context.
// "Jordan said" and "Michael Jordan" → dropped; "Ukrainian" → demonym, dropped; "May" → month, dropped.
import type { Gazetteer, GazetteerEntry } from '../types';
import type { NameMatch } from './match-names';
import type { WordToken } from './tokenize-words';
import {
  DETERMINERS,
  LOCATIVE_WORDS,
  MEDIA_WORDS,
  NEVER_PLACES,
  PERSON_TITLES,
  PLACE_HEAD_WORDS,
  PLACE_TAIL_WORDS,
  SENTENCE_OPENERS,
  LOWERCASE_TITLES,
  STREET_WORDS,
} from './english-words';
import { demonymsOf } from './demonyms-of';
import { foldName } from './fold-name';
import { foldedNameOf } from './folded-name-of';

/**
 * Words joined to a name by a hyphen that make it a side in a conflict, not a place: "Russian-led",
 * "Moscow-backed". ("Washington-based" still names Washington.)
 */
const MODIFIER_TAILS = new Set(['led', 'backed', 'funded', 'sponsored', 'allied', 'style', 'era']);

/** Population from which a place name that is also a common word or a person's name needs no other evidence ("Reading", "Lincoln"). */
const WELL_KNOWN_POPULATION = 100_000;
/** Population from which a common word opening a sentence is still taken for the place ("Nice is ..."): rarely. */
const SENTENCE_START_POPULATION = 1_000_000;
/** Population under which a place needs some evidence in the text: a locative word, a qualifier, a named region. */
const SMALL_PLACE_POPULATION = 15_000;

interface Context {
  text: string;
  tokens: readonly WordToken[];
  gazetteer: Gazetteer;
  matchAt: ReadonlyMap<number, NameMatch>;
}

/**
 * Entries by the ids array of a match: the gazetteer's lookup returns one array per name, so a name's entries
 * are gathered once, not at every mention ("Washington" has hundreds).
 */
const ENTRIES = new WeakMap<readonly number[], GazetteerEntry[]>();

function entriesOf(m: NameMatch, gazetteer: Gazetteer): GazetteerEntry[] {
  let entries = ENTRIES.get(m.ids);
  if (!entries) {
    entries = m.ids.map((id) => gazetteer.get(id)).filter((e): e is GazetteerEntry => e !== undefined);
    ENTRIES.set(m.ids, entries);
  }
  return entries;
}

/** A capitalised word right before the name, joined by one space, that is not a place word: "Michael Jordan". */
function nameBefore(m: NameMatch, c: Context): WordToken | null {
  const prev = m.first > 0 ? c.tokens[m.first - 1] : undefined;
  const first = c.tokens[m.first]!;
  if (!prev || first.sentenceStart || !/^[ \u00a0]$/.test(c.text.slice(prev.end, m.start))) return null;
  if (!prev.capitalized || prev.allCaps || PLACE_HEAD_WORDS.has(prev.key) || DETERMINERS.has(prev.key)) return null;
  if (prev.sentenceStart && SENTENCE_OPENERS.has(prev.key)) return null;
  if (c.matchAt.has(m.first - 1)) return null;
  return prev;
}

/**
 * A word right after the name that makes the whole a firm's or a person's name, not a place:
 * a newspaper word ("Washington Post"), a hyphenated capitalised word ("Pop-Culture", "Wal-Mart"),
 * or a surname after a name that is also a person's ("Jordan Henderson"). Org names built on a place keep
 * the place: "the Dublin Historical Society" names Dublin.
 */
function nameAfter(m: NameMatch, c: Context, classes: string): 'media' | 'hyphen' | 'person' | null {
  const next = c.tokens[m.last];
  if (!next || next.sentenceStart || !next.capitalized || next.allCaps) return null;
  const gap = c.text.slice(m.end, next.start);
  // "Pop-Culture", "Wal-Mart"; but "Fargo-Moorhead" joins two places.
  if (/^[-‐‑]$/.test(gap)) return c.matchAt.has(m.last) ? null : 'hyphen';
  if (!/^[ \u00a0]$/.test(gap)) return null;
  if (MEDIA_WORDS.has(next.key)) return 'media';
  if (!classes.includes('f') && !classes.includes('l')) return null;
  const nextClasses = c.gazetteer.wordClasses?.(next.key) ?? '';
  if (!c.matchAt.has(m.last) || nextClasses.includes('l')) return 'person';
  return null;
}

/** "in Kharkiv", "near the town of Odesa": a locative word within the two words before. */
function hasLocativeBefore(m: NameMatch, c: Context): boolean {
  // "Yancy Marriott, 52, of Gun Barrel City": "of" after a comma gives where a person is from.
  // "Rep. Torrey Westrom, R-Elbow Lake": a party's initial and a hyphen give a legislator's home town.
  const before = c.text.slice(Math.max(0, m.start - 8), m.start);
  if (/,[ \u00a0]+of[ \u00a0]+$/.test(before) || /\b(?:[RDI]|DFL)-$/.test(before)) return true;
  for (let k = m.first - 1; k >= Math.max(0, m.first - 3); k--) {
    const t = c.tokens[k]!;
    if (LOCATIVE_WORDS.has(t.key)) return true;
    if (t.capitalized) return false;
  }
  return false;
}

/**
 * "Chiefland, Fla.", "Odesa, Donetsk": a comma and another place name right after; or a word that only
 * follows places: "the Mansfield resident", "Jackson and Barrow counties".
 */
function hasQualifierAfter(m: NameMatch, c: Context): boolean {
  const next = c.matchAt.get(m.last);
  if (next !== undefined && /^\s*,\s*$/.test(c.text.slice(m.end, next.start))) return true;
  const after = c.tokens[m.last];
  if (after && PLACE_TAIL_WORDS.has(after.key) && /^[ \u00a0]$/.test(c.text.slice(m.end, after.start))) return true;
  // "a Meadow Grove man": a person from somewhere, after an indefinite article.
  const article = m.first > 0 ? c.tokens[m.first - 1] : undefined;
  if (after && PERSON_FROM_WORDS.has(after.key) && (article?.key === 'a' || article?.key === 'an')) return true;
  // "Jackson and Barrow counties": a list that ends in a place word.
  const and = c.tokens[m.last];
  const other = c.tokens[m.last + 1];
  const tail = c.tokens[m.last + 2];
  return and?.key === 'and' && other?.capitalized === true && tail !== undefined && PLACE_TAIL_WORDS.has(tail.key);
}

/** A locative word before, or a qualifier after or before: "in Superior", "Mobile, Ala.", "Springfield, Ill.". */
function hasEvidence(m: NameMatch, c: Context): boolean {
  return hasLocativeBefore(m, c) || hasQualifierAfter(m, c) || isQualifier(m, c) || isDateline(m, c) || namesItsKind(m);
}

/** Words that end a name by saying what kind of place it is: "Edgar County", "Rapides Parish". */
const KIND_WORDS: ReadonlySet<string> = new Set('county parish borough township province region oblast district governorate prefecture'.split(' '));

/** "Edgar County": a name that says it is a place needs no other evidence. */
function namesItsKind(m: NameMatch): boolean {
  const space = m.key.lastIndexOf(' ');
  return space > 0 && KIND_WORDS.has(m.key.slice(space + 1));
}

/** Words for a person after "a <place>": "a Meadow Grove man", "an Ashland couple". */
const PERSON_FROM_WORDS: ReadonlySet<string> = new Set('man woman men women couple teen teenager boy girl family'.split(' '));

/** "HARWINTON — Former...", "MOSCOW (Reuters) -": a name in capitals opening a line before a dash or a bracket. */
function isDateline(m: NameMatch, c: Context): boolean {
  const first = c.tokens[m.first]!;
  if (!first.allCaps || !first.sentenceStart) return false;
  return /^(?:,[ \u00a0]*[A-Za-z. ]{2,12})?[ \u00a0]*(?:[—–-]|\()/.test(c.text.slice(m.end, m.end + 20));
}

/** "US$460 million", "$US 15 billion", "NZ$20": a country code glued to a dollar sign is a currency. */
function isCurrency(m: NameMatch, c: Context): boolean {
  return c.text.charAt(m.end) === '$' || c.text.charAt(m.start - 1) === '$';
}

/** Words after a place name that make it the name of a disease: "Marburg virus", "Rift Valley fever". */
const DISEASE_WORDS: ReadonlySet<string> = new Set(['virus', 'ebolavirus', 'fever', 'disease', 'haemorrhagic', 'hemorrhagic']);

/** "Marburg virus", "Lyme disease": a disease named after a place does not put the story there. */
function isEponym(m: NameMatch, c: Context): boolean {
  const next = c.tokens[m.last];
  return next !== undefined && DISEASE_WORDS.has(next.key) && /^[ \u00a0]$/.test(c.text.slice(m.end, next.start));
}

/** Heads of the names of natural features, which the gazetteer lacks: "Aleutian Islands", "Gulf of Mexico". */
const FEATURE_WORDS: ReadonlySet<string> = new Set(
  'islands island isles isle bay gulf delta sea seas ocean river lake lakes valley mountains mountain peninsula strait coast plateau plain plains desert'.split(' '),
);

/** A feature word follows the name, capitalised, after one space: "Baltic Sea", "Islington Bay". */
function headsFeature(m: NameMatch, c: Context): boolean {
  const next = c.tokens[m.last];
  return next !== undefined && next.capitalized && FEATURE_WORDS.has(next.key) && /^[ \u00a0]$/.test(c.text.slice(m.end, next.start));
}

/** Words that join an institution's head word to what it serves: "University of Georgia", "Centre for Disease". */
const INSTITUTION_LINKS: ReadonlySet<string> = new Set(['of', 'for']);

/** A capitalised word follows the name after one space, on the same line: "White House Press". */
function opensLongerName(m: NameMatch, c: Context): boolean {
  const next = c.tokens[m.last];
  return next !== undefined && next.capitalized && !next.sentenceStart && /^[ \u00a0]$/.test(c.text.slice(m.end, next.start));
}

/** `key` names `e` in other words than its own name: "white house" for Casablanca, not "st petersburg". */
function isTranslationOf(key: string, e: GazetteerEntry): boolean {
  const own = new Set(foldedNameOf(e).split(' '));
  return key.split(' ').every((w) => !own.has(w));
}

/** Longest word in capitals that must be written so in the gazetteer to be read as a place ("EU", "UN", "FAO"). */
const MAX_ACRONYM_LENGTH = 3;

/**
 * "EU", "UN", "FAO": a short word in capitals is an acronym unless some reading is written that way ("US", "UK",
 * "NSW", "DRC"); the town of Eu and the Iraqi port Al Fāw (alias "Fao") are not named in capitals.
 */
function isAcronymOfOther(m: NameMatch, c: Context, entries: readonly GazetteerEntry[]): boolean {
  const surface = c.text.slice(m.start, m.end);
  if (surface.length > MAX_ACRONYM_LENGTH || !/^\p{Lu}+$/u.test(surface)) return false;
  return !entries.some((e) => c.gazetteer.namesOf(e.geonameid).some((n) => n.replace(/\./g, '') === surface));
}

/**
 * "6016 Dublin Road", "Memphis Street": a street named after the place (not "a Texas court": lower case);
 * "34th Street", "Eighth Street": a street word after an ordinal is a street's name ("a fourth Oakland officer" is not).
 */
function isStreetName(m: NameMatch, c: Context): boolean {
  // "Edgar County Court" is a court: counties and regions name no streets.
  if (/ county$/.test(m.key)) return false;
  const next = c.tokens[m.last];
  if (next !== undefined && next.capitalized && STREET_WORDS.has(next.key) && /^[ \u00a0]$/.test(c.text.slice(m.end, next.start))) return true;
  const prev = m.first > 0 ? c.tokens[m.first - 1] : undefined;
  if (prev === undefined || !/^[ \u00a0]$/.test(c.text.slice(prev.end, m.start))) return false;
  return DIGIT_ORDINAL.test(prev.key) || (ORDINAL_WORDS.has(prev.key) && STREET_WORDS.has(m.key));
}

/** "34th", "2nd": an ordinal in figures, which before a name makes a street ("34th Street", "5th Avenue"). */
const DIGIT_ORDINAL = /^\d+(?:st|nd|rd|th)$/;
/** Ordinals in words, which make a street only before a street word ("Eighth Street"). */
const ORDINAL_WORDS: ReadonlySet<string> = new Set('first second third fourth fifth sixth seventh eighth ninth tenth'.split(' '));

/** "St. Patrick's Day", "Valentine’s Day": a name with a possessive before "Day" names a holiday. */
function isHoliday(m: NameMatch, c: Context): boolean {
  const next = c.tokens[m.last];
  return next !== undefined && next.key === 'day' && next.capitalized && /['’]s[ \u00a0]$/.test(c.text.slice(m.end, next.start));
}

/** "Springfield, Ill." is qualified; "Reading, Berkshire" too: the place before a comma-qualifier. */
function isQualifier(m: NameMatch, c: Context): boolean {
  const prev = c.matchAt.get(m.first - 1);
  return prev !== undefined && /^\s*,\s*$/.test(c.text.slice(prev.end, m.start));
}

/**
 * Whether some reading of a name is written in full, without a dot (and with an apostrophe, when asked),
 * by the match's ids array: the gazetteer returns one array per name, so each name is checked once.
 */
const WRITTEN_IN_FULL = new WeakMap<readonly number[], Map<boolean, boolean>>();

/**
 * Abbreviated names must be written as such: "Ill." matches "Ill." but not "I'll", and "Miss." not "Miss".
 * A match fits when some candidate has a name that folds to it without a dot or an apostrophe of its own,
 * or when the text has the dot.
 */
function abbreviationFits(m: NameMatch, c: Context, entries: readonly GazetteerEntry[]): boolean {
  const surface = c.text.slice(m.start, m.end);
  const hasDot = c.text.charAt(m.end) === '.' || surface.endsWith('.');
  const apostrophe = /['’ʼ]/.test(surface);
  if (!apostrophe && (hasDot || m.key.length > 5)) return true;
  let known = WRITTEN_IN_FULL.get(m.ids);
  if (!known) {
    known = new Map();
    WRITTEN_IN_FULL.set(m.ids, known);
  }
  let fits = known.get(apostrophe);
  if (fits === undefined) {
    fits = entries.some((e) =>
      c.gazetteer.namesOf(e.geonameid).some((n) => !n.endsWith('.') && (!apostrophe || /['’ʼ]/.test(n)) && foldName(n) === m.key),
    );
    known.set(apostrophe, fits);
  }
  return fits;
}


/**
 * Keeps the matches that are place names in this text. Rules, each with an example:
 * - lower-case words are not names: "the reading room" ≠ Reading;
 * - calendar words, titles and function words never are: "May", "President";
 * - demonyms point to a country, they do not name a place: "Ukrainian", "Russian-led";
 * - a capitalised word glued before or after makes a person or firm: "Michael Jordan", "Washington Post",
 *   and one sense per text: after "Barack Obama", a lone "Obama" is the man too;
 * - a common word, a person's name or a small village needs evidence: a locative word ("in Superior"),
 *   a qualifier ("Mobile, Ala."), or a large population.
 */
export function filterMatches(
  text: string,
  tokens: readonly WordToken[],
  matches: readonly NameMatch[],
  gazetteer: Gazetteer,
  /** True when the text also writes this key as a lower-case word. */
  isLowercaseWord: (key: string) => boolean,
): NameMatch[] {
  const demonyms = demonymsOf(gazetteer);
  const wordClasses = (key: string) => gazetteer.wordClasses?.(key) ?? '';
  const matchAt = new Map<number, NameMatch>();
  for (const m of matches) for (let k = m.first; k < m.last; k++) matchAt.set(k, m);
  const c: Context = { text, tokens, gazetteer, matchAt };

  // One sense per text for people: a name seen after a first name or a title is a person everywhere.
  const personKeys = new Set<string>();
  for (const m of matches) {
    if (m.last - m.first !== 1) continue;
    const prev = m.first > 0 ? tokens[m.first - 1]! : null;
    const joined = prev !== null && /^[ \u00a0]$|^\. $/.test(text.slice(prev.end, m.start));
    if (joined && prev.capitalized && (PERSON_TITLES.has(prev.key) || wordClasses(prev.key).includes('f'))) personKeys.add(m.key);
    // "state governor David Paterson": a title in lower case right before a first name.
    if (joined && !prev.capitalized && LOWERCASE_TITLES.has(prev.key) && wordClasses(m.key).includes('f')) personKeys.add(m.key);
  }

  return matches.filter((m) => {
    const first = tokens[m.first]!;
    const last = tokens[m.last - 1]!;
    if (!first.capitalized || !last.capitalized) return false;
    const single = m.last - m.first === 1;
    const classes = single ? wordClasses(m.key) : '';
    if (single && (NEVER_PLACES.has(m.key) || demonyms.has(m.key) || classes.includes('d'))) return false;

    const next = tokens[m.last];
    if (next && /^[-‐‑]$/.test(text.slice(m.end, next.start)) && MODIFIER_TAILS.has(next.key)) return false;
    if (isStreetName(m, c)) return false;
    if (isCurrency(m, c) || isEponym(m, c) || isHoliday(m, c)) return false;
    // "Baltic Sea", "Ural Mountains", "Fraser Valley": a feature the gazetteer lacks, not the town named like its
    // first word (Baltic, Connecticut). A country or a region keeps its name: "Mississippi River" runs through it.
    if (headsFeature(m, c) && !entriesOf(m, gazetteer).some((e) => e.kind === 'country' || e.featureCode === 'ADM1')) return false;
    // "the University of Georgia", "the Centre for Disease Control": a common word heading an institution's name.
    // (Not a feature's head: "the Gulf of Mexico"; nor a well-known place: "the Nice of Russia".)
    const plainWord = single && classes.includes('c') && !first.allCaps && text.charAt(m.end) !== '.' && !FEATURE_WORDS.has(m.key);
    if (plainWord && next && INSTITUTION_LINKS.has(next.key) && tokens[m.last + 1]?.capitalized) {
      if (entriesOf(m, gazetteer).every((e) => e.population < WELL_KNOWN_POPULATION && e.kind !== 'country')) return false;
    }

    const entries = entriesOf(m, gazetteer);
    if (single && isAcronymOfOther(m, c, entries)) return false;
    const major = entries.some((e) => e.kind === 'country' || e.featureCode === 'ADM1' || e.featureCode === 'CONT' || e.featureCode === 'RGN');
    const maxPopulation = entries.reduce((p, e) => Math.max(p, e.population), 0);
    const after = nameAfter(m, c, classes);
    // "Agence France-Presse": a country glued by a hyphen to a word that names nothing is part of a name.
    if (major && (after === 'media' || after === 'person' || after === 'hyphen')) return false;
    // "Health Centre", "Danube Delta": a common word after a capitalised word is the tail of that name.
    // (Abbreviations and a feature's head are left alone: "Former US ambassador", "Danube Delta".)
    if (plainWord && nameBefore(m, c)) return false;
    // "Drug" is an alternate spelling of Durg, India: a common word that is only an alternate name needs evidence.
    if (plainWord && !entries.some((e) => foldedNameOf(e) === m.key) && !hasEvidence(m, c)) return false;
    if (major && !classes && after === null && abbreviationFits(m, c, entries)) return true;

    // "White House Press Secretary": "White House" translates Casablanca's Arabic name and is a Tennessee town's.
    // A name of several words that opens a longer capitalised name, and is only a translation of a place's name
    // or a small town's, is part of that longer name unless the text places it ("Bombay, the city" stays).
    if (!single && opensLongerName(m, c) && !hasEvidence(m, c)) {
      if (entries.every((e) => isTranslationOf(m.key, e) || e.population < SMALL_PLACE_POPULATION)) return false;
    }
    // "the White House" is a translation alternate of Casablanca: a city under an alternate name after "the".
    const the = m.first > 0 ? tokens[m.first - 1] : undefined;
    if (the?.key === 'the' && entries.every((e) => e.kind === 'city' && foldedNameOf(e) !== m.key)) return false;
    // "the White House", "the Green Zone": a name made of common words after "the" is a building or a nickname.
    if (the?.key === 'the' && !single && tokens.slice(m.first, m.last).every((t) => wordClasses(t.key).includes('c'))) return false;
    if (!major && (nameBefore(m, c) || after)) return false;
    // "Ill." and "Miss." are state abbreviations only with their dot: "I'll", "Miss Smith" are not.
    if (!abbreviationFits(m, c, entries)) return false;
    if (!major && single && personKeys.has(m.key)) return false;

    const evidence = hasEvidence(m, c);
    const wellKnown = maxPopulation >= WELL_KNOWN_POPULATION || major;
    // A one-word name that is also an organisation, a person's name or a common word.
    if (classes.includes('o') && !evidence) return false;
    // A person's name that is only another name of a big city ("Franklin" for Columbus, "Marburg" for Maribor)
    // is taken for the person unless the text places it; the city's own name is not ("Lincoln", "Reading").
    const ownName = entries.some((e) => foldedNameOf(e) === m.key);
    if ((classes.includes('f') || classes.includes('l')) && !evidence && !(wellKnown && ownName)) return false;
    // "Lu", "Wa": a name of up to three letters that is only another name of a place needs the text to place it.
    if (single && !ownName && !major && m.key.length <= 3 && !evidence) return false;
    if (classes.includes('c') || isLowercaseWord(m.key)) {
      if (first.sentenceStart || first.allCaps) {
        if (maxPopulation < SENTENCE_START_POPULATION && !major && !hasQualifierAfter(m, c)) return false;
      } else if (!evidence && !wellKnown) return false;
      // "Laurel County Council", "Main Street": a common word glued after another name is part of it.
      const prev = matchAt.get(m.first - 1);
      if (prev && /^[ \u00a0]$/.test(text.slice(prev.end, m.start)) && !major) return false;
    }
    if (!evidence && maxPopulation < SMALL_PLACE_POPULATION && !major) return false;
    return true;
  });
}
