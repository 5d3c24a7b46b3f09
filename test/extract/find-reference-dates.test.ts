import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findReferenceDates, readSentenceDates } from '../../lib/extract/find-reference-dates';
import { articleOf } from './article-of';

describe('findReferenceDates', () => {
  it('uses the publication date when the article shows one', () => {
    const a = articleOf('Headline\n\nPoland on Monday called for an emergency summit.', { id: 'a', published: '2020-08-10' });
    expect(findReferenceDates([a])).toEqual({ a: { date: '2020-08-10', basis: 'published' } });
  });

  it('anchors undated articles on the dates the corpus writes, reading year-less dates in the corpus’s year', () => {
    const corpus = [
      articleOf('Headline\n\nAug. 11, 2020\n\nThe challenger said on Tuesday she had left.', { id: 'moscowtimes' }),
      articleOf('Headline\n\nIn all, 103 officers were injured on 9-13 August.', { id: 'belarusfeed' }),
      articleOf('Headline\n\nOn Monday, police arrested a reporter.', { id: 'archynewsy' }),
    ];
    expect(findReferenceDates(corpus)).toEqual({
      moscowtimes: { date: '2020-08-13', basis: 'anchor' },
      belarusfeed: { date: '2020-08-13', basis: 'anchor' },
      archynewsy: { date: '2020-08-13', basis: 'anchor' },
    });
  });

  it('anchors each undated article on the latest corpus date within a week of its own, however many there are', () => {
    const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    const day = fc.integer({ min: 0, max: 120 }).map((n) => new Date(Date.UTC(2022, 0, 1 + n, 12)));
    fc.assert(
      fc.property(fc.array(fc.option(day, { nil: null }), { minLength: 1, maxLength: 40 }), (days) => {
        const corpus = days.map((d, i) =>
          articleOf(`Headline\n\n${d ? `On ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, 2022, p` : 'P'}olice detained dozens.`, { id: `a${i}` }),
        );
        const written = days.flatMap((d) => (d ? [d.toISOString().slice(0, 10)] : [])).sort();
        const refs = findReferenceDates(corpus);
        days.forEach((d, i) => {
          const own = d?.toISOString().slice(0, 10);
          const limit = d && new Date(d.getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
          // the definition: the latest written date from the article's own to a week later
          const expected = own && limit ? written.filter((w) => w >= own && w <= limit).at(-1) : (written.at(-1) ?? null);
          expect(refs[`a${i}`]?.date).toBe(expected ?? null);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('dates the corpus the same from each article’s dates read beforehand (as the cache keeps them)', () => {
    const corpus = [
      articleOf('Headline\n\nAug. 11, 2020\n\nThe challenger said on Tuesday she had left.', { id: 'moscowtimes' }),
      articleOf('Headline\n\nIn all, 103 officers were injured on 9-13 August.', { id: 'belarusfeed' }),
      articleOf('Headline\n\nOn Monday, police arrested a reporter.', { id: 'archynewsy' }),
    ];
    const written = corpus.map(readSentenceDates);
    // "9-13 August" has no year: its sentence is kept to be read again once the corpus gives one
    expect(written[1]).toEqual([{ text: 'In all, 103 officers were injured on 9-13 August.', dated: [], needsYear: true }]);
    expect(written[2]).toEqual([]);
    expect(findReferenceDates(corpus, written)).toEqual(findReferenceDates(corpus));
    expect(() => findReferenceDates(corpus, written.slice(1))).toThrow(RangeError);
  });

  it('does not anchor on dates more than a week after the article’s own', () => {
    const corpus = [
      articleOf('Headline\n\nOn January 4, 2022, people rallied.', { id: 'early' }),
      articleOf('Headline\n\nOn March 1, 2022, talks began.', { id: 'late' }),
    ];
    expect(findReferenceDates(corpus).early).toEqual({ date: '2022-01-04', basis: 'anchor' });
  });

  it('leaves every article without a reference when no date is written anywhere', () => {
    const a = articleOf('Headline\n\nOn Friday, police detained dozens.', { id: 'a' });
    expect(findReferenceDates([a])).toEqual({ a: { date: null, basis: 'none' } });
  });

  it('ignores dates in page furniture', () => {
    const text = 'Headline\n\nOn Friday, police detained dozens.\n\nRecent Posts\n\nJanuary 31, 2026';
    const start = text.indexOf('Recent');
    const a = articleOf(text, { id: 'a', furniture: [{ kind: 'related-posts', start, end: text.length }] });
    expect(findReferenceDates([a]).a?.date).toBeNull();
  });
});
