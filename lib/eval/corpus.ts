// Gold file of a corpus (parsed JSON) + what the pipeline produced → place and incident scores, and a report.
// Pure: the CLI reads the gold file and runs the pipeline; this only compares (rules in ../shared/eval/README.md).
import { z } from 'zod';
import type { CorpusResult, FigureName, Gazetteer, Incident, IncidentType } from '../types';

/** A predicted city matches a gold one within this distance. */
const CITY_KM = 30;
/** A predicted region matches a gold one within this distance (or with the same admin-1 code). */
const REGION_KM = 150;
/** Dates of a matched incident may differ by this many days. */
const DATE_TOLERANCE_DAYS = 1;
const FIGURES: FigureName[] = ['killed', 'injured', 'detained', 'crowd', 'troops'];

/** Types that score as one: a "riot" found for a gold "clash" is right, as is an "injury" for a "clash". */
const FAMILIES: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['protest', 'riot', 'clash', 'arson', 'looting']),
  new Set(['killing', 'injury', 'clash']),
];
/** Gold type names that are ours under another name. */
const GOLD_TYPE_ALIASES: Record<string, IncidentType> = { 'price-change': 'policy' };

const GoldMention = z.union([z.string(), z.looseObject({ file: z.string().optional(), count: z.number().optional() })]);
const GoldPlace = z.looseObject({
  name: z.string(),
  kind: z.string(),
  country: z.string().nullish(),
  lat: z.number().nullish(),
  lon: z.number().nullish(),
  geonameid: z.number().nullish(),
  plot: z.boolean().optional(),
  mentions: z.array(GoldMention).optional(),
});
const FigureValue = z.union([z.number(), z.string(), z.array(z.union([z.number(), z.string()]))]);
const GoldIncident = z.looseObject({
  id: z.string(),
  type: z.string(),
  place: z.string().nullish(),
  date: z.string().nullish(),
  figures: z.record(z.string(), z.unknown()).optional(),
  claims: z.array(z.looseObject({ file: z.string().optional(), figures: z.record(z.string(), z.unknown()).optional() })).optional(),
  figures_by_source: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
});
const Gold = z.looseObject({ places: z.array(GoldPlace).default([]), incidents: z.array(GoldIncident).default([]) });
type GoldPlace = z.infer<typeof GoldPlace>;
type GoldIncident = z.infer<typeof GoldIncident>;

export class GoldFormatError extends Error {
  constructor(why: string) {
    super(`the gold file does not follow ../shared/eval/README.md: ${why}`);
    this.name = 'GoldFormatError';
  }
}

export interface PRF {
  matched: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface CorpusMetrics {
  places: PRF & { medianKm: number | null; missed: string[]; extra: string[] };
  incidents: PRF & { missed: string[]; extra: string[]; pairs: Array<[gold: string, predicted: string]> };
  figures: { total: number; correct: number; wrong: string[] };
  conflicts: { total: number; flagged: number; missed: string[] };
}

function toRadians(d: number): number {
  return (d * Math.PI) / 180;
}

/** Great-circle distance in km between two [lon, lat] points. */
function distanceKm(a: [number, number], b: [number, number]): number {
  const dLat = toRadians(b[1] - a[1]);
  const dLon = toRadians(b[0] - a[0]);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a[1])) * Math.cos(toRadians(b[1])) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function prf(matched: number, predicted: number, gold: number): PRF {
  const precision = predicted ? matched / predicted : 0;
  const recall = gold ? matched / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { matched, predicted, gold, precision, recall, f1 };
}

interface PredPlace {
  geonameid: number;
  name: string;
  kind: string;
  country: string;
  admin1: string | null;
  coord: [number, number];
}

/** Buildings and landmarks are scored only when found. */
function isSite(kind: string): boolean {
  return kind === 'building' || kind === 'landmark';
}

