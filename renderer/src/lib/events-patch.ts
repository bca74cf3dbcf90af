/**
 * How the page's list of events after an edit came from the list before it: which events were
 * taken out, which came in, and where each kept event moved. The dispatcher records it when it
 * patches its copy with an edit's change (`patchSnapshot`); what the page works out from a list
 * of events (its columns, the timeline's index, the filter's result, counts) then updates the
 * result it had for the list before instead of working it out again over every event.
 *
 * Lists of events are never changed in place, so a list is the key of its patch.
 */
import type { PageEvent, PageSnapshot, SnapshotChange } from '../../../electron/shared/contract';
import { applyChange, type ChangePlaces } from '../../../electron/shared/page-events';

export interface EventsPatch {
  /** The list the patched one was made from. */
  before: readonly PageEvent[];
  /** For each event of `before`, its index in the patched list; -1 for those taken out (or replaced). */
  moved: Int32Array;
  /** Indices in `before` of the events taken out (removed, or replaced by a changed version), ascending. */
  out: readonly number[];
  /** Indices in the patched list of the events that came in (changed or added), ascending. */
  in: readonly number[];
}

/**
 * Beyond this many events in or out (or a sixteenth of the list), working a result out afresh
 * costs about as much as updating it: no patch is recorded.
 */
export const MAX_PATCHED = 4096;

const patches = new WeakMap<readonly PageEvent[], EventsPatch>();

/** The patch that made `events` from an earlier list, when it was recorded. */
export function patchOf(events: readonly PageEvent[]): EventsPatch | undefined {
  return patches.get(events);
}

/**
 * Works out how `after` was made from `before` by taking events out and putting `added` (new
 * objects, in `after`) in; kept events are the same objects in the same order. Null when more
 * changed than is worth patching.
 */
export function patchBetween(
  before: readonly PageEvent[],
  after: readonly PageEvent[],
  added: readonly PageEvent[],
): EventsPatch | null {
  if (added.length > Math.max(MAX_PATCHED, before.length / 16)) return null;
  const incoming = new Set<PageEvent>(added);
  const moved = new Int32Array(before.length).fill(-1);
  const out: number[] = [];
  const inn: number[] = [];
  let i = 0;
  for (let j = 0; j < after.length; j++) {
    const e = after[j] as PageEvent;
    if (incoming.has(e)) {
      inn.push(j);
      continue;
    }
    while (i < before.length && before[i] !== e) out.push(i++);
    if (i === before.length) return null; // not a patch of `before`
    moved[i++] = j;
  }
  while (i < before.length) out.push(i++);
  if (out.length + inn.length > Math.max(2 * MAX_PATCHED, before.length / 8)) return null;
  return { before, moved, out, in: inn };
}

/** Records that `after` was patched from `before` (see patchBetween); returns the patch, or null. */
export function recordPatch(
  before: readonly PageEvent[],
  after: readonly PageEvent[],
  added: readonly PageEvent[],
): EventsPatch | null {
  if (before === after) return null;
  const patch = patchBetween(before, after, added);
  if (patch) patches.set(after, patch);
  return patch;
}

/**
 * The patch of `before` into `after` from where events were taken out (`out`, indices in
 * `before`) and put in (`inn`, indices in `after`), both ascending: the kept events moved by the
 * count of those taken out and put in before them.
 */
export function patchAt(
  before: readonly PageEvent[],
  after: readonly PageEvent[],
  out: readonly number[],
  inn: readonly number[],
): EventsPatch | null {
  if (before.length - out.length + inn.length !== after.length) return null;
  const moved = new Int32Array(before.length);
  let r = 0;
  let a = 0;
  let j = 0;
  for (let i = 0; i < before.length; i++) {
    if (out[r] === i) {
      moved[i] = -1;
      r++;
      continue;
    }
    while (inn[a] === j) {
      a++;
      j++;
    }
    moved[i] = j++;
  }
  return r === out.length ? { before, moved, out, in: inn } : null;
}

/**
 * `applyChange` (shared/page-events.ts), recording how the events were patched: the snapshot the
 * change makes of `snapshot`, or null when it was made from another revision.
 */
export function patchSnapshot(snapshot: PageSnapshot, change: SnapshotChange): PageSnapshot | null {
  const places: ChangePlaces = { out: [], in: [] };
  const patched = applyChange(snapshot, change, places);
  if (!patched) return null;
  const before = snapshot.events;
  const after = patched.events;
  // where few changed, applyChange says where; else the lists are walked
  const patch =
    before !== after && places.out.length + places.in.length > 0
      ? patchAt(before, after, places.out, places.in)
      : null;
  if (patch) patches.set(after, patch);
  else recordPatch(before, after, change.changed);
  return patched;
}
