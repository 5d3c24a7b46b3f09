// Mentions from every article → incidents: one per real-world event, each keeping all its claims.
import { contentId } from '../extract/content-id';
import type { Claim, Conflict, Figure, FigureName, Figures, Gazetteer, Incident, IncidentType, Mention } from '../types';
import { actorId } from './actor-id';

/** Types merged as one incident: "had rioted" and "clashes" at one place and date tell one event. */
const MERGE_FAMILY: Partial<Record<IncidentType, string>> = { riot: 'violence', clash: 'violence' };

/** Longest gap, in days, between two dates of one incident: "on Thursday" and "late Thursday night" agree. */
const DATE_WINDOW_DAYS = 1;
const DAY_MS = 86_400_000;

/** Confidence of an incident told by a single, unhedged source. Each further source halves the doubt. */
const ONE_SOURCE_CONFIDENCE = 0.5;
/** How much a fully hedged incident ("reportedly", "more than") loses: confidence × (1 − 0.3 × share hedged). */
const HEDGE_PENALTY = 0.3;
/** How much an incident known only from headlines or photo captions loses. */
const CAPTION_ONLY_PENALTY = 0.1;

const LABELS: Record<IncidentType, string> = {
  protest: 'Protest', riot: 'Riot', clash: 'Clashes', killing: 'Deaths', injury: 'Injuries', detention: 'Detentions',
  arson: 'Arson', looting: 'Looting', deployment: 'Deployment', shutdown: 'Shutdown', statement: 'Statement',
  resignation: 'Resignation', emergency: 'State of emergency', policy: 'Policy change', other: 'Incident',
};

/** Labels for an incident that befell one named person (extraction keys those by the person). */
const ONE_PERSON: Partial<Record<IncidentType, string>> = { killing: 'Death', injury: 'Injury', detention: 'Detention' };

