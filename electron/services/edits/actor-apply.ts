/**
 * Applies the edits of actors, in order, to the events (after the edits of events): each
 * extracted name resolves to the actor it now counts as, hidden actors leave every event's list
 * of actors (the events stay), and an event lists each actor once. Pure.
 */
import type { ActorKind, EventActor, NewsEvent } from '../../shared/model';
import type { ActorEditRecord } from './actor-records';
import { findRef, type EventRef } from './event-refs';

/** What the edits of actors leave beside the events. */
export interface ActorLayer {
  /** Kinds set by hand, by actor name. */
  kinds: Map<string, ActorKind>;
  /** Actors hidden by hand. */
  hidden: string[];
  /** For each actor, the other names that count as it. */
  otherNames: Map<string, string[]>;
  /** Suggestions dismissed, as `dismissKey(from, into)`. */
  dismissed: Set<string>;
}

/** An edit of actors that found nothing to act on. */
export interface ActorOrphan {
  edit: ActorEditRecord;
  ref?: EventRef;
  note: string;
}

export const dismissKey = (from: string, into: string): string => `${from}\u0000${into}`;

const ROLE_RANK = { source: 0, target: 1 } as const;

/**
 * An event's actors, each once: the first mention gives the place and kind, a source among the
 * mentions makes it a source ("Annan said" and "Kofi Annan" as target are one actor who acts).
 */
export function uniqueActors(actors: readonly EventActor[]): EventActor[] {
  const byName = new Map<string, EventActor>();
  for (const actor of actors) {
    const seen = byName.get(actor.name);
    if (!seen) byName.set(actor.name, { ...actor });
    else if (ROLE_RANK[actor.role] < ROLE_RANK[seen.role]) seen.role = actor.role;
  }
  return [...byName.values()];
}

/** How the edits of actors name the actors of every event. */
export interface ActorNaming {
  /** Extracted name → the actor it counts as (absent: itself). */
  current: ReadonlyMap<string, string>;
  /** Event id → extracted name → actor, where a split moved one event's mention. */
  moved: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Kinds set by hand and actors hidden, by actor name. */
  kinds: ReadonlyMap<string, ActorKind>;
  hidden: ReadonlySet<string>;
  layer: ActorLayer;
  orphans: ActorOrphan[];
  /** The event with its actors as named: the same object when nothing changes. */
  relabel(event: NewsEvent): NewsEvent;
}

/** True when no two of `actors` have the same name. */
function distinctNames(actors: readonly EventActor[]): boolean {
  if (actors.length > 8) return new Set(actors.map((a) => a.name)).size === actors.length;
  for (let i = 1; i < actors.length; i++)
    for (let j = 0; j < i; j++)
      if ((actors[i] as EventActor).name === (actors[j] as EventActor).name) return false;
  return true;
}

/** Applies `edits` (edits of actors, in order) to `events` and `hidden` (events hidden by hand). */
export function applyActorEdits(
  events: readonly NewsEvent[],
  hiddenEvents: readonly NewsEvent[],
  edits: readonly ActorEditRecord[],
): { events: NewsEvent[]; hiddenEvents: NewsEvent[]; layer: ActorLayer; orphans: ActorOrphan[] } {
  const byId = new Map([...events, ...hiddenEvents].map((e) => [e.id, e]));
  const naming = actorNamingOf(edits, byId, () => [...events, ...hiddenEvents]);
  return {
    events: events.map(naming.relabel),
    hiddenEvents: hiddenEvents.map(naming.relabel),
    layer: naming.layer,
    orphans: naming.orphans,
  };
}

/**
 * What `edits` (edits of actors, in order) make of the names; an actor split finds its events
 * by id in `byId`, else by quote among `all` (the events shown, then those hidden).
 */
