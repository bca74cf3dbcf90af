import { describe, expect, it } from 'vitest';
import {
  chooseDrawing,
  fitWindow,
  MAX_DETAIL_ITEMS,
  NOTHING_DRAWN,
  revealWindow,
  zoomedWindow,
} from '../../../renderer/src/timeline/drawing';
import { bandItems, diffItems, type Item } from '../../../renderer/src/timeline/drawn-items';

const DAY = 86_400_000;
const w = { start: 0, end: 100 * DAY };

describe('how a window is drawn', () => {
  it('draws events one by one up to the limit, bands beyond it', () => {
    expect(chooseDrawing(NOTHING_DRAWN, w, MAX_DETAIL_ITEMS, 1000, false, false)).toMatchObject({
      mode: 'detail',
    });
    const bands = chooseDrawing(NOTHING_DRAWN, w, MAX_DETAIL_ITEMS + 1, 1000, false, false);
    expect(bands).toMatchObject({ mode: 'aggregate', unit: 'week' }); // 25 bands of 40 px at most
    expect(bands?.extent).toEqual({ start: -50 * DAY, end: 150 * DAY });
  });

  it('keeps the drawing while the window stays inside what is drawn, unless forced', () => {
    const drawn = chooseDrawing(NOTHING_DRAWN, w, 10, 1000, false, false)!;
    const dragged = { start: 10 * DAY, end: 110 * DAY };
    expect(chooseDrawing(drawn, dragged, 10, 1000, false, false)).toBeNull();
    expect(chooseDrawing(drawn, dragged, 10, 1000, false, true)).not.toBeNull();
    expect(chooseDrawing(drawn, { start: 60 * DAY, end: 160 * DAY }, 10, 1000, false, false)).not.toBeNull();
  });

  it('fits a range with room for labels only when events are drawn one by one', () => {
    expect(fitWindow(w, 10, 1000)).toEqual({ start: 0, end: (100 * DAY * 1000) / 680 });
    expect(fitWindow(w, MAX_DETAIL_ITEMS + 1, 1000)).toEqual(w);
  });

  it('narrows the window on an event until its events are drawn one by one', () => {
    const event = { start: 50 * DAY, end: 50 * DAY };
    expect(revealWindow(event, w, () => 10, DAY)).toBe(w);
    const crowded = (span: { start: number; end: number }) => (span.end - span.start > 20 * DAY ? 1000 : 10);
    expect(revealWindow(event, w, crowded, DAY)).toEqual({ start: 43.75 * DAY, end: 56.25 * DAY });
    const outside = { start: 200 * DAY, end: 200 * DAY };
    expect(revealWindow(outside, w, () => 10, DAY)).toEqual({ start: 150 * DAY, end: 250 * DAY });
  });
});

describe('drawn items', () => {
  it('change by differences only', () => {
    const item = (id: string, className = 'a'): Item => ({ id, start: 0, content: id, className });
    const drawn = new Map([item('x'), item('y'), item('z')].map((i) => [i.id, i]));
    const { gone, added, changed, next } = diffItems(drawn, [item('x'), item('y', 'b'), item('w')]);
    expect(gone).toEqual(['z']);
    expect(added.map((i) => i.id)).toEqual(['w']);
    expect(changed.map((i) => i.id)).toEqual(['y']);
    expect([...next.keys()]).toEqual(['x', 'y', 'w']);
  });

  it('shade bands by their count and keep to the lanes drawn', () => {
    const answer = {
      seq: 1,
      buckets: [
        { lane: 1, starts: [0, DAY], ends: [DAY, 2 * DAY], counts: [1, 10] },
        { lane: 2, starts: [0], ends: [DAY], counts: [5] },
      ],
    };
    const { items, periods } = bandItems(answer, 'day', ['lane:-', 'lane:A', 'lane:B'], new Set(['lane:A']));
    expect(items.map((i) => [i.id, i.content, i.className, i.group])).toEqual([
      ['nl-agg:lane:A:day:0', '1', 'nl-agg nl-agg-1', 'lane:A'],
      [`nl-agg:lane:A:day:${DAY}`, '10', 'nl-agg nl-agg-5', 'lane:A'],
    ]);
    expect(items[0]?.title).toBe('1 event: click to zoom in');
    expect(periods).toEqual([
      { start: 0, end: DAY },
      { start: DAY, end: 2 * DAY },
    ]);
  });
});

describe('zooming', () => {
  const w = { start: 0, end: 300 * DAY };

  it('zooms on the selected event, keeping it where it stood in the window', () => {
    const anchor = 60 * DAY; // a fifth of the way in
    const inner = zoomedWindow(w, 'in', anchor);
    expect(inner.end - inner.start).toBeCloseTo((300 * DAY) / 1.5);
    expect((anchor - inner.start) / (inner.end - inner.start)).toBeCloseTo(0.2);
    const outer = zoomedWindow(w, 'out', anchor);
    expect(outer.end - outer.start).toBeCloseTo(300 * DAY * 1.5);
    expect((anchor - outer.start) / (outer.end - outer.start)).toBeCloseTo(0.2);
  });

  it('centres on a selected event out of view, and on the window’s centre with none selected', () => {
    const away = zoomedWindow(w, 'in', 1000 * DAY);
    expect((away.start + away.end) / 2).toBeCloseTo(1000 * DAY);
    const plain = zoomedWindow(w, 'in');
    expect((plain.start + plain.end) / 2).toBeCloseTo(150 * DAY);
  });
});
