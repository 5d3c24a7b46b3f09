'use client';
// Leaflet touches `window` on import, so the map is only ever loaded in the browser.
import dynamic from 'next/dynamic';

export const MapClient = dynamic(() => import('./incident-map').then((m) => m.IncidentMap), {
  ssr: false,
  loading: () => <div className="mw-map-loading">Loading map…</div>,
});
