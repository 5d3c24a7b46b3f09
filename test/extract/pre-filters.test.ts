// The shortcuts of extraction change no result: each pre-filter passes every sentence its patterns match, and an
// ASCII twin finds exactly the matches of its u-flag pattern, on the real text of the seeds and fixtures.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../lib/io/read-corpus';
import { ingestInputs } from '../../lib/ingest/ingest-inputs';
import { splitSentences } from '../../lib/extract/split-sentences';
import { ACTOR_PRE_FILTERS } from '../../lib/extract/find-actors';
import { FIGURE_PRE_FILTERS } from '../../lib/extract/find-figures';
import { needsUnicodeFlag } from '../../lib/extract/needs-unicode-flag';
import { toAsciiPattern } from '../../lib/extract/to-ascii-pattern';
import { matchAll } from '../../lib/extract/match-all';
import { articleOf } from './article-of';

/** Sentences that do hold what the patterns look for, in ASCII and not, so that every pattern is exercised. */
const CRAFTED = [
  'Police detained more than 3,700 people, the interior ministry said.',
  'At least 26 demonstrators had been killed and over 1,000 injured, according to Reuters.',
  'Security forces arrested dozens of activists in Grodno on Sunday.',
  'The death toll rose to 225, officials told AFP.',
  'The number of people detained reached 6,700, Euronews reported.',
  'A journalist from the Polish television station Belsat was detained.',
  'Alexander Vikhor, 25, died in custody.',
  'A crowd of some 20,000 gathered in the square; about 2,500 soldiers were deployed.',
  'The CSTO sent troops after Russian troops arrived; NATO said it was watching.',
  'Tikhanovskaya, who has claimed victory, told reporters she would stay in Vilnius.',
  'In Kraków and Łódź, twelve protesters were arrested, Gazeta Wyborcza reported.',
  'Łukasz Kowalski said that \u017fix people were killed in Kyiv.',
  'Around 5 \u212a protesters — “hundreds”, says the ÖVP — rallied in Wien 🙂 on Monday.',
  'Zelensky has also requested help from the EU.',
];

function realSentences(): string[] {
  const files = [...readCorpus('seeds'), ...readCorpus('test/fixtures/hostile/articles')];
  const { articles } = ingestInputs(files);
  const texts = articles.flatMap((a) => splitSentences(a).map((s) => s.text));
  const urdupoint = articleOf(readFileSync('test/fixtures/ingest/urdupoint-head.txt', 'utf8'));
  return [...texts, ...splitSentences(urdupoint).map((s) => s.text), ...CRAFTED];
}

/** Matches as [index, text], from the engine's own matchAll on a copy of the pattern (no twin, no shortcut). */
function reference(re: RegExp, text: string): Array<[number, string]> {
  return [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => [m.index ?? 0, m[0]]);
}

const sentences = realSentences();
const preFilters = [...ACTOR_PRE_FILTERS, ...FIGURE_PRE_FILTERS];

describe('extraction pre-filters', () => {
  it('read enough real text to mean something', () => {
    expect(sentences.length).toBeGreaterThan(100);
  });

  it.each(preFilters.map((f, i) => [i, f.gate.source.slice(0, 60), f] as const))('gate %i (%s) passes every sentence its patterns match', (_, __, f) => {
    let matched = 0;
    for (const s of sentences) {
      const hits = f.patterns.filter((re) => reference(re, s).length > 0);
      if (!hits.length) continue;
      matched++;
      expect(f.gate.test(s), `${f.gate} on "${s}"`).toBe(true);
    }
    // the crafted sentences make every gate meet at least one sentence its patterns match
    expect(matched).toBeGreaterThan(0);
  });
});

describe('ASCII twins', () => {
  const unicodePatterns = [...new Set(preFilters.flatMap((f) => [f.gate, ...f.patterns]))].filter((re) => re.unicode);
  const CAP = "[A-Z\\p{Lu}][\\p{L}’'-]*[\\p{L}]";
  unicodePatterns.push(
    new RegExp(`(?<![\\p{L}’'-])${CAP}(?:\\s+${CAP}){1,2}`, 'gu'),
    new RegExp(`${CAP}(?:\\s+(?:(?:of|for|and|the|on|de)\\s+)*${CAP})*`, 'gu'),
    /\b(?:journalists|reporters|photographers)\b/giu,
    /\b[Tt]he (?:[\p{Lu}][\p{L}]+ )?[Pp]resident(?: of [\p{Lu}][\p{L}]+)?(?!\s+[\p{Lu}])/gu,
  );

  it('exist for every u-flag pattern of the pre-filters', () => {
    for (const re of unicodePatterns) expect(toAsciiPattern(re), String(re)).not.toBeNull();
  });

  it('find exactly the matches of the u-flag pattern wherever needsUnicodeFlag is false', () => {
    let compared = 0;
    for (const re of unicodePatterns) {
      const global = re.global ? re : new RegExp(re.source, `${re.flags}g`);
      const twin = toAsciiPattern(global)!;
      for (const s of sentences) {
        if (needsUnicodeFlag(s)) continue;
        compared++;
        expect([...s.matchAll(twin)].map((m) => [m.index ?? 0, m[0]]), `${re} on "${s}"`).toEqual(reference(global, s));
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('leave matchAll giving what the engine gives, on ASCII text and on text that needs the u flag', () => {
    for (const re of unicodePatterns.filter((r) => r.global)) {
      for (const s of sentences) expect(matchAll(re, s).map((m) => [m.index ?? 0, m[0]])).toEqual(reference(re, s));
    }
  });

  it('are spelled in ASCII', () => {
    expect(toAsciiPattern(/(?<![\p{L}-])[A-Z\p{Lu}][\p{L}-]+\p{Lu}/gu)?.source).toBe('(?<![A-Za-z-])[A-ZA-Z][A-Za-z-]+[A-Z]');
    expect(toAsciiPattern(/\p{Lu}{2,6}/gu)?.flags).toBe('g');
    expect(toAsciiPattern(/\p{Script=Latin}/u)).toBeNull();
    expect(toAsciiPattern(/[a-z]+/g)).toBeNull();
  });
});

describe('needsUnicodeFlag', () => {
  const cases: Array<[text: string, needs: boolean]> = [
    ['Police detained 40 people in Lviv.', false],
    ['“We will not leave,” she said — on 9–13 August, for €5.', false],
    ['Protests in Kraków and Łódź', true],
    ['Прокуратура заявила', true],
    ['\u017fix people', true], // folds to "six" under /iu
    ['5 \u212a', true], // the Kelvin sign folds to "k" under /iu
    ['a flag 🙂 in the text', true], // one code point, two code units
    ['', false],
  ];
  it.each(cases)('%j → %s', (text, needs) => {
    expect(needsUnicodeFlag(text)).toBe(needs);
  });
});
