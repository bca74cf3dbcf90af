import type { NewsEvent } from '../shared/model';

/**
 * Orders events by date: start, then end (a point before a span that starts with it), then id.
 * ISO dates compare as text ("2025" < "2025-01" < "2025-01-14"), so no date is parsed. The
 * snapshot hands its events over in this order; the page places them on the time axis itself, and
 * sorting an ordered list is one pass.
 */
function compareByDate(a: NewsEvent, b: NewsEvent): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  const endA = a.end ?? '';
  const endB = b.end ?? '';
  if (endA !== endB) return endA < endB ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The events as the snapshot hands them over: in date order, each id once (the first event with
 * an id is kept), so that the page can rely on both.
 */
export function inDateOrder(events: readonly NewsEvent[]): NewsEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => !seen.has(e.id) && seen.add(e.id) !== undefined).sort(compareByDate);
}
