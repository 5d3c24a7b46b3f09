import { describe, expect, test } from 'vitest';
import { loadDashboard, type ActorView, type IncidentView, type PlaceView } from '../../lib/data';
import { toArcs, toOverlayLayout, toSpots, type ActorSpot } from '../../app/(map)/_components/actor-spots';

const actor = (id: string, ...places: string[]) =>
  ({ id, name: `Actor ${id}`, locations: places.map((place) => ({ place, incidents: [] })) }) as unknown as ActorView;
const place = (id: string, country: string, lat: number, lon: number) => ({ id, name: `Place ${id}`, country, lat, lon }) as PlaceView;
const incidentAt = (p: PlaceView) => ({ id: `i-${p.id}`, place: { id: p.id, name: p.name, country: p.country }, lat: p.lat, lon: p.lon }) as IncidentView;
/** Where an arc ends: its last point, [lat, lon]. */
const end = (positions: Array<Array<[number, number]>>) => positions.at(-1)!.at(-1)!;

describe('toSpots and toArcs on the seeds', () => {
  const { actors, places, incidents } = loadDashboard('data/generated');
  const spots = toSpots(actors, places, incidents);
  const arcs = toArcs(spots, incidents, 64);

  test('each spot holds exactly the actors the corpus puts at its place', () => {
    expect(spots.length).toBeGreaterThan(0);
    for (const spot of spots) {
      expect(spot.actors.length).toBeGreaterThan(0);
      expect(actors.filter((a) => a.locations.some((l) => l.place === spot.place))).toEqual(spot.actors);
    }
  });

  test('one arc per foreign country with actors, none from the country of most incidents, all ending at one point', () => {
    const counts = new Map<string, number>();
    for (const i of incidents) if (i.place !== null && i.lat !== null) counts.set(i.place.country, (counts.get(i.place.country) ?? 0) + 1);
    const home = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    const foreign = new Set(spots.map((s) => s.country).filter((c) => c !== '' && c !== home));
    expect(foreign.size).toBeGreaterThan(0);
    expect(arcs.map((a) => a.key).sort()).toEqual([...foreign].sort());
    const ends = arcs.map((a) => end(a.positions).map((x) => x.toFixed(6)).join());
    expect(new Set(ends).size).toBe(1);
    for (const arc of arcs) expect(arc.positions.flat()).toHaveLength(64);
  });
});

describe('toArcs', () => {
  const home = [place('h1', 'AA', 10, 20), place('h2', 'AA', 12, 22)];
  const incidents = home.map(incidentAt);

  test("a country's spots share one arc, from the spot with the most actors; the label names both", () => {
    const small = place('b1', 'BB', 40, -3);
    const big = place('b2', 'BB', 41, 2);
    const spots = toSpots([actor('x', 'b1'), actor('y', 'b2'), actor('z', 'b2')], [small, big, ...home], incidents);
    const arcs = toArcs(spots, incidents, 16);
    expect(arcs).toHaveLength(1);
    const [arc] = arcs;
    expect(arc!.key).toBe('BB');
    expect(arc!.positions[0]![0]![0]).toBeCloseTo(41);
    expect(arc!.positions[0]![0]![1]).toBeCloseTo(2);
    // the middle of the home incidents
    expect(end(arc!.positions)[0]).toBeCloseTo(11, 0);
    expect(end(arc!.positions)[1]).toBeCloseTo(21, 0);
    expect(arc!.label).toBe('Actor y, Actor z (Place b2); Actor x (Place b1)');
  });

  test('a long label is cut short', () => {
    const abroad = Array.from({ length: 5 }, (_, k) => place(`c${k}`, 'CC', 30 + k, 30));
    const crowd = Array.from({ length: 8 }, (_, k) => actor(`n${k}`, 'c0'));
    const spots = toSpots([...crowd, actor('m1', 'c1'), actor('m2', 'c2'), actor('m3', 'c3'), actor('m4', 'c4')], [...abroad, ...home], incidents);
    const [arc] = toArcs(spots, incidents, 16);
    expect(arc!.label).toBe(
      'Actor n0, Actor n1, Actor n2, Actor n3, Actor n4 and 3 more (Place c0); Actor m1 (Place c1); Actor m2 (Place c2); and 2 more places',
    );
  });

  test('an arc across the antimeridian is drawn as two lines', () => {
    const far = [place('f1', 'FF', -17, -179.5)];
    const east = [place('e1', 'EE', -20, 170), place('e2', 'EE', -21, 171)];
    const eastIncidents = east.map(incidentAt);
    const [arc] = toArcs(toSpots([actor('w', 'f1')], [...far, ...east], eastIncidents), eastIncidents, 32);
    expect(arc!.positions).toHaveLength(2);
  });

  test('no located incident, no arcs; spots at home get none', () => {
    const spots: ActorSpot[] = toSpots([actor('a', 'h1'), actor('b', 'b1')], [...home, place('b1', 'BB', 0, 0)], incidents);
    expect(toArcs(spots, [], 16)).toEqual([]);
    expect(toArcs(spots, incidents, 16).map((a) => a.key)).toEqual(['BB']);
  });
});

describe('toOverlayLayout', () => {
  test('the seeds have actors, reactions from abroad and incident places', () => {
    const { actors, places, incidents } = loadDashboard('data/generated');
    expect(toOverlayLayout(actors, places, incidents)).toEqual({ actors: true, reactions: true, incidentPlaces: true, otherPlaces: true });
  });

  test('each overlay is listed only when something would be drawn in it', () => {
    const home = [place('h1', 'AA', 10, 20)];
    const incidents = home.map(incidentAt);
    // every place an incident's: no other places
    expect(toOverlayLayout([], home, incidents)).toEqual({ actors: false, reactions: false, incidentPlaces: true, otherPlaces: false });
    // an actor at home: no arc
    expect(toOverlayLayout([actor('a', 'h1')], home, incidents)).toEqual({ actors: true, reactions: false, incidentPlaces: true, otherPlaces: false });
    // no incidents: no incident places, and no country of the events for an arc to go to
    const abroad = place('b1', 'BB', 0, 0);
    expect(toOverlayLayout([actor('b', 'b1')], [...home, abroad], [])).toEqual({ actors: true, reactions: false, incidentPlaces: false, otherPlaces: true });
    const layout = toOverlayLayout([actor('b', 'b1')], [...home, abroad], incidents);
    expect(layout).toEqual({ actors: true, reactions: true, incidentPlaces: true, otherPlaces: true });
    // the layout says there are reactions exactly when toArcs draws some
    expect(toArcs(toSpots([actor('b', 'b1')], [...home, abroad], incidents), incidents, 8).length > 0).toBe(layout.reactions);
  });
});
