/**
 * Which events get a label, pure: at any zoom, the most salient events that fit. The time drawn is
 * cut into columns about a label wide (fixed to the calendar, so that panning keeps the choice),
 * each with room for a few rows of labels per lane; the most salient events take the room, the
 * selected and focused ones always have it, and the rest are counted per period ("+117 more") with
 * the bands the timeline already draws for wide windows (aggregate.ts).
 */
import { nextPeriod, periodStart, type BucketUnit } from './aggregate';
import type { PlacedEvent } from './event-index';

/** Width of a column of labels, in pixels (about a short title's). */
export const LABEL_COLUMN_PX = 240;
/** Height of a row of labels, in pixels (an item and its margin). */
export const LABEL_ROW_PX = 30;
/** Events drawn around a window that are all labelled, however they stack (a few dozen read well). */
export const ALL_LABELLED = 60;
/** Rows of labels per column in each lane when some column holds more than LANE_FULL_ROWS. */
export const LANE_ROWS = 2;
/** Most events of a column that a lane shows every one of. */
export const LANE_FULL_ROWS = 6;

/**
 * How much room a drawing has: time per pixel; the events a column may hold for every event to be
 * labelled (`fullRows`), and the labels per column once one column holds more (`rows`).
 */
export interface LabelRoom {
  msPerPx: number;
  rows: number;
  fullRows: number;
}

/** An event in a lane (null: the shared track). */
export interface LaneEvent {
  p: PlacedEvent;
  lane: string | null;
}

/** Events not labelled, counted in one period of one lane. */
export interface MoreBand {
  lane: string | null;
  start: number;
  end: number;
  count: number;
}

/** Rows of labels a shared track `height` pixels tall holds (the axis takes about 40). */
export function fullRowsFor(height: number): number {
  return Math.max(1, Math.floor((height - 40) / LABEL_ROW_PX));
}

/**
 * Rows of labels per column on a shared track `height` pixels tall (the axis takes about 40): a
 * quarter of the rows that would fit, 1 to 5, so that labels never stack into a wall and the
 * longer ones, which run into the next column, still find room.
 */
export function rowsFor(height: number): number {
  return Math.min(5, Math.max(1, Math.floor((height - 40) / (4 * LABEL_ROW_PX))));
}

/** The room of a window `span` ms long drawn `width` × `height` pixels, on lanes or the shared track. */
export function labelRoom(span: number, width: number, height: number, lanes: boolean): LabelRoom {
  return {
    msPerPx: span / Math.max(1, width),
    rows: lanes ? LANE_ROWS : rowsFor(height),
    fullRows: lanes ? LANE_FULL_ROWS : fullRowsFor(height),
  };
}

/**
 * The events to label among `candidates`: every one when they are at most ALL_LABELLED events or
 * no column holds more than `fullRows`;
 * else the most salient first into each column's `rows` (those in `always` whatever the room), and
 * the others counted per period of `unit`.
 */
export function chooseLabels(
  candidates: readonly LaneEvent[],
  salienceOf: (p: PlacedEvent) => number,
  room: LabelRoom,
  always: ReadonlySet<string>,
  unit: BucketUnit,
): { labelled: LaneEvent[]; more: MoreBand[] } {
  const column = Math.max(1, room.msPerPx * LABEL_COLUMN_PX);
  const keyOf = (c: LaneEvent) => `${c.lane ?? ''}\u0000${Math.floor(c.p.start / column)}`;
  const counts = new Map<string, number>();
  let fullest = 0;
  for (const c of candidates) {
    const n = (counts.get(keyOf(c)) ?? 0) + 1;
    counts.set(keyOf(c), n);
    fullest = Math.max(fullest, n);
  }
  const events = new Set(candidates.map((c) => c.p.id)).size;
  if (events <= ALL_LABELLED || fullest <= room.fullRows) return { labelled: [...candidates], more: [] };
  const order = candidates
    .map((c, i) => ({ c, i, s: always.has(c.p.id) ? Infinity : salienceOf(c.p) }))
    .sort((a, b) => b.s - a.s || a.c.p.start - b.c.p.start || a.i - b.i);
  const used = new Map<string, number>();
  const taken = new Set<number>();
  for (const { c, i, s } of order) {
    const key = keyOf(c);
    const n = used.get(key) ?? 0;
    if (n >= room.rows && s !== Infinity) continue;
    used.set(key, n + 1);
    taken.add(i);
  }
  const labelled: LaneEvent[] = [];
  const bands = new Map<string, MoreBand>();
  candidates.forEach((c, i) => {
    if (taken.has(i)) {
      labelled.push(c);
      return;
    }
    const start = periodStart(c.p.start, unit);
    const key = `${c.lane ?? ''}\u0000${start}`;
    const band = bands.get(key);
    if (band) band.count++;
    else bands.set(key, { lane: c.lane, start, end: nextPeriod(start, unit), count: 1 });
  });
  return { labelled, more: [...bands.values()] };
}
