// Actor mentions from every article + merged incidents → canonical actors with aliases and map locations.
import type { Actor, ActorKind, ActorMention, ArticleExtraction, Gazetteer, Incident, PlaceMention } from '../types';
import { actorId } from './actor-id';

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function mostCommon<T extends string>(values: readonly T[]): T | null {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0]?.[0] ?? null;
}

/** Spans end before this in any article read whole (2 MiB at most): one number keys such a span exactly. */
const SPAN_END_LIMIT = 2 ** 22;

/** A key per span of one article: a number, so that no string is built per mention, but for a longer text. */
function spanKey(m: ActorMention): number | string {
  return m.end < SPAN_END_LIMIT ? m.start * SPAN_END_LIMIT + m.end : `${m.start}|${m.end}`;
}

/**
 * One mention per span of an article (the last one given), in the order each span first appears. A large
 * corpus has hundreds of thousands of actor mentions: keys built as strings cost most of building actors.
 */
function uniqueSpans(mentions: readonly ActorMention[]): ActorMention[] {
  const byArticle = new Map<string, Map<number | string, ActorMention>>();
  for (const m of mentions) {
    let spans = byArticle.get(m.articleId);
    if (!spans) byArticle.set(m.articleId, (spans = new Map()));
    spans.set(spanKey(m), m);
  }
  const out: ActorMention[] = [];
  for (const spans of byArticle.values()) for (const m of spans.values()) out.push(m);
  return out;
}

/**
 * The display name of an actor: for a person the full name most mentions give ("Volodymyr Zelensky"
 * over "Volodimir Zelensky" and "Zelensky"), otherwise the name most mentions propose.
 */
function canonicalName(kind: ActorKind, mentions: readonly ActorMention[]): string {
  const named = mentions.filter((m) => m.name !== undefined);
  const names = (named.length ? named : mentions).map((m) => m.name ?? m.text);
  if (kind === 'person') {
    const full = names.filter((n) => n.trim().split(/\s+/).length >= 2);
    if (full.length) return mostCommon(full) ?? full[0]!;
  }
  return mostCommon(names) ?? mentions[0]?.text ?? '';
}

/**
 * Builds the corpus's actors. Mentions with one key are one actor (keys are set at extraction: surname for
 * people, ISO code for states, canonical noun and country for groups); the id is a hash of the key, the
 * same one mergeIncidents put in `Incident.actors`. `locations` lists, per place, the incidents the actor
 * takes part in; a country-wide incident is placed on its country.
 * @example mentions "President Volodymyr Zelensky", "Zelensky", "Volodimir Zelensky", "the president"
 *   → one person "Volodymyr Zelensky" with the other forms as aliases
 */
export function buildActors(
  extractions: readonly ArticleExtraction[], incidents: readonly Incident[], _places: readonly PlaceMention[], gazetteer: Gazetteer,
): Actor[] {
  const byKey = new Map<string, ActorMention[]>();
  for (const e of extractions) {
    for (const m of e.actors) {
      if (!m.key) continue;
      const list = byKey.get(m.key);
      if (list) list.push(m);
      else byKey.set(m.key, [m]);
    }
  }
  // incidents by actor id, indexed once: a scan of every incident per actor is quadratic on a large corpus
  const incidentsOf = new Map<string, Incident[]>();
  for (const inc of incidents) {
    for (const id of new Set(inc.actors)) {
      const list = incidentsOf.get(id);
      if (list) list.push(inc);
      else incidentsOf.set(id, [inc]);
    }
  }
  const actors: Actor[] = [];
  for (const [key, mentions] of byKey) {
    const unique = uniqueSpans(mentions).sort((a, b) => cmp(a.articleId, b.articleId) || a.start - b.start);
    const kind = mostCommon(unique.map((m) => m.kind)) ?? 'group';
    const name = canonicalName(kind, unique);
    const written = new Set<string>();
    for (const m of unique) {
      written.add(m.text);
      if (m.name) written.add(m.name);
    }
    const forms = new Set([...written].map((t) => t.replace(/\s+/g, ' ').trim()));
    const aliases = [...forms].filter((a) => a !== name).sort(cmp);
    const country = mostCommon(unique.flatMap((m) => (m.country ? [m.country] : [])));
    const id = actorId(key);
    const where = new Map<number, string[]>();
    for (const inc of incidentsOf.get(id) ?? []) {
      const place = inc.place?.id ?? (inc.country ? gazetteer.country(inc.country)?.geonameid : undefined);
      if (place === undefined) continue;
      // pushed, not copied: an actor in thousands of country-wide incidents has them all at one place
      const ids = where.get(place);
      if (ids) ids.push(inc.id);
      else where.set(place, [inc.id]);
    }
    actors.push({
      id,
      name,
      aliases,
      kind,
      country,
      mentions: unique.length,
      locations: [...where.entries()].sort((a, b) => a[0] - b[0]).map(([place, ids]) => ({ place, incidents: [...new Set(ids)].sort(cmp) })),
    });
  }
  return actors.sort((a, b) => cmp(a.id, b.id));
}
