/** The window the timeline opens on: the saved one when valid, else all the events shown. */
import type { ViewState } from '../../../electron/shared/contract';
import type { PageEvent } from '../../../electron/shared/contract';
import { placeEvent } from '../lib/event-dates';
import { DAY_MS, padded, type TimeSpan } from '../lib/time';

/** The span of the given events with a margin of 5% (at least a day) on each side; null for no events. */
export function spanOfEvents(events: readonly PageEvent[]): TimeSpan | null {
  let start = Infinity;
  let end = -Infinity;
  for (const e of events) {
    const p = placeEvent(e);
    if (!p) continue;
    start = Math.min(start, p.start);
    end = Math.max(end, p.end ?? p.start);
  }
  return Number.isFinite(start) ? padded(start, end) : null;
}

/** The saved window when it is a valid one, else the span of the events, else the last year. */
export function initialWindow(
  saved: ViewState['window'],
  events: readonly PageEvent[],
  now = Date.now(),
): TimeSpan {
  if (saved) {
    const start = Date.parse(saved.start);
    const end = Date.parse(saved.end);
    if (Number.isFinite(start) && Number.isFinite(end) && end > start) return { start, end };
  }
  return spanOfEvents(events) ?? { start: now - 365 * DAY_MS, end: now + 30 * DAY_MS };
}
