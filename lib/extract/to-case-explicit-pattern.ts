// A pattern with the i flag (and no u flag) → the same pattern without it, each ASCII letter spelt in both cases.
// V8 compiles some long case-insensitive patterns several times slower than their spelt-out twins.

const twins = new WeakMap<RegExp, RegExp | null>();

/** A character whose case V8 would fold under the i flag, outside ASCII ("é", "µ"): the twin cannot spell it. */
function hasOtherCase(c: string): boolean {
  return c.toLowerCase() !== c || c.toUpperCase() !== c;
}

const isLetter = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
const bothCases = (c: string) => `${c.toLowerCase()}${c.toUpperCase()}`;

/** Escapes whose meaning the i flag leaves alone: classes of characters and control characters. */
const CASELESS_ESCAPES = new Set('dDsSwWfnrtv0'.split(''));

/**
 * An escape at `at` ("\d", "\.", "\x41"): its length, and whether the twin may copy it as it is. Letters that
 * name no escape stand for themselves, and so do cased characters, which the flag would fold; backreferences
 * compare without case; `\b` and `\B` are word boundaries outside a class, but a backspace and the letter B
 * inside one. None of these can be copied.
 */
function readEscape(src: string, at: number, inClass: boolean): { length: number; copy: boolean } {
  const next = src[at + 1] ?? '';
  if (next === 'x' || next === 'u') {
    const length = next === 'x' ? 4 : 6;
    const escape = src.slice(at, at + length);
    if (!/^\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4})$/.test(escape)) return { length: 2, copy: false };
    const c = String.fromCharCode(Number.parseInt(escape.slice(2), 16));
    return { length, copy: !isLetter(c) && !hasOtherCase(c) };
  }
  if (next === 'b') return { length: 2, copy: true };
  if (next === 'B') return { length: 2, copy: !inClass };
  if (CASELESS_ESCAPES.has(next)) return { length: 2, copy: !(next === '0' && /[0-9]/.test(src[at + 2] ?? '')) };
  return { length: 2, copy: next !== '' && !/[0-9]/.test(next) && !isLetter(next) && !hasOtherCase(next) };
}

/**
 * The case-explicit twin of a pattern: `/ago/i` → `/[aA][gG][oO]/`; in a class, `[a-f]` → `[a-fA-F]`. Without
 * the u flag, the i flag folds only ASCII letters onto each other (a character past ASCII never matches an
 * ASCII one), and `\w`, `\b` and `\s` ignore it, so the twin finds exactly the matches of the original, groups
 * included. Null when the pattern has no i flag, has the u or v flag, or uses what the twin cannot spell: a
 * backreference, `\c`, a named group, an escape that stands for a letter or a cased character, a range with
 * an escape at either end, a range over letters other than within a–z or A–Z, a cased character past ASCII.
 * Built once per pattern.
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
        const escape = readEscape(src, i, inClass);
        // an escape may not end a range: which characters the range spans is not read here
        if (!escape.copy || (inClass && src[i + escape.length] === '-' && (src[i + escape.length + 1] ?? ']') !== ']')) ok = false;
        out += src.slice(i, i + escape.length);
        i += escape.length - 1;
      } else if (inClass) {
        if (c === ']') {
          inClass = false;
          out += c;
        } else if (src[i + 1] === '-' && src[i + 2] !== undefined && src[i + 2] !== ']') {
          // a range within a–z or A–Z takes the other case's range too; any other range must span no letter
          // and nothing past ASCII, where the flag would fold what it holds
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
