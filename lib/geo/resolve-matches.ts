// Place-name matches of one text → the gazetteer entry each one most likely means, with a 0..1 score.
// "Paris" in a story that also names Texas → Paris, Texas; "Georgia" beside "Tbilisi" → the country.
import type { Gazetteer, GazetteerEntry } from '../types';
import type { NameMatch } from './match-names';
import { foldedNameOf } from './folded-name-of';

export interface ResolvedMatch {
  match: NameMatch;
  entry: GazetteerEntry | null;
  score: number;
}

/** Prior weight of a feature code: a country or first-level region beats a village of the same name. */
const FEATURE_WEIGHT: Record<string, number> = {
  PCLI: 1.0, // independent country
  ADM1: 0.6, // first-level region
  RGN: 0.6, // an area made of regions or countries ("Darfur", "West Africa")
  PPLC: 0.55, // national capital
  PPLA: 0.35, // region capital
  PPLA2: 0.2, // second-level seat
  ADM2: 0.2, // county, district
  PPLA3: 0.1,
};
/** Prior taken off a region whose namesake city lies within NAMESAKE_REGION_KM of its centre. */
const NAMESAKE_REGION_PENALTY = 0.5;
/** How near a same-named city must be for a region to count as named after it. */
const NAMESAKE_REGION_KM = 200;
/** Weight of population in the prior: log10(population) / 7, so a city of 10 million adds this much. */
const POPULATION_WEIGHT = 0.8;
/** Bonus for a candidate whose country the rest of the text is about (times that country's share). */
const COUNTRY_FOCUS_WEIGHT = 1.2;
/** Bonus for a candidate whose first-level region is also named in the text ("Odesa ... Donetsk"). */
const REGION_NAMED_WEIGHT = 0.6;
/** Bonus for a qualifier right after the name: "Odesa, Donetsk Oblast", "Paris, Texas". */
const QUALIFIER_WEIGHT = 2.0;
/** Bonus for a national capital in a story that names a country: capitals stand for governments. */
const CAPITAL_WEIGHT = 0.5;
/** Bonus when the text names the place under its main name, not only an alternate ("Georgia" vs "Gruzia"). */
const PRIMARY_NAME_WEIGHT = 0.15;
/** Bonus when another name in the text already resolved to this very entry ("Donetsk Oblast" ... "Donetsk"). */
const SAME_ENTRY_WEIGHT = 0.8;
/** Bonus for a reading of the same level as most items of a list it is in ("Ohio, Indiana and Nevada": states). */
const LIST_LEVEL_WEIGHT = 1.0;
/** Fewest names that make a list whose items are alike. */
const MIN_LIST_ITEMS = 3;
/** Bonus for a place near the other places of the text (times the mean closeness, 0..1). */
const COHERENCE_WEIGHT = 2.0;
/** Distance at which closeness falls to 1/e: places within a few counties of each other support each other. */
const COHERENCE_KM = 150;
/**
 * Distance beyond which a reading lends no support at all: exp(-4500 / 150) ≈ 1e-13, nothing a score can
 * tell apart, and most pairs of readings in a story on two continents are that far apart.
 */
const SUPPORT_RANGE_KM = 4500;
/** Most distinct names whose readings lend spatial support; news articles name far fewer. */
const MAX_SUPPORT_NAMES = 60;
/** Most candidates per name considered for spatial coherence, by prior (keeps "Springfield" cheap). */
const COHERENCE_CANDIDATES = 40;
/** Smallest relative weight (vs the name's best reading) a reading needs to support other places. */
const MIN_SUPPORT_WEIGHT = 0.05;
const EARTH_RADIUS_KM = 6371;
/** Slack on the score bounds used to skip readings that cannot win, against rounding. */
const BOUND_SLACK = 1e-9;

const RAD = Math.PI / 180;

/**
 * The readings of a name that lend support to the places near them, heaviest first, packed STRIDE numbers to a
 * reading: its point, its weight w (0..1, 1 for the best) and log w, its id, codes and kind. Packed, a pool
 * lies in a few cache lines; as objects, each reading and its entry were a memory access of their own, and the
 * coherence loops ran at memory speed.
 */
const X = 0;
const Y = 1;
const Z = 2;
const W = 3;
const LOG_W = 4;
const ID = 5;
const COUNTRY = 6;
const ADMIN1 = 7;
/** 1 for a country or an area across countries: it supports nothing. */
const WIDE = 8;
/** 1 for a first-level region. */
const REGION = 9;
const STRIDE = 10;

