// data/incidents/<n>.json in the export: the incidents in files of INCIDENT_CHUNK_SIZE, which the dashboard fetches
// and parses one at a time (see dashboard-data.ts).
import { INCIDENT_CHUNK_SIZE, loadDashboard } from '@/lib/data';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** At least one file, so that a corpus without incidents still exports (an empty list fails the export). */
export function generateStaticParams(): Array<{ chunk: string }> {
  const chunks = Math.max(1, Math.ceil(loadDashboard().incidents.length / INCIDENT_CHUNK_SIZE));
  return Array.from({ length: chunks }, (_, n) => ({ chunk: `${n}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ chunk: string }> }): Promise<Response> {
  const n = Number.parseInt((await params).chunk, 10);
  return Response.json(loadDashboard().incidents.slice(n * INCIDENT_CHUNK_SIZE, (n + 1) * INCIDENT_CHUNK_SIZE));
}
