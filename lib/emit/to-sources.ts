// Article[] → sources.json records (the contract's fields, plus the text the dashboard quotes from).
import type { Article } from '../types';

export interface SourceRecord {
  id: string;
  file: string;
  title: string;
  outlet: string | null;
  author: string | null;
  published: string | null;
  sha256: string;
  chars: number;
  /** Full decoded text: every offset in places and incidents slices it (UTF-16 units). */
  text: string;
}

export function toSources(articles: readonly Article[]): SourceRecord[] {
  return articles
    .map((a) => ({
      id: a.id,
      file: a.file,
      title: a.title,
      outlet: a.outlet,
      author: a.author,
      published: a.published,
      sha256: a.sha256,
      chars: a.text.length,
      text: a.text,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
