// data/actors.json in the export: the actors the dashboard fetches (kept out of the page's HTML, see dashboard-data.ts).
import { loadDashboard } from '@/lib/data';

export const dynamic = 'force-static';

export function GET(): Response {
  return Response.json(loadDashboard().actors);
}
