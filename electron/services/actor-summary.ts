import { actorProfile, lookupActor } from '../extract/index';
import type { ActorBook } from '../shared/actor-changes';
import type { ActorKind, ActorSummary, NewsEvent } from '../shared/model';
import { suggestActorMerges } from './actor-suggestions';
import { dismissKey, type ActorLayer } from './edits/actor-apply';

/**
 * Lists every actor of `events` with the number of events that involve it (an actor named twice
 * in one event counts once), most frequent first. Kind and affiliation come from the extractor's
 * gazetteer where it knows the actor, otherwise from the events; a kind set by hand (`kinds`) wins.
 */
export function summarizeActors(
  events: readonly NewsEvent[],
  kinds: ReadonlyMap<string, ActorKind> = new Map(),
): ActorSummary[] {
  // `last`: the last event counted, so that an actor named twice in one event counts once
  const byName = new Map<string, { kind: ActorKind; count: number; last: number }>();
  for (let i = 0; i < events.length; i++) {
    for (const actor of (events[i] as NewsEvent).actors) {
      let entry = byName.get(actor.name);
      if (!entry) byName.set(actor.name, (entry = { kind: actor.kind, count: 0, last: -1 }));
      if (entry.last !== i) {
        entry.count += 1;
        entry.last = i;
      }
    }
  }
  return [...byName]
    .map(([name, { kind, count }]): ActorSummary => {
      const set = kinds.get(name);
      return { name, ...actorProfile(name, kind), ...(set ? { kind: set } : {}), count };
    })
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** The actors as edited by hand, for the actors view: hidden ones, other names, merges to suggest. */
export function actorBookOf(actors: readonly ActorSummary[], layer: ActorLayer): ActorBook {
  const listed = new Set(actors.map((a) => a.name));
  return {
    hidden: [...layer.hidden].sort((a, b) => a.localeCompare(b)),
    otherNames: Object.fromEntries([...layer.otherNames].filter(([name]) => listed.has(name))),
    suggestions: suggestActorMerges(actors, {
      canonicalOf: (name) => lookupActor(name)?.name,
      dismissed: (from, into) => layer.dismissed.has(dismissKey(from, into)),
    }),
  };
}
