'use client';
// The Leaflet map: bundled world basemap under optional tiles, one SVG marker per place. Only loaded in the browser
// (see map-client.tsx). Coordinates turn from [lon, lat] into Leaflet's [lat, lng] here and nowhere else.
import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  GeoJSON, LayerGroup, LayersControl, MapContainer, Marker, Pane, TileLayer, Tooltip, useMap, useMapEvents,
} from 'react-leaflet';
import type { FeatureCollection } from 'geojson';
import type { ActorView, IncidentView, PlaceView } from '@/lib/data';
import { ActorLayers } from './actor-layer';
import type { OverlayLayout } from './actor-spots';
import { IncidentLayer } from './incident-layer';
import type { PointSet } from './cluster-client';
import { FIRST_VIEW_MAX_ZOOM } from './cluster-protocol';
import { activateMarker } from './activate-marker';
import { CanvasGroup } from './canvas-group';
import { textElement } from './text-element';
import { formatViewState } from '@/lib/view-state/format-view-state';
import { DEFAULT_VIEW_STATE, MAX_ZOOM, type LayerKey, type MapView } from '@/lib/view-state/view-state';
import { DATA_ATTRIBUTION, TILE_ATTRIBUTION, TILE_URL, WORLD_VIEW } from './map-config';

export interface IncidentMapProps {
  places: PlaceView[];
  /** The incidents the filters keep, clustered; those without coordinates are listed in the nationwide tray instead. */
  pointSet: PointSet;
  /** Full records by id: empty until they have loaded (the points are drawn before). */
  incidentById: ReadonlyMap<string, IncidentView>;
  /** Every incident, unfiltered: which places are incident locations, and where the events are. */
  allIncidents: IncidentView[];
  actors: ActorView[];
  selectedActor: string | null;
  onSelectActor: (id: string | null) => void;
  selectedPlace: string | null;
  selectedIncident: string | null;
  onSelectIncident: (id: string) => void;
  /** View from the URL; null fits the map to the places. */
  view: MapView | null;
  onSelectPlace: (id: string) => void;
  onViewChange: (view: MapView) => void;
  /** Which overlays the layer control lists, from the export: the same before and after the records arrive. */
  overlays: OverlayLayout;
  /** Overlays switched off, from the URL (`?hide=places,actors`). */
  hidden: LayerKey[];
  /** Called when the layer control switches an overlay on or off. */
  onHiddenChange: (hidden: LayerKey[]) => void;
}

/** Marker radius in pixels for the least and the most mentioned place. */
const MARKER_RADIUS_PX = { min: 6, max: 14 } as const;
/**
 * Most places drawn as focusable DOM markers; beyond this a layer is drawn on one canvas (2,000 DOM markers take a
 * second to create and make every pan frame slow), and keyboard users reach the places through the Sources tab.
 */
const PLACE_DOM_LIMIT = 300;
/** Canvas colours, as --mw-accent and --mw-focus in globals.css (canvas paths cannot read CSS variables). */
const PLACE_COLOURS = { accent: '#0b5cad', focus: '#d9480f', outline: '#1f2933' } as const;

