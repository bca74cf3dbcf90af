/**
 * The edits of events applied one at a time to the machine's events, each undoable: what
 * `applyEdits` does in one go (apply.ts), kept in memory between edits so that one more edit (or
 * one edit less) costs the events it touches, not the library. Edits of actors are only collected
 * here: they apply to the events as the edits of events leave them (actor-apply.ts).
 */
import type { EventPatch, OrphanedEdit } from '../../shared/contract';
import type { EditMark, EventSource, NewsEvent } from '../../shared/model';
import { isActorEdit, type ActorEditRecord } from './actor-records';
import { orphanedEdit } from './describe';
import { findRef } from './event-refs';
import type { EditRecord, EventRef } from './records';

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

/** What one edit did, to undo it exactly. */
interface Journal {
  edit: EditRecord;
  /** The event each id had before the edit (undefined: none). */
  before: Map<string, NewsEvent | undefined>;
  /** Places the edit inserted into the order, in the order inserted. */
  inserted: number[];
  /** Number of orphaned edits before it. */
  orphans: number;
  /** The ids it touched before it, when an earlier edit had the same id. */
  touched: string[] | undefined;
}

/** The machine's events with edits of events applied in order, one at a time and undoable. */
export class EditReplay {
  /** The machine's events by id. */
  readonly machine: Map<string, NewsEvent>;
  /** Ids in the machine's order, then events split off (after their event) and added by hand. */
  readonly order: string[];
  /** The events as the edits leave them (before the edits of actors), by id: those alive only. */
  readonly current: Map<string, NewsEvent>;
  /** Edits of events that found nothing to act on, in order. */
  readonly orphaned: OrphanedEdit[] = [];
  /** For each edit applied, the ids of the events it made or changed. */
  readonly touched = new Map<string, string[]>();
  /** The edits of actors met, in order (applied after, to the events as these edits leave them). */
  readonly actorEdits: ActorEditRecord[] = [];
  private readonly journals: Journal[] = [];
  /** Ids whose event was set, replaced or removed since `takeChanged`. */
  private changed = new Set<string>();
  private journal: Journal | null = null;

  constructor(machineEvents: readonly NewsEvent[]) {
    this.machine = new Map(machineEvents.map((e) => [e.id, e]));
    this.order = machineEvents.map((e) => e.id);
    this.current = new Map(this.machine);
  }

  /** The edits applied, in order. */
  get edits(): EditRecord[] {
    return this.journals.map((j) => j.edit);
  }

  get length(): number {
    return this.journals.length;
  }

  /** The edit applied at `index`. */
  editAt(index: number): EditRecord | undefined {
    return this.journals[index]?.edit;
  }

  /** The events alive, in order (an id listed twice appears twice). */
  live(): NewsEvent[] {
    const out: NewsEvent[] = [];
    for (const id of this.order) {
      const e = this.current.get(id);
      if (e) out.push(e);
    }
    return out;
  }

  /** Ids of the events set, replaced or removed since the last call (which empties the list). */
  takeChanged(): Set<string> {
    const changed = this.changed;
    this.changed = new Set();
    return changed;
  }

  /** Undoes the last edit applied; false when there is none. */
  undo(): boolean {
    const j = this.journals.pop();
    if (!j) return false;
    if (isActorEdit(j.edit)) {
      this.actorEdits.pop();
      return true;
    }
    for (const [id, event] of j.before) {
      if (event) this.current.set(id, event);
      else this.current.delete(id);
      this.changed.add(id);
    }
    for (let i = j.inserted.length - 1; i >= 0; i--) {
      const at = j.inserted[i] as number;
      const [id] = this.order.splice(at, 1);
      if (at !== this.order.length) this.positions = null;
      else if (id !== undefined) {
        const places = this.positions?.get(id);
        places?.pop();
        if (places?.length === 0) this.positions?.delete(id);
      }
    }
    this.orphaned.length = j.orphans;
    if (j.touched) this.touched.set(j.edit.id, j.touched);
    else this.touched.delete(j.edit.id);
    return true;
  }

  private set(id: string, event: NewsEvent | null): void {
    const j = this.journal as Journal;
    if (!j.before.has(id)) j.before.set(id, this.current.get(id));
    if (event) this.current.set(id, event);
    else this.current.delete(id);
    this.changed.add(id);
  }

  private insert(at: number, id: string): void {
    if (at !== this.order.length) this.positions = null;
    else if (this.positions) {
      const places = this.positions.get(id);
      if (places) places.push(at);
      else this.positions.set(id, [at]);
    }
    this.order.splice(at, 0, id);
    (this.journal as Journal).inserted.push(at);
  }

  /** Places of each id in the order (made when asked after an insertion before the end). */
  private positions: Map<string, number[]> | null = null;

