/**
 * Drives one vis-timeline: a stable DataSet of event items, a DataView that applies the actor
 * filter and the part of time around the window, and aggregation of wide windows.
 *
 * vis-timeline forces a browser layout per visible item whenever items are added, so the
 * controller keeps the number of drawn items small: events are handed to the timeline only
 * within a stretch around the visible window, and when more than MAX_DETAIL_ITEMS events fall in
 * the window it draws one shaded band per period instead, with the number of events in it.
 */
import { Timeline } from 'vis-timeline/peer';
import type { DataItem, TimelineOptions } from 'vis-timeline/peer';
import { DataSet, DataView } from 'vis-data/peer';
import moment from 'moment';
import type { NewsEvent } from '../../../electron/shared/model';
import { placeEvent, type TimePlacement } from './dates';
import { itemClassName, itemText } from './timelineItems';
import { buildBuckets, chooseBucketUnit, lowerBound, type Bucket, type BucketUnit } from './aggregate';

/** Most events drawn one by one in the visible window; beyond it, periods are drawn. */
export const MAX_DETAIL_ITEMS = 300;

const DAY = 86_400_000;
/** Zoom limits: one day to about thirty years. */
export const ZOOM_MIN = DAY;
export const ZOOM_MAX = Math.round(30 * 365.25 * DAY);

/** A stretch of time with no news events, where the window waits while items are added. */
const EMPTY_STRETCH = { start: Date.UTC(1900, 0, 1), end: Date.UTC(1900, 0, 8) };

export interface TimeWindow {
  start: number;
  end: number;
}

export interface ControllerCallbacks {
  /** The user selected an event on the timeline (null: cleared). */
  onSelect(id: string | null): void;
  /** The visible window changed (after a zoom, a drag or a programmatic move). */
  onWindowChange(window: TimeWindow): void;
  /** The first drawing with events is done. */
  onFirstRender?(): void;
  /** How the events are drawn changed: one by one, or counted per period (`unit`). */
  onDrawnChange?(drawn: { mode: 'detail' | 'aggregate'; unit: BucketUnit | null }): void;
  /** Fit the window to the events once they are first given (no saved window). */
  fitOnFirstLoad?: boolean;
}

/** An item of the timeline; `rank` orders stacking: events dated to the day above spans. */
type Item = DataItem & { id: string; rank?: number };

/**
 * Stacking order: points (dated to the day) first so that they take the top rows, then spans by
 * length (a year below a month), then by start. Used only on the few hundred items drawn.
 */
function stackOrder(a: Item, b: Item): number {
  const rank = (a.rank ?? 0) - (b.rank ?? 0);
  if (rank !== 0) return rank;
  return Number(a.start) - Number(b.start);
}

interface Placed {
  id: string;
  start: number;
  /** Exclusive end; equal to start for points. */
  end: number;
}

function aggLevel(count: number, max: number): number {
  return Math.max(1, Math.min(5, Math.ceil((5 * count) / Math.max(1, max))));
}

function isoWindow(w: { start: Date; end: Date }): TimeWindow {
  return { start: w.start.getTime(), end: w.end.getTime() };
}

export class TimelineController {
  private readonly timeline: Timeline;
  private readonly items = new DataSet<Item, 'id'>();
  private readonly view: DataView<Item, 'id'>;
  private placements = new Map<string, Placed>();
  /** Events passing the filter, by start. */
  private ordered: Placed[] = [];
  private starts = new Float64Array(0);
  /** Ends of the same events, ascending (for counting those that overlap a window). */
  private ends = new Float64Array(0);
  private visible: ReadonlySet<string> = new Set();
  private aggIds = new Set<string>();
  private buckets: Bucket[] = [];
  private mode: 'detail' | 'aggregate' = 'detail';
  private unit: BucketUnit | null = null;
  private extent: TimeWindow = { start: 0, end: 0 };
  private selected: string | null = null;
  private firstRenderDone = false;
  private eventsSet = false;
  private fitted = false;
  private destroyed = false;
  /** True while the window waits on an empty stretch (window changes are not the user's). */
  private parked = false;

