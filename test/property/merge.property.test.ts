import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeIncidents } from '../../lib/merge/merge-incidents';
import type { IncidentType, Mention } from '../../lib/types';
import { smallGazetteer as gazetteer } from '../extract/small-gazetteer';
import { mentionOf } from '../merge/mentions-of';

const TYPES: IncidentType[] = ['protest', 'riot', 'clash', 'killing', 'detention', 'shutdown', 'statement'];
const PLACES = [null, 1526384, 610611, 625144];
const DATES = [null, '2022-01-05', '2022-01-06', '2022-01-07', '2022-01-09'];

const mention: fc.Arbitrary<Mention> = fc
  .record({
    articleId: fc.constantFrom('000', '001', '002', '003'),
    type: fc.constantFrom(...TYPES),
    geonameid: fc.constantFrom(...PLACES),
    date: fc.constantFrom(...DATES),
    start: fc.integer({ min: 0, max: 400 }),
    topic: fc.constantFrom(null, 'communications', 'airports'),
    killed: fc.option(fc.integer({ min: 1, max: 5000 }), { nil: undefined }),
    hedged: fc.boolean(),
  })
  .map((r) =>
    mentionOf({
      articleId: r.articleId,
      type: r.type,
      geonameid: r.geonameid,
      date: r.date,
      start: r.start,
      topic: r.topic,
      hedges: r.hedged ? ['reportedly'] : [],
      figures: r.killed ? { killed: { value: r.killed, qualifier: 'exact' } } : {},
    }),
  );

describe('mergeIncidents properties', () => {
  it('does not depend on the order of the mentions', () => {
    fc.assert(
      fc.property(fc.array(mention, { maxLength: 40 }).chain((ms) => fc.tuple(fc.constant(ms), fc.shuffledSubarray(ms, { minLength: ms.length, maxLength: ms.length }))), ([ms, shuffled]) => {
        expect(mergeIncidents(shuffled, gazetteer)).toEqual(mergeIncidents(ms, gazetteer));
      }),
    );
  });

  it('is idempotent: repeating mentions changes nothing', () => {
    fc.assert(
      fc.property(fc.array(mention, { maxLength: 40 }), (ms) => {
        expect(mergeIncidents([...ms, ...ms], gazetteer)).toEqual(mergeIncidents(ms, gazetteer));
      }),
    );
  });

  it('keeps every mention’s sentence as a claim, once per incident, and every incident’s sources real', () => {
    fc.assert(
      fc.property(fc.array(mention, { maxLength: 40 }), (ms) => {
        const incidents = mergeIncidents(ms, gazetteer);
        const sentences = new Set(ms.map((m) => `${m.articleId}|${m.sentence.start}`));
        const claimed = new Set<string>();
        for (const i of incidents) {
          const claims = i.claims.map((c) => `${c.source}|${c.start}`);
          expect(new Set(claims).size).toBe(claims.length);
          for (const c of claims) {
            expect(sentences.has(c)).toBe(true);
            claimed.add(c);
          }
        }
        expect(claimed).toEqual(sentences);
        for (const i of incidents) {
          expect(i.confidence).toBeGreaterThan(0);
          expect(i.confidence).toBeLessThanOrEqual(1);
          for (const s of i.sources) expect(ms.some((m) => m.articleId === s)).toBe(true);
        }
      }),
    );
  });
});
