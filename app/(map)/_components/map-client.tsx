'use client';
// Leaflet touches `window` on import, so the map is only ever loaded in the browser.
import { useEffect, useState, type ComponentProps } from 'react';
import type { IncidentMap as IncidentMapComponent } from './incident-map';

type IncidentMapType = typeof IncidentMapComponent;

/** The map's component once its code has arrived: the first render after that draws it at once. */
let loaded: IncidentMapType | null = null;
let loading: Promise<IncidentMapType> | null = null;

function loadMap(): Promise<IncidentMapType> {
  loading ??= import('./incident-map').then((m) => (loaded = m.IncidentMap));
  // a failed fetch is tried again by the next mount
  loading.catch(() => (loading = null));
  return loading;
}

// Fetch the map's code as soon as this module runs in the browser, before React has hydrated the page: the map mounts
// as soon as its first view has arrived, and that should not wait for a second round trip.
if (typeof window !== 'undefined') void loadMap().catch(() => undefined);

/**
 * The map, drawn as soon as its code is here. Not next/dynamic: a lazy component suspends on its first render even
 * when its code has already arrived, and React then holds back revealing it for 300 ms after the fallback showed
 * (measured: markers drawn 0.3 s later at 100,000 incidents). The dashboard mounts it only once data has arrived,
 * never while hydrating, so a render that finds the code already here matches nothing rendered on the server.
 */
export function MapClient(props: ComponentProps<IncidentMapType>) {
  const [IncidentMap, setIncidentMap] = useState<IncidentMapType | null>(() => loaded);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (IncidentMap !== null) return;
    let live = true;
    loadMap().then(
      (component) => live && setIncidentMap(() => component),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [IncidentMap]);
  if (IncidentMap !== null) return <IncidentMap {...props} />;
  if (failed) {
    return (
      <div className="mw-map-loading" role="alert">
        The map could not be loaded; reload the page to try again.
      </div>
    );
  }
  return <div className="mw-map-loading">Loading map…</div>;
}
