// Decoded text of one file → Article: markup stripped, front matter read, zones marked.
import { createHash } from 'node:crypto';
import type { Article } from '../types';
import { stripMarkup } from './strip-markup';
import { findZones } from './find-zones';
import { parseFrontMatter } from './parse-front-matter';

/** The file name without its extension: "000_48fb.txt" → "000_48fb". */
export function toArticleId(file: string): string {
  const base = file.split('/').pop() ?? file;
  return base.replace(/\.[^.]+$/, '') || base;
}

/**
 * The same text, held by V8 as two-byte characters. V8 compiles each regular expression separately for
 * one-byte and two-byte strings, and a corpus mixes both (an article with a curly quote is two-byte, one in
 * plain ASCII is not): holding every article's text one way halves what the analysis compiles. Sentences and
 * words sliced from it stay two-byte.
 */
export function asTwoByte(text: string): string {
  // a concatenation with a character outside Latin-1, flattened and sliced off again
  return `\u2019${text}`.slice(1);
}

/**
 * Builds an Article from decoded text. `sha256` is of the raw bytes, so the manifest and
 * sources.json name the file as it is on disk.
 */
export function toArticle(file: string, decoded: string, sha256: string): Article {
  const text = asTwoByte(stripMarkup(decoded, file).text);
  const front = parseFrontMatter(text);
  const zones = findZones(text, front.bodyStart);
  const furniture = front.span ? [{ ...front.span, kind: 'byline' as const }, ...zones.furniture] : zones.furniture;
  return {
    id: toArticleId(file),
    file,
    sha256,
    text,
    title: front.fields.title ?? text.slice(zones.title.start, zones.title.end),
    titleSpan: zones.title,
    outlet: front.fields.outlet ?? zones.outlet,
    author: front.fields.author ?? zones.author,
    published: front.fields.published ?? zones.published,
    dateline: zones.dateline,
    furniture,
    captions: zones.captions,
  };
}

/** sha256 of bytes, hex. */
export function toSha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