/** An entry with its point on the unit sphere worked out once: closeness is computed many times per text. */
interface Located {
  /** The point on the unit sphere: chords give distances with one arcsine, and bounds with none. */
  x: number;
  y: number;
  z: number;
  /** A country or continent: close to nothing. */
  wide: boolean;
  /** What containsReading asks of the entry, as small integers (codeOf): it is asked in the innermost loops. */
  country: number;
  /** -1 for none. */
  admin1: number;
  isCountry: boolean;
  isRegion: boolean;
}

/** Country and admin-1 codes as small integers, so that the packed pools hold numbers only. */
const CODES = new Map<string, number>();

function codeOf(code: string | null): number {
  if (code === null || code === '') return -1;
  let n = CODES.get(code);
  if (n === undefined) {
    n = CODES.size;
    CODES.set(code, n);
  }
  return n;
}

/** Located entries, once per entry: every text asks again for the same readings. */
const LOCATED = new WeakMap<GazetteerEntry, Located>();

function located(e: GazetteerEntry): Located {
  let found = LOCATED.get(e);
  if (found === undefined) {
    const cosLat = Math.cos(e.lat * RAD);
    const lon = e.lon * RAD;
    found = {
      x: cosLat * Math.cos(lon),
      y: cosLat * Math.sin(lon),
      z: Math.sin(e.lat * RAD),
      wide: isWide(e),
      country: codeOf(e.country),
      admin1: codeOf(e.admin1),
      isCountry: e.kind === 'country',
      isRegion: e.featureCode === 'ADM1',
    };
    LOCATED.set(e, found);
  }
  return found;
}

function distanceKm(a: Located, b: Located): number {
  return arcKm(chordKm(a, b.x, b.y, b.z));
}

/** The great-circle distance spanned by a chord of `chord` km: one arcsine, where the haversine takes three calls. */
function arcKm(chord: number): number {
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, chord / (2 * EARTH_RADIUS_KM)));
}

/**
 * The chord from `a` to the point (x, y, z) of the unit sphere, in km: a lower bound on the distance (the arc is
 * never shorter than the chord), a few multiplications, cheap enough to skip far pairs before the exact
 * distance is worked out from it.
 */
function chordKm(a: Located, x: number, y: number, z: number): number {
  const dx = a.x - x;
  const dy = a.y - y;
  const dz = a.z - z;
  return EARTH_RADIUS_KM * Math.sqrt(dx * dx + dy * dy + dz * dz);
}

/** True for readings that support no other place by being near: countries, continents, areas across countries. */
function isWide(e: GazetteerEntry): boolean {
  return e.kind === 'country' || e.country === '';
}

/** `a` is a country and the pool's reading at offset `o` lies in it, or one of the two is a region that holds the other. */
function containsReading(a: Located, pool: Float64Array, o: number): boolean {
  return (
    (a.isCountry && a.country === pool[o + COUNTRY]) ||
    // One of the two is a first-level region and the other lies in it: "Kharkiv Oblast" and "Chuhuiv".
    (a.admin1 >= 0 && a.admin1 === pool[o + ADMIN1] && (a.isRegion || pool[o + REGION] === 1))
  );
}


/**
 * Readings that take no support from the places around them: continents and areas across countries. A country
 * takes support from the places named inside it ("Mexico" beside "Mexico City" is the country), as a region does.
 */
function isUnsupported(e: GazetteerEntry): boolean {
  return e.country === '';
}

function priorOf(e: GazetteerEntry, key: string): number {
  const feature = FEATURE_WEIGHT[e.featureCode] ?? (e.kind === 'country' ? 0.9 : 0);
  const population = (Math.log10(e.population + 1) / 7) * POPULATION_WEIGHT;
  const primary = foldedNameOf(e) === key ? PRIMARY_NAME_WEIGHT : 0;
  return feature + population + primary;
}

/**
 * A first-level region named after a city of the same name close by: the bare name means the city, and news
 * names the region with a region word ("Minsk" the capital, "Minsk Region" around it). The city is inside the
 * region or is the capital it is named after, not a village over the border ("Wales" near Sheffield).
 */
