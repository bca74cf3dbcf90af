/**
 * Events per article counted the plain way (an event counts once per article that reports it):
 * the reference the page's faster counts (from the filter's columns, patched after an edit) are
 * checked against.
 */
import type { PageEvent } from '../../../electron/shared/contract';

export function eventsPerArticle(events: readonly Pick<PageEvent, 'sources'>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of events)
    for (const id of new Set(e.sources.map((s) => s.articleId))) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}
