// Text + gazetteer → every span whose words fold to a gazetteer name, longest match first, in one pass.
// "Clashes in Bombay and Kharkiv Oblast" → ["Bombay", "Kharkiv Oblast"] (not "Kharkiv" alone).
import type { Gazetteer } from '../types';
import type { WordToken } from './tokenize-words';

export interface NameMatch {
  start: number;
  end: number;
  /** Index of the first and one past the last token of the match. */
  first: number;
  last: number;
  /** The folded key that matched (possessive dropped: "Ukraine’s" → "ukraine"). */
  key: string;
  ids: readonly number[];
}

/** Longest name we try to match, in words ("Bosnia and Herzegovina Federation" is 4). */
const MAX_WORDS = 7;
/** Most characters between two words of one name. */
const MAX_JOINER = 3;

/** What may join the words of one name: spaces, hyphens, dots ("St. Louis", "Alma-Ata", "U.S."). */
function isJoinerChar(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2013 || c === 46;
}

/** True when text[from, to) is 1 to 3 joiner characters. */
function isJoiner(text: string, from: number, to: number): boolean {
  if (to <= from || to - from > MAX_JOINER) return false;
  for (let k = from; k < to; k++) if (!isJoinerChar(text.charCodeAt(k))) return false;
  return true;
}

/** What the matcher asks of a key: the ids it names, and whether some longer name starts with it. */
interface KeyFacts {
  ids: readonly number[];
  /** A multi-word name starts with this key's words ("new" → "new york"): the scan may go on a word. */
  longer: boolean;
}

/**
 * Facts of keys by gazetteer, each key asked once: the same capitalised words come back in every text ("New",
 * "United"), and one table answering both questions is half the look-ups of two.
 */
const FACTS = new WeakMap<Gazetteer, (key: string) => KeyFacts>();

function keyFacts(gazetteer: Gazetteer): (key: string) => KeyFacts {
  const cached = FACTS.get(gazetteer);
  if (cached) return cached;
  const hasLongerKey = gazetteer.hasLongerKey ? gazetteer.hasLongerKey.bind(gazetteer) : prefixTest(gazetteer);
  const known = new Map<string, KeyFacts>();
  const facts = (key: string): KeyFacts => {
    let found = known.get(key);
    if (found === undefined) {
      found = { ids: gazetteer.lookup(key), longer: hasLongerKey(key) };
      known.set(key, found);
    }
    return found;
  };
  FACTS.set(gazetteer, facts);
  return facts;
}

/**
 * Multi-word names as a token trie, for gazetteers without a sorted index to answer it: every proper prefix of
 * a multi-word key, so a scan can stop as soon as no longer name can start with the words seen
 * ("new" → "new york" → "new york city").
 */
function prefixTest(gazetteer: Gazetteer): (key: string) => boolean {
  const set = new Set<string>();
  for (const key of gazetteer.keys()) {
    let at = key.indexOf(' ');
    while (at > 0) {
      set.add(key.slice(0, at));
      at = key.indexOf(' ', at + 1);
    }
  }
  return (key) => set.has(key);
}

/**
 * Scans the tokens once; at each token it walks the trie of multi-word names and keeps the
 * longest name that matches, then goes on after it.
 */
export function matchNames(text: string, tokens: readonly WordToken[], gazetteer: Gazetteer): NameMatch[] {
  const factsOf = keyFacts(gazetteer);
  const out: NameMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    // Names start and end on a capitalised word ("Bosnia and Herzegovina"); "north Arlington" is Arlington.
    if (!tokens[i]!.capitalized) {
      i++;
      continue;
    }
    let best: NameMatch | null = null;
    let key = '';
    for (let j = i; j < tokens.length && j - i < MAX_WORDS; j++) {
      const tok = tokens[j]!;
      if (j > i && !isJoiner(text, tokens[j - 1]!.end, tok.start)) break;
      const bareKey = tok.bare !== null ? (key ? `${key} ${tok.bare}` : tok.bare) : null;
      key = key ? `${key} ${tok.key}` : tok.key;
      const facts = factsOf(key);
      // "Peru’s" is Peru, not the district of Perus: a lone word with a possessive ending is first read without it.
      const bareFirst = j === i && bareKey !== null && tok.capitalized && factsOf(bareKey).ids.length > 0;
      const ids = tok.capitalized && !bareFirst ? facts.ids : [];
      if (ids.length > 0) {
        best = { start: tokens[i]!.start, end: tok.end, first: i, last: j + 1, key, ids };
      } else if (bareKey !== null && tok.capitalized) {
        const bareIds = factsOf(bareKey).ids;
        // The span keeps the possessive off: "Ukraine’s" → "Ukraine".
        if (bareIds.length > 0) {
          best = { start: tokens[i]!.start, end: tok.end - 2, first: i, last: j + 1, key: bareKey, ids: bareIds };
        }
      }
      if (!facts.longer) break;
    }
    if (best) {
      // "U.S." keeps its final dot: an initial's dot belongs to the name.
      const lastTok = tokens[best.last - 1]!;
      if (lastTok.end - lastTok.start === 1 && best.end === lastTok.end && text.charAt(best.end) === '.') best.end += 1;
      out.push(best);
      i = best.last;
    } else {
      i++;
    }
  }
  return out;
}