function isNamesakeRegion(e: GazetteerEntry, entries: readonly GazetteerEntry[], key: string): boolean {
  if (e.featureCode !== 'ADM1') return false;
  const here = located(e);
  return entries.some(
    (c) =>
      c.kind === 'city' &&
      c.country === e.country &&
      (c.admin1 === e.admin1 || c.featureCode === 'PPLC' || c.featureCode === 'PPLA') &&
      foldedNameOf(c) === key &&
      distanceKm(here, located(c)) < NAMESAKE_REGION_KM,
  );
}

/**
 * `q`, named after a comma, says where `e` is: its country ("Odesa, Ukraine"), or the first-level region that
 * holds a town or a county ("Paris, Texas", "Lamar County, Texas"). One county does not qualify another that
 * shares its region ("Colorado, California" in Paraná are two counties, not one inside the other).
 */
function qualifies(q: GazetteerEntry, e: GazetteerEntry): boolean {
  if (q.kind === 'country') return q.country === e.country;
  if (q.geonameid === e.geonameid || !q.admin1 || q.admin1 !== e.admin1) return false;
  return e.kind !== 'region' || (e.featureCode === 'ADM2' && q.featureCode === 'ADM1');
}

/** What a list's items are alike in: countries, regions (states, provinces, counties), or towns. */
type PlaceLevel = 'country' | 'region' | 'town' | 'area';

function levelOf(e: GazetteerEntry): PlaceLevel {
  if (e.kind === 'country') return 'country';
  if (e.country === '') return 'area';
  return e.kind === 'region' ? 'region' : 'town';
}

/** A space or a no-break space: what the region-word patterns need beside a name. */
function isSpace(c: number): boolean {
  return c === 32 || c === 0xa0;
}

/** What separates the items of a list: "Ohio, Indiana", "Ohio and Indiana", "Ohio, Indiana, and Utah". */
const LIST_GAP = /^(?:[ \u00a0]*,[ \u00a0]*(?:(?:and|or)[ \u00a0]+)?|[ \u00a0]+(?:and|or)[ \u00a0]+)$/;

/** What a name's readings are, whatever the text: entries, priors, the best by prior, and the coherence pool. */
interface Readings {
  entries: GazetteerEntry[];
  priors: Map<GazetteerEntry, number>;
  /** The most likely reading by prior alone. */
  first: GazetteerEntry | null;
  /** Admin-1 codes of the readings that are first-level regions. */
  regions: string[];
  /** The likelier readings packed with their weights, heaviest first; null when all are countries or continents. */
  pool: Float64Array | null;
}

/**
 * Readings by the ids array of a match: the gazetteer's lookup returns the same array for the same name,
 * so a name's readings are worked out once, not once per text ("Washington" has hundreds).
 */
const READINGS = new WeakMap<readonly number[], Readings>();

