/**
 * Applies the edits by hand to the extracted events: pure, so the same edits give the same
 * events, and an edit whose event is gone is listed as orphaned instead of dropped.
 */
import type { OrphanedEdit } from '../../shared/contract';
import type { NewsEvent } from '../../shared/model';
import { applyActorEdits, type ActorLayer } from './actor-apply';
import type { EditRecord } from './records';
import { orphanedEdit } from './describe';
import { EditReplay } from './replay';

export { describeEdit, labelOf } from './describe';

/** The events after the edits. */
export interface AppliedEdits {
  /** Shown events: the machine's order, then events split off and added by hand. */
  events: NewsEvent[];
  /** Events hidden by hand. */
  hidden: NewsEvent[];
  orphaned: OrphanedEdit[];
  /** For each edit applied, the ids of the events it made or changed. */
  touched: Map<string, string[]>;
  /** What the edits of actors leave: kinds, hidden actors, other names, dismissed suggestions. */
  actors: ActorLayer;
}

/**
 * Applies `edits` in order to the machine's `events`. An edit finds its event by id, else by the
 * quote of its first source (exactly, then loosely within the same article); when none is found
 * it is listed in `orphaned` and the other edits go on.
 */
export function applyEdits(machineEvents: readonly NewsEvent[], edits: readonly EditRecord[]): AppliedEdits {
  const replay = new EditReplay(machineEvents);
  for (const edit of edits) replay.apply(edit);
  const all = replay.live();
  // Edits of actors name actors, not events: they apply to the events as the other edits left them.
  const named = applyActorEdits(
    all.filter((e) => !e.edited?.hidden),
    all.filter((e) => e.edited?.hidden),
    replay.actorEdits,
  );
  const orphaned = [...replay.orphaned];
  for (const { edit, ref, note } of named.orphans) orphaned.push(orphanedEdit(edit, ref, note));
  return {
    events: named.events,
    hidden: named.hiddenEvents,
    orphaned,
    touched: replay.touched,
    actors: named.layer,
  };
}
