// Gold toponym documents + predicted toponyms → recognition and resolution scores (Gritta et al. 2018).
// Pure: the CLI reads the JSONL and runs the geoparser; this only compares.
import type { Toponym } from '../geo/toponym';

/** One gold toponym; offsets in characters of the document's text. */
export interface GeoparseGoldToponym {
  start: number;
  end: number;
  name?: string;
  lat: number | string;
  lon: number | string;
  geonameid?: number | string | null;
}

/** One line of a geoparsing benchmark (lgl.jsonl, geovirus.jsonl). */
export interface GeoparseGoldDoc {
  id: string;
  text: string;
  toponyms: GeoparseGoldToponym[];
}

export interface GeoparseScores {
  precision: number;
  recall: number;
  f1: number;
  /** Share of recognised gold toponyms resolved within 161 km (100 miles). */
  acc161: number;
  medianKm: number;
  /** Area under the curve of log(1 + error km) / log(20039 km), sorted: 0 is perfect, 1 is worst. */
  auc: number;
  counts: { docs: number; gold: number; predicted: number; matched: number; unresolved: number; missingDocs: number };
}

/** Half the Earth's circumference: the error of a toponym that was found but not resolved. */
const MAX_ERROR_KM = 20039;
/** The acc@161 threshold: 100 miles, as in the geoparsing literature. */
const ACCURACY_KM = 161;
const EARTH_RADIUS_KM = 6371;

function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

function median(sorted: readonly number[]): number {
  if (sorted.length === 0) return 0;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Gritta et al.'s AUC: trapezoid area under the sorted, log-scaled error curve, normalised to 0..1. */
function errorAuc(sorted: readonly number[]): number {
  if (sorted.length < 2) return sorted.length === 1 ? Math.log1p(sorted[0]!) / Math.log(MAX_ERROR_KM) : 0;
  let area = 0;
  for (let i = 1; i < sorted.length; i++) area += (Math.log1p(sorted[i - 1]!) + Math.log1p(sorted[i]!)) / 2;
  return area / ((sorted.length - 1) * Math.log(MAX_ERROR_KM));
}

/**
 * Scores predictions against gold: a prediction matches the first unmatched gold toponym whose span
 * overlaps it (one to one). Resolution is measured over matched pairs; an unresolved match counts
 * as the largest possible error.
 */
export function scoreGeoparse(gold: readonly GeoparseGoldDoc[], predicted: ReadonlyMap<string, readonly Toponym[]>): GeoparseScores {
  let goldCount = 0;
  let predCount = 0;
  let matched = 0;
  let unresolved = 0;
  let missingDocs = 0;
  const errors: number[] = [];
  for (const doc of gold) {
    const golds = doc.toponyms.filter((t) => Number.isFinite(Number(t.lat)) && Number.isFinite(Number(t.lon)));
    const preds = predicted.get(doc.id);
    if (!preds) missingDocs++;
    goldCount += golds.length;
    predCount += preds?.length ?? 0;
    const used = new Set<number>();
    for (const p of preds ?? []) {
      const gi = golds.findIndex((g, i) => !used.has(i) && p.start < g.end && g.start < p.end);
      if (gi < 0) continue;
      used.add(gi);
      matched++;
      const g = golds[gi]!;
      if (p.lat === null || p.lon === null) {
        unresolved++;
        errors.push(MAX_ERROR_KM);
      } else {
        errors.push(haversineKm(Number(g.lat), Number(g.lon), p.lat, p.lon));
      }
    }
  }
  errors.sort((a, b) => a - b);
  const precision = predCount ? matched / predCount : 0;
  const recall = goldCount ? matched / goldCount : 0;
  return {
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    acc161: errors.length ? errors.filter((e) => e <= ACCURACY_KM).length / errors.length : 0,
    medianKm: median(errors),
    auc: errorAuc(errors),
    counts: { docs: gold.length, gold: goldCount, predicted: predCount, matched, unresolved, missingDocs },
  };
}

/** A few lines for the terminal. */
export function formatGeoparseReport(s: GeoparseScores): string {
  const f = (x: number) => x.toFixed(3);
  const c = s.counts;
  return [
    `recognition  P ${f(s.precision)}  R ${f(s.recall)}  F1 ${f(s.f1)}   (${c.matched} matched of ${c.gold} gold, ${c.predicted} predicted, ${c.docs} docs)`,
    `resolution   acc@161 ${f(s.acc161)}  median ${s.medianKm.toFixed(1)} km  AUC ${f(s.auc)}   (${c.unresolved} unresolved)`,
    ...(c.missingDocs ? [`warning: ${c.missingDocs} docs had no prediction`] : []),
  ].join('\n');
}
