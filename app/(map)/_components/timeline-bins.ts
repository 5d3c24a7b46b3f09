// IncidentView[] → the timeline's bars: incidents per day, or per week when the dates span more than MAX_DAY_BARS days.
import type { IncidentView } from '@/lib/data';

/** Longest span drawn day by day; longer corpora are drawn by week. */
export const MAX_DAY_BARS = 120;
const DAY_MS = 86_400_000;

export interface Bin {
  /** First and last day of the bar (ISO dates, inclusive). */
  from: string;
  to: string;
  count: number;
}

/** One bar per day (or week) from the first dated incident's day to the last, empty days included. */
export function toBins(incidents: readonly IncidentView[]): Bin[] {
  // Counted per distinct day first, and only the days sorted: 100,000 incidents fall on a few hundred days, and
  // sorting every incident's date took about 100 ms of the main thread when the records arrived.
  const perDay = new Map<string, number>();
  for (const incident of incidents) {
    if (incident.date !== null) perDay.set(incident.date, (perDay.get(incident.date) ?? 0) + 1);
  }
  if (perDay.size === 0) return [];
  const days = [...perDay.keys()].sort();
  const start = Date.parse(days[0]!);
  const end = Date.parse(days[days.length - 1]!);
  const span = Math.round((end - start) / DAY_MS) + 1;
  const width = span > MAX_DAY_BARS ? 7 : 1;
  const bins: Bin[] = [];
  for (let t = start; t <= end; t += width * DAY_MS) {
    bins.push({ from: isoDay(t), to: isoDay(Math.min(end, t + (width - 1) * DAY_MS)), count: 0 });
  }
  for (const day of days) {
    const bin = bins[Math.floor((Date.parse(day) - start) / DAY_MS / width)];
    if (bin) bin.count += perDay.get(day)!;
  }
  return bins;
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
