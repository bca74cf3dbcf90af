/** Sorting of the list view and the articles list: by one column, ascending or descending. */
import type { ArticleInfo } from '../../../electron/shared/model';
import type { PageEvent } from '../../../electron/shared/contract';
import { placeEvent } from './event-dates';

export type SortDirection = 'ascending' | 'descending';

export interface SortOrder<K extends string> {
  key: K;
  direction: SortDirection;
}

/** The next order when a column's header is pressed: that column ascending, or reversed if it was already sorted by it. */
export function nextSort<K extends string>(current: SortOrder<K>, key: K): SortOrder<K> {
  if (current.key !== key) return { key, direction: 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export type EventSortKey = 'date' | 'title';

/**
 * Events sorted by date (start on the time axis, then end, undated last in either direction)
 * or by title; ties keep the previous order.
 */
export function sortEvents<E extends Pick<PageEvent, 'title' | 'start' | 'end' | 'precision'>>(
  events: readonly E[],
  order: SortOrder<EventSortKey>,
): E[] {
  const sign = order.direction === 'ascending' ? 1 : -1;
  const rows = events.map((e, i) => {
    const p = placeEvent(e);
    return { e, i, start: p?.start ?? Number.NaN, end: p?.end ?? p?.start ?? Number.NaN };
  });
  rows.sort((a, b) => {
    if (order.key === 'title') return sign * collator.compare(a.e.title, b.e.title) || a.i - b.i;
    const aMissing = Number.isNaN(a.start);
    const bMissing = Number.isNaN(b.start);
    if (aMissing || bMissing) return aMissing === bMissing ? a.i - b.i : aMissing ? 1 : -1;
    return sign * (a.start - b.start || a.end - b.end) || a.i - b.i;
  });
  return rows.map((r) => r.e);
}

export type ArticleSortKey = 'title' | 'source' | 'published' | 'events';

/** Articles sorted by a column; `counts` gives the number of events per article. */
export function sortArticles(
  articles: readonly ArticleInfo[],
  counts: ReadonlyMap<string, number>,
  order: SortOrder<ArticleSortKey>,
): ArticleInfo[] {
  const sign = order.direction === 'ascending' ? 1 : -1;
  const value = (a: ArticleInfo): string | number => {
    switch (order.key) {
      case 'title':
        return a.title;
      case 'source':
        return a.source ?? '';
      case 'published':
        return a.published;
      case 'events':
        return counts.get(a.id) ?? 0;
    }
  };
  return articles
    .map((a, i) => ({ a, i, v: value(a) }))
    .sort((x, y) => {
      const c =
        typeof x.v === 'number' && typeof y.v === 'number'
          ? x.v - y.v
          : collator.compare(String(x.v), String(y.v));
      return sign * c || x.i - y.i;
    })
    .map((x) => x.a);
}
