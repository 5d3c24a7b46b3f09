// Properties of decoding and zoning over arbitrary input: nothing throws, every span lies inside the text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../lib/ingest/decode-text';
import { toArticle } from '../../lib/ingest/to-article';
import type { Span } from '../../lib/types';

const inside = (text: string) => (s: Span | null) => s === null || (0 <= s.start && s.start <= s.end && s.end <= text.length);

/** Text shaped like scraped news: lines of words, captions, credits, markers, HTML and odd characters. */
const newsish = fc
  .array(
    fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.constantFrom('Recent Posts', 'Comments / 3', 'MOSCOW (Reuters) -', 'Getty Images', 'A | B | C', '<p>x</p>', '---', '\r\n', '\u0000', '“”’', 'ALMATY, KAZAKHSTAN - JANUARY 6, 2022:', 'By Jane Doe'),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join('\n'));

describe('ingest properties', () => {
  it('decodeText never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const d = decodeText(bytes);
        expect(typeof d.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('toArticle never throws and every span lies inside the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 500 }), newsish), (text) => {
        const a = toArticle('x.txt', text, 'sha');
        const ok = inside(a.text);
        expect(ok(a.titleSpan) && ok(a.dateline) && a.captions.every(ok) && a.furniture.every(ok)).toBe(true);
        expect(a.title).toBe(a.title.trim());
      }),
      { numRuns: 300 },
    );
  });
});
