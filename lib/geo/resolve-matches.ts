// Place-name matches of one text → the gazetteer entry each one most likely means, with a 0..1 score.
// "Paris" in a story that also names Texas → Paris, Texas; "Georgia" beside "Tbilisi" → the country.
import type { Gazetteer, GazetteerEntry } from '../types';
import type { NameMatch } from './match-names';
import { foldName } from './fold-name';

export interface ResolvedMatch {
  match: NameMatch;
  entry: GazetteerEntry | null;
  score: number;
}

/** Prior weight of a feature code: a country or first-level region beats a village of the same name. */
const FEATURE_WEIGHT: Record<string, number> = {
  PCLI: 1.0, // independent country
  ADM1: 0.6, // first-level region
  PPLC: 0.55, // national capital
  PPLA: 0.35, // region capital
  PPLA2: 0.2, // second-level seat
  ADM2: 0.2, // county, district
  PPLA3: 0.1,
};
/** Weight of population in the prior: log10(population) / 7, so a city of 10 million adds this much. */
const POPULATION_WEIGHT = 0.8;
/** Bonus for a candidate whose country the rest of the text is about (times that country's share). */
const COUNTRY_FOCUS_WEIGHT = 1.2;
/** Bonus for a candidate whose first-level region is also named in the text ("Aktau ... Mangystau"). */
const REGION_NAMED_WEIGHT = 0.6;
/** Bonus for a qualifier right after the name: "Aktau, Mangystau Province", "Paris, Texas". */
const QUALIFIER_WEIGHT = 2.0;
/** Bonus when the text names the place under its main name, not only an alternate ("Georgia" vs "Gruzia"). */
const PRIMARY_NAME_WEIGHT = 0.15;
/** Bonus when another name in the text already resolved to this very entry ("Mangystau Province" ... "Mangystau"). */
const SAME_ENTRY_WEIGHT = 0.8;
/** Bonus for a place near the other places of the text (times the mean closeness, 0..1). */
const COHERENCE_WEIGHT = 2.0;
/** Distance at which closeness falls to 1/e: places within a few counties of each other support each other. */
const COHERENCE_KM = 150;
/** Most candidates per name considered for spatial coherence, by prior (keeps "Springfield" cheap). */
const COHERENCE_CANDIDATES = 40;
/** Smallest relative weight (vs the name's best reading) a reading needs to support other places. */
const MIN_SUPPORT_WEIGHT = 0.05;
const EARTH_RADIUS_KM = 6371;

function distanceKm(a: GazetteerEntry, b: GazetteerEntry): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** How well two places fit one story: 1 when one contains the other or they are close, falling with distance. */
function closeness(a: GazetteerEntry, b: GazetteerEntry): number {
  if (a.kind === 'country' || b.kind === 'country' || a.featureCode === 'CONT' || b.featureCode === 'CONT') return 0;
  if (a.admin1 && a.admin1 === b.admin1 && (a.featureCode === 'ADM1' || b.featureCode === 'ADM1')) return 1;
  return Math.exp(-distanceKm(a, b) / COHERENCE_KM);
}

function priorOf(e: GazetteerEntry, key: string): number {
  const feature = FEATURE_WEIGHT[e.featureCode] ?? (e.kind === 'country' ? 0.9 : 0);
  const population = (Math.log10(e.population + 1) / 7) * POPULATION_WEIGHT;
  const primary = foldName(e.name) === key ? PRIMARY_NAME_WEIGHT : 0;
  return feature + population + primary;
}

function entriesOf(m: NameMatch, gazetteer: Gazetteer): GazetteerEntry[] {
  return m.ids.map((id) => gazetteer.get(id)).filter((e): e is GazetteerEntry => e !== undefined);
}

function best<T>(items: readonly T[], score: (t: T) => number): { item: T; score: number; second: number } | null {
  let top: T | null = null;
  let topScore = -Infinity;
  let second = -Infinity;
  for (const it of items) {
    const s = score(it);
    if (s > topScore) {
      second = topScore;
      topScore = s;
      top = it;
    } else if (s > second) second = s;
  }
  return top === null ? null : { item: top, score: topScore, second };
}

/**
 * Resolves every match in two passes: first by prior alone, to learn which countries and regions the
 * text is about; then again with that focus, the qualifiers after each name and the entries already
 * chosen. One name keeps one sense per text: every "Paris" of a story is the same Paris.
 */
