// Parts of content → a short, stable hex id. Ids are hashes of what a record is about, never counters,
// so the same input always gives the same output files.

/** Two hex digits of each byte value. */
const HEX_BYTE = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** A 32-bit hash as 8 hex digits (the bits of `h` read as unsigned). */
function hex8(h: number): string {
  return HEX_BYTE[h >>> 24]! + HEX_BYTE[(h >>> 16) & 255]! + HEX_BYTE[(h >>> 8) & 255]! + HEX_BYTE[h & 255]!;
}

/**
 * Hashes the parts with two 32-bit FNV-1a passes (different offsets) into 16 hex characters.
 * Written by hand because node:crypto is not available in the browser and the id needs no secrecy.
 * @example contentId('004_e89f', 812, 840) === contentId('004_e89f', 812, 840)
 */
export function contentId(...parts: Array<string | number>): string {
  // The parts joined by U+0001, hashed as they are read rather than joined into a new string first: ids are
  // made for every mention of every article. The state stays a signed 32-bit integer (Math.imul's result)
  // and is read as unsigned only when written out: an unsigned value above 2^31 is a heap number in V8, and
  // making one per character made the hash four times slower.
  let a = 0x811c9dc5 | 0;
  let b = (0x01000193 ^ 0x9e3779b9) | 0;
  for (let p = 0; p < parts.length; p++) {
    if (p > 0) {
      a = Math.imul(a ^ 1, 0x01000193);
      b = Math.imul(b ^ 1, 0x01000193 + 0x2f);
    }
    const part = parts[p]!;
    const input = typeof part === 'string' ? part : String(part);
    for (let i = 0; i < input.length; i++) {
      const c = input.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x01000193 + 0x2f);
    }
  }
  return hex8(a) + hex8(b);
}
