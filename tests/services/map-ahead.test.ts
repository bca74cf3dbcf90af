import { describe, expect, it } from 'vitest';
import { mapAhead } from '../../electron/services/map-ahead';

describe('running work ahead', () => {
  it('yields results in the order of the items while at most `ahead` run at once', async () => {
    let running = 0;
    let most = 0;
    const delays = [30, 5, 20, 1, 10, 2];
    const out: number[] = [];
    for await (const r of mapAhead(delays, 3, async (ms, i) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, ms));
      running--;
      return i;
    }))
      out.push(r);
    expect(out).toEqual([0, 1, 2, 3, 4, 5]);
    expect(most).toBe(3);
  });

  it('gives a failure to the caller when it reaches that item', async () => {
    const seen: number[] = [];
    const run = async () => {
      for await (const r of mapAhead([1, 2, 3], 3, async (n) => {
        if (n === 2) throw new Error('two failed');
        return n;
      }))
        seen.push(r);
    };
    await expect(run()).rejects.toThrow('two failed');
    expect(seen).toEqual([1]);
  });
});
