/**
 * Aggregation of events by period for wide windows: beyond a few hundred visible events the
 * timeline draws one shaded band per period with the number of events, not the events themselves.
 */
import { DAY_MS } from '../lib/time';

export type BucketUnit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade';

/** Typical length of each unit, used to pick one for a window. */
const UNIT_LENGTH: Record<BucketUnit, number> = {
  day: DAY_MS,
  week: 7 * DAY_MS,
  month: 30.44 * DAY_MS,
  quarter: 91.31 * DAY_MS,
  year: 365.25 * DAY_MS,
  decade: 3652.5 * DAY_MS,
};

const UNITS: readonly BucketUnit[] = ['day', 'week', 'month', 'quarter', 'year', 'decade'];

/** The finest unit that cuts a window of this length into at most `maxBuckets` periods. */
export function chooseBucketUnit(spanMs: number, maxBuckets = 60): BucketUnit {
  for (const unit of UNITS) if (spanMs / UNIT_LENGTH[unit] <= maxBuckets) return unit;
  return 'decade';
}

/** Start of the period (UTC) that contains `t`. */
export function periodStart(t: number, unit: BucketUnit): number {
  const d = new Date(t);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (unit) {
    case 'day':
      return Date.UTC(y, m, d.getUTCDate());
    case 'week': {
      const day = Date.UTC(y, m, d.getUTCDate());
      const weekday = (d.getUTCDay() + 6) % 7; // Monday first
      return day - weekday * DAY_MS;
    }
    case 'month':
      return Date.UTC(y, m, 1);
    case 'quarter':
      return Date.UTC(y, m - (m % 3), 1);
    case 'year':
      return Date.UTC(y, 0, 1);
    case 'decade':
      return Date.UTC(y - (((y % 10) + 10) % 10), 0, 1);
  }
}

/** Start of the period after the one that starts at `start`. */
export function nextPeriod(start: number, unit: BucketUnit): number {
  const d = new Date(start);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (unit) {
    case 'day':
      return start + DAY_MS;
    case 'week':
      return start + 7 * DAY_MS;
    case 'month':
      return Date.UTC(y, m + 1, 1);
    case 'quarter':
      return Date.UTC(y, m + 3, 1);
    case 'year':
      return Date.UTC(y + 1, 0, 1);
    case 'decade':
      return Date.UTC(y + 10, 0, 1);
  }
}

/** Index of the first value ≥ `t` in an ascending array. */
export function lowerBound(sorted: ArrayLike<number>, t: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface Bucket {
  start: number;
  end: number;
  count: number;
}

/** Periods of `unit` between `from` and `to` that hold at least one of the (ascending) times, with their counts. */
export function buildBuckets(
  sorted: ArrayLike<number>,
  from: number,
  to: number,
  unit: BucketUnit,
): Bucket[] {
  const buckets: Bucket[] = [];
  let i = lowerBound(sorted, periodStart(from, unit));
  while (i < sorted.length) {
    const t = sorted[i] as number;
    if (t >= to) break;
    const start = periodStart(t, unit);
    const end = nextPeriod(start, unit);
    const j = lowerBound(sorted, end);
    buckets.push({ start, end, count: j - i });
    i = j;
  }
  return buckets;
}
