// Country polygons + towns with their first-level region → the centre of each region's land.
// Used by build-gazetteer.ts: GeoNames gives regions no coordinates, and a region's towns crowd its populated
// part (Ontario's towns lie in the south, its land reaches Hudson Bay). Each land cell of a country goes to the
// region of the nearest town, so the empty north of Ontario is Ontario's, and a region sits at the centre of
// the land so shared out: a Voronoi partition of the country by its towns, sampled on a grid.

/** A polygon as GeoJSON writes it: rings of [lon, lat], the first the outline, the others holes. */
export type Rings = ReadonlyArray<ReadonlyArray<readonly number[]>>;

export interface RegionTown {
  lat: number;
  lon: number;
  /** The region's code, "CA.08". */
  region: string;
}

/** Side of the grid cells (degrees) that share a country's land among its regions. */
const LAND_CELL_DEGREES = 0.25;
/** Side of the buckets (degrees) that towns are filed in for the nearest-town search. */
const BUCKET_DEGREES = 1;
/** Farthest ring of buckets searched for a town: land further than this from every town belongs to none. */
const MAX_BUCKET_RINGS = 25;

/**
 * The centre of the land of each region, keyed by region code, as [lon, lat]. `polygons` are one country's
 * polygons; `towns` that country's towns. Cells are weighed by their true area (cos lat).
 */
export function regionLandCentres(polygons: readonly Rings[], towns: readonly RegionTown[]): Map<string, [lon: number, lat: number]> {
  const out = new Map<string, [number, number]>();
  if (!towns.length || !polygons.length) return out;
  const nearest = nearestTownFinder(towns);
  const sums = new Map<string, { lon: number; lat: number; weight: number }>();
  for (const [lon, lat] of landCells(polygons)) {
    const town = nearest(lon, lat);
    if (!town) continue;
    const weight = Math.cos((lat * Math.PI) / 180);
    const sum = sums.get(town.region) ?? { lon: 0, lat: 0, weight: 0 };
    sum.lon += lon * weight;
    sum.lat += lat * weight;
    sum.weight += weight;
    sums.set(town.region, sum);
  }
  for (const [region, s] of sums) out.set(region, [s.lon / s.weight, s.lat / s.weight]);
  return out;
}

/**
 * Centres of the grid cells inside the polygons, by scanlines: each row crosses the rings' edges at some
 * longitudes, and between every other pair of crossings lies land (even-odd, so holes stay out).
 */
function* landCells(polygons: readonly Rings[]): Generator<[number, number]> {
  for (const rings of polygons) {
    let minLat = Infinity;
    let maxLat = -Infinity;
    for (const ring of rings) for (const [, y = 0] of ring) (minLat = Math.min(minLat, y)), (maxLat = Math.max(maxLat, y));
    for (let row = Math.floor(minLat / LAND_CELL_DEGREES); row * LAND_CELL_DEGREES < maxLat; row++) {
      const lat = (row + 0.5) * LAND_CELL_DEGREES;
      const crossings: number[] = [];
      for (const ring of rings) {
        for (let k = 0; k + 1 < ring.length; k++) {
          const [x1 = 0, y1 = 0] = ring[k]!;
          const [x2 = 0, y2 = 0] = ring[k + 1]!;
          if ((y1 <= lat && lat < y2) || (y2 <= lat && lat < y1)) crossings.push(x1 + ((lat - y1) * (x2 - x1)) / (y2 - y1));
        }
      }
      crossings.sort((a, b) => a - b);
      for (let k = 0; k + 1 < crossings.length; k += 2) {
        const from = Math.ceil(crossings[k]! / LAND_CELL_DEGREES - 0.5);
        const to = Math.floor(crossings[k + 1]! / LAND_CELL_DEGREES - 0.5);
        for (let col = from; col <= to; col++) yield [(col + 0.5) * LAND_CELL_DEGREES, lat];
      }
    }
  }
}

/** The nearest town to a point (on a plane scaled by the cosine of the latitude), from towns filed by bucket. */
function nearestTownFinder(towns: readonly RegionTown[]): (lon: number, lat: number) => RegionTown | null {
  const buckets = new Map<string, RegionTown[]>();
  const keyOf = (x: number, y: number) => `${x}:${y}`;
  for (const t of towns) {
    const key = keyOf(Math.floor(t.lon / BUCKET_DEGREES), Math.floor(t.lat / BUCKET_DEGREES));
    const bucket = buckets.get(key);
    if (bucket) bucket.push(t);
    else buckets.set(key, [t]);
  }
  return (lon, lat) => {
    const bx = Math.floor(lon / BUCKET_DEGREES);
    const by = Math.floor(lat / BUCKET_DEGREES);
    const cos = Math.cos((lat * Math.PI) / 180);
    let best: RegionTown | null = null;
    let bestD = Infinity;
    // Ring by ring, until no town in the next ring can be nearer: a town in ring r is at least r - 1 buckets
    // away along one axis, which is (r - 1) × cos(lat) buckets on the scaled plane.
    for (let r = 0; r <= MAX_BUCKET_RINGS; r++) {
      if (best && ((r - 1) * BUCKET_DEGREES * cos) ** 2 > bestD) break;
      for (let dx = -r; dx <= r; dx++) {
        for (let dy = -r; dy <= r; dy++) {
          if (Math.max(Math.abs(dx), Math.abs(dy)) !== r) continue;
          for (const t of buckets.get(keyOf(bx + dx, by + dy)) ?? []) {
            const ddx = (t.lon - lon) * cos;
            const ddy = t.lat - lat;
            const d = ddx * ddx + ddy * ddy;
            if (d < bestD) (bestD = d), (best = t);
          }
        }
      }
    }
    return best;
  };
}
