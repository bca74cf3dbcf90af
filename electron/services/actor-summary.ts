import { actorProfile } from '../extract/index';
import type { ActorKind, ActorSummary, NewsEvent } from '../shared/model';

/**
 * Lists every actor of `events` with the number of events that involve it (an actor named twice
 * in one event counts once), most frequent first. Kind and affiliation come from the extractor's
 * gazetteer where it knows the actor, otherwise from the events.
 */
export function summarizeActors(events: readonly NewsEvent[]): ActorSummary[] {
  const byName = new Map<string, { kind: ActorKind; count: number }>();
  for (const event of events) {
    for (const actor of event.actors) {
      const entry = byName.get(actor.name);
      if (!entry) byName.set(actor.name, { kind: actor.kind, count: 0 });
    }
    for (const name of new Set(event.actors.map((actor) => actor.name))) byName.get(name)!.count += 1;
  }
  return [...byName]
    .map(([name, { kind, count }]): ActorSummary => ({ name, ...actorProfile(name, kind), count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
