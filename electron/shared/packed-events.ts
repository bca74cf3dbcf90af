/**
 * Events as they travel (see wire.ts): one array per field instead of one object per event, with
 * actor names, article ids, dates and CAMEO codes listed once. Packed on the main side (at once,
 * or a slice at a time between other work), unpacked by the page.
 *
 * Plain functions with no run-time imports: the services and the page load this module.
 */
import type { PageEvent, SourceRef } from './contract';
import type { ActorKind, ActorRole, DateBasis, EventActor, Precision } from './model';

/** The packed form's name and version: the page refuses any other. */
export const PACKED_FORMAT = 'newsline-packed-snapshot/3';

// Codes of the enumerations; a value added to the model without a code here fails to compile.
const PRECISION_CODES: Record<Precision, number> = { day: 0, month: 1, year: 2, approximate: 3 };
const BASIS_CODES: Record<DateBasis, number> = { explicit: 0, relative: 1, reported: 2 };
const ROLE_CODES: Record<ActorRole, number> = { source: 0, target: 1 };
const valuesByCode = <T extends string>(codes: Record<T, number>): T[] => {
  const values: T[] = [];
  for (const [value, code] of Object.entries(codes) as [T, number][]) values[code] = value;
  return values;
};
const PRECISIONS = valuesByCode(PRECISION_CODES);
const BASES = valuesByCode(BASIS_CODES);
const ROLES = valuesByCode(ROLE_CODES);

/** Events, one array per field (index i of every array is event i). */
export interface PackedEvents {
  /** Actors met in the events, by (name, kind); events refer to them by index. */
  actorNames: string[];
  actorKinds: ActorKind[];
  /** Article ids met in the sources; sources refer to them by index. */
  articleIds: string[];
  /**
   * The ids, one per line (short ids parse far faster as one text than as a list, where each is
   * looked up among the page's known strings); a list when an id holds a line break.
   */
  id: string | string[];
  title: string[];
  /** The distinct starts, and each event's start as an index into them (a story has a few thousand dates). */
  starts: string[];
  start: number[];
  end: (string | null)[];
  /** Index into PRECISIONS times 4, plus index into BASES. */
  dating: number[];
  /** The distinct CAMEO codes, and each event's as an index into them. */
  cameos: (string | null)[];
  cameo: number[];
  /** Salience of each event (null: none); absent when no event has one. */
  salience?: (number | null)[];
  /** For each event in turn: its number of actors, then each as actor index times 2, plus 1 for a target. */
  actors: number[];
  /** For each event in turn: its number of sources, then each as article index, start, end. */
  sources: number[];
  /** The rarer fields, by event index. */
  rare: Record<number, Pick<PageEvent, 'approximation' | 'edited' | 'modality'>>;
}

// Every field of PageEvent must be packed: adding one to the type without packing it fails here.
type PackedFields =
  | 'id'
  | 'title'
  | 'start'
  | 'end'
  | 'precision'
  | 'basis'
  | 'cameo'
  | 'salience'
  | 'actors'
  | 'sources'
  | 'approximation'
  | 'modality'
  | 'edited';
type Packs<T, Fields extends keyof T> = [Exclude<keyof T, Fields>] extends [never] ? true : never;
const _allFieldsPacked: [
  Packs<PageEvent, PackedFields>,
  Packs<EventActor, 'name' | 'kind' | 'role'>,
  Packs<SourceRef, 'articleId' | 'start' | 'end'>,
] = [true, true, true];
void _allFieldsPacked;

/** Packing in progress: the events packed so far and the look-ups that number what they name. */
interface Packing {
  events: readonly PageEvent[];
  packed: PackedEvents;
  ids: string[];
  /** Events packed so far. */
  done: number;
  lines: boolean;
  startIndex: Map<string, number>;
  cameoIndex: Map<string | null, number>;
  /** Actor index by kind, then name (a name is almost always of one kind). */
  actorIndex: Map<ActorKind, Map<string, number>>;
  articleIndex: Map<string, number>;
  salience: (number | null)[] | null;
}

function startPacking(events: readonly PageEvent[]): Packing {
  const n = events.length;
  const ids = new Array<string>(n);
  return {
    events,
    ids,
    packed: {
      actorNames: [],
      actorKinds: [],
      articleIds: [],
      id: ids,
      title: new Array<string>(n),
      starts: [],
      start: new Array<number>(n),
      end: new Array<string | null>(n),
      dating: new Array<number>(n),
      cameos: [],
      cameo: new Array<number>(n),
      actors: [],
      sources: [],
      rare: {},
    },
    done: 0,
    lines: true,
    startIndex: new Map(),
    cameoIndex: new Map(),
    actorIndex: new Map(),
    articleIndex: new Map(),
    salience: null,
  };
}

