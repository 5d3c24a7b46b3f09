import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../lib/extract/extract-mentions';
import type { Mention } from '../../lib/types';
import { articleOf, placesOf } from './article-of';
import { smallGazetteer as gazetteer } from './small-gazetteer';

const friday = { date: '2022-01-07', basis: 'anchor' } as const;

function only(mentions: Mention[], type: Mention['type']): Mention[] {
  return mentions.filter((m) => m.type === type);
}

describe('extractMentions', () => {
  it('types "police fired tear gas into a crowd of 5,000" as a clash with its crowd, in the city named', () => {
    const a = articleOf('Headline\n\nClashes took place in Almaty, with police firing stun grenades and tear gas into a crowd of more than 5,000 people.');
    const { mentions } = extractMentions(a, placesOf(a, gazetteer, { Almaty: 'event' }), gazetteer);
    const [clash] = only(mentions, 'clash');
    expect(clash?.geonameid).toBe(1526384);
    expect(clash?.figures.crowd).toEqual({ value: 5000, qualifier: 'more-than', side: 'other' });
    expect(clash?.quote).toMatch(/^Clashes took place/);
  });

  it('never places an incident on a dateline or on a speaker’s city', () => {
    const text = 'Headline\n\nMoscow (dpa) - Shoot-to-kill orders are in effect against protesters in Kazakhstan.\n\nWang Wenbin told the press in Beijing that 26 demonstrators had been killed.';
    const a = articleOf(text, { dateline: { start: 10, end: 22 } });
    const places = placesOf(a, gazetteer, { Moscow: 'dateline', Beijing: 'speaker', Kazakhstan: 'event' });
    const { mentions } = extractMentions(a, places, gazetteer);
    const killing = only(mentions, 'killing')[0];
    expect(killing?.geonameid).toBeNull();
    for (const m of mentions) expect(m.geonameid).not.toBe(524901);
  });

  it('keeps a country-wide incident at null with its country', () => {
    const a = articleOf('Headline\n\nThe entire cabinet of Kazakhstan has resigned, but this has not quelled the protesters.');
    const { mentions } = extractMentions(a, placesOf(a, gazetteer, { Kazakhstan: 'event' }), gazetteer);
    expect(only(mentions, 'resignation')).toMatchObject([{ geonameid: null, country: 'KZ' }]);
  });

  it('places each city of a coordinated list: "in the towns of Zhanaozen and Aktau"', () => {
    const a = articleOf('Headline\n\nProtests were sparked by rising fuel prices in the towns of Zhanaozen and Aktau in western Kazakhstan on 2 January.');
    const { mentions } = extractMentions(a, placesOf(a, gazetteer, { Zhanaozen: 'caption', Aktau: 'caption', Kazakhstan: 'caption' }), gazetteer, friday);
    const protests = only(mentions, 'protest');
    expect(protests.map((m) => m.geonameid).sort()).toEqual([607610, 610612]);
    expect(protests.every((m) => m.date === '2022-01-02')).toBe(true);
  });

  it('takes the paragraph’s place when the sentence names none', () => {
    const a = articleOf('Headline\n\nPolice used flash grenades in Minsk. Dozens of people were detained.');
    const { mentions } = extractMentions(a, placesOf(a, gazetteer, { Minsk: 'event' }), gazetteer);
    expect(only(mentions, 'detention')[0]).toMatchObject({ geonameid: 625144, figures: { detained: { value: 24, qualifier: 'vague' } } });
  });

  it('resolves weekdays against the reference and keeps the words; leaves them null without one', () => {
    const a = articleOf('Headline\n\nKazakhstan’s interior ministry said on Friday that 26 people were killed by the security forces.');
    const places = placesOf(a, gazetteer, { Kazakhstan: 'event' });
    expect(only(extractMentions(a, places, gazetteer, friday).mentions, 'killing')[0]).toMatchObject({ date: '2022-01-07', dateText: 'on Friday' });
    expect(only(extractMentions(a, places, gazetteer).mentions, 'killing')[0]).toMatchObject({ date: null, dateText: 'on Friday' });
  });

  it('keeps the hedge of a detention count told with a death toll', () => {
    const a = articleOf('Headline\n\nEarly on Friday, state television reported that 26 demonstrators had been killed and more than 3,700 detained since the unrest began, while officials put the death toll for the security forces at 18.');
    const { mentions } = extractMentions(a, [], gazetteer, friday);
    expect(only(mentions, 'detention')[0]?.figures.detained).toMatchObject({ value: 3700, qualifier: 'more-than' });
  });

  it('adds security-force deaths told apart to the others, but not a count nested in them', () => {
    const apart = articleOf('Headline\n\nEarly on Friday, state television reported that 26 demonstrators had been killed, while officials put the death toll for the security forces at 18.');
    expect(only(extractMentions(apart, [], gazetteer).mentions, 'killing')[0]?.figures.killed).toMatchObject({ value: 44, who: 'demonstrators and for the security forces' });
    const nested = articleOf('Headline\n\nSo far, 26 people have been killed of which 18 have been identified as law enforcement officers.');
    expect(only(extractMentions(nested, [], gazetteer).mentions, 'killing')[0]?.figures.killed?.value).toBe(26);
  });

  it('does not date a price rise by the protest it caused', () => {
    const a = articleOf('Headline\n\nOn January 4, 2022, people rallied to protest against the increase in LPG prices in Aktau.');
    const { mentions } = extractMentions(a, placesOf(a, gazetteer, { Aktau: 'caption' }), gazetteer);
    expect(only(mentions, 'protest')[0]).toMatchObject({ date: '2022-01-04', geonameid: 610612 });
    expect(only(mentions, 'policy')[0]).toMatchObject({ date: null, geonameid: null, country: 'KZ' });
  });

  it('does not give an earlier event the date of a later statement', () => {
    const a = articleOf('Headline\n\nPoland on Monday called for an emergency European Union summit on the situation in Belarus after overnight clashes in Minsk over a disputed presidential election.');
    const { mentions } = extractMentions(a, placesOf(a, gazetteer, { Minsk: 'event', Poland: 'event', Belarus: 'context' }), gazetteer, { date: '2020-08-10', basis: 'published' });
    expect(only(mentions, 'clash')[0]).toMatchObject({ geonameid: 625144, date: null });
    expect(only(mentions, 'statement')[0]).toMatchObject({ date: '2020-08-10', topic: 'state:PL' });
  });

  it('splits detentions by clause: "held in the capital, and … mass detentions in Grodno, Brest and Vitebsk"', () => {
    const a = articleOf('Headline\n\nDozens were held in Minsk, and the human rights group Viasna also reported mass detentions in the cities of Grodno, Brest and Vitebsk.');
    const { mentions } = extractMentions(a, placesOf(a, gazetteer, {}, ['Minsk', 'Grodno', 'Brest', 'Vitebsk']), gazetteer);
    const detentions = only(mentions, 'detention');
    expect(detentions.map((m) => m.geonameid).sort()).toEqual([620127, 625144, 627904, 629634]);
    expect(detentions.find((m) => m.geonameid === 625144)?.figures.detained?.value).toBe(24);
    expect(detentions.find((m) => m.geonameid === 629634)?.figures.detained).toBeUndefined();
  });

  it('reads an order to shoot as a statement by its speaker, not as a clash', () => {
    const a = articleOf('Headline\n\n"I have given orders to the security forces and the army to open fire without warning," Tokayev said in a televised address. President Kassym-Jomart Tokayev spoke.');
    const { mentions } = extractMentions(a, [], gazetteer);
    expect(mentions.map((m) => m.type)).toEqual(['statement']);
    expect(mentions[0]?.topic).toBe('person:tokayev');
  });

  it('gives "she said" to the person named in the sentence before, and places it where she spoke', () => {
    const text = 'Headline\n\nEuropean Commission President Ursula von der Leyen said she was following events in Kazakhstan with "great concern."\n\n"I call for an end to violence," she said at a press conference in Paris.';
    const a = articleOf(text);
    const { mentions } = extractMentions(a, placesOf(a, gazetteer, { Kazakhstan: 'event', Paris: 'speaker' }), gazetteer);
    const statements = only(mentions, 'statement');
    expect(statements.map((m) => [m.topic, m.geonameid])).toEqual(expect.arrayContaining([['person:leyen', 2988507]]));
  });

  it('does not give "she" to someone named two sentences earlier', () => {
    const text = 'Headline\n\nPresident Alexander Lukashenko won a sixth term. The opposition candidate said she had fled. In a video, she called on her supporters to respect the law.';
    const { mentions } = extractMentions(articleOf(text), [], gazetteer);
    expect(only(mentions, 'statement').map((m) => m.topic)).not.toContain('person:lukashenko');
  });

  it('skips history: "Nazarbayev resigned as president in 2019"', () => {
    const a = articleOf('Headline\n\nNazarbayev resigned as president in 2019, but still has important powers.');
    expect(extractMentions(a, [], gazetteer, friday).mentions).toEqual([]);
  });

  it('ignores page furniture', () => {
    const text = 'Headline\n\nRecent Posts\n\nPolice detained 300 people in Minsk.';
    const start = text.indexOf('Recent');
    const a = articleOf(text, { furniture: [{ kind: 'related-posts', start, end: text.length }] });
    expect(extractMentions(a, placesOf(a, gazetteer, { Minsk: 'boilerplate' }), gazetteer).mentions).toEqual([]);
  });

  it('gives the same ids every time and sorts mentions by id', () => {
    const a = articleOf('Headline\n\nPolice detained more than a thousand people. One person was killed on August 10.');
    const one = extractMentions(a, [], gazetteer).mentions;
    expect(extractMentions(a, [], gazetteer).mentions).toEqual(one);
    expect(one.map((m) => m.id)).toEqual([...one.map((m) => m.id)].sort());
  });

  it('does not mutate its inputs', () => {
    const a = articleOf('Headline\n\nClashes took place in Almaty, with police firing tear gas.');
    const places = placesOf(a, gazetteer, { Almaty: 'event' });
    const before = JSON.stringify([a, places]);
    extractMentions(Object.freeze(a), Object.freeze(places), gazetteer);
    expect(JSON.stringify([a, places])).toBe(before);
  });

  it.each(['', '\n\n\n', '����', 'a'.repeat(5000), '1 2 3 4 5 6 7 8 9 killed killed', '“”""\'\'—–'])('never throws on junk: %j', (text) => {
    expect(() => extractMentions(articleOf(text), [], gazetteer)).not.toThrow();
  });
});

