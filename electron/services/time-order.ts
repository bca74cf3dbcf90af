import type { NewsEvent } from '../shared/model';
import { compareByDate } from '../shared/page-events';

/**
 * The events as the snapshot hands them over: in date order, each id once (the first event with
 * an id is kept), so that the page can rely on both.
 */
export function inDateOrder(events: readonly NewsEvent[]): NewsEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => !seen.has(e.id) && seen.add(e.id) !== undefined).sort(compareByDate);
}