  constructor(
    private readonly container: HTMLElement,
    initialWindow: TimeWindow,
    private readonly callbacks: ControllerCallbacks,
  ) {
    this.view = new DataView(this.items, { filter: (item) => this.passes(item) });
    const options: TimelineOptions = {
      start: new Date(initialWindow.start),
      end: new Date(initialWindow.end),
      moment: (date?: moment.MomentInput) => moment(date).utc(),
      zoomMin: ZOOM_MIN,
      zoomMax: ZOOM_MAX,
      height: '100%',
      verticalScroll: true,
      stack: true,
      order: stackOrder as never,
      selectable: true,
      multiselect: false,
      showCurrentTime: false,
      orientation: { axis: 'top', item: 'top' },
      margin: { item: { horizontal: 4, vertical: 6 }, axis: 8 },
      tooltip: { followMouse: true, overflowMethod: 'cap', delay: 250 },
      xss: { disabled: false },
      locale: 'en',
      // Without an explicit direction vis-timeline hides its root until a first range change and
      // a redraw after it; the page decides when the timeline is drawn, so keep it visible.
      rtl: false,
    };
    this.timeline = new Timeline(container, this.view as never, options);
    // The browser may scroll vis-timeline's clipped panels sideways (a click on a label that runs past
    // the edge), which shifts the items away from the time axis: keep them unscrolled.
    for (const panel of container.querySelectorAll<HTMLElement>('.vis-timeline, .vis-panel')) {
      panel.addEventListener('scroll', () => {
        if (panel.scrollLeft !== 0) panel.scrollLeft = 0;
      });
    }
    const today = new Date();
    const todayId = 'nl-today';
    this.timeline.addCustomTime(
      new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) + DAY / 2),
      todayId,
    );
    // Present at run time since vis-timeline 5; missing from its type declarations.
    (
      this.timeline as unknown as { setCustomTimeMarker(t: string, id: string, editable: boolean): void }
    ).setCustomTimeMarker('Today', todayId, false);
    this.timeline.on('select', (props: { items: (string | number)[] }) => {
      const id = props.items[0];
      const picked = id === undefined ? null : String(id);
      if (picked !== null && this.aggIds.has(picked)) return;
      this.selected = picked;
      this.callbacks.onSelect(picked);
    });
    // A click on a band (background items report no item id, only a time) zooms into its period.
    this.timeline.on('click', (props: { item: string | number | null; time: Date | null }) => {
      if (this.mode !== 'aggregate' || !props.time) return;
      const id = props.item == null ? null : String(props.item);
      if (id && !this.aggIds.has(id)) return;
      const t = props.time.getTime();
      const band = this.buckets.find((b) => b.start <= t && t < b.end);
      if (band) this.timeline.setWindow(band.start, band.end, { animation: false });
    });
    this.timeline.on('rangechanged', () => {
      if (this.destroyed || this.parked) return;
      this.sync(false);
      this.callbacks.onWindowChange(this.getWindow());
    });
    this.timeline.on('changed', () => {
      if (this.firstRenderDone || !this.eventsSet) return;
      this.firstRenderDone = true;
      this.callbacks.onFirstRender?.();
    });
  }

  /** Replaces the events (a new snapshot): diffs against the items already there. */
  setEvents(events: readonly NewsEvent[], visible: ReadonlySet<string>): void {
    const placements = new Map<string, Placed>();
    const data: Item[] = [];
    for (const event of events) {
      const p: TimePlacement | null = placeEvent(event);
      if (!p || placements.has(event.id)) continue;
      placements.set(event.id, { id: event.id, start: p.start, end: p.end ?? p.start });
      const { content, title } = itemText(event);
      data.push({
        id: event.id,
        content,
        title,
        start: p.start,
        ...(p.end === undefined
          ? { type: 'point', rank: 0 }
          : { end: p.end, type: 'range', rank: Math.round(Math.log2(1 + (p.end - p.start) / DAY)) + 1 }),
        className: itemClassName(event),
      });
    }
    this.placements = placements;
    this.eventsSet = true;
    this.visible = visible;
    this.reorder();
    this.chooseMode(true);
    // vis-timeline measures every visible item as it is added: add them while the window shows an
    // empty stretch of time, then come back, so that each item is measured once.
    const back = this.getWindow();
    this.parked = true;
    try {
      this.timeline.setWindow(EMPTY_STRETCH.start, EMPTY_STRETCH.end, { animation: false });
      const stale = this.items
        .getIds()
        .filter((id) => !placements.has(String(id)) && !this.aggIds.has(String(id)));
      if (stale.length > 0) this.items.remove(stale);
      // A first load adds (cheaper than update, which looks every id up).
      if (this.items.length === this.aggIds.size) this.items.add(data);
      else this.items.update(data);
      this.timeline.setWindow(back.start, back.end, { animation: false });
    } finally {
      this.parked = false;
    }
    this.sync(true);
    if (this.callbacks.fitOnFirstLoad && !this.fitted) {
      this.fitted = true;
      this.fitAll();
    }
  }

  /** Applies a new filter: the events that may be shown. Keeps the window and, where possible, the selection. */
  setVisible(visible: ReadonlySet<string>): void {
    this.visible = visible;
    this.reorder();
    this.sync(true);
  }

  /** Selects an event (null clears), as the details panel shows it. */
  select(id: string | null): void {
    this.selected = id;
    this.applySelection();
  }

  getWindow(): TimeWindow {
    return isoWindow(this.timeline.getWindow());
  }

  zoomIn(): void {
    this.timeline.zoomIn(0.5, { animation: false });
  }

  zoomOut(): void {
    this.timeline.zoomOut(0.5, { animation: false });
  }

  /** Shows every event that passes the filter, with room on the right for the labels of the last ones. */
  fitAll(): void {
    const range = this.visibleRange();
    if (!range) return;
    const width = this.container.clientWidth;
    // Room for labels only where events will be drawn one by one.
    const labelRoom = this.ordered.length > MAX_DETAIL_ITEMS ? 0 : Math.min(320, width * 0.4);
    const end =
      width > labelRoom ? range.start + ((range.end - range.start) * width) / (width - labelRoom) : range.end;
    this.timeline.setWindow(range.start, end, { animation: false });
  }

  /**
   * Brings the event into view, as keyboard navigation needs: centred (and scrolled to vertically)
   * when it is shorter than the window, else the window moves to its start.
   */
  reveal(id: string): void {
    const p = this.placements.get(id);
    if (!p) return;
    const w = this.getWindow();
    const span = w.end - w.start;
    if (p.end - p.start >= span) {
      if (p.start < w.start || p.start > w.end)
        this.timeline.moveTo(p.start + span * 0.4, { animation: false });
      return;
    }
    if (this.view.get(id) === null) this.timeline.moveTo((p.start + p.end) / 2, { animation: false });
    if (this.view.get(id) !== null) this.timeline.focus(id, { zoom: false, animation: false } as never);
  }

  /**
   * The event next to the selected one in time order (`1` later, `-1` earlier, `first`, `last`).
   * With no selection, the first event in the window (or the last, going back).
   */
  neighbour(step: 1 | -1 | 'first' | 'last'): string | null {
    const list = this.ordered;
    if (list.length === 0) return null;
    if (step === 'first') return list[0]?.id ?? null;
    if (step === 'last') return list[list.length - 1]?.id ?? null;
    const index = this.selected ? list.findIndex((p) => p.id === this.selected) : -1;
    if (index < 0) {
      const w = this.getWindow();
      if (step === 1) return list[Math.min(list.length - 1, lowerBound(this.starts, w.start))]?.id ?? null;
      return list[Math.max(0, lowerBound(this.starts, w.end) - 1)]?.id ?? null;
    }
    return list[Math.max(0, Math.min(list.length - 1, index + step))]?.id ?? null;
  }

  /** Number of timeline items drawn for events and for periods (for status text). */
  drawnMode(): { mode: 'detail' | 'aggregate'; unit: BucketUnit | null } {
    return { mode: this.mode, unit: this.unit };
  }

  /**
   * Redraws after the container changed size. vis-timeline notices a new width only on the redraw
   * after the one that measures it, so items would keep their old horizontal positions: draw twice
   * (its redraw runs at the next animation frame, so the second one is asked for from there).
   */
  redraw(): void {
    this.timeline.redraw();
    requestAnimationFrame(() => {
      if (!this.destroyed) this.timeline.redraw();
    });
  }

  destroy(): void {
    this.destroyed = true;
    this.timeline.destroy();
  }

  private passes(item: Item): boolean {
    const id = item.id;
    if (this.aggIds.has(id)) return this.mode === 'aggregate';
    if (this.mode !== 'detail' || !this.visible.has(id)) return false;
    const p = this.placements.get(id);
    return p !== undefined && p.end >= this.extent.start && p.start <= this.extent.end;
  }

  private reorder(): void {
    const list: Placed[] = [];
    for (const p of this.placements.values()) if (this.visible.has(p.id)) list.push(p);
    list.sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    this.ordered = list;
    this.starts = Float64Array.from(list, (p) => p.start);
    this.ends = Float64Array.from(list, (p) => p.end).sort();
  }

  private visibleRange(): TimeWindow | null {
    if (this.ordered.length === 0) return null;
    let start = Infinity;
    let end = -Infinity;
    for (const p of this.ordered) {
      if (p.start < start) start = p.start;
      if (p.end > end) end = p.end;
    }
    const pad = Math.max((end - start) * 0.05, DAY);
    return { start: start - pad, end: end + pad };
  }

  /** Picks detail or aggregate drawing for the current window; true when the drawn items must change. */
  private chooseMode(force: boolean): boolean {
    const w = this.getWindow();
    const span = Math.max(1, w.end - w.start);
    // Events that overlap the window: those that start before its end, less those that end before its start.
    const inWindow = lowerBound(this.starts, w.end) - lowerBound(this.ends, w.start);
    const mode = inWindow > MAX_DETAIL_ITEMS ? 'aggregate' : 'detail';
    // Bands at least ~40 px wide, so that their counts can be read.
    const maxBuckets = Math.max(8, Math.floor(this.container.clientWidth / 40));
    const unit = mode === 'aggregate' ? chooseBucketUnit(span, maxBuckets) : null;
    const inside = w.start >= this.extent.start && w.end <= this.extent.end;
    if (!force && mode === this.mode && unit === this.unit && inside) return false;
    const changed = mode !== this.mode || unit !== this.unit;
    this.mode = mode;
    this.unit = unit;
    if (changed) this.callbacks.onDrawnChange?.({ mode, unit });
    // Events are handed to vis-timeline for the window and half a window on each side (drags
    // and small zooms need no new items); beyond that, the next range change brings them.
    this.extent = { start: w.start - span / 2, end: w.end + span / 2 };
    return true;
  }

  /** Brings the drawn items in line with the window, the filter and the mode. */
  private sync(force: boolean): void {
    if (!this.chooseMode(force)) return;
    const old = [...this.aggIds];
    this.aggIds = new Set();
    const fresh: Item[] = [];
    if (this.mode === 'aggregate' && this.unit) {
      const buckets = buildBuckets(this.starts, this.extent.start, this.extent.end, this.unit);
      this.buckets = buckets;
      const max = buckets.reduce((m, b) => Math.max(m, b.count), 0);
      for (const b of buckets) {
        const id = `nl-agg:${this.unit}:${b.start}`;
        this.aggIds.add(id);
        const label = `${b.count} event${b.count === 1 ? '' : 's'}`;
        fresh.push({
          id,
          content: String(b.count),
          title: `${label}: click to zoom in`,
          start: b.start,
          end: b.end,
          type: 'background',
          className: `nl-agg nl-agg-${aggLevel(b.count, max)}`,
        });
      }
    }
    const gone = old.filter((id) => !this.aggIds.has(id));
    if (gone.length > 0) this.items.remove(gone);
    if (fresh.length > 0) this.items.update(fresh);
    this.view.refresh();
    this.applySelection();
  }

  private applySelection(): void {
    const id = this.selected;
    const shown = id !== null && this.view.get(id) !== null;
    this.timeline.setSelection(shown && id !== null ? [id] : []);
  }
}
