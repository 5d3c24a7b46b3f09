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
 * Splits the article into sentences: each line is a paragraph, compromise's splitter finds the sentence breaks
 * inside it ("U.S." and "Aug. 11" do not end a sentence), and furniture spans are cut out first.
 * Captions are split at their own boundaries so a caption sentence never runs into the body.
 */
export function splitSentences(article: Article): Sentence[] {
  const cached = splitCache.get(article);
  if (cached) return [...cached];
  const out = split(article);
  splitCache.set(article, out);
  return [...out];
}

/**
 * Sentences already found, by article: the reference dates read an article twice and extraction once more, and an
 * Article is never changed once made. Weak, so an article's sentences go when it does.
 */
const splitCache = new WeakMap<Article, readonly Sentence[]>();

function split(article: Article): Sentence[] {
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
        // caption and title edges split a line too ("…in Lviv. Video taken…" stays apart from the body)
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

/** compromise's own sentence splitter, without the tokenizer around it: the same breaks, about six times faster. */
type SplitFn = (text: string, world: unknown) => string[];
const SPLIT: SplitFn = (nlp.methods() as { one: { tokenize: { splitSentences: SplitFn } } }).one.tokenize.splitSentences;
const WORLD: unknown = nlp.world();

/**
 * Longest sentence passed on, in UTF-16 units. News sentences run to a few hundred characters; text without
 * full stops (a 200,000-word line) is cut at spaces into pieces this long, so every later step does bounded
 * work per sentence and the whole article stays linear.
 */
const MAX_SENTENCE_CHARS = 2_000;

/** A sentence longer than MAX_SENTENCE_CHARS, cut after its last comma, semicolon or space before the limit. */
function boundPiece(piece: string): string[] {
  if (piece.length <= MAX_SENTENCE_CHARS) return [piece];
  const out: string[] = [];
  let rest = piece;
  while (rest.length > MAX_SENTENCE_CHARS) {
    const head = rest.slice(0, MAX_SENTENCE_CHARS);
    const soft = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '));
    const cut = soft > MAX_SENTENCE_CHARS / 2 ? soft + 2 : head.lastIndexOf(' ') > 0 ? head.lastIndexOf(' ') + 1 : MAX_SENTENCE_CHARS;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest) out.push(rest);
  return out;
}

function pushSentences(text: string, start: number, end: number, paragraph: number, article: Article, out: Sentence[]): void {
  const chunk = text.slice(start, end);
  if (!chunk.trim()) return;
  // the pieces cover the chunk end to end ("U.S." and "Aug. 11" do not end a sentence), so offsets are running sums
  const found = SPLIT(chunk, WORLD);
  // should the splitter ever rewrite text, offsets would drift: keep the chunk as one sentence instead
  const pieces = found.join('') === chunk ? found : [chunk];
  let at = start;
  for (const piece of pieces.flatMap(boundPiece)) {
    let a = at;
    let b = at + piece.length;
    at = b;
    while (a < b && /\s/.test(text[a] ?? '')) a++;
    while (b > a && /\s/.test(text[b - 1] ?? '')) b--;
    if (b > a) out.push({ start: a, end: b, paragraph, zone: zoneOf(article, { start: a, end: b }), text: text.slice(a, b) });
  }

}