export function IncidentMap(props: IncidentMapProps) {
  const { places, pointSet, selectedPlace, selectedIncident, view, onSelectPlace, onSelectIncident, onViewChange } =
    props;
  const shown = (key: LayerKey) => !props.hidden.includes(key);
  const [incidentPlaces, otherPlaces] = useMemo(() => {
    const at = new Set(props.allIncidents.map((i) => i.place?.id));
    return [places.filter((p) => at.has(p.id)), places.filter((p) => !at.has(p.id))];
  }, [places, props.allIncidents]);
  // Fit once, on first load: to the incidents when there are any (the places include far-away speakers and
  // datelines), else to the places. Later filter changes keep the view the user chose.
  const [bounds] = useState(() => {
    if (view !== null) return undefined;
    if (pointSet.bounds !== null) {
      const [west, south, east, north] = pointSet.bounds;
      return L.latLngBounds([south, west], [north, east]);
    }
    // Without incidents, the places where things happen (an "event" mention) frame the story better than every
    // capital a reaction came from.
    const eventPlaces = places.filter((p) => p.kind !== 'other' && p.mentions.some((m) => m.role === 'event'));
    const framing = eventPlaces.length > 0 ? eventPlaces : places;
    return framing.length === 0 ? undefined : L.latLngBounds(framing.map((p) => [p.lat, p.lon]));
  });
  // MapContainer prefers center/zoom over bounds, so pass them only when there is nothing to fit.
  const start = bounds === undefined ? (view ?? WORLD_VIEW) : undefined;
  // A loop, not Math.max(...list): spreading 100,000 arguments overflows the stack.
  const maxMentions = places.reduce((max, p) => Math.max(max, p.mentions.length), 1);

  return (
    <MapContainer
      className="mw-map"
      center={start && [start.lat, start.lon]}
      zoom={start?.zoom}
      bounds={bounds}
      // A fitted first view never zooms in past the zooms data/clusters.json holds, so it is drawn from that file.
      boundsOptions={{ padding: [40, 40], maxZoom: FIRST_VIEW_MAX_ZOOM }}
      maxZoom={MAX_ZOOM}
      worldCopyJump
    >
      <Basemap />
      {TILE_URL !== 'none' && <TileLayer url={TILE_URL} attribution={TILE_ATTRIBUTION} maxZoom={MAX_ZOOM} />}
      <DataAttribution />
      <ViewSync view={view} onViewChange={onViewChange} />
      <LayerSync hidden={props.hidden} onHiddenChange={props.onHiddenChange} />
      <LayersControl position="topright" sortLayers sortFunction={byOverlayOrder}>
        <LayersControl.Overlay checked={shown('incidents')} name="Incidents">
          <LayerGroup>
            <IncidentLayer
              pointSet={pointSet}
              incidentById={props.incidentById}
              selectedIncident={selectedIncident}
              onSelect={onSelectIncident}
              onSelectPlace={onSelectPlace}
            />
          </LayerGroup>
        </LayersControl.Overlay>
        <ActorLayers
          actors={props.actors}
          places={places}
          incidents={props.allIncidents}
          selectedActor={props.selectedActor}
          onSelectActor={props.onSelectActor}
          overlays={props.overlays}
          showActors={shown('actors')}
          showReactions={shown('reactions')}
        />
        {/* Each overlay holds one LayerGroup for its whole life, whatever is drawn in it: a new layer in an
            overlay re-registers it with the control, which rebuilds its boxes. */}
        {props.overlays.incidentPlaces && (
          <LayersControl.Overlay checked={shown('places')} name="Incident places">
            <LayerGroup>
              <PlaceMarkers pane="incident-places" places={incidentPlaces} selected={selectedPlace} onSelect={onSelectPlace} maxMentions={maxMentions} />
            </LayerGroup>
          </LayersControl.Overlay>
        )}
        {props.overlays.otherPlaces && (
          <LayersControl.Overlay
            checked={shown('named')}
            name={props.overlays.incidentPlaces ? 'Other places named' : 'Places named in the articles'}
          >
            <LayerGroup>
              <PlaceMarkers pane={props.overlays.incidentPlaces ? 'other-places' : 'places'} places={otherPlaces} selected={selectedPlace} onSelect={onSelectPlace} maxMentions={maxMentions} />
            </LayerGroup>
          </LayersControl.Overlay>
        )}
      </LayersControl>
    </MapContainer>
  );
}

/** The layer list in a fixed order, whatever order the overlays register in. */
const OVERLAY_ORDER = ['Incidents', 'Actors', 'Reactions from abroad', 'Incident places', 'Other places named'];

/** The layer control's labels → the keys links use; both labels of the places overlay are one layer. */
const OVERLAY_KEYS: Readonly<Record<string, LayerKey>> = {
  Incidents: 'incidents',
  Actors: 'actors',
  'Reactions from abroad': 'reactions',
  'Incident places': 'places',
  'Other places named': 'named',
  'Places named in the articles': 'named',
};

/**
 * Writes the layer control's choices to the URL. Leaflet fires overlayadd/overlayremove for the control's own layers
 * only: react-leaflet adds a layer to the map before it registers it with the control and unregisters it before
 * removing it, so mounting and unmounting overlays is not taken for a user's choice. The events our `checked` props
 * cause write the state the URL already holds (a no-op).
 */
