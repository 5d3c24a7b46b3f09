// data/clusters.json in the export: the markers of a first view, so the map draws before any index is built or
// data/points.json is fetched (see to-first-view.ts).
import { loadDashboard } from '@/lib/data';
import { toFirstView } from '../../(map)/_components/to-first-view';
import { toMapPoints } from '../../(map)/_components/map-points';

export const dynamic = 'force-static';

export function GET(): Response {
  return Response.json(toFirstView(toMapPoints(loadDashboard().incidents)));
}
