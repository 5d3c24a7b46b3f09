'use client';
// Copy-link button and downloads of the filtered incidents (GeoJSON, CSV, KML), made in the browser from the
// incidents already on the page, so they work from any sub-path and offline.
import { useState } from 'react';
import type { ActorView, IncidentView } from '@/lib/data';
import { toCsv } from '@/lib/view-state/to-csv';
import { toGeojson } from '@/lib/view-state/to-geojson';
import { toKml } from '@/lib/view-state/to-kml';

export function CopyLink() {
  const [status, setStatus] = useState('');
  const copy = async () => {
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      setStatus('Link copied');
    } catch {
      // Clipboard access can be refused (permissions, http); the address bar holds the same link.
      window.prompt('Copy this link:', url);
      setStatus('');
    }
  };
  return (
    <span className="mw-copy">
      <button type="button" className="mw-button" onClick={copy}>
        Copy link
      </button>
      <span role="status" className="mw-muted">
        {status}
      </span>
    </span>
  );
}

export function Downloads({ incidents, actors }: { incidents: IncidentView[]; actors: ActorView[] }) {
  const actorName = (id: string) => actors.find((a) => a.id === id)?.name ?? id;
  const save = (name: string, type: string, body: string) => {
    const url = URL.createObjectURL(new Blob([body], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <span className="mw-downloads" role="group" aria-label={`Download ${incidents.length} incidents`}>
      <span className="mw-muted">Download</span>
      <button type="button" className="mw-button" onClick={() => save('mapwire-incidents.geojson', 'application/geo+json', JSON.stringify(toGeojson(incidents), null, 1))}>
        GeoJSON
      </button>
      <button type="button" className="mw-button" onClick={() => save('mapwire-incidents.csv', 'text/csv', toCsv(incidents, actorName))}>
        CSV
      </button>
      <button type="button" className="mw-button" onClick={() => save('mapwire-incidents.kml', 'application/vnd.google-earth.kml+xml', toKml(incidents, 'Mapwire incidents'))}>
        KML
      </button>
    </span>
  );
}
