/**
 * The timeline's events shown (event-index.ts `filterEvents`) after an edit, updated instead of
 * worked out again over every placed event: with the filter unchanged, the events kept by the
 * edit are shown as before, so only the placed events the edit took out (event-index-patch.ts)
 * leave the list and only those it put in that pass the filter join it, each found by a binary
 * search; the arrays around them are copied run by run (typed-splice.ts). The result equals
 * `filterEvents` of the patched index (tests/page-edits/timeline-index.property.test.ts).
 */
import type { PageEvent } from '../../../electron/shared/contract';
import { patchOf } from '../lib/events-patch';
import type { EventIndex, PlacedEvent, ShownEvents } from './event-index';
import { placedPatchOf } from './event-index-patch';
import { FEW_CHANGED, placeAmong } from './index-splice';
import { patchSorted, spliceTyped } from './typed-splice';

/** Positions of `found` (ascending, each in `list`) in `list`; null when one is not there. */
function positionsIn(list: readonly PlacedEvent[], found: readonly PlacedEvent[]): number[] | null {
  const at: number[] = [];
  for (const p of found) {
    const i = placeAmong(list, p);
    if (list[i] !== p) return null;
    at.push(i);
  }
  return at;
}

/**
 * The events of `index` shown, from `before` (those shown by the index it was patched from) when
 * the events kept by the edit pass the filter as they did: `came` are the events that came in
 * and pass it; `visible` their ids and those of every other event shown. Null when `index` was
 * not patched from the index `before` was worked out over.
 */
export function patchShown(
  before: ShownEvents,
  index: EventIndex,
  visible: ReadonlySet<string>,
  came: ReadonlySet<PageEvent>,
): ShownEvents | null {
  const patch = placedPatchOf(index);
  const eventsPatch = patchOf(index.events);
  if (
    !patch ||
    !eventsPatch ||
    eventsPatch.before !== patch.before.events ||
    before.mask.length !== patch.before.placed.length ||
    before.byEvent.length !== eventsPatch.before.length
  )
    return null;
  // the placed events taken out keep their index in the events before the edit
  const gone = patch.out.filter((p) => before.byEvent[p.index] === 1);
  const added = patch.in.filter((p) => came.has(index.events[p.index] as PageEvent));
  if (gone.length + added.length > FEW_CHANGED) return null; // one pass of filterEvents costs less
  const goneAt = positionsIn(before.list, gone);
  const outAt = positionsIn(patch.before.placed, patch.out);
  const inAt = positionsIn(index.placed, patch.in);
  if (!goneAt || !outAt || !inAt) return null;
  const list = before.list.slice();
  for (let k = goneAt.length - 1; k >= 0; k--) list.splice(goneAt[k] as number, 1);
  const addedAt: number[] = [];
  for (const p of added) {
    const at = placeAmong(list, p);
    list.splice(at, 0, p);
    addedAt.push(at);
  }
  const starts = spliceTyped(
    before.starts,
    goneAt,
    added.map((p, k) => ({ at: addedAt[k] as number, value: p.start })),
  );
  const shownIn = new Set(added);
  const mask = spliceTyped(
    before.mask,
    outAt,
    patch.in.map((p, k) => ({ at: inAt[k] as number, value: shownIn.has(p) ? 1 : 0 })),
  );
  const shownIndices = new Set(added.map((p) => p.index));
  const byEvent = spliceTyped(
    before.byEvent,
    eventsPatch.out,
    eventsPatch.in.map((j) => ({ at: j, value: shownIndices.has(j) ? 1 : 0 })),
  );
  let longest = before.longest;
  if (gone.some((p) => p.end - p.start >= before.longest)) {
    longest = 0;
    for (const p of list) longest = Math.max(longest, p.end - p.start);
  } else for (const p of added) longest = Math.max(longest, p.end - p.start);
  const ends = patchSorted(
    before.ends,
    gone.map((p) => p.end),
    added.map((p) => p.end),
  );
  return ends && { list, ids: visible, starts, ends, longest, mask, byEvent };
}