function readingsOf(m: NameMatch, gazetteer: Gazetteer): Readings {
  const cached = READINGS.get(m.ids);
  if (cached) return cached;
  const entries = m.ids.map((id) => gazetteer.get(id)).filter((e): e is GazetteerEntry => e !== undefined);
  const priors = new Map<GazetteerEntry, number>();
  for (const e of entries) priors.set(e, priorOf(e, m.key) - (isNamesakeRegion(e, entries, m.key) ? NAMESAKE_REGION_PENALTY : 0));
  const first = best(entries, (e) => priors.get(e)!)?.item ?? null;
  const regions: string[] = [];
  for (const e of entries) if (e.featureCode === 'ADM1' && e.admin1) regions.push(e.admin1);
  const scored = entries.map((e) => ({ e, p: priors.get(e)! })).sort((a, b) => b.p - a.p).slice(0, COHERENCE_CANDIDATES);
  const top = scored[0]?.p ?? 0;
  // Readings far less likely than the best one barely support anything: drop them to keep this cheap.
  const kept = scored.filter(({ p }) => Math.exp(p - top) >= MIN_SUPPORT_WEIGHT);
  const pool = new Float64Array(kept.length * STRIDE);
  kept.forEach(({ e, p }, k) => {
    const at = located(e);
    pool.set([at.x, at.y, at.z, Math.exp(p - top), p - top, e.geonameid, at.country, at.admin1, at.wide ? 1 : 0, at.isRegion ? 1 : 0], k * STRIDE);
  });
  const readings: Readings = { entries, priors, first, regions, pool: kept.every(({ e }) => isWide(e)) ? null : pool };
  READINGS.set(m.ids, readings);
  return readings;
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
  const readings = matches.map((m) => readingsOf(m, gazetteer));
  const candidates = readings.map((r) => r.entries);
  // Priors depend on the entry and the name it was found under, so every match of one name shares them.
  const prior = (e: GazetteerEntry, i: number): number => readings[i]!.priors.get(e) ?? priorOf(e, matches[i]!.key);

  // Pass 1: votes for countries and regions from each match's most likely reading.
  const countryVotes = new Map<string, number>();
  const regionNamed = new Set<string>();
  const firstPick: Array<GazetteerEntry | null> = readings.map((r) => {
    const e = r.first;
    if (!e) return null;
    // A country named outright weighs more than a city that may be a homonym.
    const weight = e.kind === 'country' ? 1.5 : e.featureCode === 'ADM1' ? 1.2 : 1;
    countryVotes.set(e.country, (countryVotes.get(e.country) ?? 0) + weight);
    for (const code of r.regions) regionNamed.add(code);
    return e;
  });
  let totalVotes = 0;
  for (const v of countryVotes.values()) totalVotes += v;
  // A story that names countries speaks of governments by their capitals: "Egypt cooperated with Washington".
  // Not when another named country has a place of that name ("London" in a story on Canada), nor when the name is
  // a country's too ("Panama").
  // Nor when a named region holds another place of that name ("London" beside "Ontario"), or when the name is
  // also a region of a country whose other regions are named ("Oregon and Washington laws").
  const namedCountries = new Set<string>();
  const namedRegions = new Map<string, GazetteerEntry>();
  for (const e of firstPick) {
    if (e?.kind === 'country') namedCountries.add(e.country);
    if (e?.featureCode === 'ADM1' && e.admin1) namedRegions.set(e.admin1, e);
  }
  const regionCountries = new Set([...namedRegions.values()].map((e) => e.country));
  const capitalReading = new Set<Readings>();
  if (namedCountries.size > 0) {
    for (const r of readings) {
      if (capitalReading.has(r) || !r.entries.some((e) => e.featureCode === 'PPLC')) continue;
      const capitals = new Set(r.entries.filter((e) => e.featureCode === 'PPLC').map((e) => e.country));
      if (r.entries.some((e) => e.kind === 'country' || (!capitals.has(e.country) && namedCountries.has(e.country)))) continue;
      const regionOfName = r.entries.find((e) => e.featureCode === 'ADM1');
      if (r.entries.some((e) => e.featureCode !== 'PPLC' && e.admin1 !== null && namedRegions.has(e.admin1) && namedRegions.get(e.admin1) !== e)) continue;
      if (regionOfName && [...namedRegions.values()].some((n) => n.country === regionOfName.country && n !== regionOfName)) continue;
      capitalReading.add(r);
    }
  }
  // "a Washington state farm", "the state of Victoria": a region word next to the name asks for the region.
  const regionWordAfter = new Set<number>();
  matches.forEach((m, i) => {
    // "Texas state", "the Kharkiv and Donetsk regions", "Minsk oblast"
    // Both patterns need a space beside the name: most names have punctuation or a line end there instead.
    const spaceAfter = isSpace(text.charCodeAt(m.end));
    if (spaceAfter && /^[ \u00a0](?:states?|provinces?|regions?|oblasts?)\b/i.test(text.slice(m.end, m.end + 10))) regionWordAfter.add(i);
    else if (isSpace(text.charCodeAt(m.start - 1)) && /\b(?:state|province) of[ \u00a0]$/.test(text.slice(Math.max(0, m.start - 12), m.start))) {
      regionWordAfter.add(i);
    }
  });

  // Lists: "Michigan, Oregon, Indiana and Ohio report cases" — the items of a list are alike, so Indiana is the
  // state here, not the town in Pennsylvania. Each item is nudged to the level most items first read as.
  const listLevel = new Map<number, PlaceLevel>();
  let runStart = 0;
  for (let i = 1; i <= matches.length; i++) {
    if (i < matches.length && LIST_GAP.test(text.slice(matches[i - 1]!.end, matches[i]!.start))) continue;
    if (i - runStart >= MIN_LIST_ITEMS) {
      const counts = new Map<PlaceLevel, number>();
      for (let k = runStart; k < i; k++) {
        const e = firstPick[k];
        if (e) counts.set(levelOf(e), (counts.get(levelOf(e)) ?? 0) + 1);
      }
      for (const [level, n] of counts) if (2 * n > i - runStart) for (let k = runStart; k < i; k++) listLevel.set(k, level);
    }
    runStart = i;
  }

  // Qualifiers: "Odesa, Donetsk Oblast" — the next match after a comma names a region or country.
  const qualifierOf = new Map<number, GazetteerEntry[]>();
  for (let i = 0; i + 1 < matches.length; i++) {
    const gap = text.slice(matches[i]!.end, matches[i + 1]!.start);
    // Not between the items of a list: in "Colorado, California, and Minnesota" California qualifies nothing.
    if (listLevel.has(i) && listLevel.has(i + 1)) continue;
    if (/^\s*,\s*$|^\s*\(\s*$/.test(gap)) qualifierOf.set(i, candidates[i + 1]!.filter((e) => e.kind !== 'city'));
  }

  // Spatial coherence: for each name, how close each candidate lies to the likely readings of the other names.
  // "Gainesville" near "Hall County" and "Athens" → Gainesville, Georgia, not Florida.
  // Each pool is sorted by weight, heaviest first; pools of countries and continents support nothing.
  // A text naming hundreds of places (a list, a table) keeps only the most-named ones as support,
  // so coherence stays linear in the number of names: like - 2,000 towns in one article.
  const timesNamed = new Map<string, number>();
  for (const m of matches) timesNamed.set(m.key, (timesNamed.get(m.key) ?? 0) + 1);
  const allPools: Array<{ key: string; cands: Float64Array; first: number }> = [];
  const pooled = new Set<string>();
  matches.forEach((m, i) => {
    if (pooled.has(m.key)) return;
    pooled.add(m.key);
    const pool = readings[i]!.pool;
    if (pool) allPools.push({ key: m.key, cands: pool, first: i });
  });
  const pools =
    allPools.length <= MAX_SUPPORT_NAMES
      ? allPools
      : [...allPools]
          .sort((a, b) => (timesNamed.get(b.key) ?? 0) - (timesNamed.get(a.key) ?? 0) || a.first - b.first)
          .slice(0, MAX_SUPPORT_NAMES);
  // The names whose readings support reading `e` for `key`: every other name, and not the name that is `e`'s own
  // ("Mexico" read as Mexico City, in a text that names Mexico City, takes no support from "Mexico City": its
  // readings lie beside it by construction, not by the story).
  const poolsFor = new Map<string, Map<string, typeof pools>>();
  const supportingPools = (e: GazetteerEntry, key: string): typeof pools => {
    const ownName = foldedNameOf(e);
    let byOwnName = poolsFor.get(key);
    if (!byOwnName) {
      byOwnName = new Map();
      poolsFor.set(key, byOwnName);
    }
    let found = byOwnName.get(ownName);
    if (!found) {
      found = pools.filter((pool) => pool.key !== key && pool.key !== ownName);
      byOwnName.set(ownName, found);
    }
    return found;
  };
  // Coherence depends on the reading and on the name it is read for (that name's own pool lends nothing), so an
  // entry that two names of the text can mean is worked out once for each.
  const coherenceCache = new Map<string, Map<number, number>>();
  const coherence = (e: GazetteerEntry, key: string): number => {
    let byEntry = coherenceCache.get(key);
    if (!byEntry) {
      byEntry = new Map();
      coherenceCache.set(key, byEntry);
    }
    const cached = byEntry.get(e.geonameid);
    if (cached !== undefined) return cached;
    let value = 0;
    if (!isUnsupported(e)) {
      const here = located(e);
      let sum = 0;
      let n = 0;
      // How well `e` fits each supporting reading: 1 when one holds the other, falling with distance; a country
      // fits only the places inside it, and countries and continents support nothing.
      for (const { cands } of supportingPools(e, key)) {
        let bestFit = 0;
        let logBestFit = Number.NaN; // log(bestFit), worked out when first needed
        for (let o = 0; o < cands.length; o += STRIDE) {
          // Closeness is at most 1: a lighter reading cannot beat the best fit so far.
          const w = cands[o + W]!;
          if (w <= bestFit) break;
          if (cands[o + ID] === e.geonameid || cands[o + WIDE] === 1) continue;
          let fit = w;
          // Nor can a reading that is too far, by a lower bound on the distance that needs no trigonometry;
          // and one a continent away supports nothing at all. A country is supported only by what it holds.
          if (!containsReading(here, cands, o)) {
            if (here.wide) continue;
            const minKm = chordKm(here, cands[o + X]!, cands[o + Y]!, cands[o + Z]!);
            if (minKm > SUPPORT_RANGE_KM) continue;
            if (bestFit > 0) {
              if (Number.isNaN(logBestFit)) logBestFit = Math.log(bestFit);
              if (cands[o + LOG_W]! - minKm / COHERENCE_KM < logBestFit - BOUND_SLACK) continue;
            }
            fit *= Math.exp(-arcKm(minKm) / COHERENCE_KM);
          }
          if (fit > bestFit) {
            bestFit = fit;
            logBestFit = Number.NaN;
          }
        }
        sum += bestFit;
        n++;
      }
      value = n ? sum / n : 0;
    }
    byEntry.set(e.geonameid, value);
    return value;
  };

  // The most coherence can be, from lower bounds on the distances: no trigonometry, and far readings
  // ("Washington" in a story on Kharkiv and Odesa) need no exact coherence at all.
  const coherenceBound = (e: GazetteerEntry, key: string): number => {
    if (isUnsupported(e)) return 0;
    const here = located(e);
    let sum = 0;
    let n = 0;
    for (const { cands } of supportingPools(e, key)) {
      let logFit = -Infinity;
      for (let o = 0; o < cands.length; o += STRIDE) {
        // Readings come heaviest first, and none fits better than its weight.
        const logW = cands[o + LOG_W]!;
        if (logW <= logFit) break;
        if (cands[o + ID] === e.geonameid || cands[o + WIDE] === 1) continue;
        let log = logW;
        if (!containsReading(here, cands, o)) {
          if (here.wide) continue;
          const minKm = chordKm(here, cands[o + X]!, cands[o + Y]!, cands[o + Z]!);
          if (minKm > SUPPORT_RANGE_KM) continue;
          log -= minKm / COHERENCE_KM;
        }
        if (log > logFit) logFit = log;
      }
      sum += Math.exp(logFit);
      n++;
    }
    return n ? sum / n : 0;
  };

  const chosenIds = new Map<number, string>();
  firstPick.forEach((e, i) => {
    if (e) chosenIds.set(e.geonameid, matches[i]!.key);
  });

  // Everything in a reading's score but its coherence, which is the costly part.
  const baseScore = (e: GazetteerEntry, i: number): number => {
    const m = matches[i]!;
    const own = firstPick[i];
    const ownWeight = own ? (own.kind === 'country' ? 1.5 : own.featureCode === 'ADM1' ? 1.2 : 1) : 0;
    const others = totalVotes - ownWeight;
    const votes = (countryVotes.get(e.country) ?? 0) - (own?.country === e.country ? ownWeight : 0);
    let s = prior(e, i);
    if (others > 0) s += COUNTRY_FOCUS_WEIGHT * (votes / others);
    if (e.featureCode !== 'ADM1' && e.admin1 && regionNamed.has(e.admin1)) s += REGION_NAMED_WEIGHT;
    if (e.featureCode === 'PPLC' && capitalReading.has(readings[i]!)) s += CAPITAL_WEIGHT;
    if (listLevel.has(i) && listLevel.get(i) === levelOf(e)) s += LIST_LEVEL_WEIGHT;
    return s;
  };
  // "Paris, Texas": a qualifier after the name that contains this reading.
  const isQualified = (e: GazetteerEntry, i: number): boolean =>
    (regionWordAfter.has(i) && e.featureCode === 'ADM1') || (qualifierOf.get(i)?.some((q) => qualifies(q, e)) ?? false);
  // "Donetsk Oblast" ... "Donetsk": another name of the text already chose this very entry.
  // Not when the name is a country's own: "Mexico City ... in Mexico" still means the country.
  const namesCountry = (i: number): boolean =>
    readings[i]!.entries.some((c) => c.kind === 'country' && foldedNameOf(c) === matches[i]!.key);
  const isSameEntry = (e: GazetteerEntry, i: number): boolean => {
    const otherKey = chosenIds.get(e.geonameid);
    return otherKey !== undefined && otherKey !== matches[i]!.key && !namesCountry(i);
  };
  const score = (e: GazetteerEntry, i: number): number => {
    let s = baseScore(e, i);
    s += COHERENCE_WEIGHT * coherence(e, matches[i]!.key);
    if (isQualified(e, i)) s += QUALIFIER_WEIGHT;
    if (isSameEntry(e, i)) s += SAME_ENTRY_WEIGHT;
    return s;
  };
  // Pass 2, one sense per name: sum each entry's score over all matches of the same key.
  const byKey = new Map<string, number[]>();
  matches.forEach((m, i) => {
    const indices = byKey.get(m.key);
    if (indices) indices.push(i);
    else byKey.set(m.key, [i]);
  });
  const out: ResolvedMatch[] = new Array<ResolvedMatch>(matches.length);
  for (const indices of byKey.values()) {
    const i0 = indices[0]!;
    const key = matches[i0]!.key;
    const cands = candidates[i0]!;
    // The matches of one name share their readings and first pick, so only the qualifier bonus differs
    // between them ("Paris, Texas ... Paris"): the rest of the score is worked out once per reading.
    const uniform = indices.every(
      (i) => readings[i] === readings[i0] && firstPick[i] === firstPick[i0] && listLevel.get(i) === listLevel.get(i0),
    );
    const qualified = indices.filter((i) => qualifierOf.has(i) || regionWordAfter.has(i));
    const exact = (e: GazetteerEntry): number => {
      if (!uniform) return indices.reduce((s, i) => s + score(e, i), 0) / indices.length;
      const base = baseScore(e, i0);
      const coherent = COHERENCE_WEIGHT * coherence(e, key);
      const same = isSameEntry(e, i0);
      let sum = 0;
      for (const i of indices) {
        // Added in the order `score` adds them, so both give the very same number.
        let s = base;
        s += coherent;
        if (isQualified(e, i)) s += QUALIFIER_WEIGHT;
        if (same) s += SAME_ENTRY_WEIGHT;
        sum += s;
      }
      return sum / indices.length;
    };
    // The most a reading can score without its coherence: the rough bound then takes coherence at 1,
    // the tight one bounds it from the distances.
    const boundCache = new Map<GazetteerEntry, number>();
    const withoutCoherence = (e: GazetteerEntry): number => {
      const cached = boundCache.get(e);
      if (cached !== undefined) return cached;
      const value = withoutCoherenceOnce(e);
      boundCache.set(e, value);
      return value;
    };
    const withoutCoherenceOnce = (e: GazetteerEntry): number => {
      if (!uniform) {
        let s = 0;
        for (const i of indices) s += baseScore(e, i) + (isQualified(e, i) ? QUALIFIER_WEIGHT : 0) + (isSameEntry(e, i) ? SAME_ENTRY_WEIGHT : 0);
        return s / indices.length;
      }
      const bonus = (qualified.some((i) => isQualified(e, i)) ? QUALIFIER_WEIGHT : 0) + (isSameEntry(e, i0) ? SAME_ENTRY_WEIGHT : 0);
      return baseScore(e, i0) + bonus;
    };
    // A name with one reading has nothing to choose: its score would only feed a margin it does not have.
    const top =
      cands.length === 1
        ? { item: cands[0]!, score: 0, second: -Infinity }
        : bestBounded(
            cands,
            (e) => withoutCoherence(e) + COHERENCE_WEIGHT + BOUND_SLACK,
            (e) => withoutCoherence(e) + COHERENCE_WEIGHT * coherenceBound(e, key) + BOUND_SLACK,
            exact,
          );
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

/**
 * The same answer as `best`, scoring fewer items. Items are tried from the highest rough bound down; an item
 * whose tighter bound falls short of the second-best score so far is skipped, and the search stops once no
 * rough bound reaches it (so neither the winner nor the margin can change). Ties go to the earlier item.
 */
function bestBounded<T>(
  items: readonly T[],
  roughBound: (t: T) => number,
  tightBound: (t: T) => number,
  score: (t: T) => number,
): { item: T; score: number; second: number } | null {
  if (items.length <= 2) return best(items, score);
  const order = items
    .map((item, index) => ({ item, index, bound: roughBound(item) }))
    .sort((a, b) => b.bound - a.bound || a.index - b.index);
  let top: T | null = null;
  let topIndex = -1;
  let topScore = -Infinity;
  let second = -Infinity;
  for (const { item, index, bound } of order) {
    if (bound < second) break;
    if (second > -Infinity && tightBound(item) < second) continue;
    const s = score(item);
    if (s > topScore || (s === topScore && index < topIndex)) {
      second = topScore;
      topScore = s;
      top = item;
      topIndex = index;
    } else if (s > second) second = s;
  }
  return top === null ? null : { item: top, score: topScore, second };
}
