// Article → sentences with offsets, paragraph index and zone; page furniture is cut out, never returned.
import nlp from 'compromise';
import type { Article, Span } from '../types';

export type Zone = 'body' | 'title' | 'caption';

export interface Sentence extends Span {
  /** Index of the line (paragraph) the sentence sits in; sentences of one paragraph share it. */
  paragraph: number;
  zone: Zone;
  text: string;
}

/** Removes the parts of [start, end) covered by the spans; returns what is left, in order. */
function subtract(start: number, end: number, holes: readonly Span[]): Span[] {
  let pieces: Span[] = [{ start, end }];
  for (const h of holes) {
    if (h.end <= start || h.start >= end) continue;
    pieces = pieces.flatMap((p) => {
      if (h.end <= p.start || h.start >= p.end) return [p];
      const out: Span[] = [];
      if (h.start > p.start) out.push({ start: p.start, end: h.start });
      if (h.end < p.end) out.push({ start: h.end, end: p.end });
      return out;
    });
  }
  return pieces;
}

function zoneOf(article: Article, s: Span): Zone {
  const t = article.titleSpan;
  if (t.end > t.start && s.start < t.end && s.end > t.start) return 'title';
  if (article.captions.some((c) => s.start >= c.start && s.end <= c.end)) return 'caption';
  return 'body';
}

/**
 * Splits the article into sentences: each line is a paragraph, compromise finds the sentence breaks
 * inside it ("U.S." and "Aug. 11" do not end a sentence), and furniture spans are cut out first.
 * Captions are split at their own boundaries so a caption sentence never runs into the body.
 */
export function splitSentences(article: Article): Sentence[] {
  const { text } = article;
  const out: Sentence[] = [];
  const breaks = [...article.captions.flatMap((c) => [c.start, c.end]), article.titleSpan.start, article.titleSpan.end];
  let paragraph = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (text.slice(lineStart, lineEnd).trim()) {
      for (const piece of subtract(lineStart, lineEnd, article.furniture)) {
        // caption and title edges split a line too ("…in Aktobe. Video taken…" stays apart from the body)
        const cuts = [piece.start, ...breaks.filter((b) => b > piece.start && b < piece.end).sort((x, y) => x - y), piece.end];
        for (let i = 0; i + 1 < cuts.length; i++) {
          pushSentences(text, cuts[i] ?? 0, cuts[i + 1] ?? 0, paragraph, article, out);
        }
      }
      paragraph++;
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

function pushSentences(text: string, start: number, end: number, paragraph: number, article: Article, out: Sentence[]): void {
  const chunk = text.slice(start, end);
  if (!chunk.trim()) return;
  // tokenize() finds sentence breaks without tagging every word: about 40 times faster than nlp()
  const found = nlp.tokenize(chunk).json({ offset: true }) as Array<{ offset?: { start: number; length: number } }>;
  const spans: Span[] = [];
  for (const s of found) {
    if (!s.offset) continue;
    spans.push({ start: start + s.offset.start, end: start + s.offset.start + s.offset.length });
  }
  if (spans.length === 0) spans.push({ start, end });
  // compromise offsets skip leading whitespace; stretch each sentence to the next so no text is lost
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    const next = spans[i + 1];
    let a = i === 0 ? start : s.start;
    let b = next ? next.start : end;
    while (a < b && /\s/.test(text[a] ?? '')) a++;
    while (b > a && /\s/.test(text[b - 1] ?? '')) b--;
    if (b > a) out.push({ start: a, end: b, paragraph, zone: zoneOf(article, { start: a, end: b }), text: text.slice(a, b) });
  }
}
