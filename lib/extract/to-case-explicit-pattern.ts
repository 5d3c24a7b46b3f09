// A pattern with the i flag (and no u flag) → the same pattern without it, each ASCII letter spelt in both cases.
// V8 compiles some long case-insensitive patterns several times slower than their spelt-out twins.

const twins = new WeakMap<RegExp, RegExp | null>();

/** A character whose case V8 would fold under the i flag, outside ASCII: the twin cannot spell it. */
function hasOtherCase(c: string): boolean {
  return c.toLowerCase() !== c || c.toUpperCase() !== c;
}

const isLetter = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
const bothCases = (c: string) => `${c.toLowerCase()}${c.toUpperCase()}`;

/**
 * The case-explicit twin of a pattern: `/ago/i` → `/[aA][gG][oO]/`; in a class, `[a-f]` → `[a-fA-F]`. Without
 * the u flag, the i flag folds only ASCII letters onto each other (a character past ASCII never matches an
 * ASCII one), and `\w`, `\b` and `\s` ignore it, so the twin finds exactly the matches of the original, groups
 * included. Null when the pattern has no i flag, has the u or v flag, or uses what the twin cannot spell:
 * backreferences (they compare without case), `\c`, named groups, a range across letter cases, a cased
 * character past ASCII. Built once per pattern.
 * @example toCaseExplicitPattern(/(\W|^)in\s*(\d+)/i) → /(\W|^)[iI][nN]\s*(\d+)/
 */
export function toCaseExplicitPattern(re: RegExp): RegExp | null {
  if (twins.has(re)) return twins.get(re) ?? null;
  let twin: RegExp | null = null;
  if (re.ignoreCase && !re.unicode && !re.flags.includes('v')) {
    const src = re.source;
    let out = '';
    let inClass = false;
    let ok = true;
    for (let i = 0; i < src.length && ok; i++) {
      const c = src[i]!;
      if (c === '\\') {
        const next = src[i + 1] ?? '';
        // backreferences compare without case; a letter escape other than these is the letter itself
        if (/[1-9]/.test(next) || (isLetter(next) && !'bBdDsSwWfnrtvxu'.includes(next))) ok = false;
        else if (next === 'x' || next === 'u') {
          // a hexadecimal escape names one character: copied whole, its digits are no letters
          const length = next === 'x' ? 4 : 6;
          const escape = src.slice(i, i + length);
          const code = Number.parseInt(escape.slice(2), 16);
          if (!/^\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4})$/.test(escape) || isLetter(String.fromCharCode(code)) || hasOtherCase(String.fromCharCode(code))) ok = false;
          out += escape;
          i += length - 1;
        } else {
          out += c + next;
          i++;
        }
      } else if (inClass) {
        if (c === ']') {
          inClass = false;
          out += c;
        } else if (src[i + 1] === '-' && src[i + 2] !== undefined && src[i + 2] !== ']') {
          // a range: one within a-z or A-Z takes the other case's range too; one ending on an escape, or
          // spanning letters and other characters ("0-z"), or reaching past ASCII, cannot be spelt
          const to = src[i + 2]!;
          const lower = c >= 'a' && to <= 'z' && c <= to;
          const upper = c >= 'A' && to <= 'Z' && c <= to;
          const touchesLetters = (c <= 'Z' && to >= 'A') || (c <= 'z' && to >= 'a') || to > '\x7f';
          if (to === '\\' || (!lower && !upper && touchesLetters)) ok = false;
          else if (lower) out += `${c}-${to}${c.toUpperCase()}-${to.toUpperCase()}`;
          else if (upper) out += `${c}-${to}${c.toLowerCase()}-${to.toLowerCase()}`;
          else out += `${c}-${to}`;
          i += 2;
        } else if (isLetter(c)) {
          out += bothCases(c);
        } else {
          if (hasOtherCase(c)) ok = false;
          out += c;
        }
      } else if (c === '[') {
        inClass = true;
        out += c;
        if (src[i + 1] === '^') {
          out += '^';
          i++;
        }
      } else if (c === '(' && src[i + 1] === '?' && src[i + 2] === '<' && src[i + 3] !== '=' && src[i + 3] !== '!') {
        ok = false;
      } else if (isLetter(c)) {
        out += `[${bothCases(c)}]`;
      } else {
        if (hasOtherCase(c)) ok = false;
        out += c;
      }
    }
    try {
      twin = ok ? new RegExp(out, re.flags.replace('i', '')) : null;
    } catch {
      twin = null;
    }
  }
  twins.set(re, twin);
  return twin;
}
