// Article sentences + resolved places → actor mentions (people, organisations, states, groups) with a
// corpus-wide key, so "President Volodymyr Zelensky", "Zelensky" and "the president" become one actor.
import nlp from 'compromise';
import { foldName } from '../geo/fold-name';
import type { ActorKind, ActorMention, Article, Gazetteer, PlaceMention } from '../types';
import type { Sentence } from './split-sentences';
import { toDemonyms } from './to-demonyms';
import { matchAll } from './match-all';

interface Ctx {
  article: Article;
  gazetteer: Gazetteer;
  /** Lower-case demonym → ISO2 ("ukrainian" → UA), from every country in the gazetteer. */
  demonyms: ReadonlyMap<string, string>;
  /** Country the article is about: the most named country among its resolved places. */
  focus: string | null;
  out: ActorMention[];
  /** 1 where a found actor already covers the character: overlap checks stay linear on long articles. */
  covered: Uint8Array;
  /** Per country, the demonym the article writes ("belarusian" for BY), found once rather than per mention. */
  writtenDemonym: Map<string, string | undefined>;
  /** Memos of countryOfWord and isPlaceWord, shared by the articles read against one gazetteer (wordMemosOf). */
  countryOf: Map<string, string | null>;
  placeWord: Map<string, boolean>;
  /** The article's text in lower case, made on first need (demonym search). */
  lower?: string;
}

/** Titles that introduce a person's name: "President Volodymyr Zelensky", "spokesperson Mao Ning". */
const TITLES =
  'President|Prime Minister|Foreign Minister|Interior Minister|Defen[cs]e Minister|Minister|Press Secretary|Secretary of State|Secretary|Chancellor|King|Queen|Prince|Emir|Sheikh|Ayatollah|General|Gen\\.|Colonel|Col\\.|Lieutenant|Major|Commander|Governor|Mayor|Chairman|Chairwoman|Senator|Speaker|Ambassador|Patriarch|Pope|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?|[Ss]pokes(?:man|woman|person)|[Rr]eporter|[Jj]ournalist|[Cc]orrespondent|[Cc]ameraman|[Pp]hotographer|[Ll]eader|[Ll]eaders?hip candidate|[Cc]andidate|[Aa]ctivist|[Bb]logger|[Ll]awyer|[Cc]hief|[Hh]ead';
/** One capitalised name word, with hyphens and apostrophes: "Volodymyr", "O’Brien". */
const CAP = "[A-Z\\p{Lu}][\\p{L}’'-]*[\\p{L}]";
/** Up to four name words, allowing particles: "Ursula von der Leyen". */
const NAME = `${CAP}(?:\\s+(?:(?:von|van|der|den|de|del|da|di|al|bin|ibn|la|le)\\s+)*${CAP}){0,3}`;
/** Verbs of speech and decision that make the capitalised name before them a person: "Zelensky said". */
const RE_SPEAKER = new RegExp(
  `(?<![\\p{L}’'-])(${CAP}(?:\\s+${CAP})?)(?:,\\s+\\d+,)?\\s+(?:(?:has|had|have|also|then|later|further)\\s+)*(?:said|says|told|added|claimed|asked|requested|appealed|warned|urged|thanked|wrote|ordered|announced|insisted|declined|denied|stated|spoke|posted|died|fled|left)\\b`,
  'gu',
);
/** A full name followed by a relative clause: "Svetlana Tikhanovskaya, who has claimed victory". */
/** "the president", "the Belarusian president", "the President of Ukraine", but not "President Lukashenko". */
const RE_THE_PRESIDENT = /\b[Tt]he (?:[\p{Lu}][\p{L}]+ )?[Pp]resident(?: of [\p{Lu}][\p{L}]+)?(?!\s+[\p{Lu}])/gu;
/** A letter or hyphen just before or after a surname found by search: then it is part of a longer word. */
const NAME_CHAR_BEFORE = /[\p{L}-]$/u;
const NAME_CHAR_AFTER = /^[\p{L}-]/u;
/** The verbs RE_SPEAKER ends on, tested first: most sentences have none, and the pattern tries every capital. */
const HAS_SPEECH_VERB = /\b(?:said|says|told|added|claimed|asked|requested|appealed|warned|urged|thanked|wrote|ordered|announced|insisted|declined|denied|stated|spoke|posted|died|fled|left)\b/;
const RE_APPOSED = new RegExp(`(?<![\\p{L}’'-])(${CAP}\\s+${CAP}),\\s+(?:who|whose)\\b`, 'gu');

