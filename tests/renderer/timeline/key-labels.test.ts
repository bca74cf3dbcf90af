import { describe, expect, it } from 'vitest';
import { chooseBucketUnit } from '../../../renderer/src/timeline/aggregate';
import { chooseDrawing, NOTHING_DRAWN } from '../../../renderer/src/timeline/drawing';
import { moreItems } from '../../../renderer/src/timeline/drawn-items';
import type { PlacedEvent } from '../../../renderer/src/timeline/event-index';
import {
  chooseLabels,
  LABEL_COLUMN_PX,
  rowsFor,
  type LaneEvent,
} from '../../../renderer/src/timeline/key-labels';

const DAY = 86_400_000;
const placed = (id: string, day: number): PlacedEvent => ({
  id,
  start: day * DAY,
  end: day * DAY,
  index: 0,
  lanes: [],
});

/** A dense week: `perDay` events on each of seven days, salience `s<i>` rising with their number. */
function week(perDay: number): { events: LaneEvent[]; salience: Map<string, number> } {
  const events: LaneEvent[] = [];
  const salience = new Map<string, number>();
  for (let d = 0; d < 7; d++)
    for (let i = 0; i < perDay; i++) {
      const id = `d${d}e${i}`;
      events.push({ p: placed(id, d), lane: null });
      salience.set(id, i / perDay);
    }
  return { events, salience };
}

// a week across 1,000 pixels: a column of labels holds about a day and a half
const room = { msPerPx: (7 * DAY) / 1000, rows: 3, fullRows: 12 };

describe('which events get a label', () => {
  it('labels the most salient events of each column and counts the rest per day', () => {
    const { events, salience } = week(18);
    const { labelled, more } = chooseLabels(events, (p) => salience.get(p.id) ?? 0, room, new Set(), 'day');
    const columns = Math.ceil((7 * DAY) / (room.msPerPx * LABEL_COLUMN_PX));
    expect(labelled.length).toBeLessThanOrEqual(columns * room.rows);
    expect(labelled.length).toBeGreaterThanOrEqual(room.rows);
    // each label is among the most salient of its day
    for (const { p } of labelled) expect(salience.get(p.id)).toBeGreaterThanOrEqual(15 / 18);
    // every other event is counted, in the band of its own day
    expect(more.reduce((n, b) => n + b.count, 0)).toBe(7 * 18 - labelled.length);
    for (const band of more) expect(band.end - band.start).toBe(DAY);
  });

  it('labels the selected or focused event whatever its salience', () => {
    const { events, salience } = week(18);
    const { labelled } = chooseLabels(events, (p) => salience.get(p.id) ?? 0, room, new Set(['d3e0']), 'day');
    expect(labelled.map((l) => l.p.id)).toContain('d3e0');
  });

  it('labels every event when no column holds more than there is room for, or when they are few', () => {
    expect(chooseLabels(week(8).events, () => 0.5, { ...room, fullRows: 5 }, new Set(), 'day').more).toEqual(
      [],
    );
    const { events, salience } = week(12);
    const { labelled, more } = chooseLabels(
      events,
      (p) => salience.get(p.id) ?? 0,
      { ...room, fullRows: 30 },
      new Set(),
      'day',
    );
    expect(labelled).toHaveLength(84);
    expect(more).toEqual([]);
  });

  it('gives each lane its own rows', () => {
    const ids = Array.from({ length: 64 }, (_, i) => `e${i}`);
    const events: LaneEvent[] = ['a', 'b', 'c'].flatMap((lane) =>
      ids.slice(0, 4).map((id) => ({ p: placed(id, 0), lane })),
    );
    // other events elsewhere in time, so that there are more than a few dozen
    ids.slice(4).forEach((id, i) => events.push({ p: placed(id, 30 + 10 * i), lane: 'd' }));
    const { labelled, more } = chooseLabels(
      events,
      () => 0.5,
      { ...room, rows: 2, fullRows: 3 },
      new Set(),
      'day',
    );
    expect(labelled.filter((l) => l.lane !== 'd')).toHaveLength(6);
    expect(more.map((b) => [b.lane, b.count])).toEqual([
      ['a', 2],
      ['b', 2],
      ['c', 2],
    ]);
  });

  it('writes the count of each band as "+N more"', () => {
    const { items, periods } = moreItems([{ lane: null, start: 0, end: DAY, count: 117 }], 'day');
    expect(items[0]?.content).toBe('+117 more');
    expect(periods).toEqual([{ start: 0, end: DAY }]);
  });

  it('has a few rows on a tall timeline and one on a very short one', () => {
    expect(rowsFor(600)).toBeGreaterThanOrEqual(3);
    expect(rowsFor(100)).toBe(1);
  });

  it('chooses the labels again after a zoom, though the window stays inside what is drawn', () => {
    const w = { start: 0, end: 10 * DAY };
    const drawn = chooseDrawing(NOTHING_DRAWN, w, 10, 1000, false, false);
    expect(drawn).not.toBeNull();
    const zoomedIn = { start: 2 * DAY, end: 6 * DAY };
    expect(chooseDrawing(drawn!, zoomedIn, 10, 1000, false, false)).not.toBeNull();
    expect(chooseBucketUnit(7 * DAY, 16)).toBe('day');
  });
});
