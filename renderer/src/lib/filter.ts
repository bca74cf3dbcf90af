/**
 * Which events the actor filter lets through, and the state changes of the actor list.
 * Pure functions: the timeline, the list and the tests all use these.
 */
import type { FilterMode } from '../../../electron/shared/contract';
import type { PageEvent } from '../../../electron/shared/contract';

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
  event: Pick<PageEvent, 'actors'>,
  filter: ActorFilter,
  allActors: readonly string[],
): boolean {
  return actorTest(filter, allActors)(event);
}

/**
 * The test of `eventPasses` for one filter, with the work that does not depend on the event done
 * once: for filtering many events.
 */
export function actorTest(
  filter: ActorFilter,
  allActors: readonly string[],
): (event: Pick<PageEvent, 'actors'>) => boolean {
  const selected = allActors.filter((a) => !filter.hidden.has(a));
  if (allActors.length > 0 && selected.length === 0) return () => false;
  if (filter.mode === 'any') {
    // Nothing switched off: every event passes.
    if (filter.hidden.size === 0) return () => true;
    return (event) => event.actors.length === 0 || event.actors.some((a) => !filter.hidden.has(a.name));
  }
  return (event) => {
    const names = new Set(event.actors.map((a) => a.name));
    return selected.every((actor) => names.has(actor));
  };
}

/** The events that pass the filter, in their original order. */
export function filterEvents<E extends Pick<PageEvent, 'actors'>>(
  events: readonly E[],
  filter: ActorFilter,
  allActors: readonly string[],
): E[] {
  return events.filter(actorTest(filter, allActors));
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
