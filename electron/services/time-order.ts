import type { NewsEvent } from '../shared/model';
import { compareByDate } from '../shared/page-events';

/**
 * The events as the snapshot hands them over: in date order, each id once (the first event with
 * an id is kept), so that the page can rely on both.
 */
export function inDateOrder(events: readonly NewsEvent[]): NewsEvent[] {
  const seen = new Set<string>();
  const out: NewsEvent[] = [];
  let ordered = true;
  for (const e of events) {
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    if (ordered && out.length > 0 && compareByDate(out[out.length - 1] as NewsEvent, e) > 0) ordered = false;
    out.push(e);
  }
  // already in order (a snapshot made again after an edit, mostly): no sort
  return ordered ? out : out.sort(compareByDate);
}

/** First index of the date-ordered `events` not before `key` (a binary search by `compareByDate`). */
export function firstNotBefore<T extends Pick<NewsEvent, 'start' | 'end' | 'id'>>(
  events: readonly T[],
  key: T,
): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareByDate(events[mid] as T, key) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
