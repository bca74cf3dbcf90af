/**
 * How answers cross the process boundary (IPC in the app, HTTP in the loopback preview).
 *
 * Every answer travels as JSON text: a string crosses IPC and the context bridge as one copy,
 * where a graph of objects is walked and cloned object by object. Snapshots inside answers travel
 * packed: one array per field instead of one object per event, with actor names and article ids
 * listed once. A snapshot of 100,000 events is some 600,000 small objects; packed, its text is
 * less than half as long and parses in a third of the time.
 *
 * The main side encodes (`encodeAnswer`, which packs and serialises each snapshot object once);
 * the page revives (`reviveAnswer`). Both sides import this module at run time: it imports
 * nothing but the contract (itself free of run-time imports), so the page gets no schema code.
 */
import {
  REQUESTS,
  type AnswerText,
  type ImportResult,
  type Requests,
  type RequestName,
  type Snapshot,
} from './contract';
import type { ActorKind, ActorRole, DateBasis, EventActor, EventSource, NewsEvent, Precision } from './model';

const answersSnapshot = (name: RequestName): boolean => REQUESTS[name] === 'snapshot';
const answersImport = (name: RequestName): boolean => REQUESTS[name] === 'import';

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
const FORMAT = 'newsline-packed-snapshot/1';

/** The events of a snapshot, one array per field (index i of every array is event i). */
interface PackedEvents {
  /** Actors met in the events, by (name, kind); events refer to them by index. */
  actorNames: string[];
  actorKinds: ActorKind[];
  /** Article ids met in the sources; sources refer to them by index. */
  articleIds: string[];
  id: string[];
  title: string[];
  start: string[];
  end: (string | null)[];
  /** Index into PRECISIONS times 4, plus index into BASES. */
  dating: number[];
  expression: (string | null)[];
  timex: (string | null)[];
  cameo: (string | null)[];
  /** For each event in turn: its number of actors, then each as actor index times 2, plus 1 for a target. */
  actors: number[];
  /** For each event in turn: its number of sources, then each as article index, quote, start, end. */
  sources: (string | number)[];
  /** Salience (0..1) times 1000, rounded; -1 where an event has none. */
  salience: number[];
  /** The rarer fields, by event index. */
  rare: Record<number, Pick<NewsEvent, 'approximation' | 'edited' | 'modality'>>;
}

/** A snapshot as it travels: everything but the events as is, the events packed. */
export interface PackedSnapshot extends Omit<Snapshot, 'events'> {
  format: typeof FORMAT;
  events: PackedEvents;
}

// Every field of NewsEvent must be packed: adding one to the model without packing it fails here.
type PackedFields =
  | 'id'
  | 'title'
  | 'start'
  | 'end'
  | 'precision'
  | 'basis'
  | 'expression'
  | 'timex'
  | 'cameo'
  | 'actors'
  | 'sources'
  | 'approximation'
  | 'modality'
  | 'edited'
  | 'salience';
type Packs<T, Fields extends keyof T> = [Exclude<keyof T, Fields>] extends [never] ? true : never;
const _allFieldsPacked: [
  Packs<NewsEvent, PackedFields>,
  Packs<EventActor, 'name' | 'kind' | 'role'>,
  Packs<EventSource, 'articleId' | 'quote' | 'start' | 'end'>,
] = [true, true, true];
void _allFieldsPacked;

export function packSnapshot(snapshot: Snapshot): PackedSnapshot {
  const { events, ...rest } = snapshot;
  const n = events.length;
  const packed: PackedEvents = {
    actorNames: [],
    actorKinds: [],
    articleIds: [],
    id: new Array<string>(n),
    title: new Array<string>(n),
    start: new Array<string>(n),
    end: new Array<string | null>(n),
    dating: new Array<number>(n),
    expression: new Array<string | null>(n),
    timex: new Array<string | null>(n),
    cameo: new Array<string | null>(n),
    actors: [],
    sources: [],
    salience: new Array<number>(n),
    rare: {},
  };
  // Actor index by kind, then name (a name is almost always of one kind).
  const actorIndex = new Map<ActorKind, Map<string, number>>();
  const articleIndex = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const e = events[i] as NewsEvent;
    packed.id[i] = e.id;
    packed.title[i] = e.title;
    packed.start[i] = e.start;
    packed.end[i] = e.end ?? null;
    packed.dating[i] = PRECISION_CODES[e.precision] * 4 + BASIS_CODES[e.basis];
    packed.expression[i] = e.expression ?? null;
    packed.timex[i] = e.timex ?? null;
    packed.cameo[i] = e.cameo;
    packed.salience[i] = e.salience === undefined ? -1 : Math.round(e.salience * 1000);
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
      packed.sources.push(k, source.quote, source.start, source.end);
    }
    if (e.approximation || e.edited || e.modality) {
      packed.rare[i] = {
        ...(e.approximation ? { approximation: e.approximation } : {}),
        ...(e.modality ? { modality: e.modality } : {}),
        ...(e.edited ? { edited: e.edited } : {}),
      };
    }
  }
  return { ...rest, format: FORMAT, events: packed };
}