/** Whether a predicted place is the gold place, by the README's rule; the distance when it is. */
function placeDistance(pred: PredPlace, gold: GoldPlace, gazetteer: Gazetteer): number | null {
  const goldCoord: [number, number] | null = gold.lat != null && gold.lon != null ? [gold.lon, gold.lat] : null;
  if (gold.kind === 'country' || pred.kind === 'country') {
    return gold.kind === pred.kind && gold.country === pred.country ? (goldCoord ? distanceKm(pred.coord, goldCoord) : 0) : null;
  }
  if (!goldCoord) return null;
  const d = distanceKm(pred.coord, goldCoord);
  if (gold.kind === 'region') {
    const goldAdmin = gold.geonameid != null ? gazetteer.get(gold.geonameid)?.admin1 : null;
    return pred.kind === 'region' && (d <= REGION_KM || (goldAdmin != null && goldAdmin === pred.admin1)) ? d : null;
  }
  if (gold.kind === 'city') return pred.kind === 'city' && d <= CITY_KM ? d : null;
  if (isSite(gold.kind)) return pred.kind === 'other' && d <= CITY_KM ? d : null;
  return pred.kind === gold.kind && d <= CITY_KM ? d : null;
}

/** Gold places that count: named outside page furniture and meant to be drawn. */
function countedGoldPlaces(places: readonly GoldPlace[]): GoldPlace[] {
  return places.filter((p) => p.plot !== false && (!p.mentions || p.mentions.length > 0));
}

function scorePlaces(gold: readonly GoldPlace[], result: CorpusResult, gazetteer: Gazetteer): CorpusMetrics['places'] {
  const byId = new Map<number, PredPlace>();
  const roles = new Map<number, Set<string>>();
  for (const m of result.places) {
    if (m.geonameid === null) continue;
    roles.set(m.geonameid, (roles.get(m.geonameid) ?? new Set()).add(m.role));
    const e = gazetteer.get(m.geonameid);
    if (e) byId.set(e.geonameid, { geonameid: e.geonameid, name: e.name, kind: e.kind, country: e.country, admin1: e.admin1, coord: [e.lon, e.lat] });
  }
  // places whose every mention is page furniture are left out
  const preds = [...byId.values()].filter((p) => [...(roles.get(p.geonameid) ?? [])].some((r) => r !== 'boilerplate')).sort((a, b) => a.geonameid - b.geonameid);
  const counted = countedGoldPlaces(gold);
  const neutral = gold.filter((p) => p.plot === false);
  const pairs: Array<{ p: number; g: number; d: number }> = [];
  preds.forEach((p, pi) => counted.forEach((g, gi) => {
    const d = placeDistance(p, g, gazetteer);
    if (d !== null) pairs.push({ p: pi, g: gi, d });
  }));
  pairs.sort((a, b) => a.d - b.d || a.p - b.p || a.g - b.g);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const distances: number[] = [];
  for (const pair of pairs) {
    if (usedP.has(pair.p) || usedG.has(pair.g)) continue;
    usedP.add(pair.p);
    usedG.add(pair.g);
    distances.push(pair.d);
  }
  // a predicted place matching a gold place that should not be drawn (a continent, a former state) is neither right nor wrong
  const neutralPreds = preds.filter((p, i) => !usedP.has(i) && neutral.some((g) => g.geonameid === p.geonameid || g.name === p.name));
  const goldTotal = counted.filter((g, i) => !isSite(g.kind) || usedG.has(i)).length;
  distances.sort((a, b) => a - b);
  const mid = distances.length ? distances[Math.floor((distances.length - 1) / 2)]! : null;
  return {
    ...prf(usedP.size, preds.length - neutralPreds.length, goldTotal),
    medianKm: mid === null ? null : Math.round(mid * 10) / 10,
    missed: counted.filter((g, i) => !usedG.has(i) && !isSite(g.kind)).map((g) => g.name),
    extra: preds.filter((p, i) => !usedP.has(i) && !neutralPreds.includes(p)).map((p) => `${p.name} (${p.kind}, ${p.geonameid})`),
  };
}

function goldType(type: string): string {
  return GOLD_TYPE_ALIASES[type] ?? type;
}

function typesCompatible(a: string, b: string): boolean {
  return a === b || FAMILIES.some((f) => f.has(a) && f.has(b));
}

