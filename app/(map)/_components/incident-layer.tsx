'use client';
// Incident markers, clustered with supercluster where they overlap at the current zoom. Part of the Leaflet-only
// bundle (imported by incident-map.tsx).
import L from 'leaflet';
import { useEffect, useMemo, useState } from 'react';
import { Marker, Tooltip, useMap, useMapEvents } from 'react-leaflet';
import Supercluster, { type ClusterProperties } from 'supercluster';
import type { IncidentView } from '@/lib/data';
import { INCIDENT_TYPES } from '@/lib/view-state/view-state';
import type { IncidentType } from '@/lib/types';
import { TYPE_STYLE, incidentSvg } from './incident-style';
import type { MapPoints } from './map-points';
import { activateMarker } from './activate-marker';

interface IncidentPoint {
  /** Index into MapPoints' columns. */
  k: number;
}

/**
 * What each cluster knows without listing its incidents, reduced by supercluster while the index is built: the one
 * place its incidents share (-1 when they do not). Type counts for the tooltip are gathered only when it opens.
 */
interface ClusterSummary {
  place: number;
}

/** Clustering settings, after supercluster's defaults. */
const CLUSTER_OPTIONS = {
  radius: 48, // cluster radius in pixels: about two icons wide
  maxZoom: 14, // beyond this every incident is shown on its own
  minPoints: 2, // minimum points to form a cluster
} as const;

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

  // Built once per filter result, never on pan or zoom.
  const index = useMemo(() => {
    const cluster = new Supercluster<IncidentPoint, ClusterSummary>({
      ...CLUSTER_OPTIONS,
      map: (point) => ({ place: points.place[point.k] ?? -1 }),
      reduce: (sum, other) => {
        if (sum.place !== other.place) sum.place = -1;
      },
    });
    const features: Array<GeoJSON.Feature<GeoJSON.Point, IncidentPoint>> = [];
    for (let k = 0; k < mask.length; k++) {
      const lon = points.lon[k];
      const lat = points.lat[k];
      if (mask[k] !== 1 || lon == null || lat == null) continue;
      features.push({ type: 'Feature', properties: { k }, geometry: { type: 'Point', coordinates: [lon, lat] } });
    }
    cluster.load(features);
    return cluster;
  }, [points, mask]);

  const west = frame.bounds.getWest();
  const east = frame.bounds.getEast();
  const bbox: [number, number, number, number] =
    east - west >= 360
      ? [-180, frame.bounds.getSouth(), 180, frame.bounds.getNorth()]
      : [west, frame.bounds.getSouth(), east, frame.bounds.getNorth()];
  const features = index.getClusters(bbox, Math.round(frame.zoom));

  // A signal for tests and the benchmark: the markers of this render are on the map and a frame has been drawn.
  useEffect(() => {
    const container = map.getContainer();
    const frameId = requestAnimationFrame(() => {
      container.dataset.markers = String(features.length);
      performance.mark('mapwire:markers-drawn', { detail: features.length });
    });
    return () => cancelAnimationFrame(frameId);
  }, [map, features]);

  const records = incidentById.size > 0;
  return features.map((feature) => {
    const [lon, lat] = feature.geometry.coordinates as [number, number];
    const props = feature.properties as IncidentPoint | (ClusterProperties & ClusterSummary);
    if ('cluster' in props && props.cluster) {
      const clusterId = props.cluster_id;
      const expansion = index.getClusterExpansionZoom(clusterId);
      const place = points.places[props.place];
      const label = `${props.point_count} incidents${place ? ` in ${place.name}` : ''}`;
      return (
        <Marker
          key={`c${clusterId}`}
          position={[lat, lon]}
          icon={clusterIcon(props.point_count)}
          title={label}
          zIndexOffset={1000}
          // Zoom in until the cluster splits; incidents at one spot never split, so show that place instead.
          eventHandlers={activateMarker(() => {
            if (expansion <= CLUSTER_OPTIONS.maxZoom) map.flyTo([lat, lon], expansion);
            else if (place !== undefined) onSelectPlace(place.id);
            else map.flyTo([lat, lon], map.getMaxZoom());
          })}
        >
          <Tooltip direction="top" offset={[0, -12]}>
            <ClusterTooltip label={label} index={index} clusterId={clusterId} points={points} />
          </Tooltip>
        </Marker>
      );
    }
    const { k } = props as IncidentPoint;
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

/** Rendered only while the tooltip is open, so the cluster's incidents are only listed when someone looks. */
function ClusterTooltip({
  label,
  index,
  clusterId,
  points,
}: {
  label: string;
  index: Supercluster<IncidentPoint, ClusterSummary>;
  clusterId: number;
  points: MapPoints;
}) {
  const types = new Array<number>(INCIDENT_TYPES.length).fill(0);
  for (const leaf of index.getLeaves(clusterId, Infinity)) types[points.type[leaf.properties.k]!]! += 1;
  return (
    <>
      {label}: {summarise(types)}
    </>
  );
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