  /** The places of `id` in the order (an id added twice has two). */
  placesOf(id: string): readonly number[] {
    if (!this.positions) {
      const positions = new Map<string, number[]>();
      this.order.forEach((each, i) => {
        const known = positions.get(each);
        if (known) known.push(i);
        else positions.set(each, [i]);
      });
      this.positions = positions;
    }
    return this.positions.get(id) ?? [];
  }

  private resolve(ref: EventRef): NewsEvent | undefined {
    return findRef(ref, this.current, () => this.live());
  }

  private orphan(edit: EditRecord, ref: EventRef | undefined, note?: string): void {
    this.orphaned.push(orphanedEdit(edit, ref, note));
  }

  private touch(edit: EditRecord, ids: string[]): void {
    this.touched.set(edit.id, ids);
  }

  /** Applies one more edit. */
  apply(edit: EditRecord): void {
    const journal: Journal = {
      edit,
      before: new Map(),
      inserted: [],
      orphans: this.orphaned.length,
      touched: this.touched.get(edit.id),
    };
    this.journals.push(journal);
    if (isActorEdit(edit)) {
      this.actorEdits.push(edit);
      return;
    }
    this.journal = journal;
    try {
      this.applyEventEdit(edit);
    } finally {
      this.journal = null;
    }
  }

  private applyEventEdit(edit: Exclude<EditRecord, ActorEditRecord>): void {
    const { machine, current } = this;
    switch (edit.op) {
      case 'change': {
        const event = this.resolve(edit.target);
        if (!event) {
          this.orphan(edit, edit.target);
          break;
        }
        this.set(event.id, patched(event, edit.patch, machine.get(event.id)));
        this.touch(edit, [event.id]);
        break;
      }
      case 'hide': {
        const event = this.resolve(edit.target);
        if (!event) {
          this.orphan(edit, edit.target);
          break;
        }
        this.set(event.id, { ...event, edited: { ...markOf(event, machine.get(event.id)), hidden: true } });
        this.touch(edit, [event.id]);
        break;
      }
      case 'merge': {
        const found = [
          ...new Set(edit.targets.map((t) => this.resolve(t)).filter((e): e is NewsEvent => !!e)),
        ];
        if (found.length < 2) {
          this.orphan(
            edit,
            edit.targets.find((t) => !current.has(t.id)) ?? edit.targets[0],
            'events not found',
          );
          break;
        }
        const [keep, ...others] = found as [NewsEvent, ...NewsEvent[]];
        const sources = new Map(keep.sources.map((s) => [sourceKey(s), s]));
        const actors = new Map(keep.actors.map((a) => [`${a.name}\u0000${a.role}`, a]));
        for (const other of others) {
          for (const s of other.sources) if (!sources.has(sourceKey(s))) sources.set(sourceKey(s), s);
          for (const a of other.actors)
            if (!actors.has(`${a.name}\u0000${a.role}`)) actors.set(`${a.name}\u0000${a.role}`, a);
          this.set(other.id, null);
        }
        const mark = markOf(keep, machine.get(keep.id));
        this.set(keep.id, {
          ...keep,
          sources: [...sources.values()],
          actors: [...actors.values()],
          edited: { ...mark, mergedFrom: [...(mark.mergedFrom ?? []), ...others.map((o) => o.id)] },
        });
        if (found.length < edit.targets.length)
          this.orphan(
            edit,
            undefined,
            `${edit.targets.length - found.length} of ${edit.targets.length} events not found; merged the others`,
          );
        this.touch(edit, [keep.id, ...others.map((o) => o.id)]);
        break;
      }
      case 'split': {
        const event = this.resolve(edit.target);
        const leaving = event?.sources.filter((s) => edit.quotes.includes(s.quote)) ?? [];
        if (!event || leaving.length === 0 || leaving.length === event.sources.length) {
          this.orphan(edit, edit.target, event ? 'its sources changed' : undefined);
          break;
        }
        const mark = markOf(event, machine.get(event.id));
        this.set(event.id, {
          ...event,
          sources: event.sources.filter((s) => !leaving.includes(s)),
          edited: mark,
        });
        const partId = `split_${edit.id}`;
        const { edited: _edited, ...rest } = event;
        void _edited;
        this.set(partId, {
          ...rest,
          id: partId,
          sources: leaving,
          edited: { fields: [], splitFrom: event.id },
        });
        this.insert(this.order.indexOf(event.id) + 1, partId);
        this.touch(edit, [event.id, partId]);
        break;
      }
      case 'add': {
        const added: NewsEvent = { ...edit.event, edited: { fields: [], added: true } };
        this.set(added.id, added);
        this.insert(this.order.length, added.id);
        this.touch(edit, [added.id]);
        break;
      }
    }
  }
}