function LayerSync({ hidden, onHiddenChange }: { hidden: LayerKey[]; onHiddenChange: (hidden: LayerKey[]) => void }) {
  // The latest state, for handlers Leaflet keeps from the first render.
  const latest = useRef({ hidden, onHiddenChange });
  latest.current = { hidden, onHiddenChange };
  const toggle = (name: string, visible: boolean) => {
    const key = OVERLAY_KEYS[name];
    if (key === undefined) return;
    const rest = latest.current.hidden.filter((k) => k !== key);
    const next = visible ? rest : [...rest, key];
    if (next.length !== latest.current.hidden.length) latest.current.onHiddenChange(next);
  };
  useMapEvents({
    overlayadd: (e) => toggle(e.name, true),
    overlayremove: (e) => toggle(e.name, false),
  });
  return null;
}

function byOverlayOrder(_a: L.Layer, _b: L.Layer, nameA: string, nameB: string): number {
  const rank = (name: string) => (OVERLAY_ORDER.includes(name) ? OVERLAY_ORDER.indexOf(name) : OVERLAY_ORDER.length);
  return rank(nameA) - rank(nameB);
}

interface PlaceMarkersProps {
  pane: string;
  places: PlaceView[];
  selected: string | null;
  onSelect: (id: string) => void;
  maxMentions: number;
}

/**
 * Places as circles sized by mentions, in a pane under Leaflet's marker pane (z-index 600) so that an incident
 * drawn at a place stays clickable.
 */
function PlaceMarkers({
  pane,
  places,
  selected,
  onSelect,
  maxMentions,
}: PlaceMarkersProps) {
  if (places.length > PLACE_DOM_LIMIT) {
    return <CanvasPlaceMarkers pane={pane} places={places} selected={selected} onSelect={onSelect} maxMentions={maxMentions} />;
  }
  return (
    <Pane name={pane} style={{ zIndex: 590 }}>
      <LayerGroup>
        {places.map((place) => (
          <Marker
            key={place.id}
            position={[place.lat, place.lon]}
            icon={placeIcon(place, place.id === selected, maxMentions)}
            title={place.name}
            zIndexOffset={place.id === selected ? 1000 : 0}
            eventHandlers={activateMarker(() => onSelect(place.id))}
          >
            <Tooltip direction="top" offset={[0, -8]}>
              {place.name} · {place.mentions.length} {place.mentions.length === 1 ? 'mention' : 'mentions'}
            </Tooltip>
          </Marker>
        ))}
      </LayerGroup>
    </Pane>
  );
}

/**
 * Many places as circles on one canvas, added to the layer group by hand (no React component per place). Tooltips
 * get a text node, never an HTML string: place names come from the corpus' gazetteer.
 */
function CanvasPlaceMarkers({
  pane,
  places,
  selected,
  onSelect,
  maxMentions,
}: PlaceMarkersProps) {
  const select = useRef(onSelect);
  select.current = onSelect;
  const hollow = pane === 'other-places';
  const draw = useCallback(
    (renderer: L.Canvas) =>
      places.map((place) => {
        const chosen = place.id === selected;
        const radius = MARKER_RADIUS_PX.min + Math.sqrt(place.mentions.length / maxMentions) * (MARKER_RADIUS_PX.max - MARKER_RADIUS_PX.min);
        const marker = L.circleMarker([place.lat, place.lon], {
          renderer,
          radius,
          weight: chosen ? 3 : 2,
          color: chosen ? PLACE_COLOURS.outline : hollow ? PLACE_COLOURS.accent : '#fff',
          fillColor: chosen ? PLACE_COLOURS.focus : hollow ? '#fff' : PLACE_COLOURS.accent,
          fillOpacity: 0.85,
        });
        const label = `${place.name} · ${place.mentions.length} ${place.mentions.length === 1 ? 'mention' : 'mentions'}`;
        marker.bindTooltip(() => textElement(label), { direction: 'top', offset: [0, -8] });
        marker.on('click', () => select.current(place.id));
        return marker;
      }),
    [places, selected, maxMentions, hollow],
  );
  return <CanvasGroup draw={draw} />;
}

/**
 * Natural Earth countries (world-atlas, 1:110m) in a pane below the tile pane, so the map is never blank when tiles
 * fail or are blocked, and tiles cover it when they load.
 */
