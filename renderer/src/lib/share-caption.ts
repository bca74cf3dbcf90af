/**
 * The caption of what is shared under its title: the dates shown and the number of events in
 * them ("3 January 2025 to 20 February 2025 · 24 events"). Pure.
 */
import type { PageEvent } from '../../../electron/shared/contract';
import { formatIsoDate, placeEvent } from './event-dates';
import { PART_SEPARATOR } from './filters-in-words';
import type { TimeSpan } from './time';
import { formatCount } from './format-count';

/** Number of `events` drawn in the window: those that overlap it. */
export function countInSpan(
  events: readonly Pick<PageEvent, 'start' | 'end' | 'precision'>[],
  window: TimeSpan,
): number {
  let count = 0;
  for (const e of events) {
    const p = placeEvent(e);
    if (p && p.start < window.end && (p.end ?? p.start) >= window.start) count++;
  }
  return count;
}

/** "3 January 2025 to 20 February 2025 · 24 events": the window shown and the events in it. */
export function rangeInWords(window: TimeSpan, count: number): string {
  const day = (t: number) => formatIsoDate(new Date(t).toISOString().slice(0, 10));
  const events = `${formatCount(count)} event${count === 1 ? '' : 's'}`;
  return `${day(window.start)} to ${day(window.end)}${PART_SEPARATOR}${events}`;
}
