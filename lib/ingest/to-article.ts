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

/** A character past Latin-1: V8 holds a text that has one as two bytes a character, others as one. */
const PAST_LATIN1 = /[^\x00-\xff]/;

/**
 * Whether most of a corpus's text has a character past Latin-1 (a curly quote, a dash, "Ł"), so that V8 holds
 * it as two-byte strings. V8 compiles each regular expression separately for one-byte and two-byte strings:
 * a corpus that mixes both has every pattern compiled twice, unless all its articles are held one way. Only
 * two-byte can hold them all; when most of the text is held that way already, the rest is held so too
 * (asTwoByte). When most is one-byte, it stays so: patterns run a little faster on one-byte text.
 */
export function mostlyTwoByte(texts: readonly string[]): boolean {
  let twoByte = 0;
  let all = 0;
  for (const text of texts) {
    all += text.length;
    if (PAST_LATIN1.test(text)) twoByte += text.length;
  }
  return twoByte * 2 > all;
}

/** The same text, held by V8 as two-byte characters; sentences and words sliced from it stay two-byte. */
export function asTwoByte(text: string): string {
  // a concatenation with a character past Latin-1, flattened and sliced off again
  return `\u2019${text}`.slice(1);
}

/**
 * Builds an Article from decoded text. `sha256` is of the raw bytes, so the manifest and
 * sources.json name the file as it is on disk. `twoByte`: hold the text as two-byte (see mostlyTwoByte).
 */
export function toArticle(file: string, decoded: string, sha256: string, twoByte = false): Article {
  const stripped = stripMarkup(decoded, file).text;
  const text = twoByte ? asTwoByte(stripped) : stripped;
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
