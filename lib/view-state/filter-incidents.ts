// Incidents + the view's filters → the incidents the map, timeline, table and downloads show.
import type { IncidentView } from '../data';
import type { ViewState } from './view-state';

export type IncidentFilters = Pick<ViewState, 'types' | 'actor' | 'source' | 'q' | 'from' | 'to'>;

/**
 * Keeps the incidents that pass every filter. The text search matches title, place and quotes, case- and
 * accent-insensitively; a date range drops undated incidents, since they cannot be shown to fall inside it.
 * @example filterIncidents(all, { ...DEFAULT_VIEW_STATE, types: ['riot'], q: 'tear gas' })
 */
export function filterIncidents(incidents: readonly IncidentView[], filters: IncidentFilters): IncidentView[] {
  const words = fold(filters.q).split(/\s+/).filter(Boolean);
  return incidents.filter((incident) => {
    if (filters.types.length > 0 && !filters.types.includes(incident.type)) return false;
    if (filters.actor !== null && !incident.actors.includes(filters.actor)) return false;
    if (filters.source !== null && !incident.sources.includes(filters.source)) return false;
    if (filters.from !== null && (incident.date === null || incident.date < filters.from)) return false;
    if (filters.to !== null && (incident.date === null || incident.date > filters.to)) return false;
    if (words.length > 0) {
      const haystack = fold(
        [incident.title, incident.place?.name ?? '', ...incident.claims.map((c) => c.quote)].join('\n'),
      );
      if (!words.every((word) => haystack.includes(word))) return false;
    }
    return true;
  });
}

/** Lower case without diacritics, so "kharkiv" finds "Kharkiv" and "sao" finds "São". */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
