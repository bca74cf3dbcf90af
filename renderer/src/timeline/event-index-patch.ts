/**
 * The timeline's index of events updated by an edit's patch (lib/events-patch.ts) instead of made
 * again: the events that came in are placed and merged into the time order, those taken out
 * dropped, the others kept (the same objects, their index in the list moved in place: the index
 * patched from is used up, and a second patch of it is refused), and the density data copied
 * with the same changes; the map by id, when it was made, is carried over with the same changes. The result draws the same as `indexEvents` of the
 * patched list (tests/page-edits/timeline-index.property.test.ts); only the numbering
 * of the density data's lanes may differ (a lane of an actor no longer named keeps its number,
 * with no event in it).
 */
import type { PageEvent } from '../../../electron/shared/contract';
import type { EventActor } from '../../../electron/shared/model';
import { placeEvent } from '../lib/event-dates';
import type { EventsPatch } from '../lib/events-patch';
import type { DensityData } from './density';
import { madeIdMap, withIdLookup, type EventIndex, type PlacedEvent } from './event-index';
import { FEW_CHANGED, spliceIndex, type Incoming } from './index-splice';
import { laneId, NO_ACTOR_LANE } from './lanes';

const byTime = (a: PlacedEvent, b: PlacedEvent): number =>
  a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The lanes of each list of actors met (events share lists), with their numbers in the density data. */
interface LaneLists {
  lists: Map<readonly EventActor[], { lanes: readonly string[]; indices: readonly number[] }>;
  numbers: Map<string, number>;
  ids: string[];
}

/** How a patched index came from the one before it: the placed events taken out and put in. */
export interface PlacedPatch {
  before: EventIndex;
  /** Placed events of `before` taken out, in time order (their `index` is still the one in `before.events`). */
  out: readonly PlacedEvent[];
  /** Placed events that came in, in time order. */
  in: readonly PlacedEvent[];
}

/** Indexes patched from (their kept placed events now belong to the patched one). */
const usedUp = new WeakSet<EventIndex>();
const placedPatches = new WeakMap<EventIndex, PlacedPatch>();

/** How `index` was patched from the index before it, when `patchIndex` made it. */
export function placedPatchOf(index: EventIndex): PlacedPatch | undefined {
  return placedPatches.get(index);
}

/**
 * The index of `events`, made from `before` (the index of `patch.before`) by `patch`; `before`
 * is used up (its kept placed events are moved into the new index). Null when `before` is not
 * the index of the list the patch was made from, or was already patched.
 */
