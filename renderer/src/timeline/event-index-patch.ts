/**
 * The timeline's index of events updated by an edit's patch (lib/events-patch.ts) instead of made
 * again: the events that came in are placed and merged into the time order, those taken out
 * dropped, the others kept (a new object only where the event's index in the list moved), and the
 * density data copied with the same changes. The result draws the same as `indexEvents` of the
 * patched list (tests/page-edits/timeline-index.property.test.ts); only the numbering
 * of the density data's lanes may differ (a lane of an actor no longer named keeps its number,
 * with no event in it).
 */
import type { PageEvent } from '../../../electron/shared/contract';
import type { EventActor } from '../../../electron/shared/model';
import { placeEvent } from '../lib/event-dates';
import type { EventsPatch } from '../lib/events-patch';
import type { EventIndex, PlacedEvent } from './event-index';
import { laneId, NO_ACTOR_LANE } from './lanes';

const byTime = (a: PlacedEvent, b: PlacedEvent): number =>
  a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The lanes of each list of actors met (events share lists), with their numbers in the density data. */
interface LaneLists {
  lists: Map<readonly EventActor[], { lanes: readonly string[]; indices: readonly number[] }>;
  numbers: Map<string, number>;
  ids: string[];
}

/**
 * The index of `events`, made from `before` (the index of `patch.before`) by `patch`. Null when
 * `before` is not the index of the list the patch was made from.
 */
export function patchIndex(
  before: EventIndex,
  events: readonly PageEvent[],
  patch: EventsPatch,
): EventIndex | null {
  if (before.events !== patch.before) return null;
  const { placed: oldPlaced, density: old } = before;
  const lanes: LaneLists = {
    lists: new Map(),
    numbers: new Map(before.laneIds.map((id, i) => [id, i])),
    ids: [...before.laneIds],
  };
  if (!lanes.numbers.has(NO_ACTOR_LANE)) lanes.numbers.set(NO_ACTOR_LANE, lanes.ids.push(NO_ACTOR_LANE) - 1);
  // the events that came in, placed, in time order, with their lane numbers
  const incoming: { p: PlacedEvent; indices: readonly number[] }[] = [];
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
  for (let i = 0; i < oldPlaced.length; i++) {
    const p = oldPlaced[i] as PlacedEvent;
    const index = patch.moved[p.index] as number;
    if (index < 0) continue;
    const kept = index === p.index ? p : { id: p.id, start: p.start, end: p.end, index, lanes: p.lanes };
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
  let byId: Map<string, PlacedEvent> | null = null;
  return {
    events,
    placed,
    byId: (id) => (byId ??= new Map(placed.map((p) => [p.id, p]))).get(id),
    laneIds: lanes.ids,
    density: { starts, laneOffsets: offsets, laneOf, laneCount: lanes.ids.length },
  };
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
