import { describe, expect, it } from 'vitest';
import { LazyIdSet } from '../../../renderer/src/lib/id-set';

describe('ids looked up when asked', () => {
  it('answers as a set of the ids does', () => {
    const ids = new LazyIdSet([{ id: 'a' }, { id: 'b' }, { id: 'c' }]);
    expect(ids.size).toBe(3);
    expect(ids.has('b')).toBe(true);
    expect(ids.has('z')).toBe(false);
    expect([...ids]).toEqual(['a', 'b', 'c']);
    expect([...ids.keys()]).toEqual([...ids.values()]);
    expect([...ids.entries()][0]).toEqual(['a', 'a']);
    const seen: string[] = [];
    ids.forEach((id, key, set) => {
      expect(set).toBe(ids);
      seen.push(`${id}=${key}`);
    });
    expect(seen).toEqual(['a=a', 'b=b', 'c=c']);
  });
});
