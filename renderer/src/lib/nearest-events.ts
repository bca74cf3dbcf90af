/**
 * The events nearest in time to one event: the choices the details pane offers to merge it with.
 * Over the page's events in date order they are found around the event's place by a binary
 * search; over any other list, in one pass.
 */
import type { PageEvent } from '../../../electron/shared/contract';

const MERGE_CHOICES = 30;

/** Time of a start (YYYY, YYYY-MM or YYYY-MM-DD) as `nearestEvents` measures distance: its first day. */
const timeOfStart = (s: string): number =>
  Date.parse(s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s);

/** Lists of events found in order of their starts (the snapshot's date order), checked once per list. */
const inStartOrder = new WeakMap<readonly PageEvent[], boolean>();

function sortedByStart(events: readonly PageEvent[]): boolean {
  let sorted = inStartOrder.get(events);
  if (sorted === undefined) {
    sorted = true;
    for (let i = 1; i < events.length && sorted; i++)
      if ((events[i - 1] as PageEvent).start > (events[i] as PageEvent).start) sorted = false;
    inStartOrder.set(events, sorted);
  }
  return sorted;
}

/** The events nearest in time to `event` (itself excluded), nearest first. */
export function nearestEvents(
  event: PageEvent,
  events: readonly PageEvent[],
  count = MERGE_CHOICES,
): PageEvent[] {
  if (count <= 0) return [];
  // the page's events are in date order: the nearest are found around the event's place
  if (sortedByStart(events)) {
    const near = nearestAround(event, events, count);
    if (near) return near;
  }
  // each distinct start read once (a library of 100,000 events has a few thousand)
  const times = new Map<string, number>();
  const at = (e: PageEvent) => {
    let time = times.get(e.start);
    if (time === undefined) times.set(e.start, (time = timeOfStart(e.start)));
    return time;
  };
  const t = at(event);
  // the `count` nearest kept in order as the events go by (the first of equally near ones first),
  // as sorting them all by distance would give; an unreadable date sorts them all the plain way
  const best: { e: PageEvent; d: number }[] = [];
  for (const e of events) {
    if (e.id === event.id) continue;
    const d = Math.abs(at(e) - t);
    if (Number.isNaN(d)) return nearestBySort(event, events, at, t, count);
    if (best.length === count && d >= (best[count - 1] as { d: number }).d) continue;
    let i = best.length;
    while (i > 0 && (best[i - 1] as { d: number }).d > d) i--;
    best.splice(i, 0, { e, d });
    if (best.length > count) best.pop();
  }
  return best.map((x) => x.e);
}

/**
 * `nearestEvents` over events in order of their starts: from the event's place in time outwards,
 * a run of equal times at a time, the earlier in the list first among equally near ones. Null
 * when a date met cannot be read or is out of time order (the caller then goes over them all).
 */
function nearestAround(event: PageEvent, events: readonly PageEvent[], count: number): PageEvent[] | null {
  const t = timeOfStart(event.start);
  if (Number.isNaN(t)) return null;
  const timeAt = (i: number) => timeOfStart((events[i] as PageEvent).start);
  // the first event not before `t`: those after it are as near as their distance on the right
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const tm = timeAt(mid);
    if (Number.isNaN(tm)) return null;
    if (tm < t) lo = mid + 1;
    else hi = mid;
  }
  const out: PageEvent[] = [];
  let left = lo - 1;
  let right = lo;
  let leftTime = left >= 0 ? timeAt(left) : NaN;
  let rightTime = right < events.length ? timeAt(right) : NaN;
  while (out.length < count && (left >= 0 || right < events.length)) {
    if ((left >= 0 && Number.isNaN(leftTime)) || (right < events.length && Number.isNaN(rightTime)))
      return null;
    const takeLeft = left >= 0 && (right >= events.length || t - leftTime <= rightTime - t);
    if (takeLeft) {
      // the run of events at `leftTime`, taken in list order
      let from = left;
      while (from > 0 && timeAt(from - 1) === leftTime) from--;
      for (let i = from; i <= left && out.length < count; i++) {
        const e = events[i] as PageEvent;
        if (e.id !== event.id) out.push(e);
      }
      left = from - 1;
      const next = left >= 0 ? timeAt(left) : NaN;
      if (next > leftTime) return null;
      leftTime = next;
    } else {
      let to = right;
      while (to + 1 < events.length && timeAt(to + 1) === rightTime) to++;
      for (let i = right; i <= to && out.length < count; i++) {
        const e = events[i] as PageEvent;
        if (e.id !== event.id) out.push(e);
      }
      right = to + 1;
      const next = right < events.length ? timeAt(right) : NaN;
      if (next < rightTime) return null;
      rightTime = next;
    }
  }
  return out;
}

function nearestBySort(
  event: PageEvent,
  events: readonly PageEvent[],
  at: (e: PageEvent) => number,
  t: number,
  count: number,
): PageEvent[] {
  return events
    .filter((e) => e.id !== event.id)
    .map((e) => ({ e, d: Math.abs(at(e) - t) }))
    .sort((a, b) => a.d - b.d)
    .slice(0, count)
    .map((x) => x.e);
}
