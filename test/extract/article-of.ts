// PlaceMentions around a test Article, for extraction tests: places are given by surface.
import type { Article, Gazetteer, PlaceMention, PlaceRole } from '../../lib/types';
export { articleOf } from '../support/article-of';
import { foldName } from '../../lib/geo/fold-name';

/**
 * Every occurrence of each surface as a PlaceMention resolved through the gazetteer, with the given role
 * (default "event"): a stand-in for the geoparser, so extraction is tested on its own.
 */
export function placesOf(article: Article, gazetteer: Gazetteer, roles: Record<string, PlaceRole | Array<PlaceRole>> = {}, surfaces: string[] = []): PlaceMention[] {
  const out: PlaceMention[] = [];
  const all = [...new Set([...surfaces, ...Object.keys(roles)])];
  for (const surface of all) {
    const id = gazetteer.lookup(foldName(surface))[0] ?? null;
    const role = roles[surface] ?? 'event';
    let from = 0;
    let n = 0;
    for (;;) {
      const at = article.text.indexOf(surface, from);
      if (at < 0) break;
      const r = Array.isArray(role) ? (role[n] ?? role.at(-1) ?? 'event') : role;
      out.push({ articleId: article.id, start: at, end: at + surface.length, text: surface, role: r, geonameid: id, score: 1 });
      from = at + surface.length;
      n++;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
