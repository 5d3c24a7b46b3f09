// Article + its toponyms → incident mentions (type, trigger, place, date, figures, actors) and actor mentions.
import type {
  ActorMention, Article, ArticleExtraction, Figure, FigureName, Figures, Gazetteer, GazetteerEntry, IncidentType, Mention, PlaceMention,
} from '../types';
import { contentId } from './content-id';
import { findActors } from './find-actors';
import type { DateHit, DateReference } from './find-dates';
import { findDates } from './find-dates';
import { findFigures } from './find-figures';
import type { FigureHit } from './find-figures';
import { findTriggers } from './find-triggers';
import type { TriggerHit } from './find-triggers';
import type { Sentence } from './split-sentences';
import { splitSentences } from './split-sentences';
import { matchAll } from './match-all';

/** Which figure an incident type carries: a killing reports deaths, a deployment troops. */
const FIGURE_OF_TYPE: Partial<Record<IncidentType, FigureName[]>> = {
  killing: ['killed'],
  injury: ['injured'],
  detention: ['detained'],
  protest: ['crowd'],
  riot: ['crowd'],
  clash: ['crowd'],
  deployment: ['troops'],
};

/** A figure implies an incident even without another trigger: "more than 3,700 detained" is a detention. */
const TYPE_OF_FIGURE: Record<FigureName, IncidentType> = {
  killed: 'killing',
  injured: 'injury',
  detained: 'detention',
  crowd: 'protest',
  troops: 'deployment',
};

/** Words that make a claim second-hand or uncertain: "Reportedly, …", "according to reports". */
const HEDGE_WORDS = /\b(?:reportedly|allegedly|according to|there are reports|reports? (?:say|said|suggest)|claimed|claims|unconfirmed|estimated|it is believed|said to be|appears? to|apparently|purportedly|unverified)\b/gi;

/**
 * Sentences about another time: "Poroshenko resigned as president in 2019", "Previous incidents … years ago".
 * Their triggers are history, not incidents of the corpus.
 */
const HISTORY = /\b(?:years ago|decades ago|previous(?:ly)? incidents|in the past|has a history of|history of|since (?:gaining )?independence|was once)\b/i;

/** Nouns that introduce a news outlet: what it "said on Twitter" is reporting, not a statement. */
const MEDIA_BEFORE = /\b(?:television|TV)(?: station| channel)?\s+$|\b(?:newspaper|daily|weekly|news agency|agency|website|news site|outlet|broadcaster|channel|radio station)\s+$/i;

/** Types whose figures are tallies of people. */
const COUNTED: ReadonlySet<IncidentType> = new Set(['killing', 'injury', 'detention']);

/**
 * Words that scope a count to one day or night: "about 700 people were detained over the past day" is that
 * day's count, kept apart from "the number detained since election day … more than 6,700".
 */
const ONE_DAY = /\b(?:over|in|during|within)\s+the\s+(?:past|last|previous)\s+(?:day|24 hours|night)\b|\bin a single (?:day|night)\b/i;

/** Place roles that can be where a mention happened; datelines and speakers' places never are (statements aside). */
const EVENT_ROLES = new Set(['event', 'caption']);

/**
 * Types decided for a whole country: "the cabinet resigned" happens in no city, whatever the sentence names;
 * "protests triggered by a fuel price increase in Lviv" puts the protest in Lviv, not the price.
 */
const NATIONAL_TYPES: ReadonlySet<IncidentType> = new Set(['resignation', 'policy']);

/** An article's sentences with the places and actors each holds, bucketed once so no step rescans the article. */
interface Doc {
  sentences: readonly Sentence[];
  places: readonly PlaceMention[];
  placesIn: PlaceMention[][];
  actorsIn: ActorMention[][];
  /** The capital of the focus country among the article's places, looked up on first need. */
  capital?: GazetteerEntry | null;
}

/** Puts each span in the sentence that contains it (sentences sorted and disjoint); spans across a break go nowhere. */
function bucket<T extends { start: number; end: number }>(sentences: readonly Sentence[], spans: readonly T[]): T[][] {
  const out: T[][] = sentences.map(() => []);
  for (const x of spans) {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.start <= x.start) lo = mid;
      else hi = mid - 1;
    }
    const s = sentences[lo];
    if (s && x.start >= s.start && x.end <= s.end) out[lo]!.push(x);
  }
  return out;
}

