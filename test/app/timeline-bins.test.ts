import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadDashboard, type IncidentView } from '../../lib/data';
import { MAX_DAY_BARS, toBins, type Bin } from '../../app/(map)/_components/timeline-bins';

const DAY_MS = 86_400_000;
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The bar holding `date`: bars are contiguous and in order, so at most one can. */
function binOf(bins: Bin[], date: string): Bin | undefined {
  return bins.find((bin) => bin.from <= date && date <= bin.to);
}

/** What every set of bars must satisfy, whatever the incidents. */
function expectConsistent(incidents: readonly IncidentView[], bins: Bin[]): void {
  const dated = incidents.flatMap((i) => (i.date === null ? [] : [i.date]));
  expect(bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(dated.length);
  for (const date of dated) expect(binOf(bins, date)).toBeDefined();
  for (const [k, bin] of bins.entries()) {
    expect(bin.from <= bin.to).toBe(true);
    const next = bins[k + 1];
    // the next bar starts the day after this one ends: no gap, no overlap
    if (next) expect(next.from).toBe(dayOf(Date.parse(bin.to) + DAY_MS));
  }
  for (const bin of bins) expect(bin.count).toBe(dated.filter((d) => bin.from <= d && d <= bin.to).length);
}

const incident = (id: string, date: string | null) => ({ id, date }) as IncidentView;

describe('toBins', () => {
  test('the seeds: one bar per day from the first dated incident to the last, counting each incident once', () => {
    const { incidents } = loadDashboard('data/generated');
    const dated = incidents.filter((i) => i.date !== null);
    expect(dated.length).toBeGreaterThan(0);
    const bins = toBins(incidents);
    const days = dated.map((i) => i.date!).sort();
    expect(bins[0]!.from).toBe(days[0]);
    expect(bins.at(-1)!.to).toBe(days.at(-1));
    expect(bins.every((bin) => bin.from === bin.to)).toBe(true);
    expectConsistent(incidents, bins);
  });

  test('no dated incident: no bars', () => {
    expect(toBins([])).toEqual([]);
    expect(toBins([incident('a', null), incident('b', null)])).toEqual([]);
  });

  test(`dates spanning more than ${MAX_DAY_BARS} days are drawn by week, the last week cut at the last day`, () => {
    const incidents = [incident('a', '2020-01-01'), incident('b', '2020-01-01'), incident('c', '2020-03-15'), incident('d', '2020-08-31'), incident('e', null)];
    const bins = toBins(incidents);
    expect(bins[0]).toEqual({ from: '2020-01-01', to: '2020-01-07', count: 2 });
    expect(bins.at(-1)!.to).toBe('2020-08-31');
    expect(bins.slice(0, -1).every((bin) => Date.parse(bin.to) - Date.parse(bin.from) === 6 * DAY_MS)).toBe(true);
    expectConsistent(incidents, bins);
  });

  test('any dates: every dated incident in exactly one bar, bars contiguous', () => {
    const date = fc.integer({ min: Date.UTC(2019, 0, 1), max: Date.UTC(2021, 0, 1) }).map((ms) => dayOf(ms));
    fc.assert(
      fc.property(fc.array(fc.option(date, { nil: null }), { maxLength: 60 }), (dates) => {
        const incidents = dates.map((d, i) => incident(`i${i}`, d));
        expectConsistent(incidents, toBins(incidents));
      }),
      { numRuns: 200 },
    );
  });
});