const FIGURE_NAMES: FigureName[] = ['killed', 'injured', 'detained', 'crowd', 'troops'];

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T12:00:00Z`) - Date.parse(`${a}T12:00:00Z`)) / DAY_MS);
}

/** Where a mention happened, as a grouping key: the place id, or the country for country-wide ones. */
function placeKey(m: Mention): string {
  return m.geonameid !== null ? `p${m.geonameid}` : `c${m.country ?? ''}`;
}

/**
 * Splits one group's mentions by date: dates within DATE_WINDOW_DAYS of each other chain into one incident
 * (sorted first, so the result does not depend on input order). Undated mentions join the cluster with the
 * most mentions (ties: the earliest) — they say nothing against it — or form their own when none is dated.
 */
function clusterByDate(mentions: readonly Mention[]): Mention[][] {
  const dated = mentions.filter((m) => m.date !== null).sort((a, b) => cmp(a.date!, b.date!) || cmp(a.id, b.id));
  const undated = mentions.filter((m) => m.date === null);
  const clusters: Mention[][] = [];
  for (const m of dated) {
    const last = clusters.at(-1);
    const lastDate = last?.at(-1)?.date;
    if (last && lastDate && daysBetween(lastDate, m.date!) <= DATE_WINDOW_DAYS) last.push(m);
    else clusters.push([m]);
  }
  if (!clusters.length) return undated.length ? [undated] : [];
  const biggest = [...clusters].sort((a, b) => b.length - a.length || cmp(a[0]!.date!, b[0]!.date!))[0]!;
  for (const m of undated) biggest.push(m); // a spread of 100,000 arguments would overflow the stack
  return clusters;
}

/** The value most sources give (ties: the larger, since later tallies grow); conflicts list every value. */
function combineFigures(claims: readonly Claim[]): { figures: Figures; conflicts: Conflict[] } {
  const figures: Figures = {};
  const conflicts: Conflict[] = [];
  for (const name of FIGURE_NAMES) {
    const stated = claims.flatMap((c) => (c.figures[name] ? [{ figure: c.figures[name]!, source: c.source }] : []));
    if (!stated.length) continue;
    // "18 law enforcement officers" are never weighed against "26 protesters"
    const civilian = stated.filter((s) => s.figure.side !== 'security');
    const pool = civilian.length ? civilian : stated;
    const precise = pool.filter((s) => s.figure.qualifier !== 'vague');
    const candidates = precise.length ? precise : pool;
    const votes = new Map<number, { figure: Figure; sources: Set<string> }>();
    for (const s of candidates) {
      const v = votes.get(s.figure.value) ?? { figure: s.figure, sources: new Set<string>() };
      v.sources.add(s.source);
      votes.set(s.figure.value, v);
    }
    const best = [...votes.entries()].sort((a, b) => b[1].sources.size - a[1].sources.size || b[0] - a[0])[0]!;
    figures[name] = best[1].figure;
    if (votes.size > 1) {
      const values = [...new Map(candidates.map((s) => [`${s.figure.value}|${s.source}`, { value: s.figure.value, source: s.source }])).values()]
        .sort((a, b) => a.value - b.value || cmp(a.source, b.source));
      conflicts.push({ figure: name, values });
    }
  }
  return { figures, conflicts };
}

/**
 * confidence = (1 − 0.5^sources) × (1 − 0.3 × share of hedged claims) × (0.9 when only headlines or
 * captions tell it): one plain source gives 0.5, two give 0.75, three 0.875; "reportedly" and
 * "more than" in every claim take 30% off.
 */
function toConfidence(sources: number, mentions: readonly Mention[]): number {
  const hedged = mentions.filter((m) => m.hedges.length > 0).length / Math.max(1, mentions.length);
  const furnitureOnly = mentions.every((m) => m.zone === 'caption' || m.zone === 'title');
  const c = (1 - (1 - ONE_SOURCE_CONFIDENCE) ** sources) * (1 - HEDGE_PENALTY * hedged) * (furnitureOnly ? 1 - CAPTION_ONLY_PENALTY : 1);
  return Math.round(c * 1000) / 1000;
}

function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0]?.[0] ?? null;
}

function titleOf(type: IncidentType, mentions: readonly Mention[], placeName: string | null, countryName: string | null): string {
  const topic = mentions[0]?.topic ?? null;
  let label = LABELS[type];
  if (type === 'statement' && topic) {
    const speaker = mentions.flatMap((m) => m.actors).find((a) => a.key === topic);
    const named = mentions.flatMap((m) => m.actors).find((a) => a.key === topic && a.name);
    if (speaker) label = `Statement by ${(named ?? speaker).name ?? speaker.text}`;
  } else if (type === 'shutdown' && topic) label = `Shutdown of ${topic}`;
  else if (topic === 'day') label = `${label} (one day)`;
  else if (topic?.startsWith('person:') && ONE_PERSON[type]) {
    // "arrested the Russian reporter Konstantin Pridybail" → "Detention of Konstantin Pridybail"
    const person = mentions.flatMap((m) => m.actors).find((a) => a.key === topic && a.name) ?? mentions.flatMap((m) => m.actors).find((a) => a.key === topic);
    if (person) label = `${ONE_PERSON[type]} of ${person.name ?? person.text}`;
  }
  else if (type === 'policy' && topic) label = topic === 'price-down' ? 'Price cut' : topic === 'price-up' ? 'Price rise' : label;
  // a statement without a place was made somewhere unknown, not "in" the country it is about
  const where = placeName ?? (type === 'statement' ? null : countryName);
  return where ? `${label} in ${where}` : label;
}

/**
 * A country-wide statement joins the one statement of the same speaker that some source places: "Zelensky said in a televised address" (no place) and "delivers a televised address in Bombay"
 * are one statement in Bombay. With two or more such places it stays country-wide (which one is unknown).
 * Only statements: their place is where the speaker was, which sources seldom repeat; a country-wide
 * deployment and a deployment in one city are often two events.
 */
function foldCountryWide(groups: Map<string, Mention[]>, gazetteer: Gazetteer): void {
  const keys = [...groups.keys()].sort(cmp);
  // placed statements by speaker, indexed once: a scan per country-wide key would be quadratic in speakers
  const placed = new Map<string, string[]>();
  for (const k of keys) {
    const [f, p, t] = k.split('|');
    if (f !== 'statement' || !p?.startsWith('p') || gazetteer.get(Number(p.slice(1))) === undefined) continue;
    const list = placed.get(t ?? '');
    if (list) list.push(k);
    else placed.set(t ?? '', [k]);
  }
  for (const key of keys) {
    const [family, place, topic] = key.split('|');
    if (family !== 'statement' || !place?.startsWith('c') || place === 'c') continue;
    // the speaker's whereabouts need not be in the country the article is about (von der Leyen in Paris)
    const targets = placed.get(topic ?? '') ?? [];
    if (targets.length !== 1) continue;
    const into = groups.get(targets[0]!)!;
    for (const m of groups.get(key) ?? []) into.push(m);
    groups.delete(key);
  }
}

/**
 * Merges mentions into incidents. Mentions agree when they have the same type (riots and clashes count as
 * one), the same place (or the same country when country-wide), the same topic (what was shut down, who
 * spoke) and dates within a day of each other. The result does not depend on the order of the input, and
 * merging a list that repeats mentions gives the same incidents (mentions are deduplicated by id).
 * Figures are never averaged: the incident shows the value most sources give and `conflicts` lists all.
 */
export function mergeIncidents(mentions: readonly Mention[], gazetteer: Gazetteer): Incident[] {
  // one mention per id; should two records share an id, the same one wins whatever the input order
  // (records are serialised only on a clash of ids: stringifying every mention is most of the cost of a merge)
  const unique = new Map<string, { m: Mention; json?: string }>();
  for (const m of mentions) {
    const seen = unique.get(m.id);
    if (!seen) {
      unique.set(m.id, { m });
      continue;
    }
    if (seen.m === m) continue;
    seen.json ??= JSON.stringify(seen.m);
    const json = JSON.stringify(m);
    if (json < seen.json) unique.set(m.id, { m, json });
  }
  const groups = new Map<string, Mention[]>();
  for (const { m } of unique.values()) {
    const key = [MERGE_FAMILY[m.type] ?? m.type, placeKey(m), m.topic ?? ''].join('|');
    const g = groups.get(key);
    if (g) g.push(m);
    else groups.set(key, [m]);
  }

  foldCountryWide(groups, gazetteer);

  const incidents: Incident[] = [];
  for (const [key, group] of groups) {
    for (const cluster of clusterByDate(group)) {
      const ms = [...cluster].sort((a, b) => cmp(a.articleId, b.articleId) || a.start - b.start || cmp(a.id, b.id));
      const types = new Set(ms.map((m) => m.type));
      const type: IncidentType = types.has('clash') ? 'clash' : ms[0]!.type;
      const date = mostCommon(ms.flatMap((m) => (m.date ? [m.date] : [])));
      const dateText = (date ? ms.find((m) => m.date === date) : ms.find((m) => m.dateText))?.dateText ?? null;
      const first = ms[0]!;
      // the place some source names (a country-wide statement may have joined a placed one)
      const placeId = mostCommon(ms.flatMap((m) => (m.geonameid !== null ? [String(m.geonameid)] : [])));
      const entry = placeId !== null ? gazetteer.get(Number(placeId)) : undefined;
      const country = entry?.country ?? first.country ?? null;
      const countryName = country ? (gazetteer.country(country)?.name ?? country) : null;

      // one claim per quoted sentence: two triggers of one sentence are one claim
      const claims = new Map<string, Claim>();
      for (const m of ms) {
        const k = `${m.articleId}|${m.sentence.start}`;
        const c = claims.get(k);
        if (c) {
          for (const name of FIGURE_NAMES) if (!c.figures[name] && m.figures[name]) c.figures[name] = m.figures[name];
        } else {
          claims.set(k, { source: m.articleId, quote: m.quote ?? '', start: m.sentence.start, end: m.sentence.end, figures: { ...m.figures } });
        }
      }
      const claimList = [...claims.values()];
      const { figures, conflicts } = combineFigures(claimList);
      const sources = [...new Set(ms.map((m) => m.articleId))].sort(cmp);
      const keys = new Set<string>();
      for (const m of ms) for (const a of m.actors) if (a.key) keys.add(a.key);
      const actorIds = [...keys].map(actorId).sort(cmp);
      incidents.push({
        id: `i${contentId(key, date ?? 'undated')}`,
        type,
        title: titleOf(type, ms, entry?.name ?? null, countryName),
        date,
        dateText,
        place: entry ? { id: entry.geonameid, name: entry.name, country: entry.country, kind: entry.kind } : null,
        coordinates: entry ? [entry.lon, entry.lat] : null,
        actors: actorIds,
        figures,
        claims: claimList,
        conflicts,
        sources,
        confidence: toConfidence(sources.length, ms),
        country,
      });
    }
  }
  return incidents.sort((a, b) => cmp(a.id, b.id));
}
