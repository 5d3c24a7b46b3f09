// Actor key → actor id. Extraction gives every actor mention a canonical key; merge and buildActors
// both derive the id from it, so incidents and actors.json agree without passing a mapping around.
import { contentId } from '../extract/content-id';

/** @example actorId('person:macron') === actorId('person:macron') */
export function actorId(key: string): string {
  return `a${contentId('actor', key)}`;
}
