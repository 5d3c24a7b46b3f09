'use client';
// Incident markers, clustered with supercluster where they overlap at the current zoom. The clusters come from a
// PointSet (cluster-client.ts: the export's first-view file or the clustering worker); this layer asks it for the
// markers in view after each move. Part of the Leaflet-only bundle (imported by incident-map.tsx).
import L from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import { Marker, Tooltip, useMap, useMapEvents } from 'react-leaflet';
import { CLUSTER_OPTIONS, type Bounds, type MapFeature } from './cluster-protocol';
import type { PointSet } from './cluster-client';
import type { IncidentView } from '@/lib/data';
import { INCIDENT_TYPES } from '@/lib/view-state/view-state';
import type { IncidentType } from '@/lib/types';
import { TYPE_STYLE, incidentSvg } from './incident-style';
import { activateMarker } from './activate-marker';

export function IncidentLayer({
  pointSet,
  incidentById,
  selectedIncident,
  onSelect,
  onSelectPlace,
}: {
  pointSet: PointSet;
  incidentById: ReadonlyMap<string, IncidentView>;
  selectedIncident: string | null;
  onSelect: (id: string) => void;
  onSelectPlace: (id: string) => void;
}) {
  const map = useMap();
  const [frame, setFrame] = useState(() => ({ zoom: map.getZoom(), bounds: map.getBounds() }));
  useMapEvents({ moveend: () => setFrame({ zoom: map.getZoom(), bounds: map.getBounds() }) });

  // The markers in view, asked again after each move and whenever the filters give a new set of incidents.
  const [answer, setAnswer] = useState<{ version: number; features: MapFeature[] }>({ version: -1, features: [] });
  const features = answer.features;
  const asked = useRef(0);
  useEffect(() => {
    const west = frame.bounds.getWest();
    const east = frame.bounds.getEast();
    const bbox: Bounds =
      east - west >= 360
        ? [-180, frame.bounds.getSouth(), 180, frame.bounds.getNorth()]
        : [west, frame.bounds.getSouth(), east, frame.bounds.getNorth()];
    asked.current += 1;
    const id = asked.current;
    void pointSet.clusters(bbox, Math.round(frame.zoom)).then((found) => {
      // Only the latest question is drawn: an answer about an earlier view or filter is dropped.
      if (found !== null && id === asked.current) setAnswer({ version: pointSet.version, features: found });
    });
  }, [frame, pointSet]);

  // A signal for tests and the benchmark: the markers of this render are on the map and a frame has been drawn.
  useEffect(() => {
    if (answer.version !== pointSet.version) return;
    const container = map.getContainer();
    const frameId = requestAnimationFrame(() => {
      container.dataset.markers = String(features.length);
      performance.mark('mapwire:markers-drawn', { detail: features.length });
    });
    return () => cancelAnimationFrame(frameId);
  }, [map, features, answer.version, pointSet.version]);

  const records = incidentById.size > 0;
  return features.map((feature) => {
    const { lon, lat } = feature;
    if (feature.cluster !== undefined) {
      const { id: clusterId, count, expansionZoom, types, place } = feature.cluster;
      const label = `${count} incidents${place ? ` in ${place.name}` : ''}`;
      return (
        <Marker
          key={`c${clusterId}`}
          position={[lat, lon]}
          icon={clusterIcon(count)}
          title={label}
          zIndexOffset={1000}
          // Zoom in until the cluster splits; incidents at one spot never split, so show that place instead.
          eventHandlers={activateMarker(() => {
            if (expansionZoom <= CLUSTER_OPTIONS.maxZoom) map.flyTo([lat, lon], expansionZoom);
            else if (place !== null) onSelectPlace(place.id);
            else map.flyTo([lat, lon], map.getMaxZoom());
          })}
        >
          <Tooltip direction="top" offset={[0, -12]}>
            {label}: {summarise(types)}
          </Tooltip>
        </Marker>
      );
    }
    const { id, radius, date } = feature.incident;
    const type = INCIDENT_TYPES[feature.incident.type] ?? 'other';
    const incident = incidentById.get(id);
    const selected = id === selectedIncident;
    const label = incident ? `${TYPE_STYLE[type].label}: ${incident.title}` : TYPE_STYLE[type].label;
    return (
      <Marker
        // Leaflet sets a marker's title once: a new marker when the record (and so the title) arrives.
        key={`${id}/${records}`}
        position={[lat, lon]}
        icon={incidentIcon(type, radius, selected)}
        title={label}
        zIndexOffset={selected ? 2000 : 500}
        eventHandlers={activateMarker(() => onSelect(id))}
      >
        <Tooltip direction="top" offset={[0, -12]}>
          {label}
          {date ? ` (${date})` : ''}
        </Tooltip>
      </Marker>
    );
  });
}

/** "2 riots, 1 clash" for a cluster's tooltip, most frequent first. */
function summarise(types: readonly number[]): string {
  return INCIDENT_TYPES.map((type, t) => [type, types[t] ?? 0] as const)
    .filter(([, n]) => n > 0)
    .toSorted((a, b) => b[1] - a[1])
    .map(([type, n]) => `${n} ${TYPE_STYLE[type].label.toLowerCase()}`)
    .join(', ');
}

/**
 * Icons are shared between markers that look alike: react-leaflet replaces a marker's element whenever its icon
 * object changes, so a fresh icon per render would rebuild every marker after each pan.
 */
const ICONS = new Map<string, L.DivIcon>();
/** Icons kept before the cache starts over (cluster counts are many at 100,000 incidents). */
const MAX_ICONS = 5_000;

function incidentIcon(type: IncidentType, radius: number, selected: boolean): L.DivIcon {
  const key = `${type}/${radius}/${selected}`;
  const cached = ICONS.get(key);
  if (cached !== undefined) return cached;
  const size = 2 * radius + 6;
  const icon = L.divIcon({
    className: selected ? 'mw-incident-marker mw-selected' : 'mw-incident-marker',
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
    html: incidentSvg(type, radius, selected),
  });
  if (ICONS.size >= MAX_ICONS) ICONS.clear();
  ICONS.set(key, icon);
  return icon;
}

function clusterIcon(count: number): L.DivIcon {
  const key = `cluster/${count}`;
  const cached = ICONS.get(key);
  if (cached !== undefined) return cached;
  const radius = Math.round(13 + Math.min(12, Math.sqrt(count) * 2));
  const size = 2 * radius + 6;
  const icon = L.divIcon({
    className: 'mw-cluster-marker',
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
    html:
      `<svg width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" aria-hidden="true">` +
      `<circle cx="${size / 2}" cy="${size / 2}" r="${radius}" fill="#1f2933" fill-opacity="0.85" stroke="#fff" stroke-width="3"/>` +
      `<text x="${size / 2}" y="${size / 2}" dy="0.35em" text-anchor="middle" font-size="13" font-weight="700" ` +
      `font-family="system-ui,sans-serif" fill="#fff">${Number(count)}</text></svg>`,
  });
  if (ICONS.size >= MAX_ICONS) ICONS.clear();
  ICONS.set(key, icon);
  return icon;
}
