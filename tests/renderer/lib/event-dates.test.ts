import { describe, expect, it } from 'vitest';
import {
  formatAmount,
  formatEventDate,
  formatIsoDate,
  placeEvent,
} from '../../../renderer/src/lib/event-dates';

describe('date wording', () => {
  it('says a date as precisely as it is known', () => {
    expect(formatEventDate({ start: '2025-01-14', precision: 'day' })).toBe('14 January 2025');
    expect(formatEventDate({ start: '2025-01', precision: 'month' })).toBe('January 2025');
    expect(formatEventDate({ start: '2025', precision: 'year' })).toBe('2025');
  });

  it('says an approximate date relative to its anchor', () => {
    expect(
      formatEventDate({
        start: '2024-12-20',
        end: '2024-12-28',
        precision: 'approximate',
        approximation: { relation: 'before', anchor: '2025-01-14', amount: '3 weeks' },
      }),
    ).toBe('about 3 weeks before 14 Jan 2025');
    expect(
      formatEventDate({
        start: '2025-01-20',
        precision: 'approximate',
        approximation: { relation: 'after', anchor: '2025-01-14', amount: 'P1W' },
      }),
    ).toBe('about 1 week after 14 Jan 2025');
    expect(
      formatEventDate({
        start: '2024-12-01',
        precision: 'approximate',
        approximation: { relation: 'before', anchor: '2025-01-14', amount: 'a few weeks' },
      }),
    ).toBe('a few weeks before 14 Jan 2025');
    expect(
      formatEventDate({
        start: '2025-01-14',
        precision: 'approximate',
        approximation: { relation: 'around', anchor: '2025-01' },
      }),
    ).toBe('around Jan 2025');
  });

  it('says an approximate date without an anchor as its range', () => {
    expect(formatEventDate({ start: '2025-01-03', end: '2025-01-09', precision: 'approximate' })).toBe(
      'between 3 and 9 January 2025',
    );
  });

  it('says a span of days', () => {
    expect(formatEventDate({ start: '2025-01-14', end: '2025-02-02', precision: 'day' })).toBe(
      '14 January 2025 to 2 February 2025',
    );
  });

  it('formats durations and short dates', () => {
    expect(formatAmount('P3Y')).toBe('3 years');
    expect(formatAmount('P1D')).toBe('1 day');
    expect(formatIsoDate('2025-03-09', true)).toBe('9 Mar 2025');
    expect(formatIsoDate('not a date')).toBe('not a date');
  });
});

describe('placement on the time axis (UTC)', () => {
  it('puts a day at a point inside that day, whatever the time zone', () => {
    const p = placeEvent({ start: '2025-01-14', precision: 'day' });
    expect(p?.end).toBeUndefined();
    expect(new Date(p!.start).toISOString().slice(0, 10)).toBe('2025-01-14');
  });

  it('spans a whole month or year', () => {
    expect(placeEvent({ start: '2025-02', precision: 'month' })).toEqual({
      start: Date.UTC(2025, 1, 1),
      end: Date.UTC(2025, 2, 1),
    });
    expect(placeEvent({ start: '2024', precision: 'year' })).toEqual({
      start: Date.UTC(2024, 0, 1),
      end: Date.UTC(2025, 0, 1),
    });
  });

  it('spans an approximate date from start to the end of its last day', () => {
    expect(placeEvent({ start: '2025-01-01', end: '2025-01-10', precision: 'approximate' })).toEqual({
      start: Date.UTC(2025, 0, 1),
      end: Date.UTC(2025, 0, 11),
    });
  });

  it('refuses a date it cannot read', () => {
    expect(placeEvent({ start: 'soon', precision: 'day' })).toBeNull();
  });
});
