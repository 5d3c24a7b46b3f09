// Incidents → CSV with ACLED-like columns, for spreadsheets and the tools analysts already use.
import type { IncidentView } from '../data';

/** Column order; ACLED's names where the meaning matches, ours where it does not. */
export const CSV_COLUMNS = [
  'event_id', 'event_date', 'year', 'event_type', 'title', 'actors', 'location', 'country', 'geo_precision',
  'latitude', 'longitude', 'fatalities', 'injured', 'detained', 'crowd', 'troops', 'sources', 'notes', 'confidence',
] as const;

// ACLED's geo_precision: 1 = the town itself, 2 = a region around it, 3 = a larger area such as the country.
const GEO_PRECISION = { city: 1, other: 1, region: 2, country: 3 } as const;

/**
 * One row per incident, RFC 4180 quoting, CRLF line ends. Actor ids become names through `actorName`.
 * @example toCsv([riot], (id) => names.get(id) ?? id).split('\r\n')[0] // 'event_id,event_date,year,…'
 */
export function toCsv(incidents: readonly IncidentView[], actorName: (id: string) => string): string {
  const rows = incidents.map((incident) => {
    const figure = (name: keyof IncidentView['figures']) => incident.figures[name]?.value ?? '';
    const row: Record<(typeof CSV_COLUMNS)[number], string | number> = {
      event_id: incident.id,
      event_date: incident.date ?? '',
      year: incident.date?.slice(0, 4) ?? '',
      event_type: incident.type,
      title: incident.title,
      actors: incident.actors.map(actorName).join('; '),
      location: incident.place?.name ?? '',
      country: incident.place?.country ?? '',
      geo_precision: incident.place === null ? '' : GEO_PRECISION[incident.place.kind],
      latitude: incident.lat ?? '',
      longitude: incident.lon ?? '',
      fatalities: figure('killed'),
      injured: figure('injured'),
      detained: figure('detained'),
      crowd: figure('crowd'),
      troops: figure('troops'),
      sources: incident.sources.join('; '),
      notes: incident.claims.map((c) => c.quote).join(' | '),
      confidence: incident.confidence,
    };
    return CSV_COLUMNS.map((column) => cell(row[column])).join(',');
  });
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

/**
 * Quotes a cell when it needs it, and defuses text a spreadsheet would run as a formula.
 * like - '=HYPERLINK("x")' from an article → "'=HYPERLINK(""x"")"
 */
function cell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