const RE_TITLED = new RegExp(`\\b(?:${TITLES})\\s+(${NAME})`, 'gu');
/** Words that end an organisation's name: "Interior Ministry", "Collective Security Treaty Organization". */
const ORG_HEADS =
  /^(?:Ministry|Organi[sz]ation|Council|Committee|Commission|Union|Agency|Party|Parliament|Government|Alliance|Front|Movement|Office|Service|Court|Assembly|Bank|Army|Guard|Network|Television|TV|News|Gazeta|Times|Post|Corporation|Company|Group|Association|Federation|Institute|Forces|Police|Directorate|Bureau|Department|Senate|Congress|Cabinet|Administration|Broadcasting|Radio|Press)$/;
/** A run of capitalised words with "of/the/for/and" inside: "Ministry of Health of Ukraine". */
const RE_CAP_RUN = new RegExp(`${CAP}(?:\\s+(?:(?:of|for|and|the|on|de)\\s+)*${CAP})*`, 'gu');
/** Nouns that introduce an organisation's proper name: "human rights group Viasna", "newspaper Vedomosti". */
const RE_ORG_INTRO = new RegExp(
  `\\b(?:newspaper|daily|weekly|television station|TV channel|channel|broadcaster|news agency|agency|website|outlet|rights group|group|organi[sz]ation|party|movement)\\s+(${CAP}(?:\\s+${CAP}){0,3})`,
  'gu',
);
/** Media and bodies named as the source of a report: "according to Reuters", "Euronews reported". */
const RE_REPORTER = new RegExp(`\\baccording to (?:a |the )?(${CAP}(?:\\s+${CAP}){0,2})|(${CAP}(?:\\s+${CAP}){0,2}) reported\\b|\\btold (${CAP}(?:\\s+${CAP}){0,2})`, 'gu');
/**
 * The words RE_REPORTER needs, tested first: its second branch is tried at every capital of every sentence, and
 * most sentences ("Police detained dozens in Lviv.") hold none of them.
 */
const MAY_NAME_REPORTER = /according to|reported|told/;
/**
 * Two capitals in a row, as an acronym needs ("told AFP"): two ASCII capitals, or any non-ASCII character (which
 * may be a capital). A cheap test before the acronym pattern, which checks a look-behind at every position.
 */