function incidentPlaceMatches(goldPlace: GoldPlace | null, inc: Incident, gazetteer: Gazetteer): boolean {
  if (!goldPlace) return inc.place === null;
  if (goldPlace.kind === 'country') {
    if (inc.place === null) return !inc.country || inc.country === goldPlace.country;
    return inc.place.kind === 'country' && inc.place.country === goldPlace.country;
  }
  if (!inc.place || !inc.coordinates) return false;
  const e = gazetteer.get(inc.place.id);
  const pred: PredPlace = {
    geonameid: inc.place.id, name: inc.place.name, kind: inc.place.kind, country: inc.place.country,
    admin1: e?.admin1 ?? null, coord: inc.coordinates,
  };
  // the gazetteer has no buildings: a city within reach of a gold building or square is its place
  if (isSite(goldPlace.kind)) {
    return goldPlace.lat != null && goldPlace.lon != null && pred.kind !== 'country' && pred.kind !== 'region' && distanceKm(pred.coord, [goldPlace.lon, goldPlace.lat]) <= CITY_KM;
  }
  return placeDistance(pred, goldPlace, gazetteer) !== null;
}

function datesMatch(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return true;
  return Math.abs(Date.parse(`${a}T12:00:00Z`) - Date.parse(`${b}T12:00:00Z`)) / 86_400_000 <= DATE_TOLERANCE_DAYS;
}

/** Numbers a gold figure gives: 26, [3000, 3700]; words ("dozens") give none. */
function numbersOf(v: unknown): number[] {
  if (typeof v === 'number') return [v];
  if (Array.isArray(v)) return v.filter((x): x is number => typeof x === 'number');
  return [];
}

/** Every value some source states for a figure of a gold incident. */
function statedValues(g: GoldIncident, name: FigureName): number[] {
  const values = [
    ...numbersOf(g.figures?.[name]),
    ...(g.claims ?? []).flatMap((c) => numbersOf(c.figures?.[name])),
    ...Object.values(g.figures_by_source ?? {}).flatMap((f) => numbersOf(f[name])),
  ];
  return [...new Set(values)];
}

/**
 * Maximum matching by augmenting paths (Kuhn). Run first on the preferred edges (same type), then on all:
 * augmenting never unmatches a gold incident, so exact pairs are kept where they can be.
 */
function maxMatching(edges: readonly number[][], goldCount: number, goldOf = new Array<number>(goldCount).fill(-1)): number[] {
  const tryAssign = (p: number, seen: Set<number>): boolean => {
    for (const g of edges[p] ?? []) {
      if (seen.has(g)) continue;
      seen.add(g);
      if (goldOf[g] === -1 || tryAssign(goldOf[g]!, seen)) {
        goldOf[g] = p;
        return true;
      }
    }
    return false;
  };
  edges.forEach((_, p) => {
    if (!goldOf.includes(p)) tryAssign(p, new Set());
  });
  return goldOf;
}

/**
 * Scores a corpus against its gold file: places (same kind within 30 km; regions 150 km or one admin-1;
 * countries by ISO code), incidents (compatible type, same place, date within a day, a null date matching
 * any), figures of matched incidents, and conflicts flagged.
 */