export function resolveMatches(text: string, matches: readonly NameMatch[], gazetteer: Gazetteer): ResolvedMatch[] {
  const candidates = matches.map((m) => entriesOf(m, gazetteer));
  const priors = new Map<string, number>();
  const prior = (e: GazetteerEntry, key: string): number => {
    const k = `${e.geonameid}|${key}`;
    let p = priors.get(k);
    if (p === undefined) {
      p = priorOf(e, key);
      priors.set(k, p);
    }
    return p;
  };

  // Pass 1: votes for countries and regions from each match's most likely reading.
  const countryVotes = new Map<string, number>();
  const regionNamed = new Set<string>();
  const firstPick: Array<GazetteerEntry | null> = candidates.map((cands, i) => {
    const top = best(cands, (e) => prior(e, matches[i]!.key));
    if (!top) return null;
    const e = top.item;
    // A country named outright weighs more than a city that may be a homonym.
    const weight = e.kind === 'country' ? 1.5 : e.featureCode === 'ADM1' ? 1.2 : 1;
    countryVotes.set(e.country, (countryVotes.get(e.country) ?? 0) + weight);
    for (const c of cands) if (c.featureCode === 'ADM1' && c.admin1) regionNamed.add(c.admin1);
    return e;
  });
  let totalVotes = 0;
  for (const v of countryVotes.values()) totalVotes += v;

  // Qualifiers: "Aktau, Mangystau Province" — the next match after a comma names a region or country.
  const qualifierOf = new Map<number, GazetteerEntry[]>();
  for (let i = 0; i + 1 < matches.length; i++) {
    const gap = text.slice(matches[i]!.end, matches[i + 1]!.start);
    if (/^\s*,\s*$|^\s*\(\s*$/.test(gap)) qualifierOf.set(i, candidates[i + 1]!.filter((e) => e.kind !== 'city'));
  }

  // Spatial coherence: for each name, how close each candidate lies to the likely readings of the other names.
  // "Gainesville" near "Hall County" and "Athens" → Gainesville, Georgia, not Florida.
  const keys = [...new Set(matches.map((m) => m.key))];
  const pool = new Map<string, Array<{ e: GazetteerEntry; w: number }>>();
  matches.forEach((m, i) => {
    if (pool.has(m.key)) return;
    const scored = candidates[i]!.map((e) => ({ e, p: prior(e, m.key) })).sort((a, b) => b.p - a.p).slice(0, COHERENCE_CANDIDATES);
    const top = scored[0]?.p ?? 0;
    // Readings far less likely than the best one barely support anything: drop them to keep this cheap.
    pool.set(m.key, scored.map(({ e, p }) => ({ e, w: Math.exp(p - top) })).filter((c) => c.w >= MIN_SUPPORT_WEIGHT));
  });
  const coherenceCache = new Map<number, number>();
  const coherence = (e: GazetteerEntry, key: string): number => {
    const cached = coherenceCache.get(e.geonameid);
    if (cached !== undefined) return cached;
    let sum = 0;
    let n = 0;
    for (const other of keys) {
      if (other === key) continue;
      const cands = pool.get(other) ?? [];
      if (cands.every((c) => c.e.kind === 'country' || c.e.featureCode === 'CONT')) continue;
      let bestFit = 0;
      for (const c of cands) if (c.e.geonameid !== e.geonameid) bestFit = Math.max(bestFit, c.w * closeness(e, c.e));
      sum += bestFit;
      n++;
    }
    const value = n ? sum / n : 0;
    coherenceCache.set(e.geonameid, value);
    return value;
  };

  const chosenIds = new Map<number, string>();
  firstPick.forEach((e, i) => {
    if (e) chosenIds.set(e.geonameid, matches[i]!.key);
  });

  const score = (e: GazetteerEntry, i: number): number => {
    const m = matches[i]!;
    const own = firstPick[i];
    const ownWeight = own ? (own.kind === 'country' ? 1.5 : own.featureCode === 'ADM1' ? 1.2 : 1) : 0;
    const others = totalVotes - ownWeight;
    const votes = (countryVotes.get(e.country) ?? 0) - (own?.country === e.country ? ownWeight : 0);
    let s = prior(e, m.key);
    if (others > 0) s += COUNTRY_FOCUS_WEIGHT * (votes / others);
    if (e.featureCode !== 'ADM1' && e.admin1 && regionNamed.has(e.admin1)) s += REGION_NAMED_WEIGHT;
    s += COHERENCE_WEIGHT * coherence(e, m.key);
    const qualifiers = qualifierOf.get(i);
    if (qualifiers?.some((q) => (q.kind === 'country' ? q.country === e.country : q.admin1 === e.admin1 && q.geonameid !== e.geonameid))) {
      s += QUALIFIER_WEIGHT;
    }
    const otherKey = chosenIds.get(e.geonameid);
    if (otherKey !== undefined && otherKey !== m.key) s += SAME_ENTRY_WEIGHT;
    return s;
  };

  // Pass 2, one sense per name: sum each entry's score over all matches of the same key.
  const byKey = new Map<string, number[]>();
  matches.forEach((m, i) => byKey.set(m.key, [...(byKey.get(m.key) ?? []), i]));
  const out: ResolvedMatch[] = new Array<ResolvedMatch>(matches.length);
  for (const indices of byKey.values()) {
    const cands = candidates[indices[0]!]!;
    const top = best(cands, (e) => indices.reduce((s, i) => s + score(e, i), 0) / indices.length);
    for (const i of indices) {
      const m = matches[i]!;
      if (!top) {
        out[i] = { match: m, entry: null, score: 0 };
        continue;
      }
      const margin = Number.isFinite(top.second) ? top.score - top.second : 1.5;
      out[i] = { match: m, entry: top.item, score: Math.round(100 * (0.5 + 0.5 * Math.tanh(margin))) / 100 };
    }
  }
  return out;
}
