// Reading dates with case-explicit patterns changes no result: the twins match exactly what the i-flag patterns
// match, and chrono's parse gives the same results through them on the seeds, the fixtures and crafted dates.
import * as chrono from 'chrono-node';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCasualDates, SLOW_TO_COMPILE } from '../../lib/extract/casual-dates';
import { splitSentences } from '../../lib/extract/split-sentences';
import { toCaseExplicitPattern } from '../../lib/extract/to-case-explicit-pattern';
import { ingestInputs } from '../../lib/ingest/ingest-inputs';
import { readCorpus } from '../../lib/io/read-corpus';
import { articleOf } from './article-of';

/** Sentences with the phrases the rewritten parsers read, in every case and around non-ASCII letters. */
const CRAFTED = [
  'Two days ago, police detained 300 people; A WEEK EARLIER the cabinet resigned.',
  'About 3 hours and 20 minutes later the internet was restored, and a few days after that troops left.',
  'Half an hour before, several weeks earlier, a couple of months later — “ago” in quotes.',
  'Protesters gathered in Łódź 2 days ago; in Ağrı, 5 Days Later, the curfew was lifted.',
  'The \u212aelvin sign and long \u017f in "3 day\u017f ago" are not ASCII letters.',
  'On 5 January 2022 at 10:30 and on Friday, 7 Jan., and yesterday morning.',
  'Fighting broke out eleven minutes later, a week from now, within 24 hours, in the past day.',
];

function sentences(): string[] {
  const files = [...readCorpus('seeds'), ...readCorpus('test/fixtures/hostile/articles')];
  const urdupoint = articleOf(readFileSync('test/fixtures/ingest/urdupoint-head.txt', 'utf8'));
  const articles = [...ingestInputs(files).articles, urdupoint];
  return [...articles.flatMap((a) => splitSentences(a).map((s) => s.text)), ...CRAFTED];
}

/** What a parse result says: where, which words, and every component of both ends with its certainty. */
function summary(r: chrono.ParsedResult) {
  const ends = [r.start, ...(r.end ? [r.end] : [])];
  const parts = ['year', 'month', 'day', 'weekday', 'hour', 'minute', 'second', 'meridiem', 'timezoneOffset'] as const;
  return { index: r.index, text: r.text, ends: ends.map((c) => parts.map((p) => [p, c.get(p), c.isCertain(p)])) };
}

/** Every match of a pattern from every position: index, text and groups. */
function allMatches(re: RegExp, text: string) {
  const out: Array<{ index: number; groups: Array<string | undefined> } | null> = [];
  for (let from = 0; from <= text.length; from++) {
    re.lastIndex = 0;
    const m = re.exec(text.slice(from));
    out.push(m ? { index: m.index + from, groups: [...m] } : null);
  }
  return out;
}

const chronoPatterns = chrono.casual.parsers.map((p) => p.pattern({ option: {}, text: '' } as unknown as chrono.ParsingContext));

describe('toCaseExplicitPattern', () => {
  it('spells every chrono English pattern without the i flag, and each twin matches what its pattern matches', () => {
    const texts = sentences();
    for (const re of chronoPatterns) {
      const twin = toCaseExplicitPattern(re);
      expect(twin, String(re)).not.toBeNull();
      expect(twin!.flags).toBe(re.flags.replace('i', ''));
      for (const text of texts) expect(twin!.exec(text)?.slice(), `${re} on ${text}`).toEqual(re.exec(text)?.slice());
    }
  });

  it('matches what the i-flag pattern matches on any text, cased and non-ASCII letters included', () => {
    const patterns = [
      ...chronoPatterns.filter((re) => re.source.length < 900),
      /[a-f]+[^x-z]\b[A-C_]|\x2db|[\dk-]\s(?:Ago|later)(?=\W|$)/i,
      /(\W|^)(?:on\s{0,3})?([0-9]{1,2})(?:st|nd|rd|th)?\s*(jan|feb)\.?/gi,
    ];
    const alphabet = fc.constantFrom(...'aAbBcCkKsSxXyYzZ019 .,-_\u017f\u212a\u0131\u0130éÉ’\n'.split(''), 'ago', 'AGO', 'days', 'Later', 'jan', 'FEB', '2 ', ' 3rd ');
    for (const re of patterns) {
      const twin = toCaseExplicitPattern(re)!;
      fc.assert(
        fc.property(fc.array(alphabet, { maxLength: 24 }).map((parts) => parts.join('')), (text) => {
          expect(allMatches(twin, text)).toEqual(allMatches(re, text));
        }),
        { numRuns: 150 },
      );
    }
  });

  it('gives no twin for what it cannot spell', () => {
    const unspellable = [
      /abc/, /abc/iu, /(a)\1/i, /\cJ/i, /(?<word>a)/i, /[0-z]/i, /[!-Z]/i, /é/i, /\p/i, /[a-\x7a]/i,
      // ranges that start on an escape, escapes that stand for a cased character or for the letter B
      /[\x40-\x5b]/i, /[\u0040-\u005b]/i, /[\0-Z]/i, /[\x20-Z]/i, /[\]-b]/i, /[\x00-\xd7]/i, /\é/i, /\µ/i, /[\B]/i, /\x41/i,
    ];
    for (const re of unspellable) {
      expect(toCaseExplicitPattern(re), String(re)).toBeNull();
    }
    expect(toCaseExplicitPattern(/(?<=in )(?<!x)[^a-c](\d)/i)!.source).toBe('(?<=[iI][nN] )(?<![xX])[^a-cA-C](\\d)');
  });
});

describe('parseCasualDates', () => {
  it('rewrites the parsers it names, so a renamed parser in a new chrono is noticed', () => {
    const names = chrono.casual.parsers.map((p) => p.constructor.name);
    for (const name of SLOW_TO_COMPILE) expect(names, name).toContain(name);
  });

  it('gives what chrono.parse gives, with and without a reference', () => {
    const instant = new Date(Date.UTC(2022, 0, 7, 12));
    let results = 0;
    for (const text of sentences()) {
      const expected = chrono.parse(text, { instant, timezone: 0 }).map(summary);
      expect(parseCasualDates(text, { instant, timezone: 0 }).map(summary), text).toEqual(expected);
      results += expected.length;
    }
    // the comparison saw dates of every kind the rewritten parsers read
    expect(results).toBeGreaterThan(40);
    expect(parseCasualDates(CRAFTED[0]!, { instant, timezone: 0 }).map((r) => r.text)).toEqual(['Two days ago', 'A WEEK EARLIER']);
    expect(parseCasualDates('Aug. 11, 2020').map(summary)).toEqual(chrono.parse('Aug. 11, 2020').map(summary));
  });
});
