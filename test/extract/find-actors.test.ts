import { describe, expect, it } from 'vitest';
import { findActors } from '../../lib/extract/find-actors';
import { splitSentences } from '../../lib/extract/split-sentences';
import { parseGazetteer } from '../../lib/geo/gazetteer-format';
import type { ActorMention, Gazetteer } from '../../lib/types';
import { articleOf, placesOf } from './article-of';
import { smallGazetteer as gazetteer } from './small-gazetteer';

function actorsOf(text: string, places: Record<string, 'event' | 'context' | 'speaker'> = {}, extra: Parameters<typeof articleOf>[1] = {}): ActorMention[] {
  const a = articleOf(text, extra);
  return findActors(a, splitSentences(a), placesOf(a, gazetteer, places), gazetteer);
}

describe('findActors', () => {
  it('files every way of naming the president under one key', () => {
    const text =
      'Headline\n\nPresident Kassym-Jomart Tokayev addressed the nation. Kazakh President Kassym-Jomart Tokayev spoke. Tokayev said more. The president further said he would not negotiate. President Kassim-Jomart Tokayev said in a televised speech.';
    const people = actorsOf(text, { Kazakhstan: 'event' }).filter((m) => m.kind === 'person');
    expect(new Set(people.map((m) => m.key))).toEqual(new Set(['person:tokayev']));
    expect(people.map((m) => m.text)).toContain('The president');
    expect(people.map((m) => m.text)).toContain('Tokayev');
  });

  it('reads the country of a titled person from the demonym: "Polish President Andrzej Duda"', () => {
    const found = actorsOf('Headline\n\nIn a joint statement, Polish President Andrzej Duda and Lithuanian President Gitanas Nauseda had urged Belarus to act.');
    expect(found.filter((m) => m.kind === 'person').map((m) => [m.name, m.country])).toEqual([
      ['Andrzej Duda', 'PL'],
      ['Gitanas Nauseda', 'LT'],
    ]);
  });

  it('reads a word against the gazetteer it is given, whatever was read before against another', () => {
    const withoutPoland = parseGazetteer(
      ['geonameid\tname\tlat\tlon\tcountry\tkind\tfeatureCode\tadmin1\tpopulation\talternates', '597427\tLithuania\t55.4\t23.9\tLT\tcountry\tPCLI\t\t2789533\t'].join('\n'),
    );
    const a = articleOf('Headline\n\nPolish President Andrzej Duda had urged Belarus to act.');
    const countryIn = (g: Gazetteer) => findActors(a, splitSentences(a), [], g).find((m) => m.kind === 'person')?.country;
    expect([countryIn(gazetteer), countryIn(withoutPoland), countryIn(gazetteer)]).toEqual(['PL', null, 'PL']);
  });

  it('canonicalises groups and national bodies with their country', () => {
    const found = actorsOf('Headline\n\nKazakhstan’s interior ministry said demonstrators and protestors clashed with police.', { Kazakhstan: 'event' });
    const keys = found.map((m) => m.key);
    expect(keys).toContain('org:ministry-interior:KZ');
    expect(keys.filter((k) => k === 'group:protesters:KZ')).toHaveLength(2);
    expect(keys).toContain('group:security forces:KZ');
  });

  it('makes a country an actor only when it acts: "China firmly opposed", not "in Kazakhstan"', () => {
    const found = actorsOf('Headline\n\nWang Wenbin said that China firmly opposed external forces creating unrest in Kazakhstan.', { China: 'context', Kazakhstan: 'event' });
    const states = found.filter((m) => m.kind === 'state').map((m) => m.key);
    expect(states).toEqual(['state:CN']);
  });

  it('treats photographers and agencies in credit lines as sources, not actors', () => {
    const text = 'Headline\n\nKazakh President Kassym-Jomart Tokayev delivers a televised address. Valery Sharifulin/TASS.';
    const found = actorsOf(text);
    expect(found.map((m) => m.text)).not.toContain('Valery Sharifulin');
    expect(found.map((m) => m.text)).not.toContain('TASS');
  });

  it('does not take the acronym of a product for an organisation: "Liquid Petroleum Gas (LPG)"', () => {
    const found = actorsOf('Headline\n\nThe protests began due to an increase in prices for Liquid Petroleum Gas (LPG). The cause was a surge in prices for LPG.');
    expect(found.filter((m) => m.kind === 'organization')).toEqual([]);
  });
});
