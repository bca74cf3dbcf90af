/**
 * Applies the edits by hand to the extracted events: pure, so the same edits give the same
 * events, and an edit whose event is gone is listed as orphaned instead of dropped.
 */
import type { EventPatch, OrphanedEdit } from '../../shared/contract';
import type { EditMark, EventSource, NewsEvent } from '../../shared/model';
import { applyActorEdits, type ActorLayer } from './actor-apply';
import { actorEditLabel, describeActorEdit, isActorEdit, type ActorEditRecord } from './actor-records';
import { findRef } from './event-refs';
import type { EditRecord, EventRef } from './records';

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

const markOf = (event: NewsEvent, machine: NewsEvent | undefined): EditMark => {
  if (event.edited) return { ...event.edited, fields: [...event.edited.fields] };
  return machine ? { fields: [], machine } : { fields: [] };
};

const withField = (mark: EditMark, field: EditMark['fields'][number]): EditMark =>
  mark.fields.includes(field) ? mark : { ...mark, fields: [...mark.fields, field] };

/** An event with a patch applied and marked. */
function patched(event: NewsEvent, patch: EventPatch, machine: NewsEvent | undefined): NewsEvent {
  let mark = markOf(event, machine);
  const next: NewsEvent = { ...event };
  if (patch.title !== undefined) {
    next.title = patch.title;
    mark = withField(mark, 'title');
  }
  if (patch.start !== undefined || patch.precision !== undefined || patch.end !== undefined) {
    if (patch.start !== undefined) next.start = patch.start;
    if (patch.precision !== undefined) next.precision = patch.precision;
    if (patch.end === null) delete next.end;
    else if (patch.end !== undefined) next.end = patch.end;
    // The expression and its reading described the machine's date, not this one.
    delete next.expression;
    delete next.timex;
    delete next.approximation;
    mark = withField(mark, 'date');
  }
  if (patch.actors !== undefined) {
    next.actors = patch.actors.map((a) => ({ ...a }));
    mark = withField(mark, 'actors');
  }
  if (patch.cameo !== undefined) {
    next.cameo = patch.cameo;
    mark = withField(mark, 'cameo');
  }
  next.edited = mark;
  return next;
}

const sourceKey = (s: EventSource): string => `${s.articleId}:${s.start}:${s.end}`;

/**
 * Applies `edits` in order to the machine's `events`. An edit finds its event by id, else by the
 * quote of its first source (exactly, then loosely within the same article); when none is found
 * it is listed in `orphaned` and the other edits go on.
 */
export function applyEdits(machineEvents: readonly NewsEvent[], edits: readonly EditRecord[]): AppliedEdits {
  const machine = new Map(machineEvents.map((e) => [e.id, e]));
  const order: string[] = machineEvents.map((e) => e.id);
  const current = new Map<string, NewsEvent>(machine);
  const orphaned: OrphanedEdit[] = [];
  const touched = new Map<string, string[]>();

  const live = (): NewsEvent[] => order.map((id) => current.get(id)).filter((e): e is NewsEvent => !!e);
  const resolve = (ref: EventRef): NewsEvent | undefined => findRef(ref, current, live);
  const actorEdits: ActorEditRecord[] = [];
  const orphan = (edit: EditRecord, ref: EventRef | undefined, note?: string): void => {
    orphaned.push({
      editId: edit.id,
      description: note ? `${describeEdit(edit)} (${note})` : describeEdit(edit),
      ...(ref?.quote !== undefined ? { quote: ref.quote } : {}),
      at: edit.at,
    });
  };
  const replace = (before: NewsEvent, after: NewsEvent): void => {
    if (after.id !== before.id) {
      current.delete(before.id);
      order[order.indexOf(before.id)] = after.id;
    }
    current.set(after.id, after);
  };

  for (const edit of edits) {
    if (isActorEdit(edit)) {
      actorEdits.push(edit);
      continue;
    }
    switch (edit.op) {
      case 'change': {
        const event = resolve(edit.target);
        if (!event) {
          orphan(edit, edit.target);
          break;
        }
        replace(event, patched(event, edit.patch, machine.get(event.id)));
        touched.set(edit.id, [event.id]);
        break;
      }
      case 'hide': {
        const event = resolve(edit.target);
        if (!event) {
          orphan(edit, edit.target);
          break;
        }
        replace(event, { ...event, edited: { ...markOf(event, machine.get(event.id)), hidden: true } });
        touched.set(edit.id, [event.id]);
        break;
      }
      case 'merge': {
        const found = [...new Set(edit.targets.map(resolve).filter((e): e is NewsEvent => !!e))];
        if (found.length < 2) {
          orphan(edit, edit.targets.find((t) => !current.has(t.id)) ?? edit.targets[0], 'events not found');
          break;
        }
        const [keep, ...others] = found as [NewsEvent, ...NewsEvent[]];
        const sources = new Map(keep.sources.map((s) => [sourceKey(s), s]));
        const actors = new Map(keep.actors.map((a) => [`${a.name}\u0000${a.role}`, a]));
        for (const other of others) {
          for (const s of other.sources) if (!sources.has(sourceKey(s))) sources.set(sourceKey(s), s);
          for (const a of other.actors)
            if (!actors.has(`${a.name}\u0000${a.role}`)) actors.set(`${a.name}\u0000${a.role}`, a);
          current.delete(other.id);
        }
        const mark = markOf(keep, machine.get(keep.id));
        const merged: NewsEvent = {
          ...keep,
          sources: [...sources.values()],
          actors: [...actors.values()],
          edited: { ...mark, mergedFrom: [...(mark.mergedFrom ?? []), ...others.map((o) => o.id)] },
        };
        replace(keep, merged);
        if (found.length < edit.targets.length)
          orphan(
            edit,
            undefined,
            `${edit.targets.length - found.length} of ${edit.targets.length} events not found; merged the others`,
          );
        touched.set(edit.id, [keep.id, ...others.map((o) => o.id)]);
        break;
      }
      case 'split': {
        const event = resolve(edit.target);
        const leaving = event?.sources.filter((s) => edit.quotes.includes(s.quote)) ?? [];
        if (!event || leaving.length === 0 || leaving.length === event.sources.length) {
          orphan(edit, edit.target, event ? 'its sources changed' : undefined);
          break;
        }
        const mark = markOf(event, machine.get(event.id));
        replace(event, {
          ...event,
          sources: event.sources.filter((s) => !leaving.includes(s)),
          edited: mark,
        });
        const partId = `split_${edit.id}`;
        const { edited: _edited, ...rest } = event;
        void _edited;
        const part: NewsEvent = {
          ...rest,
          id: partId,
          sources: leaving,
          edited: { fields: [], splitFrom: event.id },
        };
        current.set(partId, part);
        order.splice(order.indexOf(event.id) + 1, 0, partId);
        touched.set(edit.id, [event.id, partId]);
        break;
      }
      case 'add': {
        const added: NewsEvent = { ...edit.event, edited: { fields: [], added: true } };
        current.set(added.id, added);
        order.push(added.id);
        touched.set(edit.id, [added.id]);
        break;
      }
    }
  }

  const all = live();
  // Edits of actors name actors, not events: they apply to the events as the other edits left them.
  const named = applyActorEdits(
    all.filter((e) => !e.edited?.hidden),
    all.filter((e) => e.edited?.hidden),
    actorEdits,
  );
  for (const { edit, ref, note } of named.orphans) orphan(edit, ref, note);
  return {
    events: named.events,
    hidden: named.hiddenEvents,
    orphaned,
    touched,
    actors: named.layer,
  };
}
