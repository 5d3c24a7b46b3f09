import { describe, expect, it } from 'vitest';
import { decodeText } from '../../lib/ingest/decode-text';

const utf8 = (s: string) => new TextEncoder().encode(s);

function utf16le(s: string, bom: boolean): Uint8Array {
  const out = new Uint8Array(s.length * 2 + (bom ? 2 : 0));
  let o = 0;
  if (bom) {
    out[o++] = 0xff;
    out[o++] = 0xfe;
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[o++] = c & 0xff;
    out[o++] = c >> 8;
  }
  return out;
}

describe('decodeText', () => {
  const sentence = 'Protesters gathered in the city centre on Tuesday.';
  const cases: Array<[name: string, bytes: Uint8Array, expected: string]> = [
    ['plain UTF-8', utf8(sentence), sentence],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(sentence)]), sentence],
    ['UTF-16LE with BOM', utf16le(sentence, true), sentence],
    ['UTF-16LE without BOM', utf16le(sentence, false), sentence],
    ['Windows-1252 smart quotes', new Uint8Array([0x93, ...utf8('Kill without warning'), 0x94, 0x20, 0x96, 0x20, 0x92]), '“Kill without warning” – ’'],
    ['CRLF line endings', utf8('Title\r\n\r\nBody line.\r\n'), 'Title\n\nBody line.\n'],
    ['lone CR line endings', utf8('Title\r\rBody line.\r'), 'Title\n\nBody line.\n'],
  ];
  it.each(cases)('decodes %s', (_name, bytes, expected) => {
    const decoded = decodeText(bytes);
    expect(decoded.ok && decoded.text).toBe(expected);
  });

  const rejects: Array<[name: string, bytes: Uint8Array, reason: RegExp]> = [
    ['an empty file', new Uint8Array(), /empty/],
    ['whitespace only', utf8(' \n\t\r\n  '), /whitespace/],
    ['a PDF', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), /PDF/],
    ['a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /PNG/],
    ['NUL-ridden bytes', new Uint8Array(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0 : 65 + (i % 7)))), /binary/],
  ];
  it.each(rejects)('refuses %s with a reason', (_name, bytes, reason) => {
    const decoded = decodeText(bytes);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.reason).toMatch(reason);
  });
});
