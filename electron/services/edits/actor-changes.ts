/**
 * A change of an actor as the page asks for it (ActorChange) checked against the actors as they
 * are now, and made into the edit record that keeps it.
 */
import type { ActorChange } from '../../shared/actor-changes';
import type { NewsEvent } from '../../shared/model';
import type { ActorLayer } from './actor-apply';
import type { ActorEditRecord } from './actor-records';
import { refOf } from './event-refs';

/** The actors and events as they are now (edits applied). */
export interface ActorContext {
  /** Whether an event (shown or hidden) lists an actor of this name. */
  listed(name: string): boolean;
  layer: ActorLayer;
  /** The event with this id, or an error saying it no longer exists. */
  findEvent(id: string): NewsEvent;
}

type Base = { id: string; at: string };

/** The record that keeps `change`, or an error a person can act on when it cannot be made. */
export function actorRecordOf(change: ActorChange, context: ActorContext, base: Base): ActorEditRecord {
  const exists = (name: string) => {
    if (!context.listed(name) && !context.layer.hidden.includes(name))
      throw new Error(`No actor is named “${name}”.`);
  };
  switch (change.op) {
    case 'merge': {
      const names = [...new Set(change.names)].filter((n) => n !== change.into);
      if (names.length === 0) throw new Error('Choose another actor to merge.');
      [...names, change.into].forEach(exists);
      return { ...base, op: 'actor-merge', names, into: change.into };
    }
    case 'rename':
      exists(change.name);
      if (change.to === change.name) throw new Error('The new name is the same as the old one.');
      return { ...base, op: 'actor-rename', name: change.name, to: change.to };
    case 'alias':
      exists(change.actor);
      if (change.alias === change.actor) throw new Error('An alias is another name than the actor’s own.');
      return { ...base, op: 'actor-alias', alias: change.alias, actor: change.actor };
    case 'split': {
      exists(change.name);
      if (change.to === change.name) throw new Error('Give the new actor another name.');
      const events = [...new Set(change.eventIds)].map(context.findEvent);
      const without = events.find((e) => !e.actors.some((a) => a.name === change.name));
      if (without) throw new Error(`“${without.title}” does not list ${change.name}.`);
      return { ...base, op: 'actor-split', name: change.name, to: change.to, targets: events.map(refOf) };
    }
    case 'unmerge': {
      const merged = [...context.layer.otherNames.values()].some((names) => names.includes(change.name));
      if (!merged) throw new Error(`“${change.name}” is not merged into another actor.`);
      return { ...base, op: 'actor-unmerge', name: change.name };
    }
    case 'hide':
      if (change.hidden) exists(change.name);
      else if (!context.layer.hidden.includes(change.name))
        throw new Error(`The actor “${change.name}” is not hidden.`);
      return { ...base, op: 'actor-hide', name: change.name, hidden: change.hidden };
    case 'kind':
      exists(change.name);
      return { ...base, op: 'actor-kind', name: change.name, kind: change.kind };
    case 'dismiss':
      return { ...base, op: 'actor-dismiss', from: change.from, into: change.into };
  }
}
