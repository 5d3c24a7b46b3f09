import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../lib/extract/find-triggers';
import type { IncidentType } from '../../lib/types';

// Real sentences from the seeds and the Belarus 2020 development corpus → the incident types they carry.
const cases: Array<[sentence: string, expected: IncidentType[]]> = [
  ['Clashes took place in Almaty, with police firing stun grenades and tear gas into a crowd of more than 5,000 people.', ['clash']],
  ['The entire cabinet of Kazakhstan has resigned, but this has not quelled the protesters.', ['resignation']],
  ['The country\'s internet has been cut, mobile phone networks are barely functioning and the borders have been sealed', ['shutdown']],
  ['The president further said, “I have given the order to law enforcement and the army to shoot to kill without warning.”', ['statement']],
  ['On 5 January, President Tokayev dismissed the cabinet and declared a 2 week state of emergency in the Mangistau and Almaty regions', ['emergency', 'resignation']],
  ['They also gathered at the mayor’s office in Almaty.', ['protest']],
  ['Last Friday the city administration headquarters in Almaty had been completely burned by a fire started by the protestors.', ['arson']],
  ['Police detained more than a thousand people.', ['detention']],
  ['In Minsk, police are blocking Independence Square and Oktyabr Square, where only public transport vehicles are allowed in.', ['deployment']],
  ['Ahead of further protests, police in Minsk had all metro stations in the city centre closed.', ['shutdown']],
  ['Following a meeting between a government commission and protesters, the price for liquefied petroleum gas went down from $0.27 to $0.11.', ['policy']],
  // an order to shoot is a statement, not a clash or a killing
  ['Shoot-to-kill orders are in effect against protesters in Kazakhstan', ['statement']],
  ['The country has some of the largest oil reserves in the world.', []],
  // words that look like violence but are not
  ['The court upheld the death penalty, and talks reached a dead end.', []],
  ['Sanctions hurt the economy.', []],
  ['Protests were held in 25 settlements.', ['protest']],
  ['More than 100 people were released from temporary detention centres in Minsk and Zhodino.', ['other']],
];

describe('findTriggers', () => {
  it.each(cases)('types %j', (sentence, expected) => {
    expect([...new Set(findTriggers(sentence).map((t) => t.type))].sort()).toEqual([...expected].sort());
  });

  it('tells shut-down services apart', () => {
    const topics = findTriggers('The country\'s internet has been cut, mobile phone networks are barely functioning and the borders have been sealed').map((t) => t.topic);
    expect(topics).toContain('communications');
    expect(topics).toContain('borders');
  });

  it('tells a price rise from a price cut', () => {
    expect(findTriggers('the price for liquefied petroleum gas went down from $0.27 to $0.11')[0]?.topic).toBe('price-down');
    expect(findTriggers('Protests began due to rising fuel prices')[1]?.topic ?? findTriggers('Protests began due to rising fuel prices')[0]?.topic).toBe('price-up');
  });
});
