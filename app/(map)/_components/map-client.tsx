'use client';
// Leaflet touches `window` on import, so the map is only ever loaded in the browser.
import dynamic from 'next/dynamic';

const loadMap = () => import('./incident-map').then((m) => m.IncidentMap);

// Fetch the map's code as soon as this module runs in the browser, before React has hydrated the page: the map mounts
// as soon as its first view has arrived, and that should not wait for a second round trip.
if (typeof window !== 'undefined') void loadMap();

export const MapClient = dynamic(loadMap, {
  ssr: false,
  loading: () => <div className="mw-map-loading">Loading map…</div>,
});
