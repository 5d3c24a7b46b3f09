// A pattern with the u flag → the same pattern for ASCII letters, without the u flag (V8 runs it several times faster).

/** Property escapes the twin can spell in ASCII: inside a class as ranges, outside as a class of its own. */
const ASCII_OF: Record<string, string> = { L: 'A-Za-z', Lu: 'A-Z', Ll: 'a-z' };

const twins = new WeakMap<RegExp, RegExp | null>();

/**
 * The ASCII twin of a pattern: `\p{L}` → `[A-Za-z]`, `\p{Lu}` → `[A-Z]`, flags without u. On text where
 * needsUnicodeFlag is false the twin finds exactly the matches of the original. Null when the pattern has no
 * u flag or uses what the twin cannot spell (another property, `\P{…}`, `\u{…}`). Built once per pattern.
 * @example toAsciiPattern(/(?<![\p{L}-])[A-Z\p{Lu}][\p{L}-]+/gu) → /(?<![A-Za-z-])[A-ZA-Z][A-Za-z-]+/g
 */
export function toAsciiPattern(re: RegExp): RegExp | null {
  if (twins.has(re)) return twins.get(re) ?? null;
  let twin: RegExp | null = null;
  if (re.unicode) {
    let out = '';
    let inClass = false;
    let ok = true;
    const src = re.source;
    for (let i = 0; i < src.length && ok; i++) {
      const c = src[i]!;
      if (c === '\\') {
        const next = src[i + 1] ?? '';
        if (next === 'p') {
          const end = src.indexOf('}', i);
          const ascii = ASCII_OF[src.slice(i + 3, end)];
          if (src[i + 2] !== '{' || end < 0 || ascii === undefined) ok = false;
          else out += inClass ? ascii : `[${ascii}]`;
          i = end;
        } else if (next === 'P' || next === 'u' && src[i + 2] === '{') {
          ok = false;
        } else {
          out += c + next;
          i++;
        }
      } else {
        if (c === '[' && !inClass) inClass = true;
        else if (c === ']' && inClass) inClass = false;
        out += c;
      }
    }
    try {
      twin = ok ? new RegExp(out, re.flags.replace('u', '')) : null;
    } catch {
      twin = null;
    }
  }
  twins.set(re, twin);
  return twin;
}
