// Incident[] → incidents.geojson: a Point per incident, or null geometry for a country-wide one.
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Incident } from '../types';

export type IncidentProperties = Omit<Incident, 'coordinates' | 'place'> & {
  place: { id: string; name: string; country: string; kind: string } | null;
};

export function toIncidentsGeoJson(incidents: readonly Incident[]): FeatureCollection<Point | null, IncidentProperties> {
  const features: Array<Feature<Point | null, IncidentProperties>> = [...incidents]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(({ coordinates, place, ...rest }) => ({
      type: 'Feature',
      id: rest.id,
      geometry: coordinates ? { type: 'Point', coordinates } : null,
      properties: { ...rest, place: place ? { ...place, id: String(place.id) } : null },
    }));
  return { type: 'FeatureCollection', features };
}
