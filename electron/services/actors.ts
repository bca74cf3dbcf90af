import { readFile } from 'node:fs/promises';
import type { ActorKind, ActorSummary, GazetteerActor, NewsEvent } from '../shared/model';

/** What the explorer needs to know about an actor beyond its events. */
export type ActorDirectory = ReadonlyMap<string, Pick<GazetteerActor, 'kind' | 'affiliation'>>;

/**
 * Reads the actor gazetteer (`assets/actors.json`: an array of actors, or `{ actors: [...] }`) into a
 * directory by canonical name. A missing or unreadable gazetteer gives an empty directory: actors
 * then keep the kind the extractor gave them.
 */
export async function loadActorDirectory(path: string | undefined): Promise<ActorDirectory> {
  const directory = new Map<string, Pick<GazetteerActor, 'kind' | 'affiliation'>>();
  if (!path) return directory;
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return directory;
  }
  const list: unknown = Array.isArray(parsed) ? parsed : (parsed as { actors?: unknown } | null)?.actors;
  if (!Array.isArray(list)) return directory;
  for (const entry of list as Partial<GazetteerActor>[]) {
    if (typeof entry?.name !== 'string' || typeof entry.kind !== 'string') continue;
    directory.set(entry.name, {
      kind: entry.kind,
      ...(typeof entry.affiliation === 'string' ? { affiliation: entry.affiliation } : {}),
    });
  }
  return directory;
}

/**
 * Lists every actor of `events` with the number of events that involve it (an actor named twice
 * in one event counts once), sorted by count then name. Kind and affiliation come from the
 * directory where it knows the actor, otherwise from the events.
 */
export function summarizeActors(events: readonly NewsEvent[], directory: ActorDirectory): ActorSummary[] {
  const byName = new Map<string, { kind: ActorKind; count: number }>();
  for (const event of events) {
    for (const name of new Set(event.actors.map((actor) => actor.name))) {
      const entry = byName.get(name);
      if (entry) entry.count += 1;
      else byName.set(name, { kind: event.actors.find((a) => a.name === name)?.kind ?? 'group', count: 1 });
    }
  }
  return [...byName]
    .map(([name, { kind, count }]): ActorSummary => {
      const known = directory.get(name);
      return {
        name,
        kind: known?.kind ?? kind,
        ...(known?.affiliation ? { affiliation: known.affiliation } : {}),
        count,
      };
    })
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
