// data/points.json in the export: what the map needs to draw every incident, fetched before the full records.
import { loadDashboard } from '@/lib/data';
import { toMapPoints } from '../../(map)/_components/map-points';

export const dynamic = 'force-static';

export function GET(): Response {
  return Response.json(toMapPoints(loadDashboard().incidents));
}
