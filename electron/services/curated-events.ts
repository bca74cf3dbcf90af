/**
 * The library's events with the edits by hand applied, kept in memory and moved edit by edit:
 * what curation.ts would get from `applyEdits`, `withSalience(inDateOrder(…))` and
 * `summarizeActors` over the whole library, for the cost of what an edit touches (the events it
 * changes, the events naming the actors whose counts moved). Undo and redo move back and forth
 * along the list of edits the same way. The result is the same, field for field and in the same
 * order, as the batch functions give (tests/services/curated-events.property.test.ts).
 */
import type { OrphanedEdit, Snapshot } from '../shared/contract';
import type { ActorBook } from '../shared/actor-changes';
import type { ActorSummary, ArticleInfo, EventActor, NewsEvent } from '../shared/model';
import { compareByDate } from '../shared/page-events';
import { actorBookOf, summarizeActors } from './actor-summary';
import { ActorSummaryKeeper } from './actor-summary-update';
import { actorNamingOf, sameNaming, type ActorLayer, type ActorNaming } from './edits/actor-apply';
import type { ActorEditRecord } from './edits/actor-records';
import { orphanedEdit } from './edits/describe';
import type { EditRecord } from './edits/records';
import { EditReplay } from './edits/replay';
import { SalienceTracker } from './salience-update';
import { firstNotBefore } from './time-order';

/** Shown events whose object changed, by id: the event now, or null when it is no longer shown. */
export type ShownChanges = Map<string, NewsEvent | null>;

/** Beyond this many changes at once, the date order is made again by one sort. */
const FEW = 64;

const isShown = (e: NewsEvent | undefined): e is NewsEvent => !!e && !e.edited?.hidden;

const sameActors = (a: readonly EventActor[], b: readonly EventActor[]): boolean =>
  a.length === b.length &&
  a.every((x, i) => {
    const y = b[i] as EventActor;
    return x.name === y.name && x.kind === y.kind && x.role === y.role;
  });

const sameMap = <V>(a: ReadonlyMap<string, V>, b: ReadonlyMap<string, V>): boolean =>
  a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);

const hasSplit = (edits: readonly ActorEditRecord[]): boolean => edits.some((e) => e.op === 'actor-split');

export class CuratedEvents {
  private readonly replay: EditReplay;
  private naming: ActorNaming;
  /** The edits of actors `naming` was made from. */
  private namingEdits: readonly ActorEditRecord[];
  /** Every event alive after the edits (shown and hidden), actors named, by id. */
  private readonly finals = new Map<string, NewsEvent>();
  /** For an event whose actors were renamed: the event it was made from. */
  private readonly bases = new WeakMap<NewsEvent, NewsEvent>();
  /** The shown events with their salience, in date order, and by id. */
  private ordered: NewsEvent[];
  private readonly scored = new Map<string, NewsEvent>();
  private readonly salience: SalienceTracker;
  private summary: ActorSummaryKeeper;
  private actorList: ActorSummary[];
  private book: ActorBook;
  private hidden: NewsEvent[];
  private readonly hiddenIds = new Set<string>();

  /**
   * Takes over the events of `snapshot`, which the batch functions made from `machine`, `edits`
   * and `articles` (so nothing is scored twice).
   */
  constructor(
    readonly machine: readonly NewsEvent[],
    readonly articles: readonly ArticleInfo[],
    edits: readonly EditRecord[],
    snapshot: Snapshot,
  ) {
    this.replay = new EditReplay(machine);
    for (const edit of edits) this.replay.apply(edit);
    this.replay.takeChanged();
    this.namingEdits = [...this.replay.actorEdits];
    this.naming = this.nameActors();
    for (const [id, event] of this.replay.current) this.finals.set(id, this.relabel(event, undefined));
    this.ordered = [...snapshot.events];
    for (const e of this.ordered) this.scored.set(e.id, e);
    this.salience = new SalienceTracker(this.ordered, articles);
    this.actorList = snapshot.actors;
    this.summary = new ActorSummaryKeeper(this.ordered, this.actorList);
    this.book = snapshot.actorBook ?? actorBookOf(this.actorList, this.naming.layer);
    this.hidden = snapshot.hiddenEvents ?? [];
    for (const e of this.hidden) this.hiddenIds.add(e.id);
  }

