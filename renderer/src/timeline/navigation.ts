/**
 * Keyboard navigation on the timeline, as pure functions: the next event in time order, and the
 * event of the lane above or below nearest in time to the current one.
 */
/** An event placed on the timeline (start and end in ms; end equals start for points). */
export interface NavItem {
  id: string;
  start: number;
  end: number;
}

/**
 * The event `step` places away in time order (the list is sorted by start), clamped to the ends;
 * with no current event (or one not in the list), the first event at or after `windowStart`
 * going forward, the last before `windowEnd` going back.
 */
export function stepInTime(
  list: readonly NavItem[],
  current: string | null,
  step: 1 | -1,
  windowStart = -Infinity,
  windowEnd = Infinity,
): NavItem | null {
  if (list.length === 0) return null;
  const index = current === null ? -1 : list.findIndex((p) => p.id === current);
  if (index < 0) {
    if (step === 1) {
      const i = firstAtOrAfter(list, windowStart);
      return list[Math.min(list.length - 1, i)] ?? null;
    }
    return list[Math.max(0, firstAtOrAfter(list, windowEnd) - 1)] ?? null;
  }
  return list[Math.max(0, Math.min(list.length - 1, index + step))] ?? null;
}

/** The event of the list whose start is nearest to `t` (the earlier one on a tie). */
export function nearestInTime(list: readonly NavItem[], t: number): NavItem | null {
  if (list.length === 0) return null;
  const i = firstAtOrAfter(list, t);
  const after = list[i];
  const before = list[i - 1];
  if (!after) return before ?? null;
  if (!before) return after;
  return t - before.start <= after.start - t ? before : after;
}

/**
 * Moving up (-1) or down (1) from `lane`: the nearest lane in that direction that has events, and
 * its event nearest in time to `t`. Null at the top or bottom.
 */
export function stepLane(
  order: readonly string[],
  eventsOf: (lane: string) => readonly NavItem[],
  lane: string,
  t: number,
  step: 1 | -1,
): { lane: string; item: NavItem } | null {
  for (let i = order.indexOf(lane) + step; i >= 0 && i < order.length; i += step) {
    const next = order[i] as string;
    const item = nearestInTime(eventsOf(next), t);
    if (item) return { lane: next, item };
  }
  return null;
}

function firstAtOrAfter(list: readonly NavItem[], t: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as NavItem).start < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
