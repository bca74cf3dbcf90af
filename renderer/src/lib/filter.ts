/**
 * Which events the actor filter lets through, and the state changes of the actor list.
 * Pure functions: the timeline, the list and the tests all use these.
 */
import type { FilterMode } from '../../../electron/shared/contract';
import type { NewsEvent } from '../../../electron/shared/model';

/** The actor filter: actors switched off (every other one is on) and how the selected ones combine. */
export interface ActorFilter {
  hidden: ReadonlySet<string>;
  mode: FilterMode;
}

/**
 * True when the event passes the filter.
 * - `any`: at least one of its actors is selected (an event without actors passes while any actor is selected);
 * - `all`: every selected actor takes part in it.
 * With no actor selected at all, nothing passes.
 */
export function eventPasses(
  event: Pick<NewsEvent, 'actors'>,
  filter: ActorFilter,
  allActors: readonly string[],
): boolean {
  const selectedCount = allActors.length - countHidden(filter.hidden, allActors);
  if (allActors.length > 0 && selectedCount <= 0) return false;
  if (filter.mode === 'any') {
    if (event.actors.length === 0) return true;
    return event.actors.some((a) => !filter.hidden.has(a.name));
  }
  const names = new Set(event.actors.map((a) => a.name));
  for (const actor of allActors) {
    if (!filter.hidden.has(actor) && !names.has(actor)) return false;
  }
  return true;
}

function countHidden(hidden: ReadonlySet<string>, allActors: readonly string[]): number {
  let n = 0;
  for (const a of allActors) if (hidden.has(a)) n++;
  return n;
}

/** The events that pass the filter, in their original order. */
export function filterEvents<E extends Pick<NewsEvent, 'actors'>>(
  events: readonly E[],
  filter: ActorFilter,
  allActors: readonly string[],
): E[] {
  return events.filter((e) => eventPasses(e, filter, allActors));
}

/** True when the filter hides something (an actor is off or the mode is `all`). */
export function isFiltering(filter: ActorFilter, allActors: readonly string[]): boolean {
  return filter.mode === 'all' || allActors.some((a) => filter.hidden.has(a));
}

/** Switches one actor on or off. */
export function toggleActor(hidden: ReadonlySet<string>, name: string): Set<string> {
  const next = new Set(hidden);
  if (next.has(name)) next.delete(name);
  else next.add(name);
  return next;
}

/** Only this actor on: every other one off. */
export function onlyActor(allActors: readonly string[], name: string): Set<string> {
  return new Set(allActors.filter((a) => a !== name));
}

/** Every actor on. */
export function showAllActors(): Set<string> {
  return new Set();
}

/** Every actor off. */
export function hideAllActors(allActors: readonly string[]): Set<string> {
  return new Set(allActors);
}