const MAY_HOLD_ACRONYM = /[A-Z][A-Z]|[^\x00-\x7f]/;
/** A capitalised abbreviation: "AFP", "CSTO". */
const RE_ACRONYM = /(?<![\p{L}/|])(\p{Lu}{2,6})(?![\p{L}/|])/gu;
/** The nouns the state pattern ends on ("Russian troops"), tested before it. */
const MAY_NAME_STATE_BODY = /government|authorities|troops|forces|army|military|leadership|troop deployment/;
/** Government ministries written in lower case: "Ukraine’s interior ministry". */
const RE_MINISTRY = /\b(interior|internal affairs|home affairs|health|foreign|foreign affairs|defen[cs]e|justice|finance|emergency situations?)\s+ministry\b|\bministry\s+of\s+(?:the\s+)?(interior|internal affairs|home affairs|health|foreign affairs|defen[cs]e|justice|finance|emergency situations?)\b/giu;
/** Groups and the canonical name each is filed under; order matters (longest phrases first). */
const GROUPS: Array<[RegExp, string, ActorKind]> = [
  [/\b(?:anti-government\s+)?(?:protesters|protestors|demonstrators|rioters|opposition supporters)\b/giu, 'protesters', 'group'],
  [/\b(?:security forces|riot police|police(?:men)?|law enforcement(?: officers)?|law enforces|soldiers|troops|the army|the military|servicemen)\b/giu, 'security forces', 'group'],
  [/\b(?:journalists|reporters|photographers)\b/giu, 'journalists', 'group'],
  [/\b(?:government|authorities|officials|the cabinet)\b/giu, 'government', 'organization'],
];
/** A demonym before a state's body: "The Chinese government", "Russian troops". */
const RE_STATE_BODY = /\b([\p{Lu}][\p{L}]+)\s+(?:government|authorities|troops|forces|army|military|leadership|troop deployment)\b/gu;
/** Verbs that make a country or a capital an actor rather than a place: "Moscow announcing", "China opposed". */
const ACTOR_VERB = /^(?:[’']s\s+(?:government|troops?|military|army|forces|president|leader|leadership|foreign ministry|deployment|support|request)\b|(?:\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?\s+(?:(?:has|have|had|also|firmly|will|would)\s+)*(?:said|says|saying|announced|announcing|called|calls|urged|urges|opposed|opposes|voiced|sent|sends|deployed|backed|backs|supports?|warned|thanked|condemned|stood|demanded|accused|denied|rejected)\b)/u;
/** Lead-ins that make the following list of countries actors: "thanked the leaders of Russia, China…". */
const ACTOR_LEAD = /(?:thanked (?:the )?leaders of|leaders of|called (?:up)?on|support (?:of|from)|help from|appeal to|thanked)\s+(?:(?:the\s+)?[\p{Lu}][\p{L}-]+,?\s+(?:and\s+)?)*$/u;
/** Credit lines and photo agencies: their names are sources, not actors ("Valery Sharifulin/TASS."). */
const CREDIT = /(?:\/|\|)\s*\p{Lu}|\bvia\s+\p{Lu}{2,}|Getty Images|contributed to this report|\bPhoto(?:graph)?:/u;
/** Capitalised words that start sentences or name days and months, never actors. */
const NOT_NAMES = /^(?:The|A|An|This|That|These|Those|It|He|She|They|We|I|In|On|At|As|But|And|Or|If|When|While|After|Before|Since|According|Meanwhile|However|Early|Late|Last|Next|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Related|Read|More|Comments|Follow|Published)$/;

/**
 * Each pre-filter with the patterns it gates: a pattern can match only where its gate does. Exported so that
 * the tests prove it on real text.
 */
export const ACTOR_PRE_FILTERS: ReadonlyArray<{ gate: RegExp; patterns: readonly RegExp[] }> = [
  { gate: MAY_NAME_REPORTER, patterns: [RE_REPORTER] },
  { gate: MAY_HOLD_ACRONYM, patterns: [RE_ACRONYM] },
  { gate: MAY_NAME_STATE_BODY, patterns: [RE_STATE_BODY] },
  { gate: HAS_SPEECH_VERB, patterns: [RE_SPEAKER] },
];

const demonymCache = new WeakMap<Gazetteer, Map<string, string>>();

/** Every country's demonyms, built once per gazetteer: "russian" → RU. Ambiguous forms are dropped. */
function demonymsOf(gazetteer: Gazetteer): Map<string, string> {
  const cached = demonymCache.get(gazetteer);
  if (cached) return cached;
  const map = new Map<string, string>();
  const clash = new Set<string>();
  // countries are found by trying every two-letter code, which is cheaper than walking all names
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const e = gazetteer.country(String.fromCharCode(a, b));
      if (!e) continue;
      for (const d of toDemonyms(e.name)) {
        const k = d.toLowerCase();
        if (map.has(k) && map.get(k) !== e.country) clash.add(k);
        map.set(k, e.country);
      }
    }
  }
  for (const k of clash) map.delete(k);
  demonymCache.set(gazetteer, map);
  return map;
}

/** Words remembered per gazetteer before the memos start over: a newsroom's vocabulary, bounded. */
const MAX_MEMO_WORDS = 50_000;

const wordMemos = new WeakMap<Gazetteer, Pick<Ctx, 'countryOf' | 'placeWord'>>();

/**
 * The memos of countryOfWord and isPlaceWord for a gazetteer. What a word names depends only on the word and
 * the gazetteer, and the same few ("police", "Russian", the country's name) come back in every article.
 */
function wordMemosOf(gazetteer: Gazetteer): Pick<Ctx, 'countryOf' | 'placeWord'> {
  let memos = wordMemos.get(gazetteer);
  if (!memos || memos.countryOf.size + memos.placeWord.size > MAX_MEMO_WORDS) {
    memos = { countryOf: new Map(), placeWord: new Map() };
    wordMemos.set(gazetteer, memos);
  }
  return memos;
}

const demonymsByCountryCache = new WeakMap<Gazetteer, Map<string, string[]>>();

/** Every country's demonyms in the order of demonymsOf, grouped by country once per gazetteer. */
function demonymsByCountry(gazetteer: Gazetteer): Map<string, string[]> {
  const cached = demonymsByCountryCache.get(gazetteer);
  if (cached) return cached;
  const map = new Map<string, string[]>();
  for (const [d, c] of demonymsOf(gazetteer)) map.set(c, [...(map.get(c) ?? []), d]);
  demonymsByCountryCache.set(gazetteer, map);
  return map;
}