/**
 * Unpacks the events. Actors are the same few objects in many events, so each actor and each
 * list of actors is made once and shared (frozen: the page never changes an event in place);
 * a snapshot of 100,000 events is then some 300,000 objects fewer to make and collect.
 */
export function unpackSnapshot(packed: PackedSnapshot): Snapshot {
  if (packed?.format !== FORMAT) throw new Error('The app sent events in a format this page does not read.');
  const { events: p, format: _format, ...rest } = packed;
  const n = p.id.length;
  const events = new Array<NewsEvent>(n);
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
    const expression = p.expression[i];
    const timex = p.timex[i];
    const rare = p.rare[i];
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
    const sources: EventSource[] = [];
    for (let j = 0; j < sourceCount; j++, s += 4) {
      sources.push({
        articleId: p.articleIds[p.sources[s] as number] as string,
        quote: p.sources[s + 1] as string,
        start: p.sources[s + 2] as number,
        end: p.sources[s + 3] as number,
      });
    }
    const event: NewsEvent = {
      id: p.id[i] as string,
      title: p.title[i] as string,
      start: p.start[i] as string,
      precision: PRECISIONS[dating >> 2] as Precision,
      basis: BASES[dating & 3] as DateBasis,
      actors,
      cameo: p.cameo[i] ?? null,
      sources,
    };
    if (end != null) event.end = end;
    if (expression != null) event.expression = expression;
    if (timex != null) event.timex = timex;
    if (rare?.approximation) event.approximation = rare.approximation;
    if (rare?.edited) event.edited = rare.edited;
    if (rare?.modality) event.modality = rare.modality;
    const salience = p.salience[i] ?? -1;
    if (salience >= 0) event.salience = salience / 1000;
    events[i] = event;
  }
  return { ...rest, events };
}

/** JSON text of each snapshot packed so far: a snapshot is sent unchanged until the next edit. */
const snapshotTexts = new WeakMap<Snapshot, string>();

function snapshotText(snapshot: Snapshot): string {
  let text = snapshotTexts.get(snapshot);
  if (text === undefined) {
    text = JSON.stringify(packSnapshot(snapshot));
    snapshotTexts.set(snapshot, text);
  }
  return text;
}

/** The answer of a request as JSON text, its snapshots packed (main side). */
export function encodeAnswer(name: RequestName, value: unknown): AnswerText {
  if (answersSnapshot(name)) return snapshotText(value as Snapshot);
  if (answersImport(name)) {
    const { snapshot, ...rest } = value as ImportResult;
    const others = JSON.stringify(rest);
    return `{"snapshot":${snapshotText(snapshot)}${others === '{}' ? '}' : `,${others.slice(1)}`}`;
  }
  return value === undefined ? 'null' : JSON.stringify(value);
}

/** The answer of a request from its parsed JSON, its snapshots unpacked (page side). */
export function reviveAnswer<K extends RequestName>(
  name: K,
  parsed: unknown,
): Awaited<ReturnType<Requests[K]>> {
  type Answer = Awaited<ReturnType<Requests[K]>>;
  if (answersSnapshot(name)) return unpackSnapshot(parsed as PackedSnapshot) as Answer;
  if (answersImport(name)) {
    const result = parsed as Omit<ImportResult, 'snapshot'> & { snapshot: PackedSnapshot };
    return { ...result, snapshot: unpackSnapshot(result.snapshot) } as Answer;
  }
  return parsed as Answer;
}

/** The answer of a request from its JSON text (page side, for answers that came over IPC). */
export function decodeAnswer<K extends RequestName>(
  name: K,
  text: AnswerText,
): Awaited<ReturnType<Requests[K]>> {
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
