/**
 * The timeline's index of events, pure (no DOM, no vis-timeline), as vis-timeline keeps its Range
 * and Stack apart from its component: the events of a snapshot placed in time, those that pass
 * the filter, how many of them a window holds, and the data the density worker counts with.
 */
import type { EventActor } from '../../../electron/shared/model';
import type { PageEvent } from '../../../electron/shared/contract';
import { placeEvent } from '../lib/event-dates';
import type { TimeSpan } from '../lib/time';
import { lowerBound } from './aggregate';
import type { DensityData } from './density';
import { laneId, NO_ACTOR_LANE } from './lanes';

/** An event placed in time. */
export interface PlacedEvent {
  id: string;
  start: number;
  /** Exclusive end; equal to start for points. */
  end: number;
  /** Index of the event in the snapshot. */
  index: number;
  /** Lanes of the event's actors (NO_ACTOR_LANE when it has none); shared between events, read only. */
  lanes: readonly string[];
}

/** Every event of a snapshot, placed. */
export interface EventIndex {
  events: readonly PageEvent[];
  /** By start, then end, then id; events without a date are left out. */
  placed: readonly PlacedEvent[];
  /** A placed event by id (the map is made when first asked for: the first drawing needs none). */
  byId(id: string): PlacedEvent | undefined;
  /** The lane of each lane index of the density data (index 0: events without a named actor). */
  laneIds: readonly string[];
  /** The events as the density worker counts them. */
  density: DensityData;
}

const byTime = (a: PlacedEvent, b: PlacedEvent): number =>
  a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Sorts `list`, which the snapshot's date order leaves almost in time order (an approximate date
 * starts at midnight, before the events of its day, which are placed at noon): each one out of
 * place moved back a few steps; a full sort when too many are out of place.
 */
export function sortNearlySorted<T>(list: T[], order: (a: T, b: T) => number): void {
  let budget = 8 * list.length;
  for (let i = 1; i < list.length; i++) {
    const item = list[i] as T;
    let j = i - 1;
    if (order(list[j] as T, item) <= 0) continue;
    while (j >= 0 && order(list[j] as T, item) > 0) {
      list[j + 1] = list[j] as T;
      j--;
      if (--budget < 0) {
        list[j + 1] = item;
        list.sort(order);
        return;
      }
    }
    list[j + 1] = item;
  }
}

/** Places the events of a snapshot in time order, with their lanes. */
export function indexEvents(events: readonly PageEvent[]): EventIndex {
  const placed: PlacedEvent[] = [];
  // Density data: every actor (and the lane of events without one) gets a lane index.
  const laneIndex = new Map<string, number>([[NO_ACTOR_LANE, 0]]);
  // Events with the same actors share one (read-only) list of lanes: a story has far fewer
  // combinations of actors than events, and the snapshot shares each list of actors among its
  // events (see shared/wire.ts), so the list itself is the key.
  const shared = new Map<readonly EventActor[], { lanes: string[]; indices: number[] }>();
  const noActor = { lanes: [NO_ACTOR_LANE], indices: [0] };
  const laneOfEvent: number[][] = [];
  // In date order, neighbours mostly share their dates: the last placement serves again.
  let last: PageEvent | null = null;
  let lastPlace: ReturnType<typeof placeEvent> = null;
  for (let index = 0; index < events.length; index++) {
    const event = events[index] as PageEvent;
    const p: ReturnType<typeof placeEvent> =
      last && event.start === last.start && event.end === last.end && event.precision === last.precision
        ? lastPlace
        : placeEvent(event);
    last = event;
    lastPlace = p;
    if (!p) continue; // ids are unique in a snapshot (see PageSnapshot in the contract)
    let lanesOf = event.actors.length === 0 ? noActor : shared.get(event.actors);
    if (!lanesOf) {
      const lanes: string[] = [];
      const indices: number[] = [];
      for (const actor of event.actors) {
        const lane = laneId(actor.name);
        if (lanes.includes(lane)) continue;
        let i = laneIndex.get(lane);
        if (i === undefined) laneIndex.set(lane, (i = laneIndex.size));
        lanes.push(lane);
        indices.push(i);
      }
      lanesOf = { lanes, indices };
      shared.set(event.actors, lanesOf);
    }
    laneOfEvent[index] = lanesOf.indices;
    placed.push({ id: event.id, start: p.start, end: p.end ?? p.start, index, lanes: lanesOf.lanes });
  }
  sortNearlySorted(placed, byTime);
  const offsets = new Int32Array(placed.length + 1);
  const starts = new Float64Array(placed.length);
  let total = 0;
  for (const p of placed) total += p.lanes.length;
  const laneOf = new Int32Array(total);
  let k = 0;
  for (let i = 0; i < placed.length; i++) {
    const p = placed[i] as PlacedEvent;
    offsets[i] = k;
    starts[i] = p.start;
    for (const lane of laneOfEvent[p.index] as number[]) laneOf[k++] = lane;
  }
  offsets[placed.length] = k;
  return withIdLookup({
    events,
    placed,
    laneIds: [...laneIndex.keys()],
    density: { starts, laneOffsets: offsets, laneOf, laneCount: laneIndex.size },
  });
}

/** The map behind each index's `byId`, once made. */
const idMaps = new WeakMap<EventIndex, () => Map<string, PlacedEvent> | null>();

/**
 * The index with `byId`: a map of its placed events made when first asked for (the first drawing
 * needs none), or `made` (kept up to date by whoever gives it, as an edit's patch does).
 */
