// toArticle on the seed files, and how ingest holds a corpus's texts in memory (one-byte or two-byte).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { asTwoByte, mostlyTwoByte, toArticle, toArticleId } from '../../lib/ingest/to-article';
import { stripMarkup } from '../../lib/ingest/strip-markup';
import { ingestInputs } from '../../lib/ingest/ingest-inputs';
import { readCorpus } from '../../lib/io/read-corpus';

/** How V8 holds a string, read from its serialisation: the tag after the header and any padding to align it. */
function storage(text: string): 'one-byte' | 'two-byte' {
  const bytes = serialize(text);
  let at = 2;
  while (bytes[at] === 0x00) at++;
  const tag = bytes[at];
  if (tag === 0x22) return 'one-byte';
  if (tag === 0x63) return 'two-byte';
  throw new Error(`unexpected serialisation tag ${tag}`);
}

const SEEDS = 'seeds';
const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

describe('asTwoByte', () => {
  it('keeps every character and holds plain ASCII as two-byte, as a curly quote would', () => {
    for (const text of ['', 'Police detained 40 people.', 'Protesters in Kraków said “enough”.']) {
      const held = asTwoByte(text);
      expect(held).toBe(text);
      if (text) expect(storage(held)).toBe('two-byte');
    }
    // the premise: V8 holds ASCII text one byte per character unless told otherwise
    expect(storage('Police detained 40 people.')).toBe('one-byte');
  });

  it('passes the representation on to slices, as sentences and words are taken', () => {
    const text = asTwoByte('Thousands marched in the capital on Sunday, witnesses said.');
    expect(storage(text.slice(0, 34))).toBe('two-byte');
    expect(storage(text.slice(10, 17))).toBe('two-byte');
  });
});

describe('toArticle on the seeds', () => {
  it('holds each seed as the text stripMarkup gives, two-byte when asked, with its title from that text', () => {
    expect(seedFiles).toHaveLength(5);
    for (const file of seedFiles) {
      const decoded = readFileSync(join(SEEDS, file), 'utf8');
      for (const twoByte of [false, true]) {
        const article = toArticle(file, decoded, '0'.repeat(64), twoByte);
        expect(article.id).toBe(toArticleId(file));
        expect(article.text).toBe(stripMarkup(decoded, file).text);
        if (twoByte) expect(storage(article.text)).toBe('two-byte');
        expect(article.title.length).toBeGreaterThan(10);
        expect(article.text).toContain(article.title);
      }
    }
  });
});

describe('one way of holding a whole corpus', () => {
  const STRAIGHT = 'Police detained 40 people in the capital.';
  const CURLY = 'Protesters said “enough” in the capital.';

  it('mostlyTwoByte weighs the texts by length', () => {
    expect(mostlyTwoByte([])).toBe(false);
    expect(mostlyTwoByte([STRAIGHT, STRAIGHT, CURLY])).toBe(false);
    expect(mostlyTwoByte([STRAIGHT, CURLY, CURLY])).toBe(true);
    // Latin-1 letters ("é") are held one byte a character too
    expect(mostlyTwoByte(['Protesters gathered in Besançon and Liège.'])).toBe(false);
    expect(mostlyTwoByte([STRAIGHT, `${CURLY} ${STRAIGHT.repeat(3)}`])).toBe(true);
  });

  it('the seeds, curly-quoted, are all held as two-byte; a plain-ASCII corpus stays one-byte', () => {
    const seeds = ingestInputs(readCorpus(SEEDS)).articles;
    expect(seeds).toHaveLength(5);
    for (const a of seeds) expect(storage(a.text)).toBe('two-byte');
    const ascii = ingestInputs(
      [STRAIGHT, STRAIGHT, CURLY].map((text, i) => ({
        file: `${i}.txt`,
        bytes: new TextEncoder().encode(`Report ${i}\n\n${text}\n`),
        error: null,
        bytesOnDisk: 0,
        truncated: false,
      })),
    ).articles;
    expect(ascii.map((a) => storage(a.text))).toEqual(['one-byte', 'one-byte', 'two-byte']);
  });
});
