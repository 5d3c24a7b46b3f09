// Resolved PlaceMention[] → places.geojson: one Point per gazetteer entry the corpus names outside page furniture.
import type { FeatureCollection, Point } from 'geojson';
import type { Gazetteer, PlaceKind, PlaceMention, PlaceRole } from '../types';

export interface PlaceProperties {
  id: string;
  name: string;
  country: string;
  kind: PlaceKind;
  geonameid: number;
  population: number;
  /** The names the articles used for it, then the gazetteer name ("Bombay" for Mumbai). */
  aliases: string[];
  mentions: Array<{ source: string; start: number; end: number; text: string; role: PlaceRole }>;
}

/** Id of a place in the outputs: its GeoNames id as a string. */
export function toPlaceId(geonameid: number): string {
  return String(geonameid);
}

export function toPlacesGeoJson(mentions: readonly PlaceMention[], gazetteer: Gazetteer): FeatureCollection<Point, PlaceProperties> {
  const byPlace = new Map<number, PlaceMention[]>();
  for (const m of mentions) {
    if (m.geonameid === null || m.role === 'boilerplate') continue;
    const list = byPlace.get(m.geonameid) ?? [];
    list.push(m);
    byPlace.set(m.geonameid, list);
  }
  const features = [...byPlace.entries()]
    .sort(([a], [b]) => a - b)
    .flatMap(([geonameid, list]) => {
      const entry = gazetteer.get(geonameid);
      if (!entry) return [];
      const sorted = [...list].sort((a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.start - b.start));
      const aliases = [...new Set(sorted.map((m) => m.text).filter((t) => t !== entry.name))].sort();
      return [
        {
          type: 'Feature' as const,
          id: toPlaceId(geonameid),
          geometry: { type: 'Point' as const, coordinates: [entry.lon, entry.lat] },
          properties: {
            id: toPlaceId(geonameid),
            name: entry.name,
            country: entry.country,
            kind: entry.kind,
            geonameid,
            population: entry.population,
            aliases,
            mentions: sorted.map((m) => ({ source: m.articleId, start: m.start, end: m.end, text: m.text, role: m.role })),
          },
        },
      ];
    });
  return { type: 'FeatureCollection', features };
}
