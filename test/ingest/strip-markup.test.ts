import { describe, expect, it } from 'vitest';
import { detectMarkup, stripMarkup } from '../../lib/ingest/strip-markup';

describe('stripMarkup', () => {
  it('reduces an HTML page saved as .txt to its visible text', () => {
    const html = `<!DOCTYPE html><html><head><title>x</title><script>alert("x")</script></head>
      <body><h1>Police detain 3,000 &amp; more</h1><p>Clashes broke out in <b>Minsk</b> on Sunday.</p>
      <style>p{color:red}</style><p>Tear gas was fired &ndash; witnesses said.</p></body></html>`;
    const { text, markup } = stripMarkup(html, 'page.txt');
    expect(markup).toBe('html');
    expect(text).toBe('Police detain 3,000 & more\n\nClashes broke out in Minsk on Sunday.\n\nTear gas was fired – witnesses said.');
    expect(text).not.toMatch(/alert|color:red|<|>/);
  });

  it('reduces Markdown to words', () => {
    const md = '# Protests spread\n\nThousands marched in **Minsk**, [Reuters](https://example.org) reported.\n';
    const { text, markup } = stripMarkup(md, 'story.md');
    expect(markup).toBe('markdown');
    expect(text).toBe('Protests spread\n\nThousands marched in Minsk, Reuters reported.');
  });

  it('leaves plain news text alone, even with a stray angle bracket', () => {
    const plain = 'Turnout was < 40% in the capital.\n\nPolice said 5 > 3.';
    expect(detectMarkup(plain)).toBe('plain');
    expect(stripMarkup(plain).text).toBe(plain);
  });
});
