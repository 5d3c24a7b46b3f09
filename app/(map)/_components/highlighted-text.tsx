import type { ReactNode } from 'react';

export interface HighlightRange {
  start: number;
  end: number;
}

/**
 * Renders `text.slice(start, end)` with the given ranges wrapped in <mark>. Article text is untrusted, so it is only
 * ever rendered as React text nodes.
 */
export function HighlightedText({
  text,
  start,
  end,
  ranges,
}: {
  text: string;
  start: number;
  end: number;
  ranges: readonly HighlightRange[];
}) {
  const parts: ReactNode[] = [];
  let at = start;
  const sorted = ranges
    .filter((r) => r.end > start && r.start < end)
    .toSorted((a, b) => a.start - b.start);
  for (const range of sorted) {
    const from = Math.max(range.start, at);
    const to = Math.min(range.end, end);
    if (to <= from) continue;
    if (from > at) parts.push(text.slice(at, from));
    parts.push(<mark key={from}>{text.slice(from, to)}</mark>);
    at = to;
  }
  if (at < end) parts.push(text.slice(at, end));
  return <>{parts}</>;
}
