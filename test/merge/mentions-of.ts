// Builds Mention records for merge tests.
import { contentId } from '../../lib/extract/content-id';
import type { Mention } from '../../lib/types';

export function mentionOf(m: Partial<Mention> & Pick<Mention, 'articleId' | 'type'>): Mention {
  const start = m.start ?? 0;
  const end = m.end ?? start + 10;
  return {
    id: m.id ?? contentId(m.articleId, start, end, m.type, m.topic ?? '', m.geonameid ?? m.country ?? ''),
    start,
    end,
    trigger: { start, end },
    sentence: { start, end },
    geonameid: null,
    country: 'KZ',
    date: null,
    dateText: null,
    actors: [],
    figures: {},
    hedges: [],
    topic: null,
    zone: 'body',
    quote: `quote ${m.articleId} ${start}`,
    ...m,
  };
}
