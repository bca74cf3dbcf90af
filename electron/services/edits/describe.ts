/** What an edit does, in words: for the list of orphaned edits and the Undo and Redo labels. */
import type { OrphanedEdit } from '../../shared/contract';
import { actorEditLabel, describeActorEdit, isActorEdit } from './actor-records';
import type { EditRecord, EventRef } from './records';

const short = (text: string, max = 60): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** One line saying what an edit does. */
export function describeEdit(edit: EditRecord): string {
  if (isActorEdit(edit)) return describeActorEdit(edit);
  switch (edit.op) {
    case 'change': {
      const p = edit.patch;
      const parts: string[] = [];
      if (p.title !== undefined) parts.push(`title “${short(p.title)}”`);
      if (p.start !== undefined || p.precision !== undefined || p.end !== undefined)
        parts.push(`date ${p.start ?? ''}${p.precision ? ` (${p.precision})` : ''}`.trim());
      if (p.actors !== undefined) parts.push(`actors ${p.actors.map((a) => a.name).join(', ') || 'none'}`);
      if (p.cameo !== undefined) parts.push(`kind ${p.cameo ?? 'none'}`);
      return `Change ${parts.join(', ')}`;
    }
    case 'hide':
      return 'Hide event';
    case 'merge':
      return `Merge ${edit.targets.length} events`;
    case 'split':
      return `Split ${edit.quotes.length} source${edit.quotes.length === 1 ? '' : 's'} off`;
    case 'add':
      return `Add “${short(edit.event.title)}”`;
  }
}

/** A short name of the kind of edit, for Undo and Redo labels. */
export function labelOf(edit: EditRecord | undefined): string {
  if (!edit) return 'edit';
  if (isActorEdit(edit)) return actorEditLabel(edit);
  if (edit.op !== 'change') return describeEdit(edit).split(' ').slice(0, 2).join(' ');
  const fields = Object.keys(edit.patch).map((f) =>
    f === 'start' || f === 'end' || f === 'precision' ? 'date' : f,
  );
  return `Change ${[...new Set(fields)].join(', ')}`;
}

/** An edit that found nothing to act on, as the page lists it (`note` says why, where it is known). */
export function orphanedEdit(edit: EditRecord, ref: EventRef | undefined, note?: string): OrphanedEdit {
  return {
    editId: edit.id,
    description: note ? `${describeEdit(edit)} (${note})` : describeEdit(edit),
    ...(ref?.quote !== undefined ? { quote: ref.quote } : {}),
    at: edit.at,
  };
}
