/**
 * Actor lanes: one lane per actor shown by the filter, ordered by kind then by number of events,
 * people nested under their country or organisation (two levels at most). Numeric `order` fields
 * in display order, so that vis-timeline needs no comparator.
 */
import type { ActorKind, ActorSummary } from '../../../electron/shared/model';

const PREFIX = 'lane:';

/** Id of the lane that holds the events without a named actor. */
export const NO_ACTOR_LANE = `${PREFIX}-`;

export interface Lane {
  /** Group id on the timeline. */
  id: string;
  /** Actor name; empty for the lane of events without a named actor. */
  name: string;
  kind: ActorKind | 'none';
  /** Events shown in this lane. */
  count: number;
  /** Position in display order (parents before their people). */
  order: number;
  /** Id of the lane this one is nested under. */
  parent?: string;
  /** Ids of the lanes nested under this one. */
  children: string[];
}

/** Lanes top to bottom: countries, organisations, groups, markets, products, people, then events without an actor. */
export const KIND_RANK: Record<ActorKind | 'none', number> = {
  country: 0,
  organization: 1,
  group: 2,
  market: 3,
  product: 4,
  person: 5,
  none: 6,
};

/** Group id of an actor's lane (the one place lane ids are made; `actorOfLane` reads them). */
export function laneId(actor: string): string {
  return `${PREFIX}${actor}`;
}

/** The actor of a lane; null for the lane of events without a named actor. */
export function actorOfLane(lane: string): string | null {
  return lane === NO_ACTOR_LANE ? null : lane.slice(PREFIX.length);
}

/** Id of the timeline item of an event in a lane: one item per (event, actor), `event:actor`. */
export function laneItemId(eventId: string, lane: string): string {
  return `${eventId}:${actorOfLane(lane) ?? ''}`;
}

const byKindThenCount = (a: Lane, b: Lane): number =>
  KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
  b.count - a.count ||
  (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * The lanes for the events shown: one per actor with at least one shown event (`counts`, per actor
 * name; hidden actors are left out), plus one for events without a named actor when there are some.
 * A person whose affiliation has a lane is nested under it; every other lane is at the top level.
 */
export function buildLanes(
  actors: readonly Pick<ActorSummary, 'name' | 'kind' | 'affiliation'>[],
  counts: ReadonlyMap<string, number>,
  hidden: ReadonlySet<string>,
  noActorCount = 0,
): Lane[] {
  const lanes = new Map<string, Lane>();
  for (const actor of actors) {
    const count = counts.get(actor.name) ?? 0;
    if (count === 0 || hidden.has(actor.name) || lanes.has(laneId(actor.name))) continue;
    lanes.set(laneId(actor.name), {
      id: laneId(actor.name),
      name: actor.name,
      kind: actor.kind,
      count,
      order: 0,
      children: [],
    });
  }
  for (const actor of actors) {
    const lane = lanes.get(laneId(actor.name));
    if (!lane || actor.kind !== 'person' || !actor.affiliation) continue;
    const parent = lanes.get(laneId(actor.affiliation));
    // Two levels at most: only people nest, and only under an actor that is not a person.
    if (!parent || parent.kind === 'person' || parent === lane) continue;
    lane.parent = parent.id;
    parent.children.push(lane.id);
  }
  const top = [...lanes.values()].filter((l) => !l.parent).sort(byKindThenCount);
  if (noActorCount > 0) {
    top.push({ id: NO_ACTOR_LANE, name: '', kind: 'none', count: noActorCount, order: 0, children: [] });
  }
  const ordered: Lane[] = [];
  for (const lane of top) {
    ordered.push(lane);
    const children = lane.children.map((id) => lanes.get(id) as Lane).sort(byKindThenCount);
    lane.children = children.map((c) => c.id);
    ordered.push(...children);
  }
  ordered.forEach((lane, i) => {
    lane.order = i;
  });
  return ordered;
}

/**
 * Lane ids in the order a person sees them, leaving out the people of a collapsed lane: the order
 * Up and Down move in.
 */
export function visibleLaneOrder(lanes: readonly Lane[], collapsed: ReadonlySet<string>): string[] {
  return lanes.filter((l) => !l.parent || !collapsed.has(l.parent)).map((l) => l.id);
}
