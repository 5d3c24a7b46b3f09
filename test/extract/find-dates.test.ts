import { describe, expect, it } from 'vitest';
import { findDates } from '../../lib/extract/find-dates';
import type { DateReference } from '../../lib/extract/find-dates';

const friday: DateReference = { date: '2022-01-07', basis: 'anchor' };
const none: DateReference = { date: null, basis: 'none' };

const cases: Array<[sentence: string, ref: DateReference, expected: Array<[text: string, date: string | null]>]> = [
  ['Kazakhstan’s interior ministry said on Friday that 26 people were killed', friday, [['on Friday', '2022-01-07']]],
  ['The troops have arrived late Thursday night.', friday, [['late Thursday night', '2022-01-06']]],
  ['more than 1,000 people have been injured in the protests since Sunday', friday, [['Sunday', '2022-01-02']]],
  ['On Wednesday, Tokayev removed him from his post', friday, [['On Wednesday', '2022-01-05']]],
  ['Several airports were also closed this week.', friday, [['this week', null]]],
  ['anti-government protesters occupied it earlier this week.', friday, [['earlier this week', null]]],
  ['On January 4, 2022, people rallied to protest', none, [['January 4, 2022', '2022-01-04']]],
  ['On 5 January, President Tokayev dismissed the cabinet', friday, [['On 5 January', '2022-01-05']]],
  // nothing anchors a weekday or a year-less date: kept as words, never guessed from the clock
  ['Kazakhstan’s interior ministry said on Friday that 26 people were killed', none, [['on Friday', null]]],
  ['On 5 January, President Tokayev dismissed the cabinet', none, [['On 5 January', null]]],
];

describe('findDates', () => {
  it.each(cases)('dates %j', (sentence, ref, expected) => {
    expect(findDates(sentence, ref).map((h) => [h.text, h.date])).toEqual(expected);
  });

  it('resolves "yesterday" only against a real publication date', () => {
    expect(findDates('Police detained 40 people yesterday.', { date: '2020-08-12', basis: 'published' })[0]?.date).toBe('2020-08-11');
    expect(findDates('Police detained 40 people yesterday.', { date: '2020-08-12', basis: 'anchor' })[0]?.date).toBeNull();
  });
});
