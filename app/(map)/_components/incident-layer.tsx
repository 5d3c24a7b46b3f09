'use client';
// Incident markers, clustered with supercluster where they overlap at the current zoom. The index lives in a Web
// Worker (cluster-worker.ts); this layer sends it the filtered points and asks for the clusters in view after each
// move. Part of the Leaflet-only bundle (imported by incident-map.tsx).
import L from 'leaflet';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Marker, Tooltip, useMap, useMapEvents } from 'react-leaflet';
import { CLUSTER_OPTIONS, type ClusterRequest, type ClusterResponse, type MapFeature } from './cluster-protocol';
import type { IncidentView } from '@/lib/data';
import { INCIDENT_TYPES } from '@/lib/view-state/view-state';
import type { IncidentType } from '@/lib/types';
import { TYPE_STYLE, incidentSvg } from './incident-style';
import type { MapPoints } from './map-points';
import { activateMarker } from './activate-marker';

export function IncidentLayer({
  points,
  mask,
  incidentById,
  selectedIncident,
  onSelect,
  onSelectPlace,
}: {
  points: MapPoints;
  mask: Uint8Array;
  incidentById: ReadonlyMap<string, IncidentView>;
  selectedIncident: string | null;
  onSelect: (id: string) => void;
  onSelectPlace: (id: string) => void;
}) {
  const map = useMap();
  const [frame, setFrame] = useState(() => ({ zoom: map.getZoom(), bounds: map.getBounds() }));
  useMapEvents({ moveend: () => setFrame({ zoom: map.getZoom(), bounds: map.getBounds() }) });

  // One worker per map; the index is rebuilt there once per filter result, never on pan or zoom.
  const worker = useRef<Worker | null>(null);
  const [loaded, setLoaded] = useState(-1);
  const [answer, setAnswer] = useState<{ version: number; features: MapFeature[] }>({ version: -1, features: [] });
  const features = answer.features;
  const asked = useRef(0);
  useEffect(() => {
    const w = new Worker(new URL('./cluster-worker.js', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<ClusterResponse>) => {
      const response = event.data;
      if (response.kind === 'loaded') setLoaded(response.version);
      else if (response.id === asked.current) setAnswer({ version: response.version, features: response.features });
    };
    worker.current = w;
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, []);

  const version = useMemo(() => nextVersion(), [points, mask]);
  useEffect(() => {
    const keys: number[] = [];
    for (let k = 0; k < mask.length; k++) {
      if (mask[k] === 1 && points.lon[k] != null && points.lat[k] != null) keys.push(k);
    }
    const request: ClusterRequest = {
      kind: 'load',
      version,
      keys: Uint32Array.from(keys),
      lon: Float64Array.from(keys, (k) => points.lon[k]!),
      lat: Float64Array.from(keys, (k) => points.lat[k]!),
      place: Int32Array.from(keys, (k) => points.place[k]!),
      type: Uint8Array.from(keys, (k) => points.type[k]!),
    };
    worker.current?.postMessage(request, [request.keys.buffer, request.lon.buffer, request.lat.buffer, request.place.buffer, request.type.buffer]);
  }, [points, mask, version]);

  useEffect(() => {
    if (loaded !== version) return;
    const west = frame.bounds.getWest();
    const east = frame.bounds.getEast();
    const bbox: [number, number, number, number] =
      east - west >= 360
        ? [-180, frame.bounds.getSouth(), 180, frame.bounds.getNorth()]
        : [west, frame.bounds.getSouth(), east, frame.bounds.getNorth()];
    asked.current += 1;
    worker.current?.postMessage({ kind: 'clusters', version, id: asked.current, bbox, zoom: Math.round(frame.zoom) } satisfies ClusterRequest);
  }, [frame, loaded, version]);

  // A signal for tests and the benchmark: the markers of this render are on the map and a frame has been drawn.
  useEffect(() => {
    if (answer.version !== version) return;
    const container = map.getContainer();
    const frameId = requestAnimationFrame(() => {
      container.dataset.markers = String(features.length);
      performance.mark('mapwire:markers-drawn', { detail: features.length });
    });
    return () => cancelAnimationFrame(frameId);
  }, [map, features, answer.version, version]);

  const records = incidentById.size > 0;
  return features.map((feature) => {
    const { lon, lat } = feature;
    if (feature.cluster !== undefined) {
      const { id: clusterId, count, expansionZoom, types } = feature.cluster;
      const place = points.places[feature.cluster.place];
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
            else if (place !== undefined) onSelectPlace(place.id);
            else map.flyTo([lat, lon], map.getMaxZoom());
          })}
        >
          <Tooltip direction="top" offset={[0, -12]}>
            {label}: {summarise(types)}
          </Tooltip>
        </Marker>
      );
    }
    const k = feature.k;
    const id = points.ids[k]!;
    const type = INCIDENT_TYPES[points.type[k]!] ?? 'other';
    const incident = incidentById.get(id);
    const selected = id === selectedIncident;
    const label = incident ? `${TYPE_STYLE[type].label}: ${incident.title}` : TYPE_STYLE[type].label;
    return (
      <Marker
        // Leaflet sets a marker's title once: a new marker when the record (and so the title) arrives.
        key={`${id}/${records}`}
        position={[lat, lon]}
        icon={incidentIcon(type, points.radius[k]!, selected)}
        title={label}
        zIndexOffset={selected ? 2000 : 500}
        eventHandlers={activateMarker(() => onSelect(id))}
      >
        <Tooltip direction="top" offset={[0, -12]}>
          {label}
          {points.date[k] ? ` (${points.date[k]})` : ''}
        </Tooltip>
      </Marker>
    );
  });
}

let versions = 0;
/** A number per point set sent to the worker, so that late answers about an older set are dropped. */
function nextVersion(): number {
  versions += 1;
  return versions;
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
