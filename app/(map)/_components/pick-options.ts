// What a picker offers for what is typed: "inter min" finds "Ministry of the Interior", "rep 12" finds
// "AP report 12". Pure, so it is tested without a browser; folded once per list, not per keystroke.
import { foldName } from '@/lib/geo/fold-name';
import type { ActorView, SourceView } from '@/lib/data';

export interface PickOption {
  id: string;
  /** What the option shows and is mainly searched by: an actor's name, an article's title. */
  label: string;
  /** A second line, shown muted and not searched: an outlet and date, a count of mentions. */
  detail?: string;
  /** More names it is found by: aliases, an outlet, a file name. */
  also?: readonly string[];
}

/** Actors by name and aliases, with their count of mentions. */
export function toActorOptions(actors: readonly ActorView[]): PickOption[] {
  return actors.map((a) => ({
    id: a.id,
    label: a.name,
    detail: a.mentions === 1 ? 'one mention' : `${a.mentions} mentions`,
    also: a.aliases,
  }));
}

/** Articles by title, outlet and file name, with their outlet and date (or file name, when they name neither). */
export function toSourceOptions(sources: readonly SourceView[]): PickOption[] {
  return sources.map((s) => ({
    id: s.id,
    label: s.title,
    detail: [s.outlet, s.published].filter(Boolean).join(' · ') || s.file,
    also: [...(s.outlet ? [s.outlet] : []), s.file],
  }));
}

export interface PreparedOption extends PickOption {
  folded: string;
  /** Folded label and `also`, for the looser matches. */
  searchable: string;
}

/** Folds every option's words once (diacritics, case and punctuation, as place names are folded). */
export function prepareOptions(options: readonly PickOption[]): PreparedOption[] {
  return options.map((o) => ({
    ...o,
    folded: foldName(o.label),
    searchable: [o.label, ...(o.also ?? [])].map(foldName).join(' | '),
  }));
}

/**
 * Whether each word typed begins some word of the text: "rep 12" finds "report 12", not "reprise 212".
 * `starts` holds the words with a space before them, built once per query.
 */
function wordsBegin(text: string, words: readonly string[], starts: readonly string[]): boolean {
  return words.every((w, i) => text.startsWith(w) || text.includes(starts[i]!));
}

/**
 * The options that match what is typed, best first, at most `limit`, and how many match in all. Labels
 * beginning with it come first, then labels whose words begin with the words typed, then options whose other
 * names do, then any that hold it anywhere; each group keeps the list's order. Nothing typed (or only
 * punctuation) offers the list as it is.
 * @example matchOptions(prepareOptions([{id: 'a', label: 'Reuters report'}, {id: 'b', label: 'Report 2'}]), 'rep', 5)
 *   → { shown: [Report 2, Reuters report], total: 2 }
 */
export function matchOptions(
  options: readonly PreparedOption[],
  typed: string,
  limit: number,
): { shown: PreparedOption[]; total: number } {
  const query = foldName(typed);
  if (!query) return { shown: options.slice(0, limit), total: options.length };
  const words = query.split(' ');
  const starts = words.map((w) => ` ${w}`);
  const tiers: PreparedOption[][] = [[], [], [], []];
  for (const o of options) {
    if (o.folded.startsWith(query)) tiers[0]!.push(o);
    else if (wordsBegin(o.folded, words, starts)) tiers[1]!.push(o);
    else if (wordsBegin(o.searchable, words, starts)) tiers[2]!.push(o);
    else if (o.searchable.includes(query)) tiers[3]!.push(o);
  }
  const all = tiers.flat();
  return { shown: all.slice(0, limit), total: all.length };
}
