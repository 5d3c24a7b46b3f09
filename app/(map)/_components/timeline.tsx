'use client';
// Histogram of incidents per day with a range brush: click a day, shift-click or drag to extend, or type dates.
import { useMemo, useRef } from 'react';
import type { IncidentView } from '@/lib/data';
import type { ViewState } from '@/lib/view-state/view-state';
import type { HistoryMode } from './use-view-state';
import { toBins, type Bin } from './timeline-bins';

export function Timeline({
  incidents,
  state,
  update,
}: {
  /** Incidents after every filter but the date range, so the bars show what a range would select. */
  incidents: IncidentView[];
  state: ViewState;
  update: (patch: Partial<ViewState>, mode: HistoryMode) => void;
}) {
  const anchor = useRef<string | null>(null);
  const dragging = useRef(false);
  // The page re-renders after every pan (the view is in the URL): sorting 100,000 dates each time made panning stutter.
  const bins = useMemo(() => toBins(incidents), [incidents]);
  const undated = useMemo(() => incidents.filter((i) => i.date === null).length, [incidents]);
  if (bins.length === 0) {
    return <p className="mw-timeline mw-muted">No dated incidents{undated > 0 ? ` (${undated} undated)` : ''}.</p>;
  }
  const max = Math.max(...bins.map((b) => b.count));
  const first = bins[0]!.from;
  const last = bins[bins.length - 1]!.to;
  const inRange = (bin: Bin) =>
    (state.from === null || bin.to >= state.from) && (state.to === null || bin.from <= state.to);
  const select = (a: string, b: string, mode: HistoryMode) =>
    update(a <= b ? { from: a, to: b } : { from: b, to: a }, mode);

  return (
    <section className="mw-timeline" aria-label="Timeline">
      <div className="mw-bars" onPointerUp={() => (dragging.current = false)} onPointerLeave={() => (dragging.current = false)}>
        {bins.map((bin) => (
          <button
            key={bin.from}
            type="button"
            className="mw-bar"
            data-day={bin.from}
            aria-pressed={(state.from !== null || state.to !== null) && inRange(bin)}
            aria-label={`${bin.from === bin.to ? bin.from : `${bin.from} to ${bin.to}`}: ${bin.count} incidents`}
            title={`${bin.from === bin.to ? bin.from : `${bin.from} – ${bin.to}`}: ${bin.count}`}
            onPointerDown={(e) => {
              if (e.button !== 0) return;
              dragging.current = true;
              if (e.shiftKey && anchor.current !== null) return select(anchor.current, bin.to, 'push');
              anchor.current = bin.from;
              select(bin.from, bin.to, 'push');
            }}
            onPointerEnter={() => {
              if (dragging.current && anchor.current !== null) select(anchor.current, bin.to, 'replace');
            }}
            onKeyDown={(e) => {
              if (e.key !== 'Enter' && e.key !== ' ') return;
              e.preventDefault();
              if (e.shiftKey && anchor.current !== null) return select(anchor.current, bin.to, 'push');
              anchor.current = bin.from;
              select(bin.from, bin.to, 'push');
            }}
          >
            <span className="mw-bar-fill" style={{ height: `${Math.max(6, (bin.count / max) * 100)}%` }} />
          </button>
        ))}
      </div>
      <div className="mw-range">
        <label>
          From{' '}
          <input type="date" min={first} max={last} value={state.from ?? ''} onChange={(e) => update({ from: e.target.value || null }, 'push')} />
        </label>
        <label>
          to{' '}
          <input type="date" min={first} max={last} value={state.to ?? ''} onChange={(e) => update({ to: e.target.value || null }, 'push')} />
        </label>
        {(state.from !== null || state.to !== null) && (
          <button type="button" className="mw-button" onClick={() => update({ from: null, to: null }, 'push')}>
            All dates
          </button>
        )}
        {undated > 0 && <span className="mw-muted">{undated} undated</span>}
      </div>
    </section>
  );
}
