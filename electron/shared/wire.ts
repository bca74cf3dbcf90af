/**
 * How answers cross the process boundary (IPC in the app, HTTP in the loopback preview).
 *
 * Every answer travels as JSON text: a string crosses IPC and the context bridge as one copy,
 * where a graph of objects is walked and cloned object by object. Snapshots travel as the page
 * holds them (slim, page-events.ts: no quotes) and packed: one array per field instead of one
 * object per event, with actor names and article ids listed once. An edit's answer is what
 * changed (`SnapshotChange`), packed the same way.
 *
 * The main side encodes (`encodeAnswer`, which packs and serialises each snapshot object once);
 * the page revives (`reviveAnswer`). Both sides import this module at run time: it imports
 * nothing but the contract and page-events.ts (both free of run-time imports), so the page gets no schema code.
 */
import {
  REQUESTS,
  type AnswerText,
  type ImportResult,
  type PageAnswer,
  type PageEvent,
  type PageSnapshot,
  type Requests,
  type RequestName,
  type Snapshot,
  type SnapshotChange,
  type SourceRef,
} from './contract';
import type { ActorKind, ActorRole, DateBasis, EventActor, Precision } from './model';
import { pageSnapshotOf } from './page-events';

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
const FORMAT = 'newsline-packed-snapshot/3';

/** Events, one array per field (index i of every array is event i). */
interface PackedEvents {
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

/** A snapshot as it travels: everything but the events as is, the events packed. */
export interface PackedSnapshot extends Omit<PageSnapshot, 'events'> {
  format: typeof FORMAT;
  events: PackedEvents;
}

/** A change as it travels: the events changed packed. */
export interface PackedChange extends Omit<SnapshotChange, 'changed'> {
  format: typeof FORMAT;
  changed: PackedEvents;
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

export function packEvents(events: readonly PageEvent[]): PackedEvents {
  const n = events.length;
  const ids = new Array<string>(n);
  const packed: PackedEvents = {
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
  };
  const startIndex = new Map<string, number>();
  const cameoIndex = new Map<string | null, number>();
  let lines = true;
  // Actor index by kind, then name (a name is almost always of one kind).
  const actorIndex = new Map<ActorKind, Map<string, number>>();
  const articleIndex = new Map<string, number>();
  let salience: (number | null)[] | null = null;
  for (let i = 0; i < n; i++) {
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
  if (salience) packed.salience = salience;
  if (lines) packed.id = ids.join('\n');
  return packed;
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

export function packSnapshot(snapshot: PageSnapshot): PackedSnapshot {
  const { events, ...rest } = snapshot;
  return { ...rest, format: FORMAT, events: packEvents(events) };
}

const wrongFormat = () => new Error('The app sent events in a format this page does not read.');

export function unpackSnapshot(packed: PackedSnapshot): PageSnapshot {
  if (packed?.format !== FORMAT) throw wrongFormat();
  const { events, format: _format, ...rest } = packed;
  return { ...rest, events: unpackEvents(events) };
}

export function packChange(change: SnapshotChange): PackedChange {
  const { changed, ...rest } = change;
  return { ...rest, format: FORMAT, changed: packEvents(changed) };
}

export function unpackChange(packed: PackedChange): SnapshotChange {
  if (packed?.format !== FORMAT) throw wrongFormat();
  const { changed, format: _format, ...rest } = packed;
  return { ...rest, changed: unpackEvents(changed) };
}

/** JSON text of each snapshot packed so far: a snapshot is sent unchanged until the next edit. */
const snapshotTexts = new WeakMap<Snapshot, string>();

function snapshotText(snapshot: Snapshot): string {
  let text = snapshotTexts.get(snapshot);
  if (text === undefined) {
    text = JSON.stringify(packSnapshot(pageSnapshotOf(snapshot)));
    snapshotTexts.set(snapshot, text);
  }
  return text;
}

/**
 * The answer of a request as JSON text (main side): snapshots slim and packed, a change (which
 * services/answer-request.ts works out for the requests that change events) packed.
 */
export function encodeAnswer(name: RequestName, value: unknown): AnswerText {
  switch (REQUESTS[name]) {
    case 'snapshot':
      return snapshotText(value as Snapshot);
    case 'change':
      return JSON.stringify(packChange(value as SnapshotChange));
    case 'import': {
      const { snapshot, ...rest } = value as ImportResult;
      const others = JSON.stringify(rest);
      return `{"snapshot":${snapshotText(snapshot)}${others === '{}' ? '}' : `,${others.slice(1)}`}`;
    }
    default:
      return value === undefined ? 'null' : JSON.stringify(value);
  }
}

/** The answer of a request from its parsed JSON, its snapshots unpacked (page side). */
export function reviveAnswer<K extends RequestName>(name: K, parsed: unknown): PageAnswer<K> {
  type Answer = PageAnswer<K>;
  switch (REQUESTS[name]) {
    case 'snapshot':
      return unpackSnapshot(parsed as PackedSnapshot) as Answer;
    case 'change':
      return unpackChange(parsed as PackedChange) as Answer;
    case 'import': {
      const result = parsed as Omit<ImportResult, 'snapshot'> & { snapshot: PackedSnapshot };
      return { ...result, snapshot: unpackSnapshot(result.snapshot) } as Answer;
    }
    default:
      return parsed as Answer;
  }
}

/** The answer of a request from its JSON text (page side, for answers that came over IPC). */
export function decodeAnswer<K extends RequestName>(name: K, text: AnswerText): PageAnswer<K> {
  return reviveAnswer(name, JSON.parse(text) as unknown);
}

/**
 * Packs the current snapshot ahead of the page's first request (called while the page loads);
 * a failure is left for that request to report.
 */
export async function prepareSnapshot(source: Pick<Requests, 'getSnapshot'>): Promise<void> {
  try {
    encodeAnswer('getSnapshot', await source.getSnapshot());
  } catch {
    // The page's own getSnapshot request meets the same error and shows it.
  }
}
