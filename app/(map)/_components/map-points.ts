// Incidents → MapPoints: the few columns the map needs to cluster and draw every incident, written at build time to
// data/points.json (app/data/points.json/route.ts) for the clustering worker, and the input of data/clusters.json.
// About 50 bytes an incident against 550 for the full record, so the worker clusters 100,000 incidents (for deeper
// zooms and filters) without waiting for the full records (for panels, search and details).
import type { IncidentView } from '@/lib/data';
import { INCIDENT_TYPES } from '@/lib/view-state/view-state';
import { incidentRadius } from './incident-style';

/** Columns, one entry per incident in the order of data/incidents/<n>.json. */
export interface MapPoints {
  ids: string[];
  /** null for a country-wide incident. */
  lon: Array<number | null>;
  lat: Array<number | null>;
  /** Index into INCIDENT_TYPES. */
  type: number[];
  /** Icon radius in pixels (grows with casualties). */
  radius: number[];
  date: Array<string | null>;
  /** Index into `places`, -1 without a place. */
  place: number[];
  places: Array<{ id: string; name: string }>;
}

/** Decimals kept in coordinates: 5 is about a metre. */
const COORDINATE_DECIMALS = 5;

export function toMapPoints(incidents: readonly IncidentView[]): MapPoints {
  const points: MapPoints = { ids: [], lon: [], lat: [], type: [], radius: [], date: [], place: [], places: [] };
  const placeIndex = new Map<string, number>();
  const round = (x: number | null) => (x === null ? null : Number(x.toFixed(COORDINATE_DECIMALS)));
  for (const incident of incidents) {
    let place = -1;
    if (incident.place !== null) {
      place = placeIndex.get(incident.place.id) ?? points.places.length;
      if (place === points.places.length) {
        placeIndex.set(incident.place.id, place);
        points.places.push({ id: incident.place.id, name: incident.place.name });
      }
    }
    points.ids.push(incident.id);
    points.lon.push(round(incident.lon));
    points.lat.push(round(incident.lat));
    points.type.push(INCIDENT_TYPES.indexOf(incident.type));
    points.radius.push(incidentRadius(incident));
    points.date.push(incident.date);
    points.place.push(place);
  }
  return points;
}
