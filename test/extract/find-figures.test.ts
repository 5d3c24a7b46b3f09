import { describe, expect, it } from 'vitest';
import { findFigures } from '../../lib/extract/find-figures';
import type { FigureName, Qualifier } from '../../lib/types';

type Expected = [name: FigureName, value: number, qualifier: Qualifier, side?: 'security' | 'other'];

// Real sentences from the seeds (Kazakhstan 2022) and the Belarus 2020 development corpus.
const cases: Array<[sentence: string, expected: Expected[]]> = [
  [
    'Kazakhstan’s interior ministry said on Friday that 26 people were killed by the security forces during the protest and more than 3,000 of them were detained.',
    [['killed', 26, 'exact', 'other'], ['detained', 3000, 'more-than', 'other']],
  ],
  [
    'Reportedly, a total of 18 law enforcement officers were reported killed, and over 700 injured.',
    [['killed', 18, 'exact', 'security'], ['injured', 700, 'more-than', 'security']],
  ],
  ['So far since the protests have begun, 26 people have been killed of which 18 have been identified as law enforcement officers.', [['killed', 26, 'exact', 'other']]],
  ['Over 3,000 protestors have been detained and over 700 have sustained heavy injuries.', [['detained', 3000, 'more-than', 'other'], ['injured', 700, 'more-than', 'other']]],
  [
    'Early on Friday, state television reported that 26 demonstrators had been killed and more than 3,700 detained since the unrest began, while officials put the death toll for the security forces at 18.',
    [['killed', 26, 'exact', 'other'], ['detained', 3700, 'more-than', 'other'], ['killed', 18, 'exact', 'security']],
  ],
  ['Clashes took place in Almaty, with police firing stun grenades and tear gas into a crowd of more than 5,000 people.', [['crowd', 5000, 'more-than']]],
  ['Tokayev claimed that some 20,000 "bandits" had rioted in the country\'s biggest city, Almaty', [['crowd', 20000, 'about']]],
  ['Tokayev added that as many as 20,000 “bandits” attacked the government building', [['crowd', 20000, 'up-to']]],
  ['the Collective Security Treaty Organization, deployed about 2,500 soldiers to Kazakhstan on Thursday.', [['troops', 2500, 'about']]],
  ['Many people were detained and dozens were killed during the protests.', [['killed', 24, 'vague']]],
  ['Police detained more than a thousand people.', [['detained', 1000, 'more-than']]],
  ['One person was killed on August 10. Hundreds of people were injured.', [['killed', 1, 'exact'], ['injured', 200, 'vague']]],
  ['This brings the number of people detained in Belarus since election day to more than 6,700.', [['detained', 6700, 'more-than']]],
  ['In all, 103 law enforcement officers were injured as a result of unlawful actions on 9-13 August', [['injured', 103, 'exact', 'security']]],
  ['6,000+ Protesters Arrested, Two Die Following Presidential Election In Belarus', [['detained', 6000, 'more-than'], ['killed', 2, 'exact']]],
  ['Alexander Vikhor, 25, died after being detained in Gomel during countrywide protests on 9 August.', [['killed', 1, 'exact']]],
  ['A journalist from the Belarusian newspaper Naša Niva suffered a leg injury from rubber bullets', [['injured', 1, 'exact']]],
  ['A demonstration is in Minsk, one of the protesters was killed by an explosive', [['killed', 1, 'exact']]],
  // numbers that are not incident figures
  ['the wealth has not been divided to the population and this is shown by the average salary which is under $3,000 a year!', []],
  ['It produces 1.6 million barrels of oil a day and has attracted billions of dollars in foreign investment.', []],
  ['The 37-year-old, whose five-year-old daughter and 10-year-old son had earlier been taken out of the country', []],
];

describe('findFigures', () => {
  it.each(cases)('reads the figures of %j', (sentence, expected) => {
    const got = findFigures(sentence).map((h): Expected => {
      const e: Expected = [h.name, h.figure.value, h.figure.qualifier];
      return e;
    });
    expect(got).toEqual(expected.map(([n, v, q]) => [n, v, q]));
    const sides = findFigures(sentence).map((h) => h.figure.side);
    expected.forEach(([, , , side], i) => {
      if (side) expect(sides[i]).toBe(side);
    });
  });

  it('keeps the words that say whom a count is of', () => {
    const [killed] = findFigures('Reportedly, a total of 18 law enforcement officers were reported killed');
    expect(killed?.figure.who).toBe('law enforcement officers');
  });
});
