// Text that is really an HTML page or Markdown → the plain text a reader sees.
// Hand-written on purpose: we need only the visible text with paragraph breaks, not a DOM,
// and a tolerant regex pass never throws on the broken HTML that scrapers save.
import { decodeHTML } from 'entities';

export type Markup = 'html' | 'markdown' | 'plain';

/** Elements whose content is never visible text. */
const INVISIBLE = /<(script|style|noscript|template|svg|head|iframe|object)\b[\s\S]*?<\/\1\s*>/gi;
/** Elements that start a new paragraph. */
const BLOCK = /<\/?(p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|aside|nav|blockquote|figure|figcaption|pre|hr)\b[^>]*>/gi;

/** Sniffs how a text file is marked up. */
export function detectMarkup(text: string, fileName = ''): Markup {
  const head = text.slice(0, 4096).toLowerCase();
  if (/\.html?$/i.test(fileName) || /<!doctype html|<html[\s>]|<body[\s>]/.test(head)) return 'html';
  const tags = head.match(/<\/?(p|div|span|a|br|h[1-6]|script|li)\b[^>]*>/g)?.length ?? 0;
  if (tags >= 5) return 'html';
  if (/\.(md|markdown)$/i.test(fileName) || /^(#{1,6} |\* |- |> )/m.test(head) && /\[[^\]]+\]\([^)]+\)|^#{1,6} /m.test(head)) {
    return 'markdown';
  }
  return 'plain';
}

/** HTML → visible text, paragraphs separated by blank lines, entities decoded. */
export function stripHtml(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(INVISIBLE, ' ')
    .replace(BLOCK, '\n\n')
    .replace(/<[^>]*>/g, '');
  return tidy(decodeHTML(text));
}

/** Markdown → text: headings, emphasis, links and images reduced to their words. */
export function stripMarkdown(md: string): string {
  const text = md
    .replace(/^```[\s\S]*?^```/gm, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^>\s?/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|\W)[*_]([^*_\n]+)[*_](?=\W|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
  return tidy(text);
}

function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Applies whichever stripping the text needs. */
export function stripMarkup(text: string, fileName = ''): { text: string; markup: Markup } {
  const markup = detectMarkup(text, fileName);
  if (markup === 'html') return { text: stripHtml(text), markup };
  if (markup === 'markdown') return { text: stripMarkdown(text), markup };
  return { text, markup };
}
