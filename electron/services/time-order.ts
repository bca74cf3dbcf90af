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
