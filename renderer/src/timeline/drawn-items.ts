/**
 * The items the timeline draws, pure: an event's item, the bands of counts per period, and the
 * difference between what is drawn and what should be (vis-timeline is only ever given changes).
 */
import type { DataItem } from 'vis-timeline/esnext';
import { DataSet } from 'vis-data/esnext/esm/vis-data.js';
import type { PageEvent } from '../../../electron/shared/contract';
import { DAY_MS, type TimeSpan } from '../lib/time';
import type { BucketUnit } from './aggregate';
import type { DensityAnswer } from './density';
import type { PlacedEvent } from './event-index';
import { itemClassName, itemText } from './items';
import type { MoreBand } from './key-labels';
import { laneItemId } from './lanes';
import { formatCount } from '../lib/format-count';

/** An item of the timeline; `rank` orders stacking (events dated to the day above spans); `event` is the event it draws. */
export type Item = DataItem & { id: string; rank?: number; group?: string; event?: string };

/**
 * Stacking order: points (dated to the day) first so that they take the top rows, then spans by
 * length, then by start. vis-timeline only ever holds the few hundred items drawn.
 */
export function stackOrder(a: Item, b: Item): number {
  const rank = (a.rank ?? 0) - (b.rank ?? 0);
  if (rank !== 0) return rank;
  return Number(a.start) - Number(b.start);
}

/** The item of an event, on the shared track (`lane` null) or in a lane; `focused` marks keyboard focus. */
export function eventItem(event: PageEvent, p: PlacedEvent, lane: string | null, focused: boolean): Item {
  const { content, title } = itemText(event);
  return {
    id: lane ? laneItemId(p.id, lane) : p.id,
    event: p.id,
    content,
    title,
    start: p.start,
    ...(p.end === p.start
      ? { type: 'point', rank: 0 }
      : { end: p.end, type: 'range', rank: Math.round(Math.log2(1 + (p.end - p.start) / DAY_MS)) + 1 }),
    className: `${itemClassName(event)}${focused ? ' nl-focus' : ''}`,
    ...(lane ? { group: lane } : {}),
  };
}

/** Shade of a band, 1 to 5, by its count against the largest. */
function bandLevel(count: number, max: number): number {
  return Math.max(1, Math.min(5, Math.ceil((5 * count) / Math.max(1, max))));
}

/**
 * The bands of the density worker's answer: one background item per period (and lane, when
 * `lanes` is given: only those lanes), with its count; and the periods, for a click to zoom into.
 */
export function bandItems(
  answer: DensityAnswer,
  unit: BucketUnit,
  laneIds: readonly string[],
  lanes: ReadonlySet<string> | null,
): { items: Item[]; periods: TimeSpan[] } {
  const items: Item[] = [];
  const periods: TimeSpan[] = [];
  let max = 0;
  for (const lane of answer.buckets) for (const c of lane.counts) max = Math.max(max, c);
  for (const lane of answer.buckets) {
    const group = lane.lane < 0 ? null : (laneIds[lane.lane] ?? null);
    if (lanes && (!group || !lanes.has(group))) continue;
    lane.counts.forEach((count, i) => {
      const start = lane.starts[i] as number;
      const end = lane.ends[i] as number;
      if (group === null || periods.length === 0 || periods[periods.length - 1]?.start !== start)
        periods.push({ start, end });
      const label = `${formatCount(count)} event${count === 1 ? '' : 's'}`;
      items.push({
        id: `nl-agg:${group ?? ''}:${unit}:${start}`,
        content: formatCount(count),
        title: `${label}: click to zoom in`,
        start,
        end,
        type: 'background',
        className: `nl-agg nl-agg-${bandLevel(count, max)}`,
        ...(group ? { group } : {}),
      });
    });
  }
  return { items, periods };
}

/**
 * The bands of the events left without a label when events are drawn one by one: one background
 * item per period (and lane) with "+N more", shaded like the bands of counts; and the periods.
 */
export function moreItems(
  more: readonly MoreBand[],
  unit: BucketUnit,
): { items: Item[]; periods: TimeSpan[] } {
  let max = 0;
  for (const band of more) max = Math.max(max, band.count);
  const periods = new Map<number, TimeSpan>();
  const items = more.map((band): Item => {
    if (!periods.has(band.start)) periods.set(band.start, { start: band.start, end: band.end });
    const count = formatCount(band.count);
    return {
      id: `nl-more:${band.lane ?? ''}:${unit}:${band.start}`,
      content: `+${count} more`,
      title: `${count} more event${band.count === 1 ? '' : 's'} here, less salient than those labelled: click to zoom in`,
      start: band.start,
      end: band.end,
      type: 'background',
      className: `nl-agg nl-more nl-agg-${Math.min(2, bandLevel(band.count, max))}`,
      ...(band.lane ? { group: band.lane } : {}),
    };
  });
  return { items, periods: [...periods.values()] };
}

/** What to remove, add and update so that `drawn` becomes `wanted` (an item changes with its class or content). */
export function diffItems(
  drawn: ReadonlyMap<string, Item>,
  wanted: readonly Item[],
): { next: Map<string, Item>; gone: string[]; added: Item[]; changed: Item[] } {
  const next = new Map<string, Item>();
  for (const item of wanted) next.set(item.id, item);
  const gone: string[] = [];
  for (const id of drawn.keys()) if (!next.has(id)) gone.push(id);
  const added: Item[] = [];
  const changed: Item[] = [];
  for (const [id, item] of next) {
    const old = drawn.get(id);
    if (!old) added.push(item);
    else if (old.className !== item.className || old.content !== item.content) changed.push(item);
  }
  return { next, gone, added, changed };
}

/** The items handed to vis-timeline, kept in step with what should be drawn by changes only. */
export class DrawnItems {
  /** The data set vis-timeline draws. */
  readonly data = new DataSet<Item, 'id'>();
  private drawn = new Map<string, Item>();

  /** Makes the drawn items `wanted`; returns the number of items removed, added or updated. */
  apply(wanted: readonly Item[]): number {
    const { next, gone, added, changed } = diffItems(this.drawn, wanted);
    if (gone.length > 0) this.data.remove(gone);
    if (added.length > 0) this.data.add(added);
    if (changed.length > 0) this.data.update(changed);
    this.drawn = next;
    return gone.length + added.length + changed.length;
  }

  /** Replaces drawn items by new versions of themselves (same ids). */
  replace(items: readonly Item[]): void {
    if (items.length === 0) return;
    for (const item of items) this.drawn.set(item.id, item);
    this.data.update([...items]);
  }

  /**
   * Takes the drawn items away: every one, or (after an edit) only those of the events `only`,
   * which the next `apply` draws afresh (the others stay as drawn).
   */
  clear(only?: ReadonlySet<string> | null): void {
    if (!only) {
      this.data.clear();
      this.drawn = new Map();
      return;
    }
    const gone: string[] = [];
    for (const item of this.drawn.values())
      if (item.event !== undefined && only.has(item.event)) gone.push(item.id);
    if (gone.length > 0) this.data.remove(gone);
    for (const id of gone) this.drawn.delete(id);
  }

  get(id: string): Item | undefined {
    return this.drawn.get(id);
  }

  values(): IterableIterator<Item> {
    return this.drawn.values();
  }

  /** Ids of the items drawn for an event (one per lane in lane mode). */
  idsOf(eventId: string): string[] {
    const ids: string[] = [];
    for (const item of this.drawn.values()) if (item.event === eventId) ids.push(item.id);
    return ids;
  }
}
