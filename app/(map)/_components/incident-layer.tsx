'use client';
// Incident markers, clustered with supercluster where they overlap at the current zoom. Part of the Leaflet-only
// bundle (imported by incident-map.tsx).
import L from 'leaflet';
import { useEffect, useMemo, useState } from 'react';
import { Marker, Tooltip, useMap, useMapEvents } from 'react-leaflet';
import Supercluster, { type ClusterProperties } from 'supercluster';
import type { IncidentView } from '@/lib/data';
import { TYPE_STYLE, incidentRadius, incidentSvg } from './incident-style';
import { activateMarker } from './activate-marker';

interface IncidentPoint {
  id: string;
}

/**
 * What each cluster knows about its incidents without listing them, summed by supercluster's map/reduce while the
 * index is built: the count per type (for the tooltip) and the one place they share ('' when they do not).
 */
interface ClusterSummary {
  place: string;
  types: Partial<Record<IncidentView['type'], number>>;
}

/** Clustering settings, after supercluster's defaults. */
const CLUSTER_OPTIONS = {
  radius: 48, // cluster radius in pixels: about two icons wide
  maxZoom: 14, // beyond this every incident is shown on its own
  minPoints: 2, // minimum points to form a cluster
} as const;

export function IncidentLayer({
  incidents,
  selectedIncident,
  onSelect,
  onSelectPlace,
}: {
  incidents: IncidentView[];
  selectedIncident: string | null;
  onSelect: (id: string) => void;
  onSelectPlace: (id: string) => void;
}) {
  const map = useMap();
  const [frame, setFrame] = useState(() => ({ zoom: map.getZoom(), bounds: map.getBounds() }));
  useMapEvents({ moveend: () => setFrame({ zoom: map.getZoom(), bounds: map.getBounds() }) });

  const byId = useMemo(() => new Map(incidents.map((i) => [i.id, i])), [incidents]);
  // Built once per incident list (a filter change), never on pan or zoom.
  const index = useMemo(() => {
    const cluster = new Supercluster<IncidentPoint, ClusterSummary>({
      ...CLUSTER_OPTIONS,
      map: (point) => {
        const incident = byId.get(point.id)!;
        return { place: incident.place?.id ?? '', types: { [incident.type]: 1 } };
      },
      reduce: (sum, other) => {
        if (sum.place !== other.place) sum.place = '';
        for (const [type, n] of Object.entries(other.types) as Array<[IncidentView['type'], number]>) {
          sum.types[type] = (sum.types[type] ?? 0) + n;
        }
      },
    });
    cluster.load(
      incidents
        .filter((i) => i.lat !== null && i.lon !== null)
        .map((i) => ({
          type: 'Feature' as const,
          properties: { id: i.id },
          geometry: { type: 'Point' as const, coordinates: [i.lon!, i.lat!] },
        })),
    );
    return cluster;
  }, [incidents, byId]);

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

  return features.map((feature) => {
    const [lon, lat] = feature.geometry.coordinates as [number, number];
    const props = feature.properties as IncidentPoint | (ClusterProperties & ClusterSummary);
    if ('cluster' in props && props.cluster) {
      const clusterId = props.cluster_id;
      const expansion = index.getClusterExpansionZoom(clusterId);
      const samePlace = props.place !== '';
      const first = samePlace ? byId.get(index.getLeaves(clusterId, 1)[0]!.properties.id) : undefined;
      const label = `${props.point_count} incidents${first?.place ? ` in ${first.place.name}` : ''}`;
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
            else if (samePlace) onSelectPlace(props.place);
            else map.flyTo([lat, lon], map.getMaxZoom());
          })}
        >
          <Tooltip direction="top" offset={[0, -12]}>
            {label}: {summarise(props.types)}
          </Tooltip>
        </Marker>
      );
    }
    const incident = byId.get((props as IncidentPoint).id)!;
    const selected = incident.id === selectedIncident;
    return (
      <Marker
        key={incident.id}
        position={[lat, lon]}
        icon={incidentIcon(incident, selected)}
        title={`${TYPE_STYLE[incident.type].label}: ${incident.title}`}
        zIndexOffset={selected ? 2000 : 500}
        eventHandlers={activateMarker(() => onSelect(incident.id))}
      >
        <Tooltip direction="top" offset={[0, -12]}>
          {TYPE_STYLE[incident.type].label}: {incident.title}
          {incident.date !== null ? ` (${incident.date})` : ''}
        </Tooltip>
      </Marker>
    );
  });
}

/** "2 riots, 1 clash" for a cluster's tooltip, most frequent first. */
function summarise(types: ClusterSummary['types']): string {
  return (Object.entries(types) as Array<[IncidentView['type'], number]>)
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

function incidentIcon(incident: IncidentView, selected: boolean): L.DivIcon {
  const radius = incidentRadius(incident);
  const key = `${incident.type}/${radius}/${selected}`;
  const cached = ICONS.get(key);
  if (cached !== undefined) return cached;
  const size = 2 * radius + 6;
  const icon = L.divIcon({
    className: selected ? 'mw-incident-marker mw-selected' : 'mw-incident-marker',
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
    html: incidentSvg(incident.type, radius, selected),
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
