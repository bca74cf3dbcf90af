import { describe, expect, it } from 'vitest';
import { patchSorted, spliceTyped } from '../../../renderer/src/timeline/typed-splice';
import { seededRandom } from '../../seeded-random';

describe('spliceTyped', () => {
  it('takes entries out and puts entries in, as a splice of a plain list does', () => {
    const rand = seededRandom(5);
    for (let run = 0; run < 200; run++) {
      const old = Int32Array.from({ length: Math.floor(rand() * 30) }, (_, i) => i * 10);
      const removed = [...old.keys()].filter(() => rand() < 0.2);
      const plain = [...old].filter((_, i) => !removed.includes(i));
      const added: { at: number; value: number }[] = [];
      for (let k = 0; k < 4; k++) {
        const at = Math.floor(rand() * (plain.length + 1));
        plain.splice(at, 0, -1 - k);
      }
      plain.forEach((value, at) => {
        if (value < 0) added.push({ at, value });
      });
      expect([...spliceTyped(old, removed, added)]).toEqual(plain);
    }
  });

  it('refuses positions out of order', () => {
    expect(() => spliceTyped(new Uint8Array(4), [2, 1], [])).toThrow();
  });
});

describe('patchSorted', () => {
  it('keeps the values in order with some taken out and some put in', () => {
    const values = Float64Array.from([1, 2, 2, 2, 5, 9]);
    expect([...(patchSorted(values, [2, 9, 2], [0, 2, 7, 10]) ?? [])]).toEqual([0, 1, 2, 2, 5, 7, 10]);
    expect(patchSorted(values, [3], [])).toBeNull();
    expect(patchSorted(values, [2, 2, 2, 2], [])).toBeNull();
  });
});