interface Located {
  geonameid: number | null;
  country: string | null;
}

function placeEntry(p: PlaceMention, gazetteer: Gazetteer) {
  return p.geonameid === null ? undefined : gazetteer.get(p.geonameid);
}

/** Nearest place first: by distance from the trigger. */
function byDistance(trigger: { start: number; end: number }) {
  return (a: PlaceMention, b: PlaceMention) =>
    Math.min(Math.abs(a.start - trigger.end), Math.abs(a.end - trigger.start)) -
      Math.min(Math.abs(b.start - trigger.end), Math.abs(b.end - trigger.start)) || a.start - b.start;
}

/**
 * Chooses where a mention happened. In the sentence: the nearest city or region (a country only when
 * none is named: "in Lviv, Ukraine" → Lviv), plus the places coordinated with it ("in the towns of
 * Izium and Odesa" → both). Otherwise the paragraph's last event place, otherwise the country.
 * Statements may take the speaker's place ("told the press in Beijing"), and a foreign speaker the dateline
 * of a story from its own country; nothing else takes a dateline's.
 */
function locate(
  type: IncidentType, trigger: { start: number; end: number }, at: number, doc: Doc, gazetteer: Gazetteer, article: Article, focus: string | null,
  speakerCountry: string | null = null, alone = false,
): Located[] {
  const sentence = doc.sentences[at]!;
  // "troopers from Moscow": an origin is not where the incident happens
  const origin = (p: PlaceMention) => /\bfrom\s+(?:the\s+)?$/i.test(article.text.slice(Math.max(0, p.start - 12), p.start));
  const allowed = (p: PlaceMention) =>
    p.geonameid !== null &&
    !origin(p) &&
    (EVENT_ROLES.has(p.role) || (type === 'statement' && p.role === 'speaker') || (p.role === 'dateline' && sentence.zone === 'caption'));
  let inSentence = (doc.placesIn[at] ?? []).filter(allowed);
  // a price change told on its own keeps the region it names ("a surge in prices for LPG in Donetsk");
  // told as the cause of another incident, the places are that incident's
  const regional = type === 'policy' && alone;
  if (NATIONAL_TYPES.has(type)) inSentence = inSentence.filter((p) => placeEntry(p, gazetteer)?.kind === 'country' || (regional && placeEntry(p, gazetteer)?.kind === 'region'));
  if (type === 'statement') {
    // a statement happens where it is made: the speaker's place, or "in X" right after the trigger
    // ("delivers a televised address in Bombay"), never the places the statement talks about
    inSentence = inSentence.filter(
      (p) => p.role === 'speaker' || (p.start >= trigger.end && /^[^.;]{0,30}\bin\s+(?:the\s+)?$/i.test(article.text.slice(trigger.end, p.start))),
    );
  }
  const specific = inSentence.filter((p) => placeEntry(p, gazetteer)?.kind !== 'country').sort(byDistance(trigger));
  if (specific.length) {
    const chosen = [specific[0]!];
    // follow coordination both ways: "Grodno and Brest", "Grodno, Brest and Vitebsk"
    const ordered = [...specific].sort((a, b) => a.start - b.start);
    const i = ordered.indexOf(specific[0]!);
    for (let j = i + 1; j < ordered.length; j++) {
      const gap = article.text.slice(ordered[j - 1]!.end, ordered[j]!.start);
      if (!/^(?:[’']s)?\s*(?:,\s*|\s+and\s+|,\s*and\s+|\s+or\s+)(?:the\s+(?:cities|towns|regions?) of\s+)?$/.test(gap)) break;
      // "Odesa, Donetsk Oblast": a region after a comma that contains the place is its address, not a second place
      const prev = placeEntry(ordered[j - 1]!, gazetteer);
      const next = placeEntry(ordered[j]!, gazetteer);
      if (/^\s*,\s*$/.test(gap) && next?.kind === 'region' && prev?.admin1 && prev.admin1 === next.admin1) break;
      chosen.push(ordered[j]!);
    }
    for (let j = i - 1; j >= 0; j--) {
      const gap = article.text.slice(ordered[j]!.end, ordered[j + 1]!.start);
      if (!/^(?:[’']s)?\s*(?:,\s*|\s+and\s+|,\s*and\s+|\s+or\s+)(?:the\s+(?:cities|towns|regions?) of\s+)?$/.test(gap)) break;
      chosen.push(ordered[j]!);
    }
    // a state of emergency declared for several regions at once is a national act
    if (type === 'emergency' && chosen.length > 1) return [{ geonameid: null, country: placeEntry(chosen[0]!, gazetteer)?.country ?? focus }];
    const seen = new Set<number>();
    return chosen
      .map((p) => placeEntry(p, gazetteer)!)
      .filter((e) => (seen.has(e.geonameid) ? false : (seen.add(e.geonameid), true)))
      .map((e) => ({ geonameid: e.geonameid, country: e.country }));
  }
  if (type === 'statement' && speakerCountry && speakerCountry !== focus) {
    // a foreign reaction in a story datelined in the speaker's own country was made there, whatever country the
    // sentence names: "Warsaw - Poland on Monday called for an emergency summit on Belarus" → Warsaw
    const home = doc.places.find((p) => p.role === 'dateline' && placeEntry(p, gazetteer)?.country === speakerCountry && placeEntry(p, gazetteer)?.kind === 'city');
    const e = home && placeEntry(home, gazetteer);
    if (e) return [{ geonameid: e.geonameid, country: e.country }];
  }
  const countries = inSentence.filter((p) => placeEntry(p, gazetteer)?.kind === 'country').sort(byDistance(trigger));
  if (countries[0]) return [{ geonameid: null, country: placeEntry(countries[0], gazetteer)?.country ?? null }];
  if (NATIONAL_TYPES.has(type) || type === 'statement') return [{ geonameid: null, country: focus }];
  // "Dozens were held in the capital": the capital of the article's country, when the article names it
  if (/\b(?:in|of|around|across|near)\s+(?:the|its|the country[’']s|the [\p{Lu}][\p{L}]+)\s+capital\b(?!\s*,?\s*[\p{Lu}])/u.test(sentence.text)) {
    doc.capital ??= doc.places.map((p) => placeEntry(p, gazetteer)).find((e) => e?.featureCode === 'PPLC' && e.country === focus) ?? null;
    const capital = doc.capital;
    if (capital) return [{ geonameid: capital.geonameid, country: capital.country }];
  }
  // the paragraph's focus: the last event place named earlier in the same paragraph
  for (let j = at - 1; j >= 0 && doc.sentences[j]!.paragraph === sentence.paragraph; j--) {
    const ps = (doc.placesIn[j] ?? [])
      .filter((p) => p.geonameid !== null && EVENT_ROLES.has(p.role))
      .filter((p) => placeEntry(p, gazetteer)?.kind !== 'country');
    const last = ps.sort((a, b) => b.start - a.start)[0];
    if (last) {
      const e = placeEntry(last, gazetteer)!;
      return [{ geonameid: e.geonameid, country: e.country }];
    }
  }
  return [{ geonameid: null, country: focus }];
}

/**
 * The person a killing, injury or detention trigger acts on, when a named person follows it closely and no count
 * comes between: "arrested the Russian reporter Konstantin Pridybail" → Pridybail; "detained 700 people" → none.
 */
function namedObject(t: TriggerHit, actors: readonly ActorMention[], sentence: Sentence): ActorMention | undefined {
  const person = actors.find((a) => a.kind === 'person' && a.key && a.start - sentence.start >= t.end && a.start - sentence.start - t.end <= 60);
  if (!person) return undefined;
  const between = sentence.text.slice(t.end, person.start - sentence.start);
  return /[.;:]|\d|\b(?:people|protesters|demonstrators|dozens|hundreds|thousands|by|after|before|when|while|who|which)\b/i.test(between) ? undefined : person;
}

/** Characters between two spans (0 when they touch or overlap). */
function spanGap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, b.start - a.end, a.start - b.end);
}

/**
 * The date of a mention: the nearest resolved date that no other incident's trigger separates from it
 * ("Poland on Monday called for a summit after overnight clashes": Monday is the call's, not the clashes'),
 * skipping "since …" (a count since Sunday did not happen on Sunday). Else the words of the nearest vague one.
 */
function dateOf(
  own: readonly TriggerHit[], all: readonly TriggerHit[], hits: readonly DateHit[], sentenceText: string,
): { date: string | null; dateText: string | null } {
  const separated = (h: DateHit, t: TriggerHit) => {
    const from = Math.min(h.end, t.end);
    const to = Math.max(h.start, t.start);
    // "declared on 5 January … and dismissed the cabinet" share the date; a statement or a departure in between does not
    if (all.some((o) => (o.type === 'statement' || o.type === 'other') && o.type !== t.type && !own.includes(o) && o.start >= from && o.end <= to)) return true;
    // "… on Tuesday …, after a second night of clashes": the clashes came before the dated act
    return h.end <= t.start && /\b(?:after|following|before|since)\b/i.test(sentenceText.slice(from, to));
  };
  const usable = hits.filter((h) => own.some((t) => !separated(h, t)));
  const dist = (h: DateHit) => Math.min(...own.map((t) => spanGap(h, t)));
  const resolved = usable.filter((h) => h.date !== null && !h.since).sort((a, b) => dist(a) - dist(b) || a.start - b.start)[0];
  if (resolved) return { date: resolved.date, dateText: resolved.text };
  const vague = [...usable].sort((a, b) => dist(a) - dist(b) || a.start - b.start)[0];
  return { date: null, dateText: vague?.text ?? null };
}

/**
 * Picks one figure per name: the first count of people who are not security forces, else the first one.
 * When the sentence also counts security forces apart ("26 demonstrators had been killed …, while officials put
 * the death toll for the security forces at 18"), the two groups are different people and the figure is their
 * total, 44, with `who` naming both; a count nested in the first ("26 … of which 18 …") is not added.
 */
function figuresFor(type: IncidentType, hits: readonly FigureHit[], sentence: string): Figures {
  const out: Figures = {};
  for (const name of FIGURE_OF_TYPE[type] ?? []) {
    const of = hits.filter((h) => h.name === name);
    const civil = of.find((h) => h.figure.side !== 'security');
    const security = of.find((h) => h.figure.side === 'security');
    const pick: Figure | undefined = (civil ?? of[0])?.figure;
    if (!pick) continue;
    out[name] = pick;
    if (civil && security && civil.figure.qualifier !== 'vague' && security.figure.qualifier !== 'vague' && civil.figure.qualifier !== 'range' && security.figure.qualifier !== 'range') {
      const between = sentence.slice(Math.min(civil.end, security.end), Math.max(civil.start, security.start));
      const nested = /\b(?:of (?:which|whom|them)|among (?:them|whom)|including|includ(?:es|ed)|of those)\b/i.test(between) ||
        /^\s*(?:of (?:which|whom|them)|among them)/i.test(sentence.slice(security.start - 0, security.end));
      if (!nested) {
        const qualifier = civil.figure.qualifier === 'exact' ? security.figure.qualifier : civil.figure.qualifier;
        out[name] = { value: civil.figure.value + security.figure.value, qualifier, who: `${civil.figure.who ?? 'others'} and ${security.figure.who ?? 'security forces'}`, side: 'other' };
      }
    }
  }
  return out;
}

function focusCountry(places: readonly PlaceMention[], gazetteer: Gazetteer): string | null {
  const counts = new Map<string, number>();
  for (const p of places) {
    if (p.geonameid === null || p.role === 'boilerplate') continue;
    const c = gazetteer.get(p.geonameid)?.country;
    if (c) counts.set(c, (counts.get(c) ?? 0) + (p.role === 'event' || p.role === 'caption' ? 2 : 1));
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

/** Whether a sentence is about another time than the corpus: history, or a year before the reference's. */
function isHistory(text: string, reference: DateReference): boolean {
  if (HISTORY.test(text)) return true;
  const year = reference.date ? Number(reference.date.slice(0, 4)) : null;
  if (year === null) return false;
  const years = matchAll(/\b(?:in|since|until|of)\s+((?:19|20)\d\d)\b/g, text).map((m) => Number(m[1]));
  return years.length > 0 && years.every((y) => y < year);
}

/**
 * Extracts the incident mentions of one article. One mention per (type, topic, place) per sentence; each
 * carries the sentence as its quote, the trigger span, the figures that belong to its type, the actors of
 * the sentence and the hedges it uses.
 * @param reference the date relative words count from (see findReferenceDates); defaults to `published`
 * @example "Police detained more than a thousand people." → detention, detained {value: 1000, qualifier: 'more-than'}
 */
export function extractMentions(
  article: Article, places: readonly PlaceMention[], gazetteer: Gazetteer, reference?: DateReference,
): ArticleExtraction {
  const ref: DateReference = reference ?? (article.published ? { date: article.published, basis: 'published' } : { date: null, basis: 'none' });
  const sentences = splitSentences(article);
  const actors = findActors(article, sentences, places, gazetteer);
  const focus = focusCountry(places, gazetteer);
  const mentions: Mention[] = [];
  const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;
  const doc: Doc = { sentences, places, placesIn: bucket(sentences, [...places].sort(byStart)), actorsIn: bucket(sentences, [...actors].sort(byStart)) };

  for (const [at, sentence] of sentences.entries()) {
    if (isHistory(sentence.text, ref)) continue;
    const triggers = findTriggers(sentence.text);
    const figureHits = findFigures(sentence.text);
    // a count with an outcome is a trigger of its own: "more than 3,700 detained"
    for (const f of figureHits) {
      // "20,000 bandits attacked" is a riot; "thousands took to the streets" a protest
      const violent = f.name === 'crowd' && /\b(?:rioted|attacked|stormed)\b/i.test(sentence.text.slice(f.start, f.end));
      const type = violent ? 'riot' : TYPE_OF_FIGURE[f.name];
      const covered = f.name === 'crowd' && !violent ? triggers.some((t) => t.type === 'protest' || t.type === 'riot' || t.type === 'clash') : triggers.some((t) => t.type === type);
      if (!covered) triggers.push({ type, topic: null, start: f.start, end: f.end });
    }
    // a sentence that reports nothing needs no dates or hedges: they are read once a mention needs them
    if (!triggers.length) continue;
    const sentenceActors = [...(doc.actorsIn[at] ?? [])];
    let dates: DateHit[] | undefined;
    let hedges: string[] | undefined;

    // final topics: a statement is keyed by its speaker, a resignation by who goes
    const typed: TriggerHit[] = [];
    const speakerCountry = new Map<TriggerHit, string | null>();
    for (const t of triggers) {
      let topic = t.topic;
      if (t.type === 'statement') {
        // a statement needs a speaker that is not a crowd: "Zelensky said", "China opposed"
        const abs = sentence.start + t.start;
        // "…,” she said at a press conference in Paris": a pronoun speaks for the person named in the sentence
        // just before; further back, "she" may well be someone the article never names
        const pronoun = /\b(?:he|she)\s+(?:\w+\s+){0,2}$/i.test(sentence.text.slice(Math.max(0, t.start - 30), t.start));
        const previous = pronoun && at > 0 ? (doc.actorsIn[at - 1] ?? []).filter((a) => a.kind === 'person').at(-1) : undefined;
        const speakers = sentenceActors.filter((a) => a.kind !== 'group');
        if (!speakers.length && !previous) continue;
        // the subject speaks: the nearest actor before the trigger, else the nearest after it
        const before = speakers.filter((a) => a.end <= abs).sort((a, b) => b.end - a.end);
        const after = speakers.filter((a) => a.end > abs).sort((a, b) => a.start - b.start);
        const speaker = previous && !before.length ? previous : (before[0] ?? after[0]);
        // "the Polish television station Belsat … said on Twitter": a news outlet reports, it makes no statement
        if (speaker && MEDIA_BEFORE.test(article.text.slice(Math.max(0, speaker.start - 40), speaker.start))) continue;
        topic = speaker?.key ?? null;
        speakerCountry.set(t, speaker?.country ?? (speaker?.key?.startsWith('state:') ? speaker.key.slice(6) : null));
        if (speaker && !sentenceActors.includes(speaker)) sentenceActors.push(speaker);
      } else if (COUNTED.has(t.type) && namedObject(t, sentenceActors, sentence)) {
        // "arrested the Russian reporter Konstantin Pridybail": the arrest of named people is an event of its own,
        // not part of the day's mass detentions
        topic = namedObject(t, sentenceActors, sentence)!.key ?? null;
      } else if (COUNTED.has(t.type) && ONE_DAY.test(sentence.text)) {
        // "police detained about 700 people over the past day" is a day's count, not the running total
        topic = 'day';
      } else if (t.type === 'resignation') {
        // "the cabinet resigned" and "removed him from his post" are different events
        topic = /cabinet|government|ministers/i.test(sentence.text.slice(Math.max(0, t.start - 40), t.end + 40)) ? 'government' : 'person';
      }
      const final = { ...t, topic };
      if (speakerCountry.has(t)) speakerCountry.set(final, speakerCountry.get(t) ?? null);
      typed.push(final);
    }
    typed.sort((a, b) => a.start - b.start || a.type.localeCompare(b.type));

    // each count belongs to the nearest trigger of its type: "Dozens were held in the capital, and … mass detentions in Grodno"
    const figureOwner = new Map<FigureHit, TriggerHit>();
    for (const f of figureHits) {
      const fits = typed.filter((t) => (f.name === 'crowd' ? t.type === 'protest' || t.type === 'riot' || t.type === 'clash' : t.type === TYPE_OF_FIGURE[f.name]));
      const owner = fits.sort((a, b) => spanGap(a, f) - spanGap(b, f) || a.start - b.start)[0];
      if (owner) figureOwner.set(f, owner);
    }

    const grouped = new Map<string, { trigger: TriggerHit; triggers: TriggerHit[]; where: Located }>();
    for (const t of typed) {
      const abs = { start: sentence.start + t.start, end: sentence.start + t.end };
      const alone = typed.every((o) => o.type === t.type);
      for (const w of locate(t.type, abs, at, doc, gazetteer, article, focus, speakerCountry.get(t) ?? null, alone)) {
        const k = `${t.type}|${t.topic ?? ''}|${w.geonameid ?? w.country ?? ''}`;
        const g = grouped.get(k);
        if (g) g.triggers.push(t);
        else grouped.set(k, { trigger: t, triggers: [t], where: w });
      }
    }

    for (const { trigger: t, triggers: ts, where: w } of grouped.values()) {
      const trigger = { start: sentence.start + t.start, end: sentence.start + t.end };
      // a price change named as the cause of a protest is background: the protest's date is not its date
      const background = t.type === 'policy' && typed.some((o) => o.type !== 'policy');
      dates ??= findDates(sentence.text, ref);
      hedges ??= [...new Set(matchAll(HEDGE_WORDS, sentence.text).map((m) => m[0].toLowerCase()))];
      const { date, dateText } = background ? { date: null, dateText: null } : dateOf(ts, typed, dates, sentence.text);
      const figures = figuresFor(t.type, figureHits.filter((f) => ts.includes(figureOwner.get(f)!)), sentence.text);
      const figureHedges = Object.values(figures).filter((f) => f.qualifier !== 'exact').map((f) => f.qualifier);
      mentions.push({
        id: contentId(article.id, trigger.start, trigger.end, t.type, t.topic ?? '', w.geonameid ?? w.country ?? ''),
        articleId: article.id,
        start: sentence.start,
        end: sentence.end,
        type: t.type,
        trigger,
        sentence: { start: sentence.start, end: sentence.end },
        geonameid: w.geonameid,
        country: w.country,
        date,
        dateText,
        actors: sentenceActors,
        figures,
        hedges: [...new Set([...hedges, ...figureHedges])].sort(),
        topic: t.topic,
        zone: sentence.zone,
        quote: sentence.text,
      });
    }
  }
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { mentions: mentions.sort(byId), actors: [...actors].sort((a, b) => a.start - b.start || a.end - b.end) as ActorMention[] };
}
