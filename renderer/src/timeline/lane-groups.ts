/**
 * The lanes of the events shown, pure: which events each lane holds and the vis-timeline groups
 * that draw them (labels, order, nesting). The controller hands the groups to vis-timeline.
 */
import type { DataGroup } from 'vis-timeline/esnext';
import { DataSet } from 'vis-data/esnext/esm/vis-data.js';
import type { ActorSummary } from '../../../electron/shared/model';
import type { PlacedEvent } from './event-index';
import { escapeHtml } from './items';
import { actorOfLane, buildLanes, NO_ACTOR_LANE, type Lane } from './lanes';
import { formatCount } from '../lib/format-count';

/** A lane as a vis-timeline group. */
export type LaneGroup = DataGroup & { id: string; order: number };

/** The lanes of the events shown, and the events of each. */
export interface LaneLayout {
  /** Top to bottom (see buildLanes). */
  lanes: Lane[];
  ids: ReadonlySet<string>;
  /** Events of each lane, in time order. */
  events: ReadonlyMap<string, readonly PlacedEvent[]>;
}

/** Lanes for the events shown (in time order), leaving out actors switched off. */
export function layOutLanes(
  shown: readonly PlacedEvent[],
  actors: readonly ActorSummary[],
  hidden: ReadonlySet<string>,
): LaneLayout {
  const events = new Map<string, PlacedEvent[]>();
  for (const p of shown) {
    for (const lane of p.lanes) {
      const list = events.get(lane);
      if (list) list.push(p);
      else events.set(lane, [p]);
    }
  }
  const counts = new Map<string, number>();
  for (const [lane, list] of events) {
    const actor = actorOfLane(lane);
    if (actor !== null) counts.set(actor, list.length);
  }
  const lanes = buildLanes(actors, counts, hidden, events.get(NO_ACTOR_LANE)?.length ?? 0);
  return { lanes, ids: new Set(lanes.map((l) => l.id)), events };
}

/** The vis-timeline groups of the lanes: "name · count" labels, kind classes, people nested. */
export function laneGroups(lanes: readonly Lane[]): LaneGroup[] {
  return lanes.map((lane) => {
    const name = lane.id === NO_ACTOR_LANE ? 'No named actor' : lane.name;
    const text = `${name} · ${formatCount(lane.count)}`;
    return {
      id: lane.id,
      content: escapeHtml(text),
      title: escapeHtml(`${text} event${lane.count === 1 ? '' : 's'}`),
      order: lane.order,
      className: `nl-lane nl-lane-${lane.kind}${lane.parent ? ' nl-lane-nested' : ''}`,
      ...(lane.children.length > 0 ? { nestedGroups: lane.children, showNested: true } : {}),
      ...(lane.parent ? { treeLevel: 1 } : {}),
    };
  });
}

/**
 * True when `next` nests lanes differently from the groups drawn (`drawn`, by id), or has other
 * lanes: vis-timeline does not follow changes of nesting, so the groups must be set afresh.
 */
export function reshaped(next: readonly LaneGroup[], drawn: ReadonlyMap<string, LaneGroup>): boolean {
  const nesting = (g: LaneGroup | undefined) => String(g?.nestedGroups ?? '');
  return (
    drawn.size !== next.length ||
    next.some((g) => !drawn.has(g.id) || nesting(g) !== nesting(drawn.get(g.id)))
  );
}

/** Ids of the lanes whose people are folded away. */
export function collapsedLanes(groups: readonly LaneGroup[]): Set<string> {
  const collapsed = new Set<string>();
  for (const g of groups) if (g.nestedGroups && g.showNested === false) collapsed.add(g.id);
  return collapsed;
}

/** The groups handed to vis-timeline, with what a person folded kept across changes. */
export class LaneGroupSet {
  /** The data set vis-timeline draws the lanes from. */
  readonly data = new DataSet<LaneGroup, 'id'>();

  /** True when `groups` has other lanes or other nesting than those shown: vis-timeline does not follow such changes. */
  reshapes(groups: readonly LaneGroup[]): boolean {
    return reshaped(groups, new Map(this.data.get().map((g) => [g.id, g])));
  }

  /** Shows `groups`: set `afresh` (keeping what was folded), or as updates of the lanes shown. */
  show(groups: LaneGroup[], afresh: boolean): void {
    const old = new Map(this.data.get().map((g) => [g.id, g]));
    if (afresh) {
      for (const g of groups) if (g.nestedGroups && old.get(g.id)?.showNested === false) g.showNested = false;
      this.data.clear();
      this.data.add(groups);
    } else {
      this.data.update(groups.map((g) => ({ ...g, showNested: old.get(g.id)?.showNested ?? g.showNested })));
    }
  }

  clear(): void {
    this.data.clear();
  }

  /** Ids of the lanes whose people are folded away. */
  collapsed(): Set<string> {
    return collapsedLanes(this.data.get());
  }
}
