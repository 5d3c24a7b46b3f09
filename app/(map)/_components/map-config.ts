// Deployment settings for the map, fixed at build time (NEXT_PUBLIC_* variables are inlined by Next.js).

/** Raster tiles drawn over the bundled basemap; NEXT_PUBLIC_TILE_URL=none turns them off. */
export const TILE_URL = process.env.NEXT_PUBLIC_TILE_URL || 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/** HTML attribution for the tiles, set by whoever deploys (not article text, so markup is allowed). */
export const TILE_ATTRIBUTION =
  process.env.NEXT_PUBLIC_TILE_ATTRIBUTION ||
  '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

/** Always shown: where the basemap and the coordinates come from. */
export const DATA_ATTRIBUTION =
  'Basemap <a href="https://www.naturalearthdata.com/">Natural Earth</a> · ' +
  'Places <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)';

/** Sub-path of the deployment ('' at the root); prefix it to fetches, <img> sources and download links. */
export const BASE_PATH = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

/** View when there is nothing to fit: the whole world. */
export const WORLD_VIEW = { zoom: 2, lat: 20, lon: 0 } as const;
