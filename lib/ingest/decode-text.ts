// Raw bytes → text, or the reason they are not text. Handles BOMs, UTF-16, Windows-1252 and binary formats.

export type Decoded =
  | { ok: true; text: string; encoding: string }
  | { ok: false; reason: string };

/** Magic numbers of binary formats people save into news folders by mistake. */
const BINARY_SIGNATURES: Array<[name: string, bytes: number[]]> = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]], // %PDF
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP/Office', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip', [0x1f, 0x8b]],
  ['WebP/RIFF', [0x52, 0x49, 0x46, 0x46]],
];

/** Share of control characters above which a decoded text is treated as binary. */
const MAX_CONTROL_SHARE = 0.01;

/** Windows-1252's printable characters in 0x80–0x9F (Node's decoder treats that range as Latin-1 controls). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charAt(b - 0x80) : String.fromCharCode(b);
  return out;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** UTF-16 without a BOM: English text has a NUL in every other byte. */
function looksLikeUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

function controlShare(text: string): number {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  return sample.length ? control / sample.length : 0;
}

/**
 * Decodes an article file. UTF-8 (with or without BOM) first, UTF-16 by BOM or by its NUL pattern,
 * then Windows-1252 when the bytes are not valid UTF-8 (smart quotes saved by old editors).
 * @example decodeText(new Uint8Array([0x93, 0x68, 0x69, 0x94])) → { ok: true, text: '“hi”', encoding: 'windows-1252' }
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  for (const [name, signature] of BINARY_SIGNATURES) {
    if (startsWith(bytes, signature)) return { ok: false, reason: `binary file (${name}), not text` };
  }

  let text: string;
  let encoding: string;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    text = new TextDecoder('utf-8').decode(bytes.subarray(3));
    encoding = 'utf-8 (BOM)';
  } else if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const le = bytes[0] === 0xff;
    text = new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
    encoding = le ? 'utf-16le (BOM)' : 'utf-16be (BOM)';
  } else {
    const utf16 = looksLikeUtf16(bytes);
    if (utf16) {
      text = new TextDecoder(utf16).decode(bytes);
      encoding = utf16;
    } else {
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        encoding = 'utf-8';
      } catch {
        text = decodeWindows1252(bytes);
        encoding = 'windows-1252';
      }
    }
  }

  if (controlShare(text) > MAX_CONTROL_SHARE) {
    return { ok: false, reason: 'binary content (control bytes), not text' };
  }
  // One line-ending convention so offsets mean the same thing everywhere: CRLF and lone CR → LF.
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, reason: 'no text (whitespace only)' };
  return { ok: true, text, encoding };
}
