/**
 * The list of actors kept up to date as events come and go (after an edit), beside the batch
 * `summarizeActors` (actor-summary.ts): the same list, entry for entry and in the same order, for
 * the cost of the actors the edit touched.
 *
 * An actor's kind is the kind given at its first mention in date order (unless set by hand), so
 * the keeper remembers which event that is for each actor, and looks again from there when that
 * event changes.
 */
import { actorProfile } from '../extract/index';
import type { ActorKind, ActorSummary, NewsEvent } from '../shared/model';
import { compareByDate } from '../shared/page-events';
import { firstNotBefore } from './time-order';

type Dated = Pick<NewsEvent, 'id' | 'start' | 'end' | 'actors'>;

/** The first event (in date order) naming an actor, and the kind it gives. */
interface FirstMention {
  event: Dated;
  kind: ActorKind;
}

const byCount = (a: ActorSummary, b: ActorSummary): number =>
  b.count - a.count || a.name.localeCompare(b.name);

const kindIn = (event: Dated, name: string): ActorKind | undefined =>
  event.actors.find((a) => a.name === name)?.kind;

/** What an update needs: the events now, in date order, and the counts of events naming each actor. */
export interface ActorSummaryInput {
  events: readonly Dated[];
  /** Number of the events naming an actor. */
  count(name: string): number;
  /** Kinds set by hand. */
  kinds: ReadonlyMap<string, ActorKind>;
}

/** The actors of a library's shown events, as `summarizeActors` lists them, updated edit by edit. */
export class ActorSummaryKeeper {
  private list: ActorSummary[];
  private readonly first = new Map<string, FirstMention>();
  /** False when two names rank alike: their order then follows the events, and only a rebuild keeps it. */
  private readonly exact: boolean;

  /** Starts from `list`, which is `summarizeActors(events, kinds)`. */
  constructor(events: readonly Dated[], list: readonly ActorSummary[]) {
    this.list = [...list];
    this.exact = this.list.every((a, i) => i === 0 || byCount(this.list[i - 1] as ActorSummary, a) !== 0);
    for (const event of events)
      for (const actor of event.actors)
        if (!this.first.has(actor.name)) this.first.set(actor.name, { event, kind: actor.kind });
  }

  /** The list now (a new array after each update that changed it). */
  actors(): ActorSummary[] {
    return this.list;
  }

  /**
   * Updates the actors `names` after events changed: `changedIds` are the ids of events removed,
   * added or changed, `added` the events now shown among them. Returns false when the list cannot
   * be kept exactly this way (two names the collation ranks alike): then make it whole again.
   */
  update(
    input: ActorSummaryInput,
    names: ReadonlySet<string>,
    changedIds: ReadonlySet<string>,
    added: readonly Dated[],
  ): boolean {
    if (names.size === 0) return true;
    if (!this.exact) return false;
    const entries: ActorSummary[] = [];
    for (const name of names) {
      const count = input.count(name);
      if (count === 0) {
        this.first.delete(name);
        continue;
      }
      const mention = this.firstMention(input.events, name, changedIds, added);
      if (!mention) return false; // counted but not found: the caller rebuilds
      this.first.set(name, mention);
      const set = input.kinds.get(name);
      entries.push({ name, ...actorProfile(name, mention.kind), ...(set ? { kind: set } : {}), count });
    }
    // the list has no two entries ranked alike (checked at the start and at each placing), so
    // taking entries out leaves none either
    const kept = this.list.filter((a) => !names.has(a.name));
    for (const entry of entries) {
      let lo = 0;
      let hi = kept.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const c = byCount(kept[mid] as ActorSummary, entry);
        if (c === 0) return false;
        if (c < 0) lo = mid + 1;
        else hi = mid;
      }
      kept.splice(lo, 0, entry);
    }
    this.list = kept;
    return true;
  }

  /** The first mention of `name` among the events now. */
  private firstMention(
    events: readonly Dated[],
    name: string,
    changedIds: ReadonlySet<string>,
    added: readonly Dated[],
  ): FirstMention | undefined {
    let best: Dated | undefined;
    for (const e of added)
      if (kindIn(e, name) !== undefined && (!best || compareByDate(e, best) < 0)) best = e;
    const known = this.first.get(name);
    if (known && !changedIds.has(known.event.id)) {
      if (!best || compareByDate(known.event, best) < 0) return known;
    } else {
      // the first mention changed: no event before it named the actor, except those added
      for (let i = known ? firstNotBefore(events, known.event) : events.length; i < events.length; i++) {
        const e = events[i] as Dated;
        if (best && compareByDate(best, e) < 0) break;
        if (kindIn(e, name) !== undefined) {
          best = e;
          break;
        }
      }
    }
    if (!best) return undefined;
    return { event: best, kind: kindIn(best, name) as ActorKind };
  }
}
