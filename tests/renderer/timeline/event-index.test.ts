import { describe, expect, it } from 'vitest';
import type { EventActor } from '../../../electron/shared/model';
import {
  countInWindow,
  eventsIn,
  filterEvents,
  indexEvents,
  isShown,
  maskOfSubsequence,
  sortNearlySorted,
} from '../../../renderer/src/timeline/event-index';
import { laneId, NO_ACTOR_LANE } from '../../../renderer/src/timeline/lanes';
import { makeEvent } from '../fixtures';

const DAY = 86_400_000;
const at = (day: string) => Date.parse(`${day}T00:00:00Z`);
const person = (name: string): EventActor => ({ name, kind: 'person', role: 'source' });

const russia = [person('Lavrov'), person('Putin')];
const events = [
  makeEvent({ id: 'c', start: '2025-01-20', actors: russia }),
  makeEvent({ id: 'a', start: '2025-01-10', actors: [person('Trump')] }),
  makeEvent({ id: 'month', start: '2025-01', precision: 'month', actors: russia }),
  makeEvent({ id: 'b', start: '2025-01-10' }),
  makeEvent({ id: 'undated', start: 'soon' }),
];

describe('the event index', () => {
  it('places events in time order (start, end, id), leaving out those without a date', () => {
    const index = indexEvents(events);
    expect(index.placed.map((p) => p.id)).toEqual(['month', 'a', 'b', 'c']);
    const month = index.byId('month')!;
    expect([month.start, month.end]).toEqual([at('2025-01-01'), at('2025-02-01')]);
    // An event dated to the day is a point in the middle of its day.
    expect(index.byId('a')).toMatchObject({
      start: at('2025-01-10') + DAY / 2,
      end: at('2025-01-10') + DAY / 2,
    });
    expect(index.byId('undated')).toBeUndefined();
    expect(index.byId('a')?.index).toBe(1);
  });

  it('gives each event the lanes of its actors, shared between events with the same actors', () => {
    const index = indexEvents(events);
    expect(index.byId('c')?.lanes).toEqual([laneId('Lavrov'), laneId('Putin')]);
    expect(index.byId('c')?.lanes).toBe(index.byId('month')?.lanes);
    expect(index.byId('b')?.lanes).toEqual([NO_ACTOR_LANE]);
    expect(index.laneIds).toEqual([NO_ACTOR_LANE, laneId('Lavrov'), laneId('Putin'), laneId('Trump')]);
  });

  it('hands the density worker each event’s start and lane indexes, in time order', () => {
    const { density } = indexEvents(events);
    expect([...density.starts]).toEqual([
      at('2025-01-01'),
      ...[10, 10, 20].map((d) => at(`2025-01-${d}`) + DAY / 2),
    ]);
    expect([...density.laneOffsets]).toEqual([0, 2, 3, 4, 6]);
    expect([...density.laneOf]).toEqual([1, 2, 3, 0, 1, 2]);
    expect(density.laneCount).toBe(4);
  });

  it('filters, keeping time order, and marks the events shown for the worker', () => {
    const index = indexEvents(events);
    const shown = filterEvents(index, new Set(['c', 'month', 'undated']));
    expect(shown.list.map((p) => p.id)).toEqual(['month', 'c']);
    expect([...shown.mask]).toEqual([1, 0, 0, 1]);
    expect(shown.longest).toBe(31 * DAY);
    expect([...shown.ends]).toEqual([at('2025-01-20') + DAY / 2, at('2025-02-01')]);
  });

  it('counts the events that overlap a window, spans included', () => {
    const shown = filterEvents(indexEvents(events), new Set(['a', 'b', 'c', 'month']));
    expect(countInWindow(shown, { start: at('2025-01-15'), end: at('2025-01-16') })).toBe(1); // the month
    expect(countInWindow(shown, { start: at('2025-01-10'), end: at('2025-01-11') })).toBe(3);
    expect(countInWindow(shown, { start: at('2025-01-01'), end: at('2025-02-01') })).toBe(4);
    expect(countInWindow(shown, { start: at('2025-03-01'), end: at('2025-04-01') })).toBe(0);
    expect(eventsIn(shown, { start: at('2025-01-15'), end: at('2025-01-21') }).map((p) => p.id)).toEqual([
      'month',
      'c',
    ]);
  });

  it('finds the events shown by walking the list the filter gives, as a look-up of their ids does', () => {
    const index = indexEvents(events);
    const picked = [events[0], events[2], events[4]].map((e) => e!);
    const walked = filterEvents(index, new Set(picked.map((e) => e.id)), picked);
    const looked = filterEvents(index, new Set(picked.map((e) => e.id)));
    expect(walked.list.map((p) => p.id)).toEqual(['month', 'c']);
    expect(walked).toEqual(looked);
  });

  it('falls back to the ids when the list is not in the order of the events', () => {
    expect(maskOfSubsequence(events, [events[2]!, events[0]!])).toBeNull();
    expect([...maskOfSubsequence(events, [events[0]!, events[2]!])!]).toEqual([1, 0, 1, 0, 0]);
    const index = indexEvents(events);
    const shown = filterEvents(index, new Set(['c', 'month']), [events[2]!, events[0]!]);
    expect(shown.list.map((p) => p.id)).toEqual(['month', 'c']);
  });
});

describe('sorting a list almost in order', () => {
  const byValue = (a: number, b: number) => a - b;
  it('sorts as a full sort does, whether few or many are out of place', () => {
    let seed = 3;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const nearly = Array.from({ length: 2000 }, (_, i) => i + (rand() < 0.1 ? -Math.floor(rand() * 30) : 0));
    const shuffled = Array.from({ length: 2000 }, () => Math.floor(rand() * 500));
    for (const list of [nearly, shuffled, [], [1], [2, 1]]) {
      const sorted = [...list].sort(byValue);
      const mine = [...list];
      sortNearlySorted(mine, byValue);
      expect(mine).toEqual(sorted);
    }
  });

  it('places approximate dates before the events of their day, as a full sort would', () => {
    const day = [
      makeEvent({ id: 'd1', start: '2025-01-10' }),
      makeEvent({ id: 'd2', start: '2025-01-10' }),
      makeEvent({ id: 'ap', start: '2025-01-10', end: '2025-01-20', precision: 'approximate' }),
    ];
    expect(indexEvents(day).placed.map((p) => p.id)).toEqual(['ap', 'd1', 'd2']);
  });
});

describe('every event shown', () => {
  it('gives the same as filtering by ids, and tells which are shown', () => {
    const index = indexEvents(events);
    const all = filterEvents(index, new Set(events.map((e) => e.id)), events);
    const looked = filterEvents(index, new Set(events.map((e) => e.id)));
    expect(all).toEqual(looked);
    expect(isShown(index, all, 'a')).toBe(true);
    expect(isShown(index, all, 'undated')).toBe(false);
    const some = filterEvents(index, new Set(['c']), [events[0]!]);
    expect(isShown(index, some, 'c')).toBe(true);
    expect(isShown(index, some, 'a')).toBe(false);
  });
});
