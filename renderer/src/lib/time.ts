/** Time as the page counts it: milliseconds since the epoch, UTC. */

/** One day, in milliseconds. */
export const DAY_MS = 86_400_000;

/** A stretch of time, in milliseconds since the epoch (the timeline's window, the events' range). */
export interface TimeSpan {
  start: number;
  end: number;
}

/** The span from `start` to `end` with a margin of 5% (at least a day) on each side. */
export function padded(start: number, end: number): TimeSpan {
  const pad = Math.max((end - start) * 0.05, DAY_MS);
  return { start: start - pad, end: end + pad };
}
