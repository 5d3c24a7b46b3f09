// Where the map draws actors, and the arcs from actors abroad to the country of the events. Pure, for tests.
import { greatCircle, point } from '@turf/turf';
import type { ActorView, IncidentView, PlaceView } from '@/lib/data';

/** A place the corpus puts actors at. */
export interface ActorSpot {
  place: string;
  name: string;
  country: string;
  lat: number;
  lon: number;
  actors: ActorView[];
}

/** One arc per foreign country: from its spot with the most actors to the middle of the events. */
export interface Arc {
  /** The country the arc comes from. */
  key: string;
  label: string;
  /** [lat, lon] lines: an arc across the antimeridian is two. */
  positions: Array<Array<[number, number]>>;
}

/**
 * Which overlays the map's layer control lists. Worked out when the site is exported, from every record, so that
 * the control is complete from the first render: adding an overlay when the records arrive rebuilt the control's
 * boxes, and a click on one at that moment was lost.
 */
export interface OverlayLayout {
  actors: boolean;
  reactions: boolean;
  /** Whether any place is an incident's: the places are then split into incident places and other places named. */
  incidentPlaces: boolean;
  /** Whether any place is not an incident's (all of them when no place is). */
  otherPlaces: boolean;
}

export function toOverlayLayout(actors: readonly ActorView[], places: readonly PlaceView[], incidents: readonly IncidentView[]): OverlayLayout {
  const spots = toSpots(actors, places, incidents);
  const at = new Set(incidents.map((i) => i.place?.id));
  const home = eventsCountry(incidents)?.country;
  return {
    actors: spots.length > 0,
    // as toArcs decides, without drawing the arcs
    reactions: home !== undefined && spots.some((spot) => spot.country !== '' && spot.country !== home),
    incidentPlaces: places.some((p) => at.has(p.id)),
    otherPlaces: places.some((p) => !at.has(p.id)),
  };
}

/** The country of the events, where most located incidents are, and the middle of those incidents as [lon, lat]. */
function eventsCountry(incidents: readonly IncidentView[]): { country: string; middle: [number, number] } | undefined {
  const counts = new Map<string, number>();
  for (const i of incidents) if (i.place !== null && i.lat !== null) counts.set(i.place.country, (counts.get(i.place.country) ?? 0) + 1);
  const country = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (country === undefined || country === '') return undefined;
  const local = incidents.filter((i) => i.place?.country === country && i.lat !== null && i.lon !== null);
  return {
    country,
    middle: [local.reduce((sum, i) => sum + i.lon!, 0) / local.length, local.reduce((sum, i) => sum + i.lat!, 0) / local.length],
  };
}

/** Names and places an arc's label lists before "and N more": a country can hold hundreds of actors. */
const LABEL_NAMES = 5;
const LABEL_PLACES = 3;

/** Actors grouped by the place they are put at; places come from places.geojson or, failing that, incidents. */
export function toSpots(actors: readonly ActorView[], places: readonly PlaceView[], incidents: readonly IncidentView[]): ActorSpot[] {
  const where = new Map<string, Omit<ActorSpot, 'actors'>>();
  for (const i of incidents) {
    if (i.place !== null && i.lat !== null && i.lon !== null) {
      where.set(i.place.id, { place: i.place.id, name: i.place.name, country: i.place.country, lat: i.lat, lon: i.lon });
    }
  }
  for (const p of places) where.set(p.id, { place: p.id, name: p.name, country: p.country, lat: p.lat, lon: p.lon });
  const spots = new Map<string, ActorSpot>();
  for (const actor of actors) {
    for (const location of actor.locations) {
      const at = where.get(location.place);
      if (at === undefined) continue;
      const spot = spots.get(at.place) ?? { ...at, actors: [] };
      if (!spot.actors.includes(actor)) spot.actors.push(actor);
      spots.set(at.place, spot);
    }
  }
  return [...spots.values()];
}

/**
 * The events' country is where most located incidents are; each other country with actor spots gets one arc, from
 * its spot with the most actors to the middle of those incidents: actors in Washington and Moscow, incidents in one
 * country → two arcs into it. One per country rather than per spot: a corpus of news from everywhere put actors at
 * 6,000 places abroad, whose arcs hid the map and took a quarter of a second to draw after every pan.
 */
export function toArcs(spots: readonly ActorSpot[], incidents: readonly IncidentView[], points: number): Arc[] {
  const events = eventsCountry(incidents);
  if (events === undefined) return [];
  const { country: home, middle: target } = events;
  const abroad = new Map<string, ActorSpot[]>();
  for (const spot of spots) {
    if (spot.country === '' || spot.country === home) continue;
    const list = abroad.get(spot.country);
    if (list === undefined) abroad.set(spot.country, [spot]);
    else list.push(spot);
  }
  return [...abroad].map(([country, group]) => {
    // most actors first; a stable sort keeps the corpus's order among equals
    const ranked = group.toSorted((a, b) => b.actors.length - a.actors.length);
    const origin = ranked[0]!;
    const line = greatCircle(point([origin.lon, origin.lat]), point(target), { npoints: points });
    const parts = line.geometry.type === 'LineString' ? [line.geometry.coordinates] : line.geometry.coordinates;
    return {
      key: country,
      label: arcLabel(ranked),
      positions: parts.map((part) => part.map(([lon, lat]) => [lat!, lon!] as [number, number])),
    };
  });
}

/** "Vladimir Putin, Sergei Lavrov (Moscow); Dmitry Peskov (Sochi)", cut short with "and N more". */
function arcLabel(ranked: readonly ActorSpot[]): string {
  const parts = ranked.slice(0, LABEL_PLACES).map((spot) => `${andMore(spot.actors.map((a) => a.name), LABEL_NAMES)} (${spot.name})`);
  const rest = ranked.length - LABEL_PLACES;
  return parts.join('; ') + (rest > 0 ? `; and ${rest} more ${rest === 1 ? 'place' : 'places'}` : '');
}

function andMore(names: readonly string[], limit: number): string {
  return names.length <= limit ? names.join(', ') : `${names.slice(0, limit).join(', ')} and ${names.length - limit} more`;
}
