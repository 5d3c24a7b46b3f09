'use client';
// Long lists render a page of rows at a time. A 10,000-article corpus has 50,000 incidents: one button each in the
// panel was 400,000 DOM nodes, which React reconciled again after every pan (the view is in the URL) and the browser
// laid out again whenever a tooltip measured itself.
import { useState } from 'react';

/** Rows a list renders at first, and how many more each press of "Show more" adds. */
export const PAGE_ROWS = 200;

/**
 * How many of `items` to render: a page, more after each `showMore`, and always enough to include the row at
 * `keepIndex` (an open or selected one). A different list (another filter) starts again from one page.
 */
export function usePaged<T>(items: readonly T[], keepIndex = -1): { rows: readonly T[]; showMore: () => void } {
  const [paged, setPaged] = useState({ items, limit: PAGE_ROWS });
  const limit = Math.max(paged.items === items ? paged.limit : PAGE_ROWS, keepIndex + 1);
  return {
    rows: items.length <= limit ? items : items.slice(0, limit),
    showMore: () => setPaged({ items, limit: limit + PAGE_ROWS }),
  };
}

/** "200 of 50,052 shown · Show 200 more", or nothing once every row is shown. */
export function ShowMore({ shown, total, onMore }: { shown: number; total: number; onMore: () => void }) {
  if (shown >= total) return null;
  return (
    <p className="mw-show-more">
      <span className="mw-muted">
        {shown.toLocaleString('en')} of {total.toLocaleString('en')} shown
      </span>{' '}
      <button type="button" className="mw-button" onClick={onMore}>
        Show {Math.min(PAGE_ROWS, total - shown).toLocaleString('en')} more
      </button>
    </p>
  );
}
