// One static page per incident, so a link pasted in chat previews with the incident's title and first quote.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { loadDashboard } from '@/lib/data';
import { IncidentDetail } from '../../(map)/_components/incident-detail';
import { TYPE_STYLE } from '../../(map)/_components/incident-style';

/** Stands in when the corpus has no incidents: a static export needs at least one page per dynamic route. */
const NO_INCIDENT = '_none';
/**
 * MAPWIRE_PERMALINKS caps how many incidents get a page of their own (default: all). A corpus of 100,000 incidents
 * would otherwise export 100,000 HTML files; the map links to incidents by `?incident=` either way.
 */
const PERMALINK_LIMIT = Number.parseInt(process.env.MAPWIRE_PERMALINKS ?? '', 10);
/** Longest Open Graph description; chat apps cut the rest. */
const MAX_DESCRIPTION_CHARS = 200;

export const dynamicParams = false;

export function generateStaticParams(): Array<{ id: string }> {
  const incidents = loadDashboard().incidents;
  const limit = Number.isNaN(PERMALINK_LIMIT) ? incidents.length : Math.max(0, PERMALINK_LIMIT);
  const ids = incidents.slice(0, limit).map((incident) => ({ id: incident.id }));
  return ids.length > 0 ? ids : [{ id: NO_INCIDENT }];
}

type Props = { params: Promise<{ id: string }> };

function findIncident(id: string) {
  const data = loadDashboard();
  return { data, incident: data.incidents.find((i) => i.id === decodeURIComponent(id)) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { incident } = findIncident((await params).id);
  if (incident === undefined) return { title: 'No incident' };
  const where = incident.place?.name ?? 'country-wide';
  const quote = incident.claims[0]?.quote;
  const text = `${TYPE_STYLE[incident.type].label}, ${where}${incident.date ? `, ${incident.date}` : ''}.${quote ? ` “${quote}”` : ''}`;
  const description = text.length > MAX_DESCRIPTION_CHARS ? `${text.slice(0, MAX_DESCRIPTION_CHARS - 1)}…` : text;
  return {
    title: incident.title,
    description,
    openGraph: { title: incident.title, description, type: 'article', siteName: 'Mapwire' },
    twitter: { card: 'summary', title: incident.title, description },
  };
}

export default async function IncidentPage({ params }: Props) {
  const { data, incident } = findIncident((await params).id);
  if (incident === undefined) notFound();
  const mapView =
    incident.lat !== null && incident.lon !== null ? `#map=8/${incident.lat.toFixed(3)}/${incident.lon.toFixed(3)}` : '';
  return (
    <main className="mw-page mw-permalink">
      <p>
        <Link href={`/?incident=${encodeURIComponent(incident.id)}${mapView}`}>Open on the map</Link>
      </p>
      <IncidentDetail incident={incident} sources={data.sources} actors={data.actors} />
    </main>
  );
}
