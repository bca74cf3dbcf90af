/**
 * Keyboard focus on the timeline, pure: where the arrow keys, Home and End move it, and which
 * lane a fold acts on. The controller draws the result.
 */
import type { TimeSpan } from '../lib/time';
import { isShown, type EventIndex, type ShownEvents } from './event-index';
import type { LaneLayout } from './lane-groups';
import { visibleLaneOrder, type Lane } from './lanes';
import { nearestInTime, stepInTime, stepLane, type NavItem } from './navigation';

/** The event with keyboard focus, and the lane it is focused in (null on the shared track). */
export interface Focus {
  id: string;
  lane: string | null;
}

export type FocusMove = 'left' | 'right' | 'up' | 'down' | 'first' | 'last';

/** What a focus move needs to know of the timeline. */
export interface FocusContext {
  index: EventIndex;
  shown: ShownEvents;
  /** The lanes drawn, or null on the shared track. */
  lanes: LaneLayout | null;
  /** Lanes whose people are folded away. */
  collapsed: ReadonlySet<string>;
  window: TimeSpan;
}

/**
 * Where focus goes: `left`/`right` to the previous or next event in time order (in the focused
 * lane in lane mode), `up`/`down` to the nearest event of the lane above or below (the previous
 * or next event on the shared track), `first`/`last`. Starts from the focused event, else the
 * selected one when shown. Null when there is nowhere to go.
 */
export function moveFocus(
  ctx: FocusContext,
  focused: Focus | null,
  selected: string | null,
  direction: FocusMove,
): Focus | null {
  const { index, shown, lanes: layout, window: w } = ctx;
  const current = focused && index.byId(focused.id) ? focused : null;
  const fromId = current?.id ?? (selected && isShown(index, shown, selected) ? selected : null);
  let lane = layout ? (current?.lane ?? null) : null;
  if (layout && fromId && (!lane || !layout.ids.has(lane)))
    lane = index.byId(fromId)?.lanes.find((l) => layout.ids.has(l)) ?? null;
  const list = (l: string | null): readonly NavItem[] => (l ? (layout?.events.get(l) ?? []) : shown.list);
  if (layout && (direction === 'up' || direction === 'down')) {
    const order = visibleLaneOrder(layout.lanes, ctx.collapsed);
    const t = fromId ? (index.byId(fromId)?.start ?? w.start) : (w.start + w.end) / 2;
    if (lane) {
      const found = stepLane(order, list, lane, t, direction === 'down' ? 1 : -1);
      return found ? { id: found.item.id, lane: found.lane } : null;
    }
    const first = order.find((l) => list(l).length > 0);
    const item = first ? nearestInTime(list(first), t) : null;
    return first && item ? { id: item.id, lane: first } : null;
  }
  if (layout && !lane) lane = visibleLaneOrder(layout.lanes, ctx.collapsed)[0] ?? null;
  const events = list(lane);
  const step = direction === 'left' || direction === 'up' ? -1 : 1;
  const item =
    direction === 'first'
      ? events[0]
      : direction === 'last'
        ? events[events.length - 1]
        : stepInTime(events, fromId, step, w.start, w.end);
  return item ? { id: item.id, lane } : null;
}

/** The lane a fold acts on: the focused lane when it has people under it, else the lane it is nested under. */
export function foldTarget(lanes: readonly Lane[], focusedLane: string): Lane | null {
  const lane = lanes.find((l) => l.id === focusedLane);
  if (lane && lane.children.length > 0) return lane;
  return lanes.find((l) => lane?.parent !== undefined && l.id === lane.parent) ?? null;
}
