import { describe, expect, it } from 'vitest';
import type { NewsEvent } from '../../electron/shared/model';
import { inDateOrder } from '../../electron/services/time-order';

const event = (id: string, start: string, end?: string): NewsEvent => ({
  id,
  title: id,
  start,
  ...(end ? { end } : {}),
  precision: end ? 'approximate' : start.length === 10 ? 'day' : start.length === 7 ? 'month' : 'year',
  basis: 'explicit',
  actors: [],
  cameo: null,
  sources: [],
});

describe('events as the snapshot hands them over', () => {
  it('puts years before their months and months before their days, a point before a span from the same day', () => {
    const ordered = inDateOrder([
      event('d', '2025-01-14', '2025-02-01'),
      event('c', '2025-01-14'),
      event('b', '2025-01'),
      event('a', '2025'),
      event('e', '2024-12-31'),
    ]);
    expect(ordered.map((e) => e.id)).toEqual(['e', 'a', 'b', 'c', 'd']);
  });

  it('orders events of the same date by id, and keeps the first of events that share an id', () => {
    const kept = { ...event('x', '2025-03-01'), title: 'the first copy' };
    const dropped = { ...event('x', '2025-01-14'), title: 'a later copy' };
    const ordered = inDateOrder([event('z', '2025-01-14'), kept, dropped, event('y', '2025-01-14')]);
    expect(ordered.map((e) => e.id)).toEqual(['y', 'z', 'x']);
    expect(ordered.find((e) => e.id === 'x')?.title).toBe('the first copy');
  });

  it('keeps events already in order as they are, dropping a later copy of an id', () => {
    const list = [
      event('a', '2025-01-01'),
      event('b', '2025-01-02'),
      event('a', '2025-01-03'),
      event('c', '2025-01-04'),
    ];
    const ordered = inDateOrder(list);
    expect(ordered.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(ordered[0]).toBe(list[0]);
    expect(ordered).not.toBe(list);
  });
});
