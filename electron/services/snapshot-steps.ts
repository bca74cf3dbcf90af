/**
 * What an edit changed, as the services know it when they make the snapshot after it: curation
 * notes each step (this snapshot came from that one, these shown events changed), so that the
 * answer to an edit (a `SnapshotChange`) is made from the events changed alone, not by comparing
 * every event of the two snapshots (`changeBetween`, shared/page-events.ts, which stays the way
 * for snapshots no step links).
 *
 * Steps hold no snapshot (each snapshot is known by a number), so old snapshots are collected.
 */
import type { Snapshot, SnapshotChange } from '../shared/contract';
import type { NewsEvent } from '../shared/model';
import { changeBetween, pageEventOf, revisionOf } from '../shared/page-events';

/** Steps kept: enough for edits in flight at once, not a history. */
const KEPT = 64;

const numbers = new WeakMap<Snapshot, number>();
let counter = 0;
const numberOf = (snapshot: Snapshot): number => {
  let n = numbers.get(snapshot);
  if (n === undefined) numbers.set(snapshot, (n = ++counter));
  return n;
};

/** Each step by the number of the snapshot it made: the one it came from, and the shown events changed. */
const steps = new Map<number, { from: number; events: ReadonlyMap<string, NewsEvent | null> }>();

/** Notes that `after` is `before` with the shown events `events` changed (null: no longer shown). */
export function noteStep(
  before: Snapshot,
  after: Snapshot,
  events: ReadonlyMap<string, NewsEvent | null>,
): void {
  steps.set(numberOf(after), { from: numberOf(before), events });
  if (steps.size > KEPT) steps.delete(steps.keys().next().value as number);
}

/** The shown events changed from `before` to `after` through noted steps, or null when no steps link them. */
export function stepsBetween(before: Snapshot, after: Snapshot): Map<string, NewsEvent | null> | null {
  const from = numberOf(before);
  const chain: ReadonlyMap<string, NewsEvent | null>[] = [];
  for (let at = numberOf(after); at !== from;) {
    const step = steps.get(at);
    if (!step) return null;
    chain.push(step.events);
    at = step.from;
  }
  const events = new Map<string, NewsEvent | null>();
  for (let i = chain.length - 1; i >= 0; i--)
    for (const [id, e] of chain[i] as ReadonlyMap<string, NewsEvent | null>) events.set(id, e);
  return events;
}

/**
 * What changed from snapshot `before` to `after`, as the page needs it to patch its copy: from
 * the steps noted when they link the two, else by comparing them (the same change either way).
 */
export function changeOf(before: Snapshot, after: Snapshot): SnapshotChange {
  const events = stepsBetween(before, after);
  if (!events) return changeBetween(before, after);
  const changed = [];
  const removed: string[] = [];
  for (const [id, e] of events) {
    if (e) changed.push(pageEventOf(e));
    else removed.push(id);
  }
  const { events: _events, hiddenEvents, articles, ...rest } = after;
  const sameArticles =
    articles === before.articles || JSON.stringify(articles) === JSON.stringify(before.articles);
  return {
    ...rest,
    ...(hiddenEvents ? { hiddenEvents: hiddenEvents.map(pageEventOf) } : {}),
    base: revisionOf(before),
    revision: revisionOf(after),
    changed,
    removed,
    ...(sameArticles ? {} : { articles }),
  };
}
