/**
 * Room for the selected event's label, pure: the window moved sideways (never zoomed) so that an
 * item cut by the timeline's right edge (a label running past it, a narrower timeline once the
 * details pane opens) is seen whole, without pushing its start off the left edge.
 */
import type { TimeSpan } from '../lib/time';

/** Pixels kept free between the item and the timeline's edges. */
export const LABEL_MARGIN = 12;

/**
 * The window `w` (drawn `width` pixels wide) moved so that the item drawn from `left` to `right`
 * (pixels from the timeline's left edge) fits inside it; `w` itself when it already fits, or when
 * its start is off the left edge (then it is not the item the user just chose in view).
 */
export function windowShowing(w: TimeSpan, width: number, left: number, right: number): TimeSpan {
  if (width <= 0 || left < 0 || right <= width - LABEL_MARGIN) return w;
  // as far as the label needs, but never so far that the item's start leaves the window
  const shift = Math.min(right - (width - LABEL_MARGIN), left - LABEL_MARGIN);
  if (shift <= 0) return w;
  const dt = (shift * (w.end - w.start)) / width;
  return { start: w.start + dt, end: w.end + dt };
}
