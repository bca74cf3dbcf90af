import { describe, expect, it } from 'vitest';
import { lowerBound } from '../../../renderer/src/lib/lower-bound';

describe('lowerBound', () => {
  it('finds the first position not before the value, at the ends too', () => {
    const values = [1, 3, 3, 5];
    const at = (v: number) => lowerBound(values.length, (i) => (values[i] as number) < v);
    expect([0, 1, 3, 4, 5, 9].map(at)).toEqual([0, 0, 1, 3, 3, 4]);
    expect(lowerBound(0, () => true)).toBe(0);
  });
});