export function actorNamingOf(
  edits: readonly ActorEditRecord[],
  byId: ReadonlyMap<string, NewsEvent>,
  all: () => readonly NewsEvent[],
): ActorNaming {
  /** Extracted name → the actor it counts as (absent: itself). */
  const current = new Map<string, string>();
  /** Event id → extracted name → actor, where a split moved one event's mention. */
  const moved = new Map<string, Map<string, string>>();
  const kinds = new Map<string, ActorKind>();
  const hidden = new Set<string>();
  const dismissed = new Set<string>();
  const orphans: ActorOrphan[] = [];

  const nameOf = (eventId: string, raw: string): string =>
    moved.get(eventId)?.get(raw) ?? current.get(raw) ?? raw;
  /** Every name that counts as `from` counts as `to`; a rename carries its kind and hiding along. */
  const recount = (from: string, to: string, carry: boolean): void => {
    if (from === to) return;
    for (const [raw, name] of current) if (name === from) current.set(raw, to);
    if (!current.has(from)) current.set(from, to);
    for (const names of moved.values())
      for (const [raw, name] of names) if (name === from) names.set(raw, to);
    const kind = kinds.get(from);
    if (carry && kind && !kinds.has(to)) kinds.set(to, kind);
    if (carry && hidden.has(from)) hidden.add(to);
    kinds.delete(from);
    hidden.delete(from);
  };

  for (const edit of edits) {
    switch (edit.op) {
      case 'actor-merge':
        for (const name of edit.names) recount(name, edit.into, false);
        break;
      case 'actor-rename':
        recount(edit.name, edit.to, true);
        break;
      case 'actor-alias':
        recount(edit.alias, edit.actor, false);
        break;
      case 'actor-unmerge':
        current.delete(edit.name);
        break;
      case 'actor-split': {
        let count = 0;
        for (const target of edit.targets) {
          const event = findRef(target, byId, all);
          const raws = event?.actors.filter((a) => nameOf(event.id, a.name) === edit.name) ?? [];
          if (!event || raws.length === 0) {
            orphans.push({
              edit,
              ref: target,
              note: event ? `the event no longer lists it` : 'event not found',
            });
            continue;
          }
          const names = moved.get(event.id) ?? new Map<string, string>();
          for (const raw of raws) names.set(raw.name, edit.to);
          moved.set(event.id, names);
          count += 1;
        }
        if (count === 0 && edit.targets.length > 1) orphans.push({ edit, note: 'no event found' });
        break;
      }
      case 'actor-hide':
        if (edit.hidden) hidden.add(edit.name);
        else hidden.delete(edit.name);
        break;
      case 'actor-kind':
        kinds.set(edit.name, edit.kind);
        break;
      case 'actor-dismiss':
        dismissed.add(dismissKey(edit.from, edit.into));
        break;
    }
  }

  const otherNames = new Map<string, Set<string>>();
  const noteName = (raw: string, name: string) => {
    if (raw === name) return;
    const names = otherNames.get(name) ?? new Set<string>();
    names.add(raw);
    otherNames.set(name, names);
  };
  for (const [raw, name] of current) noteName(raw, name);
  /** True when `event` keeps its actors as they are (the common case, found without copying). */
  const untouched = (event: NewsEvent): boolean => {
    for (const actor of event.actors) {
      const name = nameOf(event.id, actor.name);
      if (name !== actor.name || hidden.has(name) || (kinds.get(name) ?? actor.kind) !== actor.kind)
        return false;
    }
    return distinctNames(event.actors);
  };
  const relabel = (event: NewsEvent): NewsEvent => {
    if (untouched(event)) return event;
    let changed = false;
    const actors: EventActor[] = [];
    for (const actor of event.actors) {
      const name = nameOf(event.id, actor.name);
      if (hidden.has(name)) {
        changed = true;
        continue;
      }
      const kind = kinds.get(name) ?? actor.kind;
      if (name !== actor.name || kind !== actor.kind) changed = true;
      actors.push(name === actor.name && kind === actor.kind ? actor : { ...actor, name, kind });
    }
    const unique = uniqueActors(actors);
    if (!changed && unique.length === actors.length) return event;
    return { ...event, actors: unique };
  };
  return {
    current,
    moved,
    kinds,
    hidden,
    layer: {
      kinds,
      hidden: [...hidden],
      otherNames: new Map([...otherNames].map(([name, raws]) => [name, [...raws].sort()])),
      dismissed,
    },
    orphans,
    relabel,
  };
}

const sameMap = <V>(a: ReadonlyMap<string, V>, b: ReadonlyMap<string, V>): boolean => {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v || (v === undefined && !b.has(k))) return false;
  return true;
};

/** True when two namings name every actor of every event alike (kinds and hiding included). */
export function sameNaming(a: ActorNaming, b: ActorNaming): boolean {
  if (!sameMap(a.current, b.current) || !sameMap(a.kinds, b.kinds)) return false;
  if (a.hidden.size !== b.hidden.size || [...a.hidden].some((n) => !b.hidden.has(n))) return false;
  if (a.moved.size !== b.moved.size) return false;
  for (const [id, names] of a.moved) {
    const other = b.moved.get(id);
    if (!other || !sameMap(names, other)) return false;
  }
  return true;
}
