/**
 * The timeline's index patched by an edit that changed few events (event-index-patch.ts): the
 * placed events taken out and put in are found by a binary search in time order, and the arrays
 * around them are copied run by run (typed-splice.ts) instead of walked event by event.
 */
import type { PageEvent } from '../../../electron/shared/contract';
import { placeEvent } from '../lib/event-dates';
import { lowerBound } from '../lib/lower-bound';
import type { DensityData } from './density';
import type { EventIndex, PlacedEvent } from './event-index';
import { spliceTyped, type Put } from './typed-splice';

/** At most this many events taken out and put in for the index to be spliced (beyond: one merge). */
export const FEW_CHANGED = 64;

/** An event that came in, placed, with the numbers of its lanes in the density data. */
export interface Incoming {
  p: PlacedEvent;
  indices: readonly number[];
}

const byTime = (a: Pick<PlacedEvent, 'start' | 'end' | 'id'>, b: typeof a): number =>
  a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Where `p` goes among the placed events (in time order, ids unique). */
export function placeAmong(
  placed: readonly PlacedEvent[],
  p: Pick<PlacedEvent, 'start' | 'end' | 'id'>,
): number {
  return lowerBound(placed.length, (i) => byTime(placed[i] as PlacedEvent, p) < 0);
}

/**
 * The placed events and density data of `before` with the events `outIndices` (indices in
 * `beforeEvents`) taken out and `incoming` (in time order) put in; the kept placed events get
 * their index in the new list from `moved` (changed in place, once every event taken out is
 * found). Null when an event taken out is not where the index has it.
 */
export function spliceIndex(
  before: EventIndex,
  beforeEvents: readonly PageEvent[],
  outIndices: readonly number[],
  incoming: readonly Incoming[],
  moved: Int32Array,
): { placed: PlacedEvent[]; density: Omit<DensityData, 'laneCount'>; out: PlacedEvent[] } | null {
  const { placed: oldPlaced, density: old } = before;
  const outAt: number[] = [];
  for (const i of outIndices) {
    const event = beforeEvents[i] as PageEvent;
    const at = placeEvent(event);
    if (!at) continue; // never placed
    const pos = placeAmong(oldPlaced, { start: at.start, end: at.end ?? at.start, id: event.id });
    if (oldPlaced[pos]?.index !== i) return null;
    outAt.push(pos);
  }
  outAt.sort((a, b) => a - b);
  const out = outAt.map((pos) => oldPlaced[pos] as PlacedEvent);
  const placed = oldPlaced.slice();
  for (let k = outAt.length - 1; k >= 0; k--) placed.splice(outAt[k] as number, 1);
  // every event taken out is found: the kept ones get their index in the new list
  for (const p of placed) p.index = moved[p.index] as number;
  const inAt: number[] = [];
  for (const { p } of incoming) {
    const at = placeAmong(placed, p);
    placed.splice(at, 0, p);
    inAt.push(at);
  }
  const starts = spliceTyped(
    old.starts,
    outAt,
    incoming.map(({ p }, k) => ({ at: inAt[k] as number, value: p.start })),
  );
  // lane offsets: runs of kept events shifted by the lanes taken out and put in before them
  const size = placed.length;
  const from = old.laneOffsets;
  const offsets = new Int32Array(size + 1);
  const lanesOut: number[] = [];
  const lanesIn: Put[] = [];
  let src = 0;
  let dst = 0;
  let k = 0;
  let r = 0;
  let a = 0;
  const takeOut = () => {
    for (let j = from[src] as number; j < (from[src + 1] as number); j++) lanesOut.push(j);
    src++;
    r++;
  };
  while (dst < size) {
    const came = incoming[a];
    if (came && inAt[a] === dst) {
      offsets[dst++] = k;
      for (const lane of came.indices) lanesIn.push({ at: k++, value: lane });
      a++;
      continue;
    }
    if (outAt[r] === src) {
      takeOut();
      continue;
    }
    const end = Math.min(
      outAt[r] ?? oldPlaced.length,
      came ? src + ((inAt[a] as number) - dst) : oldPlaced.length,
    );
    if (end <= src) throw new Error('The index was spliced out of order.');
    const delta = k - (from[src] as number);
    for (; src < end; src++) offsets[dst++] = (from[src] as number) + delta;
    k = (from[end] as number) + delta;
  }
  while (outAt[r] === src) takeOut();
  if (src !== oldPlaced.length || r !== outAt.length) throw new Error('The index was spliced out of order.');
  offsets[size] = k;
  const laneOf = spliceTyped(old.laneOf, lanesOut, lanesIn);
  return { placed, density: { starts, laneOffsets: offsets, laneOf }, out };
}
