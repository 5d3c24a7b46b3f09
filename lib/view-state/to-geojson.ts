// Incidents → a FeatureCollection in the shape of data/generated/incidents.geojson (the output contract).
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { IncidentView } from '../data';

/**
 * Rebuilds the contract's features from the dashboard's records: [lon, lat] points, null geometry when country-wide.
 * @example toGeojson([riot]).features[0].geometry // { type: 'Point', coordinates: [76.93, 43.26] }
 */
export function toGeojson(incidents: readonly IncidentView[]): FeatureCollection<Point | null> {
  return {
    type: 'FeatureCollection',
    features: incidents.map(({ lat, lon, ...properties }): Feature<Point | null> => ({
      type: 'Feature',
      id: properties.id,
      geometry: lat === null || lon === null ? null : { type: 'Point', coordinates: [lon, lat] },
      properties: { ...properties, claims: properties.claims.map(({ context: _context, ...claim }) => claim) },
    })),
  };
}
