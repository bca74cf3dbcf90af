import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PageEvent } from '../../../electron/shared/contract';
import { nearestEvents } from '../../../renderer/src/lib/nearest-events';

const event = (id: string, start: string): PageEvent => ({
  id,
  title: id,
  start,
  precision: start.length === 4 ? 'year' : start.length === 7 ? 'month' : 'day',
  basis: 'explicit',
  actors: [],
  cameo: null,
  sources: [],
});

/** Every other event sorted by distance in time (the first of equally near ones first), then the first `count`. */
function bySort(target: PageEvent, events: readonly PageEvent[], count: number): string[] {
  const at = (e: PageEvent) =>
    Date.parse(e.start.length === 4 ? `${e.start}-01-01` : e.start.length === 7 ? `${e.start}-01` : e.start);
  return events
    .filter((e) => e.id !== target.id)
    .map((e) => ({ e, d: Math.abs(at(e) - at(target)) }))
    .sort((a, b) => a.d - b.d)
    .slice(0, count)
    .map((x) => x.e.id);
}

const STARTS = ['2024', '2025', '2025-01', '2025-02', '2025-01-01', '2025-01-03', '2025-01-20', '2025-03-09'];

describe('events to merge with', () => {
  it('offers the nearest in time, nearest first, as sorting them all would', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...STARTS), { minLength: 1, maxLength: 40 }),
        fc.nat(39),
        fc.integer({ min: 0, max: 12 }),
        (starts, pick, count) => {
          const events = starts.map((s, i) => event(`e${i}`, s));
          const target = events[pick % events.length] as PageEvent;
          expect(nearestEvents(target, events, count).map((e) => e.id)).toEqual(
            bySort(target, events, count),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("finds the same around the event in a list in date order (the page's), ties in list order", () => {
    fc.assert(
      fc.property(
        // (days as far before as after another: ties in distance)
        fc.array(fc.constantFrom(...STARTS, '2025-01-02', '2025-01-05'), { minLength: 1, maxLength: 60 }),
        fc.nat(59),
        fc.integer({ min: 0, max: 40 }),
        (starts, pick, count) => {
          const events = [...starts].sort().map((s, i) => event(`e${i}`, s));
          const target = events[pick % events.length] as PageEvent;
          expect(nearestEvents(target, events, count).map((e) => e.id)).toEqual(
            bySort(target, events, count),
          );
          // an event not in the list (filtered out) is measured from too
          const outside = event('x', STARTS[pick % STARTS.length] as string);
          expect(nearestEvents(outside, events, count).map((e) => e.id)).toEqual(
            bySort(outside, events, count),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('leaves the event itself out', () => {
    const events = [event('a', '2025-01-01'), event('b', '2025-01-02'), event('c', '2025-06-01')];
    expect(nearestEvents(events[0] as PageEvent, events).map((e) => e.id)).toEqual(['b', 'c']);
  });
});