  private nameActors(): ActorNaming {
    return actorNamingOf(this.replay.actorEdits, this.replay.current, () => {
      const all = this.replay.live();
      return [...all.filter((e) => !e.edited?.hidden), ...all.filter((e) => e.edited?.hidden)];
    });
  }

  /** `event` with its actors named; `old` (what it was) kept when that is the same. */
  private relabel(event: NewsEvent, old: NewsEvent | undefined): NewsEvent {
    const now = this.naming.relabel(event);
    if (now === event) return now;
    if (old && this.bases.get(old) === event && sameActors(old.actors, now.actors)) return old;
    this.bases.set(now, event);
    return now;
  }

  /** The edits applied, in order. */
  get edits(): readonly EditRecord[] {
    return this.replay.edits;
  }

  /**
   * Moves to `edits`: the edits applied that are not at the start of `edits` undone, the rest of
   * `edits` applied. Returns the shown events that changed.
   */
  moveTo(edits: readonly EditRecord[]): ShownChanges {
    const { replay } = this;
    let same = 0;
    while (same < replay.length && same < edits.length && replay.editAt(same) === edits[same]) same++;
    while (replay.length > same) replay.undo();
    for (let i = same; i < edits.length; i++) replay.apply(edits[i] as EditRecord);
    const changed = replay.takeChanged();

    let all = false;
    let kinds = false;
    const actorEdits = replay.actorEdits;
    const actorsMoved =
      actorEdits.length !== this.namingEdits.length || actorEdits.some((e, i) => e !== this.namingEdits[i]);
    if (actorsMoved || (changed.size > 0 && hasSplit(actorEdits))) {
      const naming = this.nameActors();
      all = !sameNaming(this.naming, naming);
      kinds = !sameMap(this.naming.kinds, naming.kinds);
      this.naming = naming;
      this.namingEdits = [...actorEdits];
    }
    const ids = all ? new Set([...this.finals.keys(), ...replay.current.keys()]) : changed;
    const moved: Moves = new Map();
    for (const id of ids) {
      const event = replay.current.get(id);
      const old = this.finals.get(id);
      const now = event ? this.relabel(event, old) : undefined;
      if (now === old) continue;
      if (now) this.finals.set(id, now);
      else this.finals.delete(id);
      moved.set(id, { old, now });
    }
    const shown = this.rescore(moved);
    this.recount(moved, kinds, actorsMoved);
    let hiddenMoved = false;
    for (const [id, { old, now }] of moved) {
      if (old && !isShown(old)) {
        this.hiddenIds.delete(id);
        hiddenMoved = true;
      }
      if (now && !isShown(now)) {
        this.hiddenIds.add(id);
        hiddenMoved = true;
      }
    }
    if (hiddenMoved) this.hidden = this.hiddenNow();
    return shown;
  }

  /**
   * Takes the shown events that moved out of the date order, puts their new versions in scored,
   * and scores the others again where the counts moved. Returns the shown events that changed.
   */
  private rescore(moved: Moves): ShownChanges {
    const { salience, scored } = this;
    const gone: NewsEvent[] = [];
    const added: NewsEvent[] = [];
    for (const [id, { old, now }] of moved) {
      const was = isShown(old) ? scored.get(id) : undefined;
      if (was) {
        salience.remove(id);
        scored.delete(id);
        gone.push(was);
      }
      if (isShown(now)) {
        salience.add(now);
        added.push(now);
      }
    }
    const changes: ShownChanges = new Map();
    this.counted = { gone, fresh: [] };
    if (gone.length === 0 && added.length === 0) return changes;
    const rescored = salience.rescore();
    for (const e of gone) changes.set(e.id, null);
    const fresh: NewsEvent[] = [];
    for (const event of added) {
      const s: NewsEvent = { ...event, salience: salience.scoreOf(event.id) as number };
      scored.set(event.id, s);
      changes.set(event.id, s);
      fresh.push(s);
    }
    let ordered: NewsEvent[];
    if (gone.length + fresh.length > FEW) {
      const out = new Set(gone.map((e) => e.id));
      ordered = this.ordered
        .filter((e) => !out.has(e.id))
        .concat(fresh)
        .sort(compareByDate);
    } else {
      ordered = [...this.ordered];
      for (const e of gone) {
        const at = firstNotBefore(ordered, e);
        if (ordered[at]?.id === e.id) ordered.splice(at, 1);
      }
      for (const s of fresh) ordered.splice(firstNotBefore(ordered, s), 0, s);
    }
    // the others whose score moved: the same place in the date order, a new object
    for (const id of rescored) {
      if (changes.has(id)) continue;
      const was = scored.get(id) as NewsEvent;
      const s: NewsEvent = {
        ...(this.finals.get(id) as NewsEvent),
        salience: salience.scoreOf(id) as number,
      };
      const at = firstNotBefore(ordered, was);
      if (ordered[at] === was) ordered[at] = s;
      scored.set(id, s);
      changes.set(id, s);
    }
    this.ordered = ordered;
    this.counted = { gone, fresh };
    return changes;
  }

