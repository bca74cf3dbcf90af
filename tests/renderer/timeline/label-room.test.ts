import { describe, expect, it } from 'vitest';
import { LABEL_MARGIN, windowShowing } from '../../../renderer/src/timeline/label-room';

describe('windowShowing', () => {
  const w = { start: 0, end: 1000 };

  it('leaves the window alone when the item fits', () => {
    expect(windowShowing(w, 500, 100, 400)).toBe(w);
    expect(windowShowing(w, 500, 100, 500 - LABEL_MARGIN)).toBe(w);
  });

  it('moves the window later by as much as the label runs past the right edge', () => {
    // 600 px of a 500 px timeline: 100 + margin px, at 2 ms per pixel
    const next = windowShowing(w, 500, 300, 600);
    expect(next.end - next.start).toBe(1000);
    expect(next.start).toBe((600 - (500 - LABEL_MARGIN)) * 2);
  });

  it('never pushes the item’s start off the left edge', () => {
    const next = windowShowing(w, 500, 50, 900);
    expect(next.start).toBe((50 - LABEL_MARGIN) * 2);
    expect(windowShowing(w, 500, LABEL_MARGIN, 900)).toBe(w);
    expect(windowShowing(w, 500, -20, 900)).toBe(w);
  });
});
