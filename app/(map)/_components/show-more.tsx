'use client';
// Long lists render a page of rows at a time. A 10,000-article corpus has 10,000 sources and 50,000 incidents:
// rendering every row made each pan slow (the view is in the URL, so a pan re-renders the page) and every tooltip
// slow to open (it measures itself, and the browser lays the whole page out again first).
import { useCallback, useEffect, useRef, useState } from 'react';

/** Rows a list renders at first, and how many more each press of "Show more" adds. */
export const PAGE_ROWS = 200;

export interface Paged<T> {
  rows: readonly T[];
  showMore: () => void;
  /** The ref of the element whose children are the rows (ul, ol, tbody): "Show more" focuses the first new row. */
  listRef: (element: HTMLElement | null) => void;
}

/**
 * How many of `items` to render: a page, a page more after each `showMore`, and whole pages down to the row at
 * `keepIndex` (a selected or open one). The same list never shrinks, so closing what was open deep in the list
 * leaves the user where they were; a different list (another filter) starts again from one page. `items` must keep
 * its identity while the list is the same (memoise it): a new array on every render would start over every time.
 */
export function usePaged<T>(items: readonly T[], keepIndex = -1): Paged<T> {
  const [paged, setPaged] = useState({ items, limit: PAGE_ROWS, focusRow: -1 });
  const same = paged.items === items;
  const limit = Math.max(same ? paged.limit : PAGE_ROWS, Math.ceil((keepIndex + 1) / PAGE_ROWS) * PAGE_ROWS);
  // Remembered at once (React re-renders this component before the children), so that the limit holds after the
  // row at keepIndex is no longer kept.
  if (!same || limit !== paged.limit) setPaged({ items, limit, focusRow: -1 });
  const list = useRef<HTMLElement | null>(null);
  const listRef = useCallback((element: HTMLElement | null) => {
    list.current = element;
  }, []);
  const { focusRow } = paged;
  useEffect(() => {
    if (focusRow < 0) return;
    const row = list.current?.children[focusRow];
    const target = row?.matches('button, a[href], [tabindex]') ? row : row?.querySelector('button, a[href], [tabindex]');
    if (target instanceof HTMLElement) target.focus();
  }, [focusRow]);
  return {
    rows: items.length <= limit ? items : items.slice(0, limit),
    showMore: () => setPaged({ items, limit: limit + PAGE_ROWS, focusRow: limit }),
    listRef,
  };
}

/** "200 of 50,052 shown · Show 200 more", or nothing once every row is shown. */
export function ShowMore({ shown, total, onMore }: { shown: number; total: number; onMore: () => void }) {
  if (shown >= total) return null;
  return (
    <p className="mw-show-more">
      <span className="mw-muted" role="status">
        {shown.toLocaleString('en')} of {total.toLocaleString('en')} shown
      </span>{' '}
      <button type="button" className="mw-button" onClick={onMore}>
        Show {Math.min(PAGE_ROWS, total - shown).toLocaleString('en')} more
      </button>
    </p>
  );
}