export function patchIndex(
  before: EventIndex,
  events: readonly PageEvent[],
  patch: EventsPatch,
): EventIndex | null {
  if (before.events !== patch.before || usedUp.has(before)) return null;
  usedUp.add(before);
  const { placed: oldPlaced, density: old } = before;
  const lanes: LaneLists = {
    lists: new Map(),
    numbers: new Map(before.laneIds.map((id, i) => [id, i])),
    ids: [...before.laneIds],
  };
  if (!lanes.numbers.has(NO_ACTOR_LANE)) lanes.numbers.set(NO_ACTOR_LANE, lanes.ids.push(NO_ACTOR_LANE) - 1);
  // the events that came in, placed, in time order, with their lane numbers
  const incoming: Incoming[] = [];
  for (const index of patch.in) {
    const event = events[index] as PageEvent;
    const at = placeEvent(event);
    if (!at) continue;
    const of = lanesOf(event.actors, lanes);
    incoming.push({
      p: { id: event.id, start: at.start, end: at.end ?? at.start, index, lanes: of.lanes },
      indices: of.indices,
    });
  }
  incoming.sort((a, b) => byTime(a.p, b.p));
  const finish = (placed: PlacedEvent[], density: Omit<DensityData, 'laneCount'>, out: PlacedEvent[]) =>
    patched(before, events, placed, { ...density, laneCount: lanes.ids.length }, lanes.ids, incoming, out);
  if (patch.out.length + incoming.length <= FEW_CHANGED) {
    const spliced = spliceIndex(before, patch.before, patch.out, incoming, patch.moved);
    if (spliced) return finish(spliced.placed, spliced.density, spliced.out);
  }
  // one merge of the kept events (in time order already) with those that came in
  let size = incoming.length;
  let laneTotal = 0;
  for (const { indices } of incoming) laneTotal += indices.length;
  for (let i = 0; i < oldPlaced.length; i++)
    if ((patch.moved[(oldPlaced[i] as PlacedEvent).index] as number) >= 0) {
      size++;
      laneTotal += (old.laneOffsets[i + 1] as number) - (old.laneOffsets[i] as number);
    }
  const placed: PlacedEvent[] = new Array<PlacedEvent>(size);
  const starts = new Float64Array(size);
  const offsets = new Int32Array(size + 1);
  const laneOf = new Int32Array(laneTotal);
  let k = 0;
  let n = 0;
  let next = 0;
  const put = (p: PlacedEvent, from: ArrayLike<number>, lo: number, hi: number) => {
    placed[n] = p;
    starts[n] = p.start;
    offsets[n++] = k;
    for (let j = lo; j < hi; j++) laneOf[k++] = from[j] as number;
  };
  const out: PlacedEvent[] = [];
  for (let i = 0; i < oldPlaced.length; i++) {
    const kept = oldPlaced[i] as PlacedEvent;
    const index = patch.moved[kept.index] as number;
    if (index < 0) {
      out.push(kept);
      continue;
    }
    kept.index = index;
    for (
      ;
      next < incoming.length && byTime((incoming[next] as (typeof incoming)[number]).p, kept) < 0;
      next++
    ) {
      const { p: q, indices } = incoming[next] as (typeof incoming)[number];
      put(q, indices, 0, indices.length);
    }
    put(kept, old.laneOf, old.laneOffsets[i] as number, old.laneOffsets[i + 1] as number);
  }
  for (; next < incoming.length; next++) {
    const { p: q, indices } = incoming[next] as (typeof incoming)[number];
    put(q, indices, 0, indices.length);
  }
  offsets[size] = k;
  return finish(placed, { starts, laneOffsets: offsets, laneOf }, out);
}

/** The patched index, with the map by id of `before` (when made) carried over, and how it was patched. */
function patched(
  before: EventIndex,
  events: readonly PageEvent[],
  placed: PlacedEvent[],
  density: DensityData,
  laneIds: readonly string[],
  incoming: readonly Incoming[],
  out: readonly PlacedEvent[],
): EventIndex {
  const ids = madeIdMap(before);
  if (ids) {
    for (const p of out) if (ids.get(p.id) === p) ids.delete(p.id);
    for (const { p } of incoming) ids.set(p.id, p);
  }
  const index = withIdLookup({ events, placed, laneIds, density }, ids);
  placedPatches.set(index, { before, out, in: incoming.map(({ p }) => p) });
  return index;
}

/** The lanes of a list of actors and their numbers, numbering lanes not met before. */
function lanesOf(
  actors: readonly EventActor[],
  known: LaneLists,
): { lanes: readonly string[]; indices: readonly number[] } {
  if (actors.length === 0) actors = NONE;
  let of = known.lists.get(actors);
  if (of) return of;
  const lanes: string[] = [];
  const indices: number[] = [];
  if (actors === NONE) {
    lanes.push(NO_ACTOR_LANE);
    indices.push(known.numbers.get(NO_ACTOR_LANE) as number);
  }
  for (const actor of actors) {
    const lane = laneId(actor.name);
    if (lanes.includes(lane)) continue;
    let i = known.numbers.get(lane);
    if (i === undefined) known.numbers.set(lane, (i = known.ids.push(lane) - 1));
    lanes.push(lane);
    indices.push(i);
  }
  of = { lanes, indices };
  known.lists.set(actors, of);
  return of;
}

const NONE: readonly EventActor[] = [];
