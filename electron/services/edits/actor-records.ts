/**
 * Edits of actors for the whole library, as stored in edits.json beside the edits of events. Each
 * names its actors by name, not by event, so it applies again to events extracted anew and to
 * articles imported later (an article naming "Annan" lands on "Kofi Annan" after a merge).
 */
import { z } from 'zod';
import { ACTOR_KINDS, type ActorKind } from '../../shared/model';
import type { EventRef } from './event-refs';

interface RecordBase {
  id: string;
  at: string;
}

export type ActorEditRecord = RecordBase &
  (
    | { op: 'actor-merge'; names: string[]; into: string }
    | { op: 'actor-rename'; name: string; to: string }
    | { op: 'actor-alias'; alias: string; actor: string }
    | { op: 'actor-split'; name: string; to: string; targets: EventRef[] }
    | { op: 'actor-unmerge'; name: string }
    | { op: 'actor-hide'; name: string; hidden: boolean }
    | { op: 'actor-kind'; name: string; kind: ActorKind }
    | { op: 'actor-dismiss'; from: string; into: string }
  );

const name = z.string().min(1);
const ref = z.object({
  id: z.string().min(1),
  articleId: z.string().optional(),
  quote: z.string().optional(),
});
const base = { id: z.string().min(1), at: z.string() };

/** The schemas of the actor records, for the one schema of a stored edit (records.ts). */
export const actorRecordSchemas = [
  z.object({ ...base, op: z.literal('actor-merge'), names: z.array(name).min(1), into: name }),
  z.object({ ...base, op: z.literal('actor-rename'), name, to: name }),
  z.object({ ...base, op: z.literal('actor-alias'), alias: name, actor: name }),
  z.object({ ...base, op: z.literal('actor-split'), name, to: name, targets: z.array(ref).min(1) }),
  z.object({ ...base, op: z.literal('actor-unmerge'), name }),
  z.object({ ...base, op: z.literal('actor-hide'), name, hidden: z.boolean() }),
  z.object({ ...base, op: z.literal('actor-kind'), name, kind: z.enum(ACTOR_KINDS) }),
  z.object({ ...base, op: z.literal('actor-dismiss'), from: name, into: name }),
] as const;

/** True for an edit of actors (as opposed to an edit of events). */
export const isActorEdit = (edit: { op: string }): edit is ActorEditRecord => edit.op.startsWith('actor-');

const quoted = (text: string) => `“${text.length > 40 ? `${text.slice(0, 39)}…` : text}”`;

/** One line saying what an edit of actors does. */
export function describeActorEdit(edit: ActorEditRecord): string {
  switch (edit.op) {
    case 'actor-merge':
      return `Merge actor ${edit.names.map(quoted).join(', ')} into ${quoted(edit.into)}`;
    case 'actor-rename':
      return `Rename actor ${quoted(edit.name)} to ${quoted(edit.to)}`;
    case 'actor-alias':
      return `Count ${quoted(edit.alias)} as actor ${quoted(edit.actor)}`;
    case 'actor-split':
      return `Split actor ${quoted(edit.name)}: ${edit.targets.length} event${edit.targets.length === 1 ? '' : 's'} to ${quoted(edit.to)}`;
    case 'actor-unmerge':
      return `Separate actor ${quoted(edit.name)}`;
    case 'actor-hide':
      return `${edit.hidden ? 'Hide' : 'Show'} actor ${quoted(edit.name)}`;
    case 'actor-kind':
      return `Kind of actor ${quoted(edit.name)}: ${edit.kind}`;
    case 'actor-dismiss':
      return `Dismiss merging ${quoted(edit.from)} into ${quoted(edit.into)}`;
  }
}

/** The short label of an edit of actors, for Undo and Redo. */
export function actorEditLabel(edit: ActorEditRecord): string {
  const words: Record<ActorEditRecord['op'], string> = {
    'actor-merge': 'Merge actors',
    'actor-rename': 'Rename actor',
    'actor-alias': 'Add alias',
    'actor-split': 'Split actor',
    'actor-unmerge': 'Separate actor',
    'actor-hide': edit.op === 'actor-hide' && !edit.hidden ? 'Show actor' : 'Hide actor',
    'actor-kind': 'Change kind of actor',
    'actor-dismiss': 'Dismiss suggestion',
  };
  return words[edit.op];
}
