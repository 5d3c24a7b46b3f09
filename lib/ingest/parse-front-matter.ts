// An optional front-matter block at the top of an article → its fields and where the body starts.
// like - "---\nurl: https://example.org/a\noutlet: Example News\npublished: 2022-01-07\n---\nTitle..."
import type { Span } from '../types';

export interface FrontMatter {
  fields: { title?: string; outlet?: string; author?: string; published?: string; url?: string };
  span: Span | null;
  bodyStart: number;
}

/** Longest front matter we look for, in characters; a longer block is probably not metadata. */
const MAX_FRONT_MATTER_CHARS = 4000;
const KEYS = new Set(['title', 'outlet', 'author', 'published', 'url']);

/**
 * "2022-01-07" is a day of the calendar; "2022-13-45" is not, and would make every date counted from it
 * invalid downstream: such a field is ignored like a missing one.
 */
function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T12:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function parseFrontMatter(text: string): FrontMatter {
  const none: FrontMatter = { fields: {}, span: null, bodyStart: 0 };
  if (!text.startsWith('---\n')) return none;
  const close = text.indexOf('\n---', 4);
  if (close < 0 || close > MAX_FRONT_MATTER_CHARS) return none;
  const fields: FrontMatter['fields'] = {};
  for (const line of text.slice(4, close).split('\n')) {
    const m = /^([a-z_]+):\s*(.*?)\s*$/i.exec(line);
    const key = m?.[1]?.toLowerCase();
    const value = m?.[2]?.replace(/^["']|["']$/g, '');
    if (!key || !value || !KEYS.has(key)) continue;
    if (key === 'published' && !isCalendarDate(value.slice(0, 10))) continue;
    fields[key as keyof FrontMatter['fields']] = key === 'published' ? value.slice(0, 10) : value;
  }
  const end = close + 4;
  return { fields, span: { start: 0, end }, bodyStart: end };
}
