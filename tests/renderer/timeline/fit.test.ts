import { describe, expect, it } from 'vitest';
import { fitWindow } from '../../../renderer/src/timeline/drawing';
import type { PlacedEvent } from '../../../renderer/src/timeline/event-index';
import { FEW_IN_VIEW, fitEvents, followChange, MAX_WINDOW_SPAN } from '../../../renderer/src/timeline/fit';

const at = (iso: string, id = iso): PlacedEvent => {
  const t = Date.parse(`${iso}T12:00:00Z`);
  return { id, start: t, end: t, index: 0, lanes: [] };
};
const WIDTH = 1000;
const covers = (w: { start: number; end: number }, p: PlacedEvent) => w.start <= p.start && p.end <= w.end;

describe('fitting events in the window', () => {
  it('fits every event when they span less than the widest window, 1984 to 2025 included', () => {
    const list = [at('1984-06-01'), at('1995-03-02'), at('2025-01-14'), at('2025-01-20')];
    const fit = fitEvents(list, WIDTH)!;
    expect(fit.leftOut).toEqual([]);
    for (const p of list) expect(covers(fit.window, p), p.id).toBe(true);
    expect(fit.window.end - fit.window.start).toBeLessThanOrEqual(MAX_WINDOW_SPAN);
  });

  it('leaves out, and returns, the far events when the others cannot be fitted with them', () => {
    const near = ['2024-11-02', '2025-01-10', '2025-01-14', '2025-02-20', '2025-03-01'].map((d) => at(d));
    const far = [at('1850-05-01'), at('1890-01-01')];
    const fit = fitEvents([...far, ...near], WIDTH)!;
    expect(fit.leftOut.map((p) => p.id)).toEqual(['1850-05-01', '1890-01-01']);
    for (const p of near) expect(covers(fit.window, p), p.id).toBe(true);
    expect(fit.window.end - fit.window.start).toBeLessThanOrEqual(MAX_WINDOW_SPAN);
  });

  it('keeps the larger group when the events fall in two groups too far apart', () => {
    const old = ['1700-01-01', '1700-02-01'].map((d) => at(d));
    const recent = ['2020-01-01', '2020-02-01', '2020-03-01'].map((d) => at(d));
    expect(fitEvents([...old, ...recent], WIDTH)!.leftOut).toEqual(old);
  });

  it('is the plain fit for close events, and nothing for none', () => {
    const list = [at('2025-01-14'), at('2025-01-20')];
    const fit = fitEvents(list, WIDTH)!;
    expect(fit.leftOut).toEqual([]);
    expect(fit.window.start).toBeLessThan(list[0]!.start);
    const padded = { start: fit.window.start, end: list[1]!.end + (list[0]!.start - fit.window.start) };
    expect(fit.window).toEqual(fitWindow(padded, 2, WIDTH));
    expect(fitEvents([], WIDTH)).toBeNull();
  });
});

describe('whether the view follows a change', () => {
  it('stays when every event concerned is in view, or there are none', () => {
    expect(followChange(5, 5)).toEqual({ act: 'stay' });
    expect(followChange(0, 0)).toEqual({ act: 'stay' });
  });

  it('moves when none, or only a few of many, are in view', () => {
    expect(followChange(0, 1)).toEqual({ act: 'move' });
    expect(followChange(0, 143)).toEqual({ act: 'move' });
    expect(followChange(FEW_IN_VIEW, 143)).toEqual({ act: 'move' });
  });

  it('offers to show the others when many are in view already', () => {
    expect(followChange(FEW_IN_VIEW + 1, 143)).toEqual({ act: 'offer', outside: 143 - FEW_IN_VIEW - 1 });
    expect(followChange(2, 3)).toEqual({ act: 'offer', outside: 1 });
  });
});
