/**
 * Date wording and timeline placement of events. Everything is computed in UTC so that a
 * date-only event never moves to the day before or after, whatever the machine's time zone.
 */
import type { Precision } from '../../../electron/shared/model';
import type { PageEvent } from '../../../electron/shared/contract';
import { formatIsoDate, parseIsoDate, type DateParts } from '../../../electron/shared/date-words';
import { DAY_MS } from './time';

// the app's one way of writing a date, shared with the exports, offered here with the rest
export { formatIsoDate, parseIsoDate };

const DURATION_UNITS: Record<string, [string, string]> = {
  D: ['day', 'days'],
  W: ['week', 'weeks'],
  M: ['month', 'months'],
  Y: ['year', 'years'],
};

/** "3 weeks" from "3 weeks" or from a TIMEX3 duration such as "P3W"; other wording is kept as written. */
export function formatAmount(amount: string): string {
  const m = /^P(\d+(?:\.\d+)?)([DWMY])$/i.exec(amount.trim());
  if (!m) return amount.trim();
  const n = Number(m[1]);
  const unit = DURATION_UNITS[(m[2] ?? 'D').toUpperCase()] ?? ['day', 'days'];
  return `${m[1]} ${n === 1 ? unit[0] : unit[1]}`;
}

/** "about 3 weeks before 14 Jan 2025", "some time after January 2025", "around 14 Jan 2025". */
function formatApproximation(approx: NonNullable<PageEvent['approximation']>): string {
  const anchor = parseIsoDate(approx.anchor) ? formatIsoDate(approx.anchor, true) : approx.anchor;
  if (approx.relation === 'around') return `around ${anchor}`;
  if (!approx.amount) return `some time ${approx.relation} ${anchor}`;
  const amount = formatAmount(approx.amount);
  const hedge = /^\d/.test(amount) ? 'about ' : '';
  return `${hedge}${amount} ${approx.relation} ${anchor}`;
}

/** A span of two ISO dates in words: "14 to 16 January 2025", "3 March 2025 to 2 April 2025". */
function formatSpan(start: string, end: string, joiner = 'to'): string {
  const a = parseIsoDate(start);
  const b = parseIsoDate(end);
  if (a && b && a.day !== undefined && b.day !== undefined && a.year === b.year && a.month === b.month) {
    return `${a.day} ${joiner} ${formatIsoDate(end)}`;
  }
  return `${formatIsoDate(start)} ${joiner} ${formatIsoDate(end)}`;
}

/**
 * The date of an event in words, as precise as it is known:
 * "14 January 2025", "January 2025", "2025", "about 3 weeks before 14 Jan 2025".
 */
export function formatEventDate(
  event: Pick<PageEvent, 'start' | 'end' | 'precision' | 'approximation'>,
): string {
  if (event.approximation) return formatApproximation(event.approximation);
  if (event.precision === 'approximate') {
    return event.end
      ? `between ${formatSpan(event.start, event.end, 'and')}`
      : `around ${formatIsoDate(event.start)}`;
  }
  if (event.end && event.end !== event.start) return formatSpan(event.start, event.end);
  return formatIsoDate(event.start);
}

/** How precisely the date is known, in a few words. */
export function describePrecision(precision: Precision): string {
  switch (precision) {
    case 'day':
      return 'exact day';
    case 'month':
      return 'month only';
    case 'year':
      return 'year only';
    case 'approximate':
      return 'approximate';
  }
}

/** Where the placement of an event on the time axis comes from: a point or a span, in ms since the epoch (UTC). */
export interface TimePlacement {
  start: number;
  /** Exclusive end of a span; absent for a point. */
  end?: number;
}

function startOf(parts: DateParts): number {
  return Date.UTC(parts.year, (parts.month ?? 1) - 1, parts.day ?? 1);
}

/** First instant after the period an ISO date names (the next day, month or year). */
function endOf(parts: DateParts): number {
  if (parts.month === undefined) return Date.UTC(parts.year + 1, 0, 1);
  if (parts.day === undefined) return Date.UTC(parts.year, parts.month, 1);
  return Date.UTC(parts.year, parts.month - 1, parts.day) + DAY_MS;
}

/**
 * Where an event lies on the time axis: a point for a day, the whole period for a month or a year,
 * and `start`..`end` for approximate dates and spans, so that uncertainty is visible.
 */
export function placeEvent(
  event: Pick<PageEvent, 'start' | 'end' | 'precision'>,
): Readonly<TimePlacement> | null {
  // Many events share their dates (a story covers a few hundred days), so each distinct date is
  // worked out once; the cache is dropped when it grows past any realistic number of dates.
  // (most events have no end: those are found by their start alone, in a map per precision)
  const cache = event.end === undefined ? byStart[event.precision] : placements;
  const key = event.end === undefined ? event.start : `${event.start}|${event.end}|${event.precision}`;
  let placement = cache.get(key);
  if (placement === undefined) {
    if (cache.size >= MAX_CACHED_PLACEMENTS) cache.clear();
    placement = computePlacement(event);
    if (placement) Object.freeze(placement);
    cache.set(key, placement);
  }
  return placement;
}

const MAX_CACHED_PLACEMENTS = 100_000;
const placements = new Map<string, TimePlacement | null>();
const byStart: Record<PageEvent['precision'], Map<string, TimePlacement | null>> = {
  day: new Map(),
  month: new Map(),
  year: new Map(),
  approximate: new Map(),
};

function computePlacement(event: Pick<PageEvent, 'start' | 'end' | 'precision'>): TimePlacement | null {
  const from = parseIsoDate(event.start);
  if (!from) return null;
  const start = startOf(from);
  const to = event.end ? parseIsoDate(event.end) : null;
  if (to) {
    const end = endOf(to);
    if (end > start + DAY_MS || event.precision !== 'day')
      return { start, end: Math.max(end, start + DAY_MS) };
  }
  if (event.precision === 'day' && from.day !== undefined) return { start: start + DAY_MS / 2 };
  return { start, end: endOf(from) };
}
