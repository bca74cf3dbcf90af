import { describe, expect, it } from 'vitest';
import { nearestInTime, stepInTime, stepLane, type NavItem } from '../../../renderer/src/timeline/navigation';

const at = (id: string, start: number): NavItem => ({ id, start, end: start });
const list = [at('a', 10), at('b', 20), at('c', 30), at('d', 40)];

describe('keyboard navigation order', () => {
  it('moves to the next and previous event in time order, stopping at the ends', () => {
    expect(stepInTime(list, 'b', 1)?.id).toBe('c');
    expect(stepInTime(list, 'b', -1)?.id).toBe('a');
    expect(stepInTime(list, 'd', 1)?.id).toBe('d');
    expect(stepInTime(list, 'a', -1)?.id).toBe('a');
  });

  it('starts from the window when nothing has the focus yet', () => {
    expect(stepInTime(list, null, 1, 15, 35)?.id).toBe('b');
    expect(stepInTime(list, null, -1, 15, 35)?.id).toBe('c');
    expect(stepInTime([], null, 1)).toBeNull();
  });

  it('goes up and down to the nearest event in time of the next lane that has events', () => {
    const lanes: Record<string, NavItem[]> = {
      top: [at('t1', 5), at('t2', 33)],
      empty: [],
      bottom: [at('b1', 18), at('b2', 50)],
    };
    const order = ['top', 'empty', 'bottom'];
    expect(stepLane(order, (l) => lanes[l] ?? [], 'top', 30, 1)).toEqual({
      lane: 'bottom',
      item: lanes.bottom![0],
    });
    expect(stepLane(order, (l) => lanes[l] ?? [], 'bottom', 18, -1)?.item.id).toBe('t1');
    expect(stepLane(order, (l) => lanes[l] ?? [], 'top', 30, -1)).toBeNull();
    expect(nearestInTime(lanes.top!, 18)?.id).toBe('t1');
    expect(nearestInTime(lanes.top!, 21)?.id).toBe('t2');
  });
});