  /** The shown events the last rescoring took out and put in, for the list of actors. */
  private counted: { gone: NewsEvent[]; fresh: NewsEvent[] } = { gone: [], fresh: [] };

  /**
   * Brings the list of actors up to date with the shown events (`whole`: from every event, as
   * kinds set by hand changed), and the actor book when the list or the edits of actors moved.
   */
  private recount(moved: Moves, whole: boolean, layerMoved: boolean): void {
    const { gone, fresh } = this.counted;
    const before = this.actorList;
    const names = new Set<string>();
    for (const e of [...gone, ...fresh]) for (const a of e.actors) names.add(a.name);
    const input = {
      events: this.ordered,
      count: (name: string) => this.salience.count(name),
      kinds: this.naming.layer.kinds,
    };
    if (whole || !this.summary.update(input, names, new Set(moved.keys()), fresh)) {
      this.actorList = summarizeActors(this.ordered, this.naming.layer.kinds);
      this.summary = new ActorSummaryKeeper(this.ordered, this.actorList);
    } else this.actorList = this.summary.actors();
    if (layerMoved || this.actorList !== before) this.book = actorBookOf(this.actorList, this.naming.layer);
  }

  /** The hidden events, in the order of the edits' events (as applyEdits lists them). */
  private hiddenNow(): NewsEvent[] {
    const placed: [number, NewsEvent][] = [];
    for (const id of this.hiddenIds)
      for (const at of this.replay.placesOf(id)) placed.push([at, this.finals.get(id) as NewsEvent]);
    return placed.sort((a, b) => a[0] - b[0]).map(([, e]) => e);
  }

  /** The shown events with their salience, in date order (the array is never changed afterwards). */
  events(): NewsEvent[] {
    return this.ordered;
  }

  /** The hidden events. */
  hiddenEvents(): NewsEvent[] {
    return this.hidden;
  }

  actors(): ActorSummary[] {
    return this.actorList;
  }

  actorBook(): ActorBook {
    return this.book;
  }

  /** What the edits of actors leave: kinds, hidden actors, other names, dismissed suggestions. */
  actorLayer(): ActorLayer {
    return this.naming.layer;
  }

  /** Edits that found nothing to act on: those of events in order, then those of actors. */
  orphaned(): OrphanedEdit[] {
    return [
      ...this.replay.orphaned,
      ...this.naming.orphans.map(({ edit, ref, note }) => orphanedEdit(edit, ref, note)),
    ];
  }

  /** For each edit applied, the ids of the events it made or changed. */
  touched(): ReadonlyMap<string, string[]> {
    return this.replay.touched;
  }

  /** The event alive with this id (shown or hidden, actors named, without salience). */
  find(id: string): NewsEvent | undefined {
    return this.finals.get(id);
  }

  /** Whether an event alive (shown or hidden) lists an actor named `name`. */
  lists(name: string): boolean {
    return this.salience.count(name) > 0 || this.hidden.some((e) => e.actors.some((a) => a.name === name));
  }
}

type Moves = Map<string, { old: NewsEvent | undefined; now: NewsEvent | undefined }>;