describe('extractMentions: counts, named people, outlets and foreign speakers', () => {
  const published = { date: '2020-08-13', basis: 'published' } as const;

  it('keeps a day’s count apart from the running total, dated the day before a dated report', () => {
    const a = articleOf('Headline\n\nOver the past day, police detained about 700 people in Belarus. This brings the number of people detained in Belarus since election day to more than 6,700.');
    const detentions = only(extractMentions(a, placesOf(a, gazetteer, { Belarus: 'event' }), gazetteer, published).mentions, 'detention');
    expect(detentions.map((m) => [m.topic, m.figures.detained?.value, m.date])).toEqual(
      expect.arrayContaining([['day', 700, '2020-08-12'], [null, 6700, null]]),
    );
  });

  const named: Array<[text: string, topic: string | null]> = [
    ['On Monday, police also arrested the Russian reporter Konstantin Pridybail in Belarus.', 'person:pridybail'],
    ['Police detained 700 people in Belarus, Konstantin Pridybail said.', null],
    ['The man was killed by a police officer, Ivan Petrov, in Belarus.', null],
  ];
  it.each(named)('gives the arrest of a named person its own topic: "%s"', (sentence, topic) => {
    const a = articleOf(`Headline\n\n${sentence}`);
    const [m] = extractMentions(a, placesOf(a, gazetteer, { Belarus: 'event' }), gazetteer).mentions.filter((x) => x.type === 'detention' || x.type === 'killing');
    expect(m?.topic ?? null).toBe(topic);
  });

  it('makes no statement of what a news outlet said on Twitter', () => {
    const a = articleOf('Headline\n\nPeople are building barricades, the Polish television station Belsat said on Twitter.');
    expect(only(extractMentions(a, [], gazetteer).mentions, 'statement')).toEqual([]);
  });

  it('places a foreign government’s reaction in its own city when the story is datelined there', () => {
    const a = articleOf('Headline\n\nMoscow - Russia on Friday called for calm in Kazakhstan after clashes in Almaty.', { dateline: { start: 10, end: 16 } });
    const places = placesOf(a, gazetteer, { Moscow: 'dateline', Russia: 'context', Kazakhstan: 'speaker', Almaty: 'event' });
    expect(only(extractMentions(a, places, gazetteer, friday).mentions, 'statement')).toMatchObject([{ geonameid: 524901, country: 'RU' }]);
  });

  const prices: Array<[sentence: string, geonameid: number | null]> = [
    ['The initial cause of the incident was a surge in prices for LPG in hydrocarbon-rich Mangystau.', 608879],
    ['Protests were sparked by rising fuel prices in Mangystau.', null],
  ];
  it.each(prices)('keeps the region of a price change told on its own, not of one told as a cause: "%s"', (sentence, geonameid) => {
    const a = articleOf(`Headline\n\n${sentence}`);
    const [policy] = only(extractMentions(a, placesOf(a, gazetteer, { Mangystau: 'event' }), gazetteer).mentions, 'policy');
    expect(policy?.geonameid ?? null).toBe(geonameid);
  });
});
