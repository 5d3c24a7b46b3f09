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

  it('refuses a pattern without the g flag, which would never advance', () => {
    expect(() => matchAll(/\d+/, '12')).toThrow(/g flag/);
  });
});