function Basemap() {
  const [countries, setCountries] = useState<FeatureCollection | null>(null);
  useEffect(() => {
    let cancelled = false;
    void Promise.all([import('world-atlas/countries-110m.json'), import('topojson-client')]).then(
      ([atlas, topojson]) => {
        const topology = (atlas.default ?? atlas) as unknown as Parameters<typeof topojson.feature>[0];
        const collection = topojson.feature(topology, topology.objects.countries!) as FeatureCollection;
        if (!cancelled) setCountries(unwrapAntimeridian(collection));
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return (
    // Leaflet's tile pane has z-index 200; 150 keeps the basemap under it.
    <Pane name="basemap" style={{ zIndex: 150 }}>
      {countries !== null && (
        <GeoJSON
          data={countries}
          interactive={false}
          style={{ color: '#9aa5b1', weight: 0.6, fillColor: '#e8e4da', fillOpacity: 1 }}
        />
      )}
    </Pane>
  );
}

/**
 * Natural Earth rings that cross the antimeridian jump from 180° to -180°, which Leaflet draws as a line across the
 * whole world; shifting the rest of such a ring by 360° keeps it continuous (Chukotka is drawn past 180° instead).
 */
function unwrapAntimeridian(collection: FeatureCollection): FeatureCollection {
  const unwrapRing = (ring: number[][]): number[][] => {
    let shift = 0;
    let previous: number | null = null;
    return ring.map(([lon = 0, lat = 0]) => {
      if (previous !== null && lon + shift - previous > 180) shift -= 360;
      else if (previous !== null && lon + shift - previous < -180) shift += 360;
      previous = lon + shift;
      return [previous, lat];
    });
  };
  return {
    ...collection,
    features: collection.features.map((feature) => {
      const g = feature.geometry;
      if (g.type === 'Polygon') return { ...feature, geometry: { ...g, coordinates: g.coordinates.map(unwrapRing) } };
      if (g.type === 'MultiPolygon') {
        return { ...feature, geometry: { ...g, coordinates: g.coordinates.map((p) => p.map(unwrapRing)) } };
      }
      return feature;
    }),
  };
}

function DataAttribution() {
  const map = useMap();
  useEffect(() => {
    map.attributionControl?.addAttribution(DATA_ATTRIBUTION);
    return () => {
      map.attributionControl?.removeAttribution(DATA_ATTRIBUTION);
    };
  }, [map]);
  return null;
}

/**
 * Keeps map and URL in step without loops: the map writes its view after each move (replacing history), and moves
 * only when the URL holds a view that differs from where it is, compared at the precision the URL is written in.
 */
function ViewSync({ view, onViewChange }: { view: MapView | null; onViewChange: (view: MapView) => void }) {
  const map = useMap();
  useMapEvents({
    moveend: () => {
      const current = currentView(map);
      map.getContainer().dataset.view = viewKey(current);
      onViewChange(current);
    },
  });
  useEffect(() => {
    map.getContainer().dataset.view = viewKey(currentView(map));
  }, [map]);
  useEffect(() => {
    if (view === null || viewKey(view) === viewKey(currentView(map))) return;
    map.setView([view.lat, view.lon], view.zoom);
  }, [map, view]);
  return null;
}

function currentView(map: L.Map): MapView {
  const center = map.getCenter().wrap();
  return { zoom: map.getZoom(), lat: center.lat, lon: center.lng };
}

/** The view as written in the URL hash, without "#map=". */
function viewKey(view: MapView): string {
  return formatViewState({ ...DEFAULT_VIEW_STATE, map: view }).hash.slice('#map='.length);
}

/** An SVG circle sized by mentions; its markup is ours alone (no article text goes into Leaflet's HTML). */
function placeIcon(place: PlaceView, selected: boolean, maxMentions: number): L.DivIcon {
  const share = Math.sqrt(place.mentions.length / maxMentions);
  const r = Math.round(MARKER_RADIUS_PX.min + share * (MARKER_RADIUS_PX.max - MARKER_RADIUS_PX.min));
  const size = 2 * r + 4;
  return L.divIcon({
    className: selected ? 'mw-place-marker mw-selected' : 'mw-place-marker',
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
    html:
      `<svg width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" aria-hidden="true">` +
      `<circle cx="${size / 2}" cy="${size / 2}" r="${r}"/></svg>`,
  });
}
