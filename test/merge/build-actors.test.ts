import { describe, expect, it } from 'vitest';
import type { ActorMention } from '../../lib/types';
import { extractMentions } from '../../lib/extract/extract-mentions';
import { actorId } from '../../lib/merge/actor-id';
import { buildActors } from '../../lib/merge/build-actors';
import { mergeIncidents } from '../../lib/merge/merge-incidents';
import { articleOf, placesOf } from '../extract/article-of';
import { smallGazetteer as gazetteer } from '../extract/small-gazetteer';

describe('buildActors', () => {
  const a = articleOf('Headline\n\nPresident Kassym-Jomart Tokayev said he had given orders to open fire. Clashes took place in Almaty between police and protesters.', { id: 'a' });
  const b = articleOf('Headline\n\nPresident Kassim-Jomart Tokayev thanked Russia. Kazakh President Kassym-Jomart Tokayev spoke. The president said the situation in Almaty had stabilized.', { id: 'b' });
  const extractions = [a, b].map((x) => extractMentions(x, placesOf(x, gazetteer, { Almaty: 'event', Russia: 'context' }), gazetteer));
  const incidents = mergeIncidents(extractions.flatMap((e) => e.mentions), gazetteer);
  const actors = buildActors(extractions, incidents, [], gazetteer);

  it('makes one person of every spelling and title, named by the most common full name', () => {
    const tokayev = actors.find((x) => x.id === actorId('person:tokayev'));
    expect(tokayev).toMatchObject({ name: 'Kassym-Jomart Tokayev', kind: 'person' });
    expect(tokayev?.aliases).toEqual(expect.arrayContaining(['Kassim-Jomart Tokayev', 'The president']));
  });

  it('uses the same ids as the incidents and places actors where their incidents are', () => {
    const ids = new Set(actors.map((x) => x.id));
    for (const inc of incidents) for (const id of inc.actors) expect(ids.has(id)).toBe(true);
    const police = actors.find((x) => x.id === actorId('group:security forces:KZ'));
    expect(police?.locations.map((l) => l.place)).toContain(1526384);
  });

  it('sorts actors by id', () => {
    expect(actors.map((x) => x.id)).toEqual([...actors.map((x) => x.id)].sort());
  });

  it('counts each span of an article once, however often it is given, at any offset', () => {
    const twice = buildActors([...extractions, ...extractions], incidents, [], gazetteer);
    expect(twice).toEqual(actors);
    // spans past the first four million characters are keyed apart as well
    const far = (start: number, end: number, text: string): ActorMention => ({ articleId: 'long', start, end, text, kind: 'group', key: 'group:protesters' });
    const [protesters] = buildActors(
      [{ mentions: [], actors: [far(5_000_000, 5_000_010, 'protesters'), far(5_000_000, 5_000_011, 'protesters,'), far(5_000_000, 5_000_010, 'protesters')] }],
      [], [], gazetteer,
    );
    expect(protesters?.mentions).toBe(2);
  });
});
