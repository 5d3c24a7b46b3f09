// Extraction stays linear in the length of an article: a line of 200,000 words with no full stop, and an
// article naming 2,000 places, are processed in seconds (they took minutes when a sentence had no bound).
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../lib/extract/extract-mentions';
import { findReferenceDates } from '../../lib/extract/find-reference-dates';
import { toArticle } from '../../lib/ingest/to-article';
import { buildActors } from '../../lib/merge/build-actors';
import { mergeIncidents } from '../../lib/merge/merge-incidents';
import { placesOf } from './article-of';
import { smallGazetteer as gazetteer } from './small-gazetteer';

/** Generous on a loaded two-core machine; a quadratic step takes minutes on these inputs. */
const BOUND_MS = 30_000;

const WORDS = ['police', 'detained', 'protesters', 'in', 'Minsk', 'on', 'Monday', 'and', '26', 'people', 'were', 'killed', 'President', 'Alexander', 'Lukashenko', 'said', 'Brest', 'clashes', 'the', 'capital', 'since', 'August', '9', 'more', 'than', '3,000', 'Interior', 'Ministry', 'CSTO', 'troops', 'deployed', 'internet', 'was', 'cut', 'Belarus'];
const CITIES = ['Minsk', 'Brest', 'Grodno', 'Vitebsk', 'Almaty', 'Aktau', 'Aktobe', 'Zhanaozen', 'Moscow', 'Paris', 'Beijing', 'Astana'];

function timed(body: string, surfaces: string[]) {
  const started = performance.now();
  const article = toArticle('long.txt', body, '0'.repeat(64));
  const places = placesOf(article, gazetteer, {}, surfaces);
  const refs = findReferenceDates([article]);
  const extraction = extractMentions(article, places, gazetteer, refs[article.id]);
  const incidents = mergeIncidents(extraction.mentions, gazetteer);
  buildActors([extraction], incidents, places, gazetteer);
  return { ms: performance.now() - started, article, places, extraction, incidents };
}

describe('long articles', () => {
  it('extracts a 200,000-word line without full stops in bounded time, quoting pieces of at most 2,000 characters', () => {
    const words = Array.from({ length: 200_000 }, (_, i) => WORDS[(i * 7919) % WORDS.length]);
    const { ms, article, extraction } = timed(`Long line\n${words.join(' ')}\n`, ['Minsk', 'Brest', 'Belarus']);
    expect(ms).toBeLessThan(BOUND_MS);
    expect(extraction.mentions.length).toBeGreaterThan(1000);
    for (const m of extraction.mentions) {
      expect(m.sentence.end - m.sentence.start).toBeLessThanOrEqual(2_000);
      expect(article.text.slice(m.sentence.start, m.sentence.end)).toBe(m.quote);
    }
  }, 60_000);

  it('places every city of a 2,000-place article in bounded time', () => {
    const body = `Title\n${Array.from({ length: 2_000 }, (_, i) => `Police detained 20 protesters in ${CITIES[i % CITIES.length]} on Monday.`).join(' ')}\n`;
    const { ms, places, incidents } = timed(body, CITIES);
    expect(places.length).toBe(2_000);
    expect(ms).toBeLessThan(BOUND_MS);
    expect(new Set(incidents.filter((i) => i.type === 'detention').map((i) => i.place?.name))).toEqual(new Set(CITIES));
  }, 60_000);
});
