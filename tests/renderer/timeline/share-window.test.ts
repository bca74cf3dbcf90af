import { describe, expect, it } from 'vitest';
import { SHARE_EDGE_PX, SHARE_LABEL_PX, shareWindow } from '../../../renderer/src/timeline/share-window';

const DAY = 86_400_000;
const WIDTH = 1000;
/** A window of 1000 days on 1000 pixels: one day per pixel. */
const w = { start: 1000 * DAY, end: 2000 * DAY };
const px = (x: number) => x * DAY;

describe('the window of a shared picture', () => {
  it('stays as it is when no event starts near its left edge', () => {
    expect(shareWindow(w, [w.start + px(100), w.start + px(500)], WIDTH)).toBe(w);
    expect(shareWindow(w, [w.start - px(SHARE_LABEL_PX + 50), w.start + px(100)], WIDTH)).toBe(w);
    expect(shareWindow(w, [], WIDTH)).toBe(w);
  });

  it('moves its start left so an event at the edge (or whose label runs into it) is drawn whole', () => {
    for (const first of [w.start + px(2), w.start - px(40), w.start - px(200)]) {
      const next = shareWindow(w, [first, w.start + px(300)], WIDTH);
      expect(next.end).toBe(w.end);
      const perPx = (next.end - next.start) / WIDTH;
      // the first event stands SHARE_EDGE_PX from the new left edge
      expect((first - next.start) / perPx).toBeCloseTo(SHARE_EDGE_PX, 6);
    }
  });

  it('brings in the events that the move brings near the edge, but widens the window by a quarter at most', () => {
    const near = shareWindow(w, [w.start - px(150), w.start + px(5)], WIDTH);
    expect(near.start).toBeLessThan(w.start - px(150));
    expect(shareWindow(w, [w.start - px(SHARE_LABEL_PX - 10)], WIDTH).start).toBe(w.start - px(250));
    // a long run of events, one every 50 pixels, before the window
    const dense = Array.from({ length: 100 }, (_, i) => w.start - px(5000) + px(50 * i) + px(5));
    const wide = shareWindow(w, dense, WIDTH);
    expect(wide.start).toBe(w.start - (w.end - w.start) / 4);
  });

  it('leaves a window too narrow to draw alone', () => {
    expect(shareWindow(w, [w.start], 40)).toBe(w);
  });
});