/** The country a word names, as a demonym or a country name: "Polish" → PL, "Ukraine" → UA. */
function countryOfWord(word: string, ctx: Ctx): string | null {
  // the same few words ("Belarusian", "police") come back for every group and title: look each up once
  const cached = ctx.countryOf.get(word);
  if (cached !== undefined) return cached;
  const found = lookUpCountry(word, ctx);
  ctx.countryOf.set(word, found);
  return found;
}

function lookUpCountry(word: string, ctx: Ctx): string | null {
  const w = word.replace(/[’']s$/, '');
  const d = ctx.demonyms.get(w.toLowerCase());
  if (d) return d;
  for (const id of ctx.gazetteer.lookup(foldName(w))) {
    const e = ctx.gazetteer.get(id);
    if (e?.kind === 'country') return e.country;
  }
  return null;
}

/** Whether a capitalised word is a place in the gazetteer (so "Kharkiv" is not a person's surname). */
function isPlaceWord(word: string, ctx: Ctx): boolean {
  const cached = ctx.placeWord.get(word);
  if (cached !== undefined) return cached;
  const found = lookUpPlaceWord(word, ctx);
  ctx.placeWord.set(word, found);
  return found;
}

function lookUpPlaceWord(word: string, ctx: Ctx): boolean {
  const key = foldName(word);
  // "Alexander" and "Michel" are towns too, but the lexicon knows them as first names
  if (ctx.gazetteer.wordClasses && /[fl]/.test(ctx.gazetteer.wordClasses(key))) return false;
  return ctx.gazetteer.lookup(key).length > 0 || ctx.demonyms.has(word.toLowerCase());
}

/** Records an actor mention unless it overlaps one already found; `name` is left out for re-mentions ("the president"). */
function push(ctx: Ctx, start: number, end: number, kind: ActorKind, key: string, name: string | undefined, country: string | null): void {
  // a loop, not subarray().includes(): a view made per call cost more than the scan (called for every candidate)
  for (let k = start; k < end; k++) if (ctx.covered[k]) return;
  ctx.covered.fill(1, start, end);
  const m: ActorMention = { articleId: ctx.article.id, start, end, text: ctx.article.text.slice(start, end), kind, key, country };
  if (name !== undefined) m.name = name;
  ctx.out.push(m);
}

function countryName(iso: string | null, ctx: Ctx): string | null {
  return iso ? (ctx.gazetteer.country(iso)?.name ?? null) : null;
}

/** The country named just before a title or group: "Polish President …", "Ukrainian security forces". */
function countryBefore(text: string, at: number, ctx: Ctx): string | null {
  // never across a sentence or line end: "…and Kyrgyzstan.\n\nWhite House Press Secretary Karine Jean-Pierre"
  const before = text.slice(Math.max(0, at - 40), at).split(/[.!?:;]\s|\n/).at(-1) ?? '';
  // a word, then whitespace to the end (capitalised words may come between, but they end in a letter too):
  // the same test as /([\p{L}’'-]+)\s+(?:[\p{Lu}][\p{L}-]+\s+){0,3}$/u, without trying it from every position
  const trimmed = before.trimEnd();
  if (trimmed.length === before.length || !ENDS_IN_WORD.test(trimmed.slice(-2))) return null;
  for (const w of before.trim().split(/\s+/).reverse().slice(0, 4)) {
    const c = countryOfWord(w, ctx);
    if (c) return c;
  }
  return null;
}

/** The last character of a word, as countryBefore needs it before the closing whitespace. */
const ENDS_IN_WORD = /[\p{L}’'-]$/u;

function surnameKey(name: string): string {
  const parts = name.split(/\s+/);
  return `person:${foldName(parts[parts.length - 1] ?? name)}`;
}

const RE_TWO_CAPS = new RegExp(`(?<![\\p{L}’'-])${CAP}(?:\\s+${CAP}){1,2}`, 'gu');

/** Spans of a sentence that look like untitled full names (offsets relative to the sentence). */
function untitledNames(text: string, ctx: Ctx): Array<{ start: number; end: number }> {
  const classes = ctx.gazetteer.wordClasses;
  if (classes) {
    const out: Array<{ start: number; end: number }> = [];
    for (const m of matchAll(RE_TWO_CAPS, text)) {
      const first = m[0].split(/\s+/)[0] ?? '';
      if (/f/.test(classes(foldName(first)))) out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
    }
    return out;
  }
  if (!RE_TWO_CAPS.test(text.slice(1))) return [];
  RE_TWO_CAPS.lastIndex = 0;
  const found = nlp(text).people().json({ offset: true }) as Array<{ offset?: { start: number; length: number } }>;
  return found.flatMap((p) => (p.offset ? [{ start: p.offset.start, end: p.offset.start + p.offset.length }] : []));
}

function findPeople(sentences: readonly Sentence[], ctx: Ctx): Map<string, { name: string; titles: string[] }> {
  const people = new Map<string, { name: string; titles: string[] }>();
  const { text } = ctx.article;
  for (const s of sentences) {
    // titled names
    for (const m of matchAll(RE_TITLED, s.text)) {
      let name = m[1] ?? '';
      const words = name.split(/\s+/);
      // "President Zelensky On Wednesday": the name stops at a word that is no name
      while (words.length && NOT_NAMES.test(words[words.length - 1] ?? '')) words.pop();
      if (!words.length || words.some((w) => NOT_NAMES.test(w) || ORG_HEADS.test(w))) continue;
      if (words.length === 1 && isPlaceWord(words[0] ?? '', ctx)) continue;
      name = words.join(' ');
      const start = s.start + (m.index ?? 0) + m[0].length - (m[1] ?? '').length;
      // "former President Poroshenko" is not the president the article's "the president" refers to
      const former = /\b(?:former|ex-|late|then)\s*$/i.test(s.text.slice(Math.max(0, (m.index ?? 0) - 10), m.index ?? 0));
      const title = `${former ? 'former ' : ''}${m[0].slice(0, m[0].length - (m[1] ?? '').length).trim()}`;
      const country = countryBefore(text, s.start + (m.index ?? 0), ctx);
      const key = surnameKey(name);
      const known = people.get(key);
      people.set(key, { name: known && known.name.length >= name.length ? known.name : name, titles: [...(known?.titles ?? []), title] });
      push(ctx, s.start + (m.index ?? 0), start + name.length, 'person', key, name, country);
    }
    // untitled full names: a known first name and a capitalised word ("Svetlana Tikhanovskaya"), from the
    // gazetteer's lexicon when it has one, else from compromise (which tags whole sentences, so it runs
    // only where two capitalised words meet)
    for (const p of untitledNames(s.text, ctx)) {
      const raw = s.text.slice(p.start, p.end).replace(/[’']s$/, '').replace(/[,.;:]+$/, '');
      const words = raw.split(/\s+/);
      if (words.length < 2 || words.length > 4) continue;
      if (!words.every((w) => /^\p{Lu}/u.test(w)) || words.some((w) => NOT_NAMES.test(w) || ORG_HEADS.test(w) || isPlaceWord(w, ctx))) continue;
      const at = s.start + p.start;
      if (/[/|]/.test(text.slice(Math.max(0, at - 2), at + raw.length + 2))) continue;
      const key = surnameKey(raw);
      const known = people.get(key);
      people.set(key, { name: known && known.name.length >= raw.length ? known.name : raw, titles: known?.titles ?? [] });
      push(ctx, at, at + raw.length, 'person', key, raw, null);
    }
  }
  // a capitalised name that speaks or acts is a person even without a title: "Zelensky has also requested help"
  for (const s of sentences) {
    const speaks = HAS_SPEECH_VERB.test(s.text) ? matchAll(RE_SPEAKER, s.text) : [];
    const apposed = /,\s+who/.test(s.text) ? matchAll(RE_APPOSED, s.text) : [];
    for (const m of [...speaks, ...apposed]) {
      const raw = m[1] ?? '';
      // "Ministry of Internal Affairs said": the end of a longer name is no person
      if (/(?:\b(?:of|for|and)\s+(?:the\s+)?|[\p{Lu}][\p{L}]*\s+)$/u.test(s.text.slice(Math.max(0, (m.index ?? 0) - 20), m.index ?? 0))) continue;
      const words = raw.split(/\s+/);
      if (words.some((w) => NOT_NAMES.test(w) || ORG_HEADS.test(w) || isPlaceWord(w, ctx))) continue;
      if (words.length === 1 && ctx.gazetteer.wordClasses && /c/.test(ctx.gazetteer.wordClasses(foldName(raw)))) continue;
      const at = s.start + (m.index ?? 0);
      const key = surnameKey(raw);
      if (!people.has(key)) people.set(key, { name: raw, titles: [] });
      push(ctx, at, at + raw.length, 'person', key, words.length > 1 ? raw : undefined, null);
    }
  }
  return people;
}

/** Bare surnames and "the president" of people already named in the article. */
function findPeopleAgain(sentences: readonly Sentence[], people: Map<string, { name: string; titles: string[] }>, ctx: Ctx): void {
  const president = [...people.entries()]
    .map(([key, p]) => ({ key, name: p.name, n: p.titles.filter((t) => /president/i.test(t) && !/former/i.test(t)).length }))
    .filter((p) => p.n > 0)
    .sort((a, b) => b.n - a.n || a.key.localeCompare(b.key))[0];
  // every surname in one pattern, built once: a pattern per person and sentence is quadratic on long articles
  const keyOfSurname = new Map<string, string>();
  for (const [key, p] of people) {
    const surname = p.name.split(/\s+/).at(-1) ?? '';
    if (surname.length >= 3 && !keyOfSurname.has(surname)) keyOfSurname.set(surname, key);
  }
  const alternatives = [...keyOfSurname.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const plainNames = [...keyOfSurname.keys()].every((n) => /^[\p{L}-]+$/u.test(n));
  const surnames = alternatives.length && !plainNames ? new RegExp(`(?<![\\p{L}-])(?:${alternatives.join('|')})(?![\\p{L}-])`, 'gu') : null;
  for (const s of sentences) {
    if (alternatives.length && plainNames) {
      // names of letters and hyphens are whole runs of them: each is found by a plain search, kept where no
      // letter or hyphen touches it ("Smith" in "Smith-Jones" is not Smith)
      for (const [surname, key] of keyOfSurname) {
        for (let i = s.text.indexOf(surname); i >= 0; i = s.text.indexOf(surname, i + 1)) {
          const end = i + surname.length;
          if (NAME_CHAR_BEFORE.test(s.text.slice(Math.max(0, i - 2), i)) || NAME_CHAR_AFTER.test(s.text.slice(end, end + 2))) continue;
          push(ctx, s.start + i, s.start + end, 'person', key, undefined, null);
        }
      }
    } else if (surnames) {
      for (const m of matchAll(surnames, s.text)) {
        const key = keyOfSurname.get(m[0]);
        if (!key) continue;
        const at = s.start + (m.index ?? 0);
        push(ctx, at, at + m[0].length, 'person', key, undefined, null);
      }
    }
    if (president) {
      for (const m of matchAll(RE_THE_PRESIDENT, s.text)) {
        const at = s.start + (m.index ?? 0);
        push(ctx, at, at + m[0].length, 'person', president.key, undefined, null);
      }
    }
  }
}

function findOrganizations(sentences: readonly Sentence[], ctx: Ctx): void {
  const { text } = ctx.article;
  const acronyms = new Map<string, { key: string; name: string; country: string | null }>();
  const notOrgs = new Set<string>();
  for (const s of sentences) {
    // lower-case ministries first, so "Ukraine’s interior ministry" keeps its country
    for (const m of /ministry/i.test(s.text) ? matchAll(RE_MINISTRY, s.text) : []) {
      const area = (m[1] ?? m[2] ?? '').toLowerCase();
      const norm = /interior|internal|home/.test(area) ? 'Interior' : /foreign/.test(area) ? 'Foreign Affairs' : area.replace(/^\w/, (c) => c.toUpperCase());
      const at = s.start + (m.index ?? 0);
      const after = text.slice(at + m[0].length, at + m[0].length + 40).match(/^\s+of\s+([\p{Lu}][\p{L}]+)/u);
      const country = (after ? countryOfWord(after[1] ?? '', ctx) : null) ?? countryBefore(text, at, ctx) ?? ctx.focus;
      const cname = countryName(country, ctx);
      push(ctx, at, at + m[0].length, 'organization', `org:ministry-${foldName(norm)}:${country ?? ''}`, `Ministry of ${norm}${cname ? ` of ${cname}` : ''}`, country);
    }
    for (const m of matchAll(RE_CAP_RUN, s.text)) {
      let run = m[0];
      let at = s.start + (m.index ?? 0);
      // "The Ministry of Health": drop the leading article
      const lead = run.match(/^(?:(?:The|A|An)\s+)?(?:[\p{Lu}][\p{L}]+-(?:led|dominated|backed|based|controlled|run)\s+)?/u);
      // drop the article and a "Russian-dominated" modifier: the body is the same one
      if (lead?.[0]) {
        run = run.slice(lead[0].length);
        at += lead[0].length;
      }
      const words = run.split(/\s+/);
      const headIndex = words.findIndex((w) => ORG_HEADS.test(w));
      // a lone head word ("Government", "TV") names no particular body
      if (headIndex >= 0 && words.length === 1) continue;
      if (headIndex < 0) {
        // "Liquid Petroleum Gas (LPG)": the acronym of a run that is no organisation is no organisation either
        const paren = text.slice(at + run.length, at + run.length + 10).match(/^\s*\((\p{Lu}{2,6})\)/u);
        if (paren) notOrgs.add(paren[1] ?? '');
        continue;
      }
      if (/[/|]/.test(text.slice(Math.max(0, at - 2), at + run.length + 2))) continue;
      let country: string | null = null;
      const first = words[0] ?? '';
      const firstCountry = countryOfWord(first, ctx);
      if (firstCountry && words.length > 1) country = firstCountry;
      const ofCountry = run.match(/\bof\s+([\p{Lu}][\p{L}]+)$/u);
      if (ofCountry) country = countryOfWord(ofCountry[1] ?? '', ctx) ?? country;
      const core = words.filter((w, i) => !(i === 0 && firstCountry)).join(' ').replace(/\s+of\s+[\p{Lu}][\p{L}]+$/u, (x) => (ofCountry && country ? '' : x));
      const coreKey = foldName(core).replace(/organisation/g, 'organization');
      const national = /^(?:government|police|army|parliament|cabinet|security council|ministry|national guard|armed forces|state television|central bank)/.test(coreKey);
      const key = `org:${coreKey}${national ? `:${country ?? ctx.focus ?? ''}` : ''}`;
      const name = national && (country ?? ctx.focus) ? `${core} of ${countryName(country ?? ctx.focus, ctx) ?? ''}`.trim() : core;
      push(ctx, at, at + run.length, 'organization', key, name, country);
      const initials = core.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
      if (initials.length >= 2) acronyms.set(initials, { key, name, country });
    }
    for (const re of MAY_NAME_REPORTER.test(s.text) ? [RE_ORG_INTRO, RE_REPORTER] : [RE_ORG_INTRO]) {
      for (const m of matchAll(re, s.text)) {
        const name = m.slice(1).find((g) => g !== undefined) ?? '';
        if (!name || name.split(/\s+/).some((w) => NOT_NAMES.test(w))) continue;
        if (isPlaceWord(name, ctx) || countryOfWord(name.split(/\s+/)[0] ?? '', ctx)) continue;
        const at = s.start + (m.index ?? 0) + m[0].indexOf(name);
        push(ctx, at, at + name.length, 'organization', `org:${foldName(name)}`, name, null);
      }
    }
  }
  // acronyms: the initials of an organisation named in the article, or any capitalised abbreviation
  // used as a noun ("told AFP", "the CSTO") unless the article spelled it out as something else
  for (const s of sentences) {
    for (const m of MAY_HOLD_ACRONYM.test(s.text) ? matchAll(RE_ACRONYM, s.text) : []) {
      const acr = m[1] ?? '';
      if (notOrgs.has(acr) || isPlaceWord(acr, ctx) || /^(?:[IVXLC]+|TV|AM|PM|OK|US|UK)$/.test(acr)) continue;
      const at = s.start + (m.index ?? 0);
      const known = acronyms.get(acr);
      // an abbreviation acts as a body when the text treats it as one: "told AFP", "the CSTO", "a BBC report",
      // "NATO said"; "prices for LPG" and "LPG prices" use it as a common noun
      const before = text.slice(Math.max(0, at - 16), at);
      const after = text.slice(at + acr.length, at + acr.length + 24);
      const asBody = /\b(?:the|a|an|told|by|with|according to|from)\s+$/i.test(before) || /^\s+(?:has |had |also |have )?(?:said|says|reported|reports|announced|deployed|sent|warned|called|urged|report)\b/.test(after) || /^[’']s\b/.test(after);
      if (!known && !asBody) continue;
      const upperRun = /\p{Lu}{3,}\s+\p{Lu}{3,}/u.test(text.slice(Math.max(0, at - 12), at + acr.length + 12));
      if (upperRun) continue; // "KHARKIV, UKRAINE - JANUARY 6" is a shouted dateline, not acronyms
      push(ctx, at, at + acr.length, 'organization', known?.key ?? `org:${foldName(acr)}`, known?.name ?? acr, known?.country ?? null);
    }
  }
}

function findStatesAndGroups(sentences: readonly Sentence[], places: readonly PlaceMention[], ctx: Ctx): void {
  const { text } = ctx.article;
  for (const p of places) {
    if (p.geonameid === null || p.role === 'boilerplate') continue;
    const e = ctx.gazetteer.get(p.geonameid);
    if (!e || (e.kind !== 'country' && e.featureCode !== 'PPLC')) continue;
    const after = text.slice(p.end, p.end + 60);
    const before = text.slice(Math.max(0, p.start - 80), p.start);
    if (ACTOR_VERB.test(after) || (e.kind === 'country' && ACTOR_LEAD.test(before))) {
      const country = ctx.gazetteer.country(e.country);
      push(ctx, p.start, p.end, 'state', `state:${e.country}`, country?.name ?? e.name, e.country);
    }
  }
  for (const s of sentences) {
    // "The Chinese government", "Russian troops": the demonym makes the state an actor as well
    for (const m of MAY_NAME_STATE_BODY.test(s.text) ? matchAll(RE_STATE_BODY, s.text) : []) {
      const c = ctx.demonyms.get((m[1] ?? '').toLowerCase());
      if (!c) continue;
      const at = s.start + (m.index ?? 0);
      push(ctx, at, at + (m[1] ?? '').length, 'state', `state:${c}`, countryName(c, ctx) ?? c, c);
    }
    for (const [re, canonical, kind] of GROUPS) {
      for (const m of matchAll(re, s.text)) {
        const at = s.start + (m.index ?? 0);
        const country = countryBefore(text, at, ctx) ?? ctx.focus;
        const demonym = country ? writtenDemonym(country, ctx) : undefined;
        const cname = countryName(country, ctx);
        const name =
          canonical === 'government'
            ? cname ? `Government of ${cname}` : 'Government'
            : demonym ? `${demonym.replace(/^\w/, (c) => c.toUpperCase())} ${canonical}` : canonical.replace(/^\w/, (c) => c.toUpperCase());
        if (canonical === 'government' && country && country !== ctx.focus) {
          // a foreign government speaks for its state: "The Chinese government" is China
          push(ctx, at, at + m[0].length, 'state', `state:${country}`, cname ?? country, country);
          continue;
        }
        push(ctx, at, at + m[0].length, kind, `${kind === 'group' ? 'group' : 'org'}:${canonical}:${country ?? ''}`, name, country);
      }
    }
  }
}

/** The demonym of a country that the article writes, if any: "Belarusian" → "belarusian". */
function writtenDemonym(country: string, ctx: Ctx): string | undefined {
  if (ctx.writtenDemonym.has(country)) return ctx.writtenDemonym.get(country);
  ctx.lower ??= ctx.article.text.toLowerCase();
  const lower = ctx.lower;
  const found = demonymsByCountry(ctx.gazetteer).get(country)?.find((d) => lower.includes(d));
  ctx.writtenDemonym.set(country, found);
  return found;
}

/** "Ukrainian President Gives Order To Forces": most words capitalised. */
function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  return words.length > 0 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length > 0.6;
}

/**
 * Finds the actors of an article and gives each a canonical key: people by surname ("Zelensky"), national
 * bodies by name and country ("org:ministry-interior:UA"), states by ISO code, groups by a canonical noun
 * ("demonstrators" → protesters). Credit lines are skipped: a photographer is a source, not an actor.
 * @example "Polish President Andrzej Duda" → {kind: 'person', key: 'person:duda', country: 'PL'}
 */
export function findActors(article: Article, sentences: readonly Sentence[], places: readonly PlaceMention[], gazetteer: Gazetteer): ActorMention[] {
  const counts = new Map<string, number>();
  for (const p of places) {
    if (p.geonameid === null || p.role === 'boilerplate') continue;
    const c = gazetteer.get(p.geonameid)?.country;
    if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const focus = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
  const ctx: Ctx = { article, gazetteer, demonyms: demonymsOf(gazetteer), focus, out: [], covered: new Uint8Array(article.text.length), writtenDemonym: new Map(), ...wordMemosOf(gazetteer) };
  // headlines in Title Case make every word look like a name: only the body and captions are read for actors
  // credit lines ("Valery Sharifulin/TASS.") are sources, not actors: left out of every step below
  const readable = sentences.filter((s) => !(s.zone === 'title' && isTitleCase(s.text)) && !(CREDIT.test(s.text) && s.text.split(/\s+/).length <= 12));
  const people = findPeople(readable, ctx);
  findPeopleAgain(readable, people, ctx);
  findOrganizations(readable, ctx);
  findStatesAndGroups(readable, places, ctx);
  return ctx.out.sort((a, b) => a.start - b.start || a.end - b.end);
}