/** Packs the events of `state` up to index `to` (exclusive). */
function packUpTo(state: Packing, to: number): void {
  const { events, packed, ids, startIndex, cameoIndex, actorIndex, articleIndex } = state;
  const n = events.length;
  let { lines, salience } = state;
  for (let i = state.done; i < to; i++) {
    const e = events[i] as PageEvent;
    ids[i] = e.id;
    if (lines && e.id.includes('\n')) lines = false;
    packed.title[i] = e.title;
    let start = startIndex.get(e.start);
    if (start === undefined) {
      startIndex.set(e.start, (start = packed.starts.length));
      packed.starts.push(e.start);
    }
    packed.start[i] = start;
    packed.end[i] = e.end ?? null;
    packed.dating[i] = PRECISION_CODES[e.precision] * 4 + BASIS_CODES[e.basis];
    let cameo = cameoIndex.get(e.cameo);
    if (cameo === undefined) {
      cameoIndex.set(e.cameo, (cameo = packed.cameos.length));
      packed.cameos.push(e.cameo);
    }
    packed.cameo[i] = cameo;
    if (e.salience !== undefined) (salience ??= new Array<number | null>(n).fill(null))[i] = e.salience;
    packed.actors.push(e.actors.length);
    for (const actor of e.actors) {
      let byName = actorIndex.get(actor.kind);
      if (!byName) actorIndex.set(actor.kind, (byName = new Map()));
      let k = byName.get(actor.name);
      if (k === undefined) {
        k = packed.actorNames.length;
        byName.set(actor.name, k);
        packed.actorNames.push(actor.name);
        packed.actorKinds.push(actor.kind);
      }
      packed.actors.push(k * 2 + ROLE_CODES[actor.role]);
    }
    packed.sources.push(e.sources.length);
    for (const source of e.sources) {
      let k = articleIndex.get(source.articleId);
      if (k === undefined) {
        k = packed.articleIds.length;
        articleIndex.set(source.articleId, k);
        packed.articleIds.push(source.articleId);
      }
      packed.sources.push(k, source.start, source.end);
    }
    if (e.approximation || e.edited || e.modality) {
      packed.rare[i] = {
        ...(e.approximation ? { approximation: e.approximation } : {}),
        ...(e.modality ? { modality: e.modality } : {}),
        ...(e.edited ? { edited: e.edited } : {}),
      };
    }
  }
  state.done = to;
  state.lines = lines;
  state.salience = salience;
}

/**
 * Packs `events` `slice` at a time, yielding after each slice (to pack between other work);
 * returns them packed.
 */
export function* packEventsInSlices(
  events: readonly PageEvent[],
  slice: number,
): Generator<void, PackedEvents, void> {
  const state = startPacking(events);
  while (state.done < events.length) {
    packUpTo(state, Math.min(events.length, state.done + slice));
    if (state.done < events.length) yield;
  }
  const { packed } = state;
  if (state.salience) packed.salience = state.salience;
  if (state.lines) packed.id = state.ids.join('\n');
  return packed;
}

/** Runs the steps of `work` to its end and returns its result. */
export function finish<T>(work: Generator<void, T, void>): T {
  let step = work.next();
  while (!step.done) step = work.next();
  return step.value;
}

export function packEvents(events: readonly PageEvent[]): PackedEvents {
  return finish(packEventsInSlices(events, events.length));
}

/**
 * Unpacks events. Actors are the same few objects in many events, so each actor and each list of
 * actors is made once and shared (frozen: the page never changes an event in place); so is each
 * list of one source.
 */
export function unpackEvents(p: PackedEvents): PageEvent[] {
  const n = p.dating.length;
  const ids = typeof p.id === 'string' ? (n === 0 ? [] : p.id.split('\n')) : p.id;
  const events = new Array<PageEvent>(n);
  const actorsByRef: EventActor[] = [];
  const actorOf = (ref: number): EventActor => {
    let actor = actorsByRef[ref];
    if (!actor) {
      const k = ref >> 1;
      actor = Object.freeze({
        name: p.actorNames[k] as string,
        kind: p.actorKinds[k] as ActorKind,
        role: ROLES[ref & 1] as ActorRole,
      });
      actorsByRef[ref] = actor;
    }
    return actor;
  };
  const actorLists = new Map<number | string, EventActor[]>();
  let a = 0;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const dating = p.dating[i] as number;
    const end = p.end[i];
    const rare = p.rare[i];
    const salience = p.salience?.[i];
    // The list of actors, by its refs: a number for up to three actors, else the refs as text.
    const actorCount = p.actors[a++] as number;
    let key: number | string = actorCount <= 3 ? 0 : '';
    for (let j = 0; j < actorCount; j++) {
      const ref = p.actors[a + j] as number;
      key = typeof key === 'number' && ref < 65535 ? key * 65536 + ref + 1 : `${key},${ref}`;
    }
    let actors = actorLists.get(key);
    if (!actors) {
      actors = [];
      for (let j = 0; j < actorCount; j++) actors.push(actorOf(p.actors[a + j] as number));
      Object.freeze(actors);
      actorLists.set(key, actors);
    }
    a += actorCount;
    const sourceCount = p.sources[s++] as number;
    const sources: SourceRef[] = new Array<SourceRef>(sourceCount);
    for (let j = 0; j < sourceCount; j++, s += 3) {
      sources[j] = {
        articleId: p.articleIds[p.sources[s] as number] as string,
        start: p.sources[s + 1] as number,
        end: p.sources[s + 2] as number,
      };
    }
    const event: PageEvent = {
      id: ids[i] as string,
      title: p.title[i] as string,
      start: p.starts[p.start[i] as number] as string,
      precision: PRECISIONS[dating >> 2] as Precision,
      basis: BASES[dating & 3] as DateBasis,
      actors,
      cameo: p.cameos[p.cameo[i] as number] ?? null,
      sources,
    };
    if (end != null) event.end = end;
    if (salience != null) event.salience = salience;
    if (rare?.approximation) event.approximation = rare.approximation;
    if (rare?.edited) event.edited = rare.edited;
    if (rare?.modality) event.modality = rare.modality;
    events[i] = event;
  }
  return events;
}
