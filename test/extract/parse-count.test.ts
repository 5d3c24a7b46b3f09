import { describe, expect, it } from 'vitest';
import { parseCount } from '../../lib/extract/parse-count';
import type { Figure } from '../../lib/types';

const cases: Array<[phrase: string, expected: Figure | null]> = [
  ['more than 3,000', { value: 3000, qualifier: 'more-than' }],
  ['over 700', { value: 700, qualifier: 'more-than' }],
  ['some 20,000', { value: 20000, qualifier: 'about' }],
  ['about 2,500', { value: 2500, qualifier: 'about' }],
  ['as many as 20,000', { value: 20000, qualifier: 'up-to' }],
  ['at least 26', { value: 26, qualifier: 'at-least' }],
  ['dozens', { value: 24, qualifier: 'vague' }],
  ['hundreds', { value: 200, qualifier: 'vague' }],
  ['a thousand', { value: 1000, qualifier: 'exact' }],
  ['6.7 thousand', { value: 6700, qualifier: 'exact' }],
  ['6,000+', { value: 6000, qualifier: 'more-than' }],
  ['between 200 and 300', { value: 200, qualifier: 'range', max: 300 }],
  ['18', { value: 18, qualifier: 'exact' }],
  ['two hundred', { value: 200, qualifier: 'exact' }],
  ['a dozen', { value: 12, qualifier: 'exact' }],
  ['about five thousand', { value: 5000, qualifier: 'about' }],
  ['twenty-five', { value: 25, qualifier: 'exact' }],
  ['', null],
  ['many', null],
];

describe('parseCount', () => {
  it.each(cases)('reads "%s"', (phrase, expected) => {
    expect(parseCount(phrase)).toEqual(expected);
  });
});