export function withIdLookup(
  parts: Omit<EventIndex, 'byId'>,
  made: Map<string, PlacedEvent> | null = null,
): EventIndex {
  let map = made;
  const index: EventIndex = {
    ...parts,
    byId: (id) => (map ??= new Map(parts.placed.map((p) => [p.id, p]))).get(id),
  };
  idMaps.set(index, () => map);
  return index;
}

/** The map of `index.byId` when it was made, else null. */
export function madeIdMap(index: EventIndex): Map<string, PlacedEvent> | null {
  return idMaps.get(index)?.() ?? null;
}

/** The events that pass the filter. */
export interface ShownEvents {
  /** In time order. */
  list: readonly PlacedEvent[];
  ids: ReadonlySet<string>;
  /** Their starts, and their ends sorted on their own (to count those that overlap a window). */
  starts: Float64Array;
  ends: Float64Array;
  /** Longest event shown (ms), to find those that started before a window and reach into it. */
  longest: number;
  /** 1 for each event of `placed` shown, 0 for the others (what the density worker counts). */
  mask: Uint8Array;
  /** 1 for each event shown by its index in the snapshot (`PlacedEvent.index`), 0 for the others. */
  byEvent: Uint8Array;
}

/** True when the event `id` is placed and shown. */
export function isShown(index: EventIndex, shown: ShownEvents, id: string): boolean {
  const p = index.byId(id);
  return p !== undefined && shown.byEvent[p.index] === 1;
}

/** True when `shown` lists every one of `events`, in the same order. */
function listsAll(events: readonly PageEvent[], shown: readonly PageEvent[]): boolean {
  if (shown.length !== events.length) return false;
  for (let i = 0; i < events.length; i++) if (events[i] !== shown[i]) return false;
  return true;
}

/** Merges two ascending lists into one. */
function mergeSorted(a: ArrayLike<number>, b: ArrayLike<number>): Float64Array {
  const out = new Float64Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length)
    out[k++] = (a[i] as number) <= (b[j] as number) ? (a[i++] as number) : (b[j++] as number);
  while (i < a.length) out[k++] = a[i++] as number;
  while (j < b.length) out[k++] = b[j++] as number;
  return out;
}

/**
 * 1 for each event of `events` that is in `shown`, when `shown` lists some of them in the same
 * order (as the page's filter gives them): a walk of both lists, no id looked up. Null otherwise.
 */
export function maskOfSubsequence(
  events: readonly PageEvent[],
  shown: readonly PageEvent[],
): Uint8Array | null {
  const mask = new Uint8Array(events.length);
  let j = 0;
  for (let i = 0; i < events.length && j < shown.length; i++) {
    if (events[i] === shown[j]) {
      mask[i] = 1;
      j++;
    }
  }
  return j === shown.length ? mask : null;
}

/**
 * The events of the index whose ids are in `visible`; `shown`, when given, lists the same events
 * in the order of the index's events (found by a walk instead of a look-up per event).
 */
export function filterEvents(
  index: EventIndex,
  visible: ReadonlySet<string>,
  shown?: readonly PageEvent[],
): ShownEvents {
  const placed = index.placed;
  // Nothing filtered out (as when the page opens): every placed event, in the index's order.
  const all = shown !== undefined && shown.length === visible.size && listsAll(index.events, shown);
  const byEvent =
    !all && shown && shown.length === visible.size ? maskOfSubsequence(index.events, shown) : null;
  const list: PlacedEvent[] = all ? placed.slice() : [];
  const mask = new Uint8Array(placed.length);
  const shownByEvent = new Uint8Array(index.events.length);
  // Starts in order, and ends: points end where they start (in order as they come), only the
  // spans' ends need sorting; written straight into typed arrays, one pass over the events.
  const starts = all ? index.density.starts.slice() : new Float64Array(placed.length);
  const pointEnds = new Float64Array(placed.length);
  const spanEnds: number[] = [];
  let points = 0;
  let longest = 0;
  if (all) mask.fill(1);
  for (let i = 0; i < placed.length; i++) {
    const p = placed[i] as PlacedEvent;
    if (!all) {
      if (byEvent ? byEvent[p.index] === 0 : !visible.has(p.id)) continue;
      mask[i] = 1;
      starts[list.length] = p.start;
      list.push(p);
    }
    shownByEvent[p.index] = 1;
    if (p.end === p.start) pointEnds[points++] = p.end;
    else {
      spanEnds.push(p.end);
      if (p.end - p.start > longest) longest = p.end - p.start;
    }
  }
  const ends = mergeSorted(pointEnds.subarray(0, points), Float64Array.from(spanEnds).sort());
  return {
    list,
    ids: visible,
    starts: all ? starts : starts.subarray(0, list.length),
    ends,
    longest,
    mask,
    byEvent: shownByEvent,
  };
}

/** Number of events shown that overlap the window. */
export function countInWindow(shown: ShownEvents, w: TimeSpan): number {
  return lowerBound(shown.starts, w.end) - lowerBound(shown.ends, w.start);
}

/** The events shown that overlap `span` (start before its end, end at or after its start), by start. */
export function eventsIn(shown: ShownEvents, span: TimeSpan): PlacedEvent[] {
  const found: PlacedEvent[] = [];
  const to = lowerBound(shown.starts, span.end);
  for (let i = lowerBound(shown.starts, span.start - shown.longest); i < to; i++) {
    const p = shown.list[i] as PlacedEvent;
    if (p.end >= span.start) found.push(p);
  }
  return found;
}
