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
 * nothing but the contract, packed-events.ts and snapshot-text.ts (free of schema code), so the page gets
 * no schema code. snapshot-text.ts keeps the text of each snapshot packed, and packs ahead.
 */
import {
  REQUESTS,
  type AnswerText,
  type ImportResult,
  type PageAnswer,
  type PageSnapshot,
  type RequestName,
  type Snapshot,
  type SnapshotChange,
} from './contract';
import { PACKED_FORMAT as FORMAT, packEvents, unpackEvents, type PackedEvents } from './packed-events';
import { snapshotText } from './snapshot-text';

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
