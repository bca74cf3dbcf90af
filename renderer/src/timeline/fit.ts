/**
 * Where the window goes, pure: fitting a set of events ("Fit all", "show them") within the widest
 * window the timeline draws, saying which far events that leaves out; and whether the view follows
 * a change (an import, a filter, "only", a search) by moving, by offering to, or stays.
 */
import { DAY_MS, padded, type TimeSpan } from '../lib/time';
import { fitWindow } from './drawing';
import type { PlacedEvent } from './event-index';

/** The widest window the timeline shows: a hundred years (vis-timeline's zoomMax). */
export const MAX_WINDOW_SPAN = Math.round(100 * 365.25 * DAY_MS);

/** A fitted window, and the events it had to leave out (far from the others) in time order. */
export interface Fit {
  window: TimeSpan;
  leftOut: PlacedEvent[];
}

/**
 * The window that shows every event of `list` (in time order), with room for the labels of the
 * last ones. When they spread over more than `maxSpan`, the window holds the most events it can
 * and the others are returned as left out, never dropped silently. Null for no events.
 */
export function fitEvents(
  list: readonly PlacedEvent[],
  width: number,
  maxSpan = MAX_WINDOW_SPAN,
): Fit | null {
  const first = list[0];
  if (!first) return null;
  const windowOf = (from: number, to: number): TimeSpan => {
    let end = -Infinity;
    for (let k = from; k <= to; k++) end = Math.max(end, (list[k] as PlacedEvent).end);
    return fitWindow(padded((list[from] as PlacedEvent).start, end), to - from + 1, width);
  };
  const spanOf = (w: TimeSpan) => w.end - w.start;
  const all = windowOf(0, list.length - 1);
  if (spanOf(all) <= maxSpan) return { window: all, leftOut: [] };
  // The run of events (by start) that fits and holds the most; two pointers over the starts.
  let best = { from: 0, to: 0 };
  let from = 0;
  for (let to = 0; to < list.length; to++) {
    const start = (list[to] as PlacedEvent).start;
    const fits = (k: number) =>
      spanOf(fitWindow(padded((list[k] as PlacedEvent).start, start), to - k + 1, width)) <= maxSpan;
    while (from < to && !fits(from)) from++;
    if (to - from > best.to - best.from) best = { from, to };
  }
  const w = windowOf(best.from, best.to);
  const window = spanOf(w) <= maxSpan ? w : { start: w.start, end: w.start + maxSpan };
  const leftOut = list.filter((p, k) => k < best.from || k > best.to);
  return { window, leftOut };
}

/** At most this many of the events a change concerns in view count as "few": the view moves to them. */
export const FEW_IN_VIEW = 2;

/** What the view does after a change: stays, moves to the events, or offers to show those outside. */
export type Follow = { act: 'stay' } | { act: 'move' } | { act: 'offer'; outside: number };

/**
 * Whether the window follows a change that concerns `total` events, `inside` of them in view:
 * it stays when all are in view (or there are none); moves when none, or only a few of many,
 * are; otherwise it stays and offers "N events outside this view: show them".
 */
export function followChange(inside: number, total: number): Follow {
  if (total === 0 || inside >= total) return { act: 'stay' };
  if (inside === 0 || (inside <= FEW_IN_VIEW && total > 2 * inside)) return { act: 'move' };
  return { act: 'offer', outside: total - inside };
}
