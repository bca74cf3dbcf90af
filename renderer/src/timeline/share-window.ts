/**
 * The window of a shared picture or PDF, pure: the window shown, its start moved left just enough
 * that the first event is drawn whole (its dot and its label), not cut at the left edge.
 */
import type { TimeSpan } from '../lib/time';

/** Room kept left of the first event, in pixels. */
export const SHARE_EDGE_PX = 16;
/** Width of an item's label at most (see shortTitle), in pixels: a point this far left still shows. */
export const SHARE_LABEL_PX = 360;

/** Index of the first of the sorted `starts` at or after `t`. */
function firstFrom(starts: ArrayLike<number>, t: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `w` with its start moved left so that no event starting near the left edge (from a label's width
 * before it to SHARE_EDGE_PX after it) is cut; the end stays, and the window grows by a quarter
 * at most. `starts`: the shown events' starts,
 * sorted; `width`: the timeline's width in pixels.
 */
export function shareWindow(w: TimeSpan, starts: ArrayLike<number>, width: number): TimeSpan {
  if (width <= 4 * SHARE_EDGE_PX || starts.length === 0 || w.end <= w.start) return w;
  let start = w.start;
  // Never widen the window by more than a quarter: dense stretches would push it ever further.
  const farthest = w.start - (w.end - w.start) / 4;
  // Moving the start brings earlier events near the new edge: a few rounds settle it.
  for (let round = 0; round < 4 && start > farthest; round++) {
    const perPx = (w.end - start) / width;
    const i = firstFrom(starts, start - SHARE_LABEL_PX * perPx);
    const first = starts[i];
    if (first === undefined || first >= start + SHARE_EDGE_PX * perPx) break;
    // the start that puts `first` SHARE_EDGE_PX from the left edge, the end kept
    start = Math.max(farthest, (first * width - SHARE_EDGE_PX * w.end) / (width - SHARE_EDGE_PX));
  }
  return start === w.start ? w : { start, end: w.end };
}
