// Builds data/gazetteer/gazetteer.tsv from the GeoNames dumps (cities15000, admin1, countryInfo)
// and world-atlas country polygons. Run with `npm run gazetteer [-- --geonames DIR]`.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { feature } from 'topojson-client';
import { centroid, area } from '@turf/turf';
import type { Feature, Polygon, MultiPolygon } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { COUNTRY_ALIASES } from './country-aliases';
import { GAZETTEER_COLUMNS, type GazetteerRow } from '../lib/geo/gazetteer-format';

/** Default location of the GeoNames extracts, beside the repository. */
const DEFAULT_GEONAMES_DIR = '../shared/geonames';
/** Where the built gazetteer goes (committed, so a fresh clone needs no GeoNames dumps). */
const OUT_DIR = 'data/gazetteer';

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

function stripRegionSuffix(name: string): string {
  const words = name.replace(/[’']/g, '').split(/\s+/);
  while (words.length > 1 && REGION_SUFFIXES.includes((words.at(-1) ?? '').toLowerCase())) words.pop();
  return words.join(' ');
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

function readCities(dir: string): CityRow[] {
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

interface CountryInfoRow {
  iso2: string;
  isoNumeric: string;
  name: string;
  capital: string;
  population: number;
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
      geonameid: Number(f[16]),
    }))
    .filter((c) => c.iso2 && Number.isFinite(c.geonameid));
}

/** Centroid of each country's largest polygon, so overseas territories do not drag it to sea. */
function countryCentroids(): Map<string, [number, number]> {
  const topo = JSON.parse(
    readFileSync(resolve('node_modules/world-atlas/countries-50m.json'), 'utf8'),
  ) as Topology<{ countries: GeometryCollection }>;
  const fc = feature(topo, topo.objects.countries);
  const out = new Map<string, [number, number]>();
  for (const f of fc.features as Array<Feature<Polygon | MultiPolygon>>) {
    if (!f.geometry || f.id === undefined) continue;
    const polygons =
      f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    let best: Feature<Polygon> | null = null;
    let bestArea = -1;
    for (const coordinates of polygons) {
      const poly: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } };
      const a = area(poly);
      if (a > bestArea) {
        bestArea = a;
        best = poly;
      }
    }
    if (best) {
      const [lon, lat] = centroid(best).geometry.coordinates as [number, number];
      out.set(String(f.id).padStart(3, '0'), [lon, lat]);
    }
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

function main(): void {
  const dir = argValue('--geonames') ?? DEFAULT_GEONAMES_DIR;
  const cities = readCities(dir);
  const countries = readCountryInfo(dir);
  const centroids = countryCentroids();
  const rows: GazetteerRow[] = [];

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

  // Regions: GeoNames gives no coordinates, so a region sits at the mean of its cities.
  const citiesByAdmin1 = new Map<string, CityRow[]>();
  for (const c of cities) {
    const key = `${c.country}.${c.admin1}`;
    const list = citiesByAdmin1.get(key) ?? [];
    list.push(c);
    citiesByAdmin1.set(key, list);
  }
  let regionsWithoutCities = 0;
  for (const line of readFileSync(join(dir, 'admin1.tsv'), 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [code = '', name = '', ascii = '', id = ''] = line.split('\t');
    const members = citiesByAdmin1.get(code);
    if (!members?.length) {
      regionsWithoutCities++;
      continue;
    }
    const lat = members.reduce((s, c) => s + c.lat, 0) / members.length;
    const lon = members.reduce((s, c) => s + c.lon, 0) / members.length;
    const core = stripRegionSuffix(ascii);
    const alternates = [ascii, core, ...REGION_FORMS.map((form) => `${core} ${form}`)];
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
      alternates: uniq(alternates.filter(isUsableAlternate), name),
    });
  }

  let countriesWithoutPolygon = 0;
  for (const c of countries) {
    let point = centroids.get(c.isoNumeric.padStart(3, '0'));
    if (!point) {
      countriesWithoutPolygon++;
      const capital = cities.find((x) => x.country === c.iso2 && x.name === c.capital);
      if (!capital) continue;
      point = [capital.lon, capital.lat];
    }
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
      alternates: uniq(COUNTRY_ALIASES[c.iso2] ?? [], c.name),
    });
  }

  // A generated region form must not steal another entry's own name
  // (the region "Almaty" must not claim "Almaty Region", which is a different region's name).
  const primaryNames = new Map<string, number>();
  for (const r of rows) primaryNames.set(r.name, r.geonameid);
  for (const r of rows) {
    if (r.kind !== 'region') continue;
    r.alternates = r.alternates.filter((a) => (primaryNames.get(a) ?? r.geonameid) === r.geonameid);
  }

  rows.sort((a, b) => a.geonameid - b.geonameid);
  mkdirSync(OUT_DIR, { recursive: true });
  const header = [
    '# Mapwire gazetteer, built by scripts/build-gazetteer.ts from GeoNames (geonames.org, CC BY 4.0)',
    '# and world-atlas (Natural Earth) country centroids. Alternate names: Latin script only, joined by |.',
    GAZETTEER_COLUMNS.join('\t'),
  ];
  const body = rows.map((r) =>
    [r.geonameid, r.name, r.lat, r.lon, r.country, r.kind, r.featureCode, r.admin1, r.population, r.alternates.join('|')].join('\t'),
  );
  writeFileSync(join(OUT_DIR, 'gazetteer.tsv'), [...header, ...body, ''].join('\n'));
  const counts = rows.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.kind]: (acc[r.kind] ?? 0) + 1 }), {});
  console.log(
    `gazetteer: ${rows.length} entries ${JSON.stringify(counts)}; ` +
      `${regionsWithoutCities} regions without cities skipped; ${countriesWithoutPolygon} countries placed at their capital`,
  );
}

main();
