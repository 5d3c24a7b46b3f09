import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldName } from '../../lib/geo/fold-name';
import { tokenizeWords } from '../../lib/geo/tokenize-words';
import { lowercaseWordTest } from '../../lib/geo/lowercase-word-test';

describe('tokenizeWords', () => {
  // [text, index of a token, what that token must be]
  const cases: Array<[text: string, index: number, token: Record<string, unknown>]> = [
    ['Kazakhstan’s capital', 0, { key: 'kazakhstans', bare: 'kazakhstan', capitalized: true, sentenceStart: true }],
    ['in Côte d’Ivoire today', 1, { key: 'cote', capitalized: true, sentenceStart: false }],
    ['in Côte d’Ivoire today', 2, { key: 'divoire', bare: null, capitalized: true, verbatim: false }], // an elided article before a capital
    ['troops in ALMATY fired', 2, { key: 'almaty', allCaps: true }],
    ['the reading room', 1, { key: 'reading', capitalized: false, verbatim: true }],
    ['He met Gov. Perry of Texas.', 3, { key: 'perry', sentenceStart: false }],
    ['It rained. Paris was calm.', 2, { key: 'paris', sentenceStart: true }],
    ['said: “Almaty is calm”', 1, { key: 'almaty', sentenceStart: true }],
    // A title-case headline: every word counts as a sentence start.
    ['Kazakh President Gives Order To Forces To Kill\nThe army fired.', 7, { key: 'kill', sentenceStart: true }],
    ['An 𝐀stral letter and Mangghystaū', 4, { key: 'mangghystau', capitalized: true }],
  ];
  it.each(cases)('%s [%i]', (text, index, token) => {
    const t = tokenizeWords(text)[index];
    expect(t).toMatchObject(token);
    expect(text.slice(t!.start, t!.end).length).toBe(t!.end - t!.start);
  });

  it('splits words on spaces, hyphens and punctuation but not inside apostrophes', () => {
    const text = 'Nur-Sultan, the "city"; O’Brien’s 2022 plan.';
    expect(tokenizeWords(text).map((t) => text.slice(t.start, t.end))).toEqual(['Nur', 'Sultan', 'the', 'city', 'O’Brien’s', '2022', 'plan']);
  });
});

describe('lowercaseWordTest', () => {
  // [text, key asked, whether the text writes it as a lower-case word]
  const cases: Array<[text: string, key: string, expected: boolean]> = [
    ['The Reading office is in the reading room.', 'reading', true],
    ['Reading said that spreading was slow.', 'reading', false],
    ['Mobile, Ala., and a mobile unit.', 'mobile', true],
    ['Mobile police in Mobile.', 'mobile', false],
    ['the mobile’s battery', 'mobile', false],
    ['at nine o’clock', 'oclock', true],
    ['a café in Paris', 'cafe', true],
  ];
  it.each(cases)('%s: %s → %s', (text, key, expected) => {
    expect(lowercaseWordTest(text, tokenizeWords(text))(key)).toBe(expected);
  });

  it('does not end a sentence at an initial or a title, in ASCII or not', () => {
    // (in running text: in a title-case line every word counts as a sentence start)
    const lines = ['the envoy was speaking to J. Smith about the talks', 'the envoy was speaking to É. Martin about the talks', 'the envoy was speaking to Capt. Smith about the talks'];
    for (const text of lines) {
      expect(tokenizeWords(text).find((t) => t.key === 'smith' || t.key === 'martin'), text).toMatchObject({ sentenceStart: false });
    }
    expect(tokenizeWords('it was late when the talks ended. Smith left them.').find((t) => t.key === 'smith')).toMatchObject({ sentenceStart: true });
  });

  it('keys every word as foldName folds it, apostrophes and possessives included', () => {
    const word = fc.stringMatching(/^[A-Za-zÉéçñ]{1,6}(?:['’ʼ][A-Za-zé]{1,4}){0,2}(?:['’]s)?$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), (words) => {
        const text = words.join(' ');
        for (const t of tokenizeWords(text)) {
          const raw = text.slice(t.start, t.end);
          expect(t.key, raw).toBe(foldName(raw));
          if (t.bare !== null) expect(t.bare, raw).toBe(foldName(raw.slice(0, -2)));
        }
      }),
      { numRuns: 300 },
    );
  });
});
