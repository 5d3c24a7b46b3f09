// A global pattern + a text → every match, as String.prototype.matchAll gives them, without cloning the pattern.
import { needsUnicodeFlag } from './needs-unicode-flag';
import { toAsciiPattern } from './to-ascii-pattern';

/**
 * needsUnicodeFlag of the texts seen lately: each sentence is matched against dozens of patterns, in several
 * passes over the article's sentences. Started over when full, which costs only a recheck.
 */
const needsUnicodeOf = new Map<string, boolean>();
/**
 * Texts remembered before the memo starts over: the sentences of the last few articles. (A sentence may
 * keep its article's text alive; the analyses keep it alive anyway, as their quotes are slices of it.)
 */
const MAX_REMEMBERED_TEXTS = 1024;

/**
 * Every match of a global pattern in a text. `text.matchAll(re)` builds a copy of the pattern on each call,
 * which on a sentence costs several times the search itself (about 5× for the count patterns of
 * find-figures); this runs the pattern itself and leaves its `lastIndex` at 0. A pattern with the u flag runs
 * as its ASCII twin (toAsciiPattern) on text where that finds the same matches: several times faster in V8,
 * and most news sentences hold no letter outside ASCII. Not re-entrant for one pattern.
 * @example matchAll(/\d+/g, 'at least 26 killed, 3,700 held').map((m) => m[0]) → ['26', '3', '700']
 */
export function matchAll(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchAll needs a pattern with the g flag, got ${String(re)}`);
  let run = re;
  if (re.unicode) {
    let needsUnicode = needsUnicodeOf.get(text);
    if (needsUnicode === undefined) {
      if (needsUnicodeOf.size >= MAX_REMEMBERED_TEXTS) needsUnicodeOf.clear();
      needsUnicode = needsUnicodeFlag(text);
      needsUnicodeOf.set(text, needsUnicode);
    }
    if (!needsUnicode) run = toAsciiPattern(re) ?? re;
  }
  const out: RegExpExecArray[] = [];
  run.lastIndex = 0;
  for (let m = run.exec(text); m; m = run.exec(text)) {
    out.push(m);
    // an empty match would find itself again: step over one character (a whole code point under the u flag)
    if (m[0] === '') run.lastIndex += run.unicode && (text.codePointAt(run.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  run.lastIndex = 0;
  return out;
}
