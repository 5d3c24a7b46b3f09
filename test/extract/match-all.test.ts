import { describe, expect, it } from 'vitest';
import { matchAll } from '../../lib/extract/match-all';

const cases: Array<[pattern: RegExp, text: string, expected: string[]]> = [
  [/\d+/g, 'at least 26 killed, 3,700 held', ['26', '3', '700']],
  [/\b\p{Lu}\p{L}+/gu, 'Police in Minsk and Brest', ['Police', 'Minsk', 'Brest']],
  [/x*/g, 'ab', ['', '', '']],
  [/\p{L}*/gu, '😀a', ['', 'a', '']],
];

describe('matchAll', () => {
  it.each(cases)('finds what String.prototype.matchAll finds: %s in "%s"', (re, text, expected) => {
    expect(matchAll(re, text).map((m) => m[0])).toEqual(expected);
    expect(matchAll(re, text).map((m) => m.index)).toEqual([...text.matchAll(re)].map((m) => m.index));
    expect(re.lastIndex).toBe(0);
  });

  it('gives the u-flag matches on texts with and without letters past ASCII, across the memo starting over', () => {
    const re = /\b\p{Lu}\p{L}+/gu;
    // 3,000 distinct texts, visited twice in turn as extraction does: past the memo's size, some are rechecked
    const texts = Array.from({ length: 3000 }, (_, i) => (i % 3 === 0 ? `Police in Łódź ${i}` : i % 3 === 1 ? `Police in Lodz ${i}` : `“Kyiv” ${i}`));
    for (const pass of [1, 2]) {
      for (const text of texts) expect(matchAll(re, text).map((m) => m[0]), `${text} (pass ${pass})`).toEqual([...text.matchAll(re)].map((m) => m[0]));
    }
  });

  it('refuses a pattern without the g flag, which would never advance', () => {
    expect(() => matchAll(/\d+/, '12')).toThrow(/g flag/);
  });
});
