/**
 * The page's copy of the events (contract.ts: `PageEvent`, `PageSnapshot`): the services make it
 * (`pageSnapshotOf`) and what an edit changed (`changeBetween`); the page patches its copy with a
 * change (`applyChange`). The quotes, the date as written and the machine's version of an edited
 * event stay on the main side until the page asks for them (`getEvents`).
 *
 * Plain functions with no run-time imports: the services and the page load this module.
 */
import type { PageEvent, PageSnapshot, Snapshot, SnapshotChange, SourceRef } from './contract';
import type { EventSource, NewsEvent } from './model';

/** Ordering of the snapshot's events: start, then end (a point before a span), then id. */
export function compareByDate(a: Pick<NewsEvent, 'start' | 'end' | 'id'>, b: typeof a): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  const endA = a.end ?? '';
  const endB = b.end ?? '';
  if (endA !== endB) return endA < endB ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const slimEvents = new WeakMap<NewsEvent, PageEvent>();
const slimSources = new WeakMap<readonly EventSource[], readonly SourceRef[]>();

/** The page's form of an event (made once per event object). */
export function pageEventOf(event: NewsEvent): PageEvent {
  let slim = slimEvents.get(event);
  if (slim) return slim;
  let sources = slimSources.get(event.sources);
  if (!sources) {
    sources = event.sources.map(({ articleId, start, end }) => ({ articleId, start, end }));
    slimSources.set(event.sources, sources);
  }
  slim = {
    id: event.id,
    title: event.title,
    start: event.start,
    precision: event.precision,
    basis: event.basis,
    actors: event.actors,
    cameo: event.cameo,
    sources,
  };
  if (event.end !== undefined) slim.end = event.end;
  if (event.approximation) slim.approximation = event.approximation;
  if (event.modality) slim.modality = event.modality;
  if (event.edited) {
    const { machine: _machine, ...mark } = event.edited;
    slim.edited = mark;
  }
  const salience = (event as { salience?: unknown }).salience;
  if (typeof salience === 'number') slim.salience = salience;
  slimEvents.set(event, slim);
  return slim;
}

const pageSnapshots = new WeakMap<Snapshot, PageSnapshot>();
const revisionOfSnapshot = new WeakMap<Snapshot, number>();
let revisions = 0;

/** The revision of a snapshot: its own number, given the first time it is asked for. */
export function revisionOf(snapshot: Snapshot): number {
  let revision = revisionOfSnapshot.get(snapshot);
  if (revision === undefined) revisionOfSnapshot.set(snapshot, (revision = ++revisions));
  return revision;
}

/** The page's form of a snapshot (made once per snapshot object, each with a revision of its own). */
export function pageSnapshotOf(snapshot: Snapshot): PageSnapshot {
  let page = pageSnapshots.get(snapshot);
  if (page) return page;
  const { events, hiddenEvents, ...rest } = snapshot;
  page = { ...rest, revision: revisionOf(snapshot), events: events.map(pageEventOf) };
  if (hiddenEvents) page.hiddenEvents = hiddenEvents.map(pageEventOf);
  pageSnapshots.set(snapshot, page);
  return page;
}

/** True when two slim events draw the same (the objects differ when an edit made them again). */
function sameEvent(a: PageEvent, b: PageEvent): boolean {
  if (a === b) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** What changed from snapshot `before` to `after`, as the page needs it to patch its copy. */
export function changeBetween(before: Snapshot, after: Snapshot): SnapshotChange {
  const from = pageSnapshotOf(before);
  const to = pageSnapshotOf(after);
  const previous = new Map<string, PageEvent>();
  for (const e of from.events) previous.set(e.id, e);
  const changed: PageEvent[] = [];
  for (const e of to.events) {
    const old = previous.get(e.id);
    if (old !== e && !(old && sameEvent(old, e))) changed.push(e);
    previous.delete(e.id);
  }
  const { events: _events, articles, revision, ...rest } = to;
  return {
    ...rest,
    base: from.revision as number,
    revision: revision as number,
    changed,
    removed: [...previous.keys()],
    ...(articles === from.articles || JSON.stringify(articles) === JSON.stringify(from.articles)
      ? {}
      : { articles }),
  };
}

/** First index in the date-ordered `events` at which `event` would go. */
function placeOf(events: readonly PageEvent[], event: PageEvent): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareByDate(events[mid] as PageEvent, event) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where a change took events out of a list and put them in (see `applyChange`). */
export interface ChangePlaces {
  /** Indices in the list before of the events taken out, ascending. */
  out: number[];
  /** Indices in the list after of the events put in, ascending. */
  in: number[];
}

/** Beyond this many events changed, they are put in by one sort of the joined lists. */
const FEW_CHANGED = 64;

/**
 * The snapshot `change` makes of `snapshot` (which must be its base): events removed and changed
 * taken out, the changed ones put back in date order, the rest replaced. Null when the change was
 * made from another revision (the page then asks for the whole snapshot). With `places`, where
 * the events went out and in is written there when few changed (else it is left empty).
 */
export function applyChange(
  snapshot: PageSnapshot,
  change: SnapshotChange,
  places?: ChangePlaces,
): PageSnapshot | null {
  if (snapshot.revision === undefined || change.base !== snapshot.revision) return null;
  const { base: _base, changed, removed, articles, ...rest } = change;
  const out = new Set(removed);
  for (const e of changed) out.add(e.id);
  const before = snapshot.events;
  let events = before;
  if (out.size > 0 && out.size <= FEW_CHANGED) {
    // few taken out: found by one pass, the list copied once and spliced
    const at: number[] = [];
    for (let i = 0; i < before.length && at.length < out.size; i++)
      if (out.has((before[i] as PageEvent).id)) at.push(i);
    events = before.slice();
    for (let k = at.length - 1; k >= 0; k--) events.splice(at[k] as number, 1);
    places?.out.push(...at);
  } else if (out.size > 0) events = before.filter((e) => !out.has(e.id));
  if (changed.length > 0) {
    if (events === before) events = [...events];
    // Few changes: each put in its place; many: one sort of the joined lists.
    if (changed.length <= FEW_CHANGED) {
      for (const e of changed) events.splice(placeOf(events, e), 0, e);
      places?.in.push(...changed.map((e) => placeOf(events, e)).sort((a, b) => a - b));
    } else events = events.concat(changed).sort(compareByDate);
  }
  if (places && (out.size > FEW_CHANGED || changed.length > FEW_CHANGED))
    places.out.length = places.in.length = 0;
  return { ...snapshot, ...rest, ...(articles ? { articles } : {}), events };
}
