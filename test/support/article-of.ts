// Builds a minimal Article around a text, for stage tests that start after ingest.
import type { Article } from '../../lib/types';

export function articleOf(text: string, zones: Partial<Article> = {}): Article {
  const firstLine = text.split('\n', 1)[0] ?? '';
  return {
    id: zones.id ?? 'test',
    file: 'test.txt',
    sha256: '0'.repeat(64),
    text,
    title: firstLine,
    titleSpan: { start: 0, end: firstLine.length },
    outlet: null,
    author: null,
    published: null,
    dateline: null,
    furniture: [],
    captions: [],
    ...zones,
  };
}