export function scoreCorpus(goldJson: unknown, result: CorpusResult, gazetteer: Gazetteer): CorpusMetrics {
  const parsed = Gold.safeParse(goldJson);
  if (!parsed.success) throw new GoldFormatError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const gold = parsed.data;
  const places = scorePlaces(gold.places, result, gazetteer);

  const placeByName = new Map(gold.places.map((p) => [p.name, p]));
  const preds = [...result.incidents].sort((a, b) => (a.id < b.id ? -1 : 1));
  const edges = preds.map((inc) =>
    gold.incidents
      .map((g, gi) => ({ g, gi }))
      .filter(({ g }) => typesCompatible(goldType(g.type), inc.type))
      .filter(({ g }) => incidentPlaceMatches(g.place ? (placeByName.get(g.place) ?? null) : null, inc, gazetteer))
      .filter(({ g }) => datesMatch(g.date, inc.date))
      // prefer the same type and the same date when several gold incidents fit
      .sort((a, b) => Number(goldType(b.g.type) === inc.type) - Number(goldType(a.g.type) === inc.type) || Number(b.g.date === inc.date) - Number(a.g.date === inc.date) || a.gi - b.gi)
      .map(({ gi }) => gi),
  );
  const exact = edges.map((es, p) => es.filter((gi) => goldType(gold.incidents[gi]!.type) === preds[p]!.type));
  const goldOf = maxMatching(edges, gold.incidents.length, maxMatching(exact, gold.incidents.length));
  const matchedPred = new Set(goldOf.filter((p) => p >= 0));
  const pairs: Array<[string, string]> = [];
  let figTotal = 0;
  let figCorrect = 0;
  const wrong: string[] = [];
  let conflictTotal = 0;
  let conflictFlagged = 0;
  const conflictMissed: string[] = [];
  gold.incidents.forEach((g, gi) => {
    const p = goldOf[gi] ?? -1;
    const inc = p >= 0 ? preds[p] : undefined;
    if (inc) pairs.push([g.id, inc.id]);
    for (const name of FIGURES) {
      const stated = statedValues(g, name);
      if (stated.length > 1) {
        conflictTotal++;
        if (inc?.conflicts.some((c) => c.figure === name)) conflictFlagged++;
        else conflictMissed.push(`${g.id} ${name} ${stated.join('/')}`);
      }
      if (!inc || !numbersOf(g.figures?.[name]).length) continue;
      figTotal++;
      const given = [inc.figures[name]?.value, ...(inc.conflicts.find((c) => c.figure === name)?.values.map((v) => v.value) ?? [])];
      if (given.some((v) => v !== undefined && stated.includes(v))) figCorrect++;
      else wrong.push(`${g.id} ${name}: gold ${stated.join('/')} vs ${inc.figures[name]?.value ?? 'none'}`);
    }
  });
  return {
    places,
    incidents: {
      ...prf(matchedPred.size, preds.length, gold.incidents.length),
      missed: gold.incidents.filter((_, gi) => (goldOf[gi] ?? -1) < 0).map((g) => `${g.id} ${g.type} ${g.place ?? '-'} ${g.date ?? '-'}`),
      extra: preds.filter((_, pi) => !matchedPred.has(pi)).map((i) => `${i.type} ${i.place?.name ?? `(${i.country ?? '-'})`} ${i.date ?? '-'} ${i.title}`),
      pairs,
    },
    figures: { total: figTotal, correct: figCorrect, wrong },
    conflicts: { total: conflictTotal, flagged: conflictFlagged, missed: conflictMissed },
  };
}

const pct = (x: number) => x.toFixed(3);

/** A plain-text report of the scores, with what was missed and what was extra. */
export function formatCorpusReport(m: CorpusMetrics): string {
  const lines = [
    `places     P ${pct(m.places.precision)}  R ${pct(m.places.recall)}  F1 ${pct(m.places.f1)}  (${m.places.matched} matched of ${m.places.predicted} predicted, ${m.places.gold} gold; median ${m.places.medianKm ?? '-'} km)`,
    `incidents  P ${pct(m.incidents.precision)}  R ${pct(m.incidents.recall)}  F1 ${pct(m.incidents.f1)}  (${m.incidents.matched} matched of ${m.incidents.predicted} predicted, ${m.incidents.gold} gold)`,
    `figures    ${m.figures.correct}/${m.figures.total} right`,
    `conflicts  ${m.conflicts.flagged}/${m.conflicts.total} flagged`,
  ];
  const list = (title: string, items: readonly string[]) => (items.length ? [`  ${title}:`, ...items.map((i) => `    ${i}`)] : []);
  lines.push(
    ...list('places missed', m.places.missed),
    ...list('places extra', m.places.extra),
    ...list('incidents missed', m.incidents.missed),
    ...list('incidents extra', m.incidents.extra),
    ...list('figures wrong', m.figures.wrong),
    ...list('conflicts not flagged', m.conflicts.missed),
  );
  return lines.join('\n');
}
