/**
 * How the timeline draws a window, pure: events one by one when the window holds few enough of
 * them, else bands of counts per period; and the stretch of time the drawn items cover.
 */
import type { TimeSpan } from '../lib/time';
import { chooseBucketUnit, type BucketUnit } from './aggregate';

/** Most events drawn one by one in the visible window; beyond it, periods are drawn. */
export const MAX_DETAIL_ITEMS = 300;

/** One by one (`detail`), or counted per period of `unit` (`aggregate`). */
export type DrawnMode = { mode: 'detail' | 'aggregate'; unit: BucketUnit | null };

/** What is drawn: how, and over which stretch of time. */
export interface Drawing extends DrawnMode {
  extent: TimeSpan;
  /** Length of the window drawn (labels are chosen for a zoom: a new zoom chooses again). */
  span: number;
}

/** Nothing drawn yet: the next choice draws. */
export const NOTHING_DRAWN: Drawing = { mode: 'detail', unit: null, extent: { start: 0, end: 0 }, span: 0 };

/** How much the zoom may change before the labels are chosen again (a fifth either way). */
const RELABEL_ZOOM = 1.2;

/**
 * The drawing for a window holding `count` events, on a timeline `width` pixels wide (`lanes`:
 * one lane per actor); null when the current one still serves (same mode and period, the window
 * inside its extent) and `force` is false.
 */
export function chooseDrawing(
  current: Drawing,
  w: TimeSpan,
  count: number,
  width: number,
  lanes: boolean,
  force: boolean,
): Drawing | null {
  const span = Math.max(1, w.end - w.start);
  const mode = count > MAX_DETAIL_ITEMS ? 'aggregate' : 'detail';
  // Bands at least ~40 px wide, so that their counts can be read; wider in lanes, where every
  // lane has its own (fewer elements for vis-timeline to measure).
  const maxBuckets = Math.max(8, Math.floor(width / (lanes ? 64 : 40)));
  const unit = mode === 'aggregate' ? chooseBucketUnit(span, maxBuckets) : null;
  const inside = w.start >= current.extent.start && w.end <= current.extent.end;
  const zoomed =
    mode === 'detail' && (span > current.span * RELABEL_ZOOM || span * RELABEL_ZOOM < current.span);
  if (!force && mode === current.mode && unit === current.unit && inside && !zoomed) return null;
  // Items are handed to vis-timeline for the window and half a window on each side (drags
  // and small zooms need no new items); beyond that, the next range change brings them.
  return { mode, unit, extent: { start: w.start - span / 2, end: w.end + span / 2 }, span };
}

/**
 * The window that shows every event of `range` (`count` of them), with room on the right for the
 * labels of the last ones when they are drawn one by one.
 */
export function fitWindow(range: TimeSpan, count: number, width: number): TimeSpan {
  const labelRoom = count > MAX_DETAIL_ITEMS ? 0 : Math.min(320, width * 0.4);
  const end =
    width > labelRoom ? range.start + ((range.end - range.start) * width) / (width - labelRoom) : range.end;
  return { start: range.start, end };
}

/**
 * The window to bring an event (`event`) into view from `w`: centred on it and narrowed (down to
 * `minSpan`) until the events it holds (`countIn`) are drawn one by one; `w` itself when the
 * event is in it and they already are.
 */
export function revealWindow(
  event: TimeSpan,
  w: TimeSpan,
  countIn: (w: TimeSpan) => number,
  minSpan: number,
): TimeSpan {
  let span = w.end - w.start;
  const mid = (event.start + event.end) / 2;
  while (span > minSpan && countIn({ start: mid - span / 2, end: mid + span / 2 }) > MAX_DETAIL_ITEMS)
    span /= 2;
  if (span === w.end - w.start && event.end >= w.start && event.start <= w.end) return w;
  return { start: mid - span / 2, end: mid + span / 2 };
}

/** How much one zoom step narrows or widens the window (as vis-timeline's zoomIn(0.5) does). */
const ZOOM_STEP = 1.5;

/**
 * The window one zoom step in or out: around `anchor` (the selected event) when there is one,
 * keeping it where it stood in the window if it was in view, else centring on it; around the
 * window's centre otherwise.
 */
export function zoomedWindow(w: TimeSpan, direction: 'in' | 'out', anchor?: number): TimeSpan {
  const width = (w.end - w.start) * (direction === 'in' ? 1 / ZOOM_STEP : ZOOM_STEP);
  const inView = anchor !== undefined && anchor >= w.start && anchor <= w.end;
  const at = anchor === undefined ? (w.start + w.end) / 2 : anchor;
  const share = inView ? (at - w.start) / (w.end - w.start) : 0.5;
  return { start: at - share * width, end: at + (1 - share) * width };
}
