import { preload } from 'react-dom';
import { dataFilesOf, FILED_RECORDS, loadDashboard } from '@/lib/data';
import { toOverlayLayout } from './_components/actor-spots';
import { Dashboard } from './_components/dashboard';
import type { DashboardMeta } from './_components/dashboard-data';

// Build time only: the page carries the counts; the records themselves are fetched from data/ (app/data/**).
export default function Page() {
  // The first view's markers are requested by the HTML itself, while the scripts load, not after hydration.
  // crossOrigin matches fetch()'s defaults, so that the dashboard's fetch takes the preloaded response.
  preload(`${process.env.NEXT_PUBLIC_BASE_PATH ?? ''}/data/clusters.json`, { as: 'fetch', crossOrigin: 'anonymous' });
  const data = loadDashboard();
  const meta: DashboardMeta = {
    counts: {
      sources: data.sources.length,
      places: data.places.length,
      incidents: data.incidents.length,
      actors: data.actors.length,
    },
    overlays: toOverlayLayout(data.actors, data.places, data.incidents),
    files: Object.fromEntries(FILED_RECORDS.map((kind) => [kind, dataFilesOf(data, kind).length])) as DashboardMeta['files'],
    generatedAt: data.generatedAt,
  };
  return <Dashboard meta={meta} />;
}
