// Article + gazetteer → PlaceMention[]: every toponym of the text, resolved, with the role it plays.
// "MOSCOW (Reuters) - Police in Kharkiv ..." → Moscow: dateline, Kharkiv: event.
import type { Article, Gazetteer, GazetteerEntry, PlaceMention, PlaceRole, Span } from '../types';
import { findToponyms } from './find-toponyms';

/**
 * Words just before a place that make it where someone spoke, not where things happened:
 * "told a press conference in Paris", "said in Beijing", "speaking from Moscow".
 */
const SPEAKER_CUE =
  /\b(?:said|says|told|tells|telling|saying|speaking|spoke|speaks|announced|stated|declared|wrote|tweeted|added|(?:press|news) conference|briefing|interview|summit|talks|meeting|statement)\b[^.!?;\n]{0,40}?\b(?:in|from|at)\s+(?:the\s+)?$/i;
/** How far back (UTF-16 units) the speaker cue is looked for. */
const SPEAKER_WINDOW = 90;
/** Prepositions that put an event at a place: "clashes in Kharkiv", "troops across the country". */
const LOCATIVE_CUE = /\b(?:in|at|near|across|throughout|around|outside|inside|into|to|on|from|toward|towards|of)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|north|south|east|west|downtown|oil-rich|\w+-rich)\s+)*$/i;

function within(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => start >= s.start && end <= s.end);
}

/** The country most of the text's resolved places belong to: "Ukraine" for a story on Kharkiv and Odesa. */
function focusCountry(entries: ReadonlyArray<GazetteerEntry | null>): string | null {
  const votes = new Map<string, number>();
  for (const e of entries) if (e) votes.set(e.country, (votes.get(e.country) ?? 0) + 1);
  let top: string | null = null;
  let topVotes = 0;
  for (const [c, v] of votes) {
    if (v > topVotes) {
      top = c;
      topVotes = v;
    }
  }
  return top;
}

/**
 * Finds every place name of the article and gives it a role:
 * - inside the dateline → dateline; a caption → caption; page furniture → boilerplate;
 * - after a speech cue ("Wang said in Beijing") → speaker;
 * - a place outside the story's focus country that no locative preposition introduces
 *   ("Russia sent troops", "China's foreign ministry") → context;
 * - everything else, and every place in the focus country → event.
 */
export function findPlaceMentions(article: Article, gazetteer: Gazetteer): PlaceMention[] {
  const { text } = article;
  const { found } = findToponyms(text, gazetteer);
  const focus = focusCountry(found.map((f) => f.entry));
  const mentions = found.map(({ match, entry, score }): PlaceMention => {
    const { start, end } = match;
    let role: PlaceRole;
    const before = text.slice(Math.max(0, start - SPEAKER_WINDOW), start);
    if (article.dateline && within([article.dateline], start, end)) role = 'dateline';
    else if (within(article.captions, start, end)) role = 'caption';
    else if (within(article.furniture, start, end)) role = 'boilerplate';
    else if (SPEAKER_CUE.test(before)) role = 'speaker';
    else if (entry && focus !== null && entry.country !== focus && !LOCATIVE_CUE.test(before)) role = 'context';
    else role = 'event';
    return {
      articleId: article.id,
      start,
      end,
      text: text.slice(start, end),
      role,
      geonameid: entry?.geonameid ?? null,
      score: entry ? score : 0,
    };
  });
  return mentions.sort((a, b) => a.start - b.start || a.end - b.end);
}
