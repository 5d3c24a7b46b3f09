'use client';
// Actors where the corpus puts them (actors.json locations), and great-circle arcs from actors abroad to the
// country of the events: a foreign government reacting from its capital, an alliance deploying from elsewhere.
// Where they go is worked out in actor-spots.ts.
import L from 'leaflet';
import { useCallback, useMemo, useRef } from 'react';
import { LayerGroup, LayersControl, Marker, Polyline, Popup, Tooltip } from 'react-leaflet';
import type { ActorView, IncidentView, PlaceView } from '@/lib/data';
import { toArcs, toSpots, type ActorSpot, type Arc, type OverlayLayout } from './actor-spots';
import { CanvasGroup } from './canvas-group';
import { textElement } from './text-element';

/** Points along each arc: enough for a smooth curve at world zoom. */
const ARC_POINTS = 64;
/**
 * Most actor spots drawn as focusable DOM markers, with SVG arcs. Beyond this both are drawn on canvas: a
 * 10,000-article corpus put its actors at 6,333 places, and adding that many DOM markers held the main thread for
 * 2.2 s, most of it Leaflet comparing each new marker's map listeners with all the others'. Keyboard users reach
 * the actors through the Actors tab.
 */
const ACTOR_DOM_LIMIT = 300;
/** As actorIcon's colours (canvas paths cannot read CSS). */
const ACTOR_COLOURS = { fill: '#7b3294', selected: '#d9480f', outline: '#fff' } as const;
const ARC_STYLE = { color: '#7b3294', weight: 2, opacity: 0.75, dashArray: '6 5' } as const;
/** Where a canvas actor spot is drawn from its place, in pixels: up and to the right, as the DOM badge is. */
const ACTOR_OFFSET_PX = L.point(12, -14);

/**
 * A canvas circle drawn ACTOR_OFFSET_PX from its point, so that the place circle on the same point (every actor
 * spot is a place) neither hides it nor takes its clicks. Overrides Leaflet 1.9's CircleMarker._project, which
 * places the circle for both drawing and finding the layer under the pointer.
 */
const OffsetCircleMarker = L.CircleMarker.extend({
  _project(this: { _point: L.Point; _map: L.Map; _latlng: L.LatLng; _updateBounds: () => void }) {
    this._point = this._map.latLngToLayerPoint(this._latlng).add(ACTOR_OFFSET_PX);
    this._updateBounds();
  },
}) as unknown as new (latlng: L.LatLngExpression, options?: L.CircleMarkerOptions) => L.CircleMarker;

export function ActorLayers({
  actors,
  places,
  incidents,
  selectedActor,
  onSelectActor,
  overlays,
  showActors,
  showReactions,
}: {
  actors: ActorView[];
  places: PlaceView[];
  /** All incidents (unfiltered): they decide the country of the events, which filters should not move. */
  incidents: IncidentView[];
  selectedActor: string | null;
  onSelectActor: (id: string | null) => void;
  overlays: OverlayLayout;
  /** Whether each overlay starts checked (false when a link hides it). */
  showActors: boolean;
  showReactions: boolean;
}) {
  const spots = useMemo(() => toSpots(actors, places, incidents), [actors, places, incidents]);
  const onCanvas = spots.length > ACTOR_DOM_LIMIT;
  const arcs = useMemo(() => toArcs(spots, incidents, ARC_POINTS), [spots, incidents]);
  // The overlays come from the export's layout, and each keeps one LayerGroup for its whole life: they are listed
  // before the records arrive, and what they draw changes inside them (see OverlayLayout).
  return (
    <>
      {overlays.actors && (
        <LayersControl.Overlay checked={showActors} name="Actors">
          <LayerGroup>
            {onCanvas ? (
              <CanvasActorSpots spots={spots} selectedActor={selectedActor} onSelectActor={onSelectActor} />
            ) : (
              <DomActorSpots spots={spots} selectedActor={selectedActor} onSelectActor={onSelectActor} />
            )}
          </LayerGroup>
        </LayersControl.Overlay>
      )}
      {overlays.reactions && (
        <LayersControl.Overlay checked={showReactions} name="Reactions from abroad">
          <LayerGroup>{onCanvas ? <CanvasArcs arcs={arcs} /> : <SvgArcs arcs={arcs} />}</LayerGroup>
        </LayersControl.Overlay>
      )}
    </>
  );
}

/** What both ways of drawing the actor spots take. */
interface ActorSpotsProps {
  spots: ActorSpot[];
  selectedActor: string | null;
  onSelectActor: (id: string | null) => void;
}

