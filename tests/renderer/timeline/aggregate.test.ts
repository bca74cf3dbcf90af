import { describe, expect, it } from 'vitest';
import { buildBuckets, chooseBucketUnit, periodStart } from '../../../renderer/src/timeline/aggregate';

describe('aggregation of wide windows', () => {
  const DAY = 86_400_000;
  it('picks coarser periods for wider windows', () => {
    expect(chooseBucketUnit(30 * DAY)).toBe('day');
    expect(chooseBucketUnit(365 * DAY)).toBe('week');
    expect(chooseBucketUnit(4 * 365 * DAY)).toBe('month');
    expect(chooseBucketUnit(30 * 365 * DAY)).toBe('year');
  });

  it('counts the events of each period', () => {
    const times = [Date.UTC(2025, 0, 3), Date.UTC(2025, 0, 20), Date.UTC(2025, 2, 1), Date.UTC(2025, 2, 31)];
    expect(buildBuckets(times, Date.UTC(2024, 0, 1), Date.UTC(2026, 0, 1), 'month')).toEqual([
      { start: Date.UTC(2025, 0, 1), end: Date.UTC(2025, 1, 1), count: 2 },
      { start: Date.UTC(2025, 2, 1), end: Date.UTC(2025, 3, 1), count: 2 },
    ]);
  });

  it('starts weeks on Monday', () => {
    // 16 January 2025 is a Thursday.
    expect(new Date(periodStart(Date.UTC(2025, 0, 16, 15), 'week')).toISOString()).toBe(
      '2025-01-13T00:00:00.000Z',
    );
  });
});
