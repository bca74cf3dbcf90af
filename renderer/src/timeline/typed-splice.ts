/**
 * A typed array with a few entries taken out and a few put in, copied run by run (an edit changes
 * a handful of a library's 100,000 entries: the runs between them are copied whole, natively).
 */
import { lowerBound } from '../lib/lower-bound';

type Typed = Uint8Array | Int32Array | Float64Array;

/** An entry put in: its position in the new array, and its value. */
export interface Put {
  at: number;
  value: number;
}

/**
 * `old` without the entries at `removed` (ascending positions in `old`) and with `added`
 * (ascending positions in the result) put in; kept entries keep their order.
 */
export function spliceTyped<T extends Typed>(old: T, removed: readonly number[], added: readonly Put[]): T {
  const out = new (old.constructor as new (length: number) => T)(old.length - removed.length + added.length);
  let src = 0;
  let dst = 0;
  let r = 0;
  let a = 0;
  while (dst < out.length) {
    const put = added[a];
    if (put && put.at === dst) {
      out[dst++] = put.value;
      a++;
      continue;
    }
    const gone = removed[r];
    if (gone === src) {
      src++;
      r++;
      continue;
    }
    const end = Math.min(gone ?? old.length, put ? src + (put.at - dst) : old.length);
    if (end <= src) throw new Error('Positions to splice out of order.');
    out.set(old.subarray(src, end), dst);
    dst += end - src;
    src = end;
  }
  for (; r < removed.length && removed[r] === src; r++) src++; // entries taken out at the end
  if (r < removed.length || a < added.length || src !== old.length)
    throw new Error('Positions to splice out of order.');
  return out;
}

/** First position in the ascending `values` whose value is not below `v`. */
export function lowerBoundOf(values: ArrayLike<number>, v: number): number {
  return lowerBound(values.length, (i) => (values[i] as number) < v);
}

/** The ascending `values` with one entry of each of `without` taken out and `withAlso` put in; null when one of `without` is missing. */
export function patchSorted(
  values: Float64Array,
  without: readonly number[],
  withAlso: readonly number[],
): Float64Array | null {
  const takeOut = [...without].sort((a, b) => a - b);
  const removed: number[] = [];
  for (const v of takeOut) {
    const last = removed[removed.length - 1];
    const at = last !== undefined && values[last] === v ? last + 1 : lowerBoundOf(values, v);
    if (values[at] !== v) return null;
    removed.push(at);
  }
  const kept = removed.length > 0 ? spliceTyped(values, removed, []) : values;
  const putIn = [...withAlso].sort((a, b) => a - b);
  const added = putIn.map((value, i) => ({ at: lowerBoundOf(kept, value) + i, value }));
  return added.length > 0 ? spliceTyped(kept, [], added) : kept === values ? values.slice() : kept;
}