/** The actor spots as focusable DOM markers, each with its list of actors in a popup. */
function DomActorSpots({
  spots,
  selectedActor,
  onSelectActor,
}: ActorSpotsProps) {
  return (
    <>
      {spots.map((spot) => {
        const label = spotLabel(spot);
        const selected = spot.actors.some((a) => a.id === selectedActor);
        return (
          <Marker
            key={spot.place}
            position={[spot.lat, spot.lon]}
            icon={actorIcon(spot.actors.length, selected)}
            title={label}
            zIndexOffset={selected ? 1500 : 100}
          >
            <Tooltip direction="right" offset={[12, -14]}>
              {label}
            </Tooltip>
            <Popup>
              <p className="mw-popup-title">Actors in {spot.name}</p>
              <ul className="mw-popup-list">
                {spot.actors.map((actor) => (
                  <li key={actor.id}>
                    <button
                      type="button"
                      className="mw-link"
                      aria-pressed={actor.id === selectedActor}
                      onClick={() => onSelectActor(actor.id === selectedActor ? null : actor.id)}
                    >
                      {actor.name}
                    </button>
                  </li>
                ))}
              </ul>
            </Popup>
          </Marker>
        );
      })}
    </>
  );
}

/** The arcs as SVG paths, each with its label on hover. */
function SvgArcs({ arcs }: { arcs: Arc[] }) {
  return (
    <>
      {arcs.map((arc) => (
        // the class goes to the constructor: the group is on the map already, so the path is drawn as it is made
        <Polyline key={arc.key} positions={arc.positions} className="mw-arc" pathOptions={ARC_STYLE}>
          <Tooltip sticky>{arc.label}</Tooltip>
        </Polyline>
      ))}
    </>
  );
}

function spotLabel(spot: ActorSpot): string {
  return `${spot.actors.length === 1 ? spot.actors[0]!.name : `${spot.actors.length} actors`} in ${spot.name}`;
}

/** The actor spots as canvas circles, larger for more actors; a click opens the list of the spot's actors. */
function CanvasActorSpots({
  spots,
  selectedActor,
  onSelectActor,
}: ActorSpotsProps) {
  const select = useRef(onSelectActor);
  select.current = onSelectActor;
  const draw = useCallback(
    (renderer: L.Canvas) =>
      spots.map((spot) => {
        const selected = spot.actors.some((a) => a.id === selectedActor);
        const marker = new OffsetCircleMarker([spot.lat, spot.lon], {
          renderer,
          radius: 5 + Math.min(6, 2 * Math.sqrt(spot.actors.length - 1)),
          weight: 2,
          color: ACTOR_COLOURS.outline,
          fillColor: selected ? ACTOR_COLOURS.selected : ACTOR_COLOURS.fill,
          fillOpacity: 0.9,
        });
        marker.bindTooltip(() => textElement(spotLabel(spot)), { direction: 'right', offset: [ACTOR_OFFSET_PX.x + 8, ACTOR_OFFSET_PX.y] });
        marker.bindPopup(() => actorListElement(spot, selectedActor, (id) => select.current(id)));
        return marker;
      }),
    [spots, selectedActor],
  );
  return <CanvasGroup draw={draw} />;
}

/** The popup of a canvas actor spot, as the DOM markers' popup: a button per actor that selects it. */
function actorListElement(spot: ActorSpot, selectedActor: string | null, onSelect: (id: string | null) => void): HTMLElement {
  const box = document.createElement('div');
  const title = document.createElement('p');
  title.className = 'mw-popup-title';
  title.textContent = `Actors in ${spot.name}`;
  const list = document.createElement('ul');
  list.className = 'mw-popup-list';
  for (const actor of spot.actors) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'mw-link';
    button.setAttribute('aria-pressed', String(actor.id === selectedActor));
    button.textContent = actor.name;
    button.addEventListener('click', () => onSelect(actor.id === selectedActor ? null : actor.id));
    const item = document.createElement('li');
    item.append(button);
    list.append(item);
  }
  box.append(title, list);
  return box;
}

/** The arcs on canvas, each with its label on hover. */
function CanvasArcs({ arcs }: { arcs: Arc[] }) {
  const draw = useCallback(
    (renderer: L.Canvas) =>
      arcs.map((arc) => L.polyline(arc.positions, { renderer, ...ARC_STYLE }).bindTooltip(() => textElement(arc.label), { sticky: true })),
    [arcs],
  );
  return <CanvasGroup draw={draw} />;
}

/** A person-shaped badge with a count, drawn up and to the right of the point so the incident under it shows. */
function actorIcon(count: number, selected: boolean): L.DivIcon {
  const fill = selected ? '#d9480f' : '#7b3294';
  return L.divIcon({
    className: 'mw-actor-marker',
    iconSize: [24, 24],
    iconAnchor: [-4, 26],
    html:
      `<svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true">` +
      `<rect x="1" y="1" width="22" height="22" rx="6" fill="${fill}" stroke="#fff" stroke-width="2"/>` +
      `<circle cx="12" cy="9" r="3.6" fill="#fff"/><path d="M5.5 19c.8-3.6 3.4-5.4 6.5-5.4s5.7 1.8 6.5 5.4z" fill="#fff"/>` +
      (count > 1
        ? `<circle cx="21" cy="3" r="6" fill="#fff" stroke="${fill}" stroke-width="1.5"/>` +
          `<text x="21" y="3" dy="0.35em" text-anchor="middle" font-size="8" font-weight="700" font-family="system-ui,sans-serif" fill="${fill}">${Math.min(99, Number(count))}</text>`
        : '') +
      `</svg>`,
  });
}
