// data/<kind>/<n>.json in the export: the places, sources, actors and incidents in files of at most DATA_FILE_CHARS
// of JSON, which the dashboard fetches at once and parses one per task (see dashboard-data.ts).
import { dataFilesOf, FILED_RECORDS, loadDashboard, type FiledRecords } from '@/lib/data';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams(): Array<{ kind: string; file: string }> {
  const data = loadDashboard();
  return FILED_RECORDS.flatMap((kind) => dataFilesOf(data, kind).map((_, n) => ({ kind, file: `${n}.json` })));
}

export async function GET(_request: Request, { params }: { params: Promise<{ kind: string; file: string }> }): Promise<Response> {
  const { kind, file } = await params;
  const files = dataFilesOf(loadDashboard(), kind as FiledRecords);
  return Response.json(files[Number.parseInt(file, 10)] ?? []);
}
