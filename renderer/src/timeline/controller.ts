/**
 * Drives one vis-timeline: the events that pass the filter, on one shared track or in one lane per
 * actor, drawn one by one when the window holds few enough of them and counted per period when it
 * holds more. Only talks to vis-timeline: what is shown (timeline-model.ts: the event index, lanes,
 * focus), how a window is drawn (drawing.ts) and the items (drawn-items.ts) are pure modules; the
 * counts come from a Web Worker (density-client.ts).
 *
 * vis-timeline forces a browser layout per item it draws and walks every item it holds on each
 * redraw, so it is only ever given what is drawn: the events within a stretch around the visible
 * window (or, beyond MAX_DETAIL_ITEMS events in the window, one band per period and lane).
 */
import type { Timeline } from 'vis-timeline/esnext';
import type { TimeSpan } from '../lib/time';
import type { ControllerCallbacks, FocusedEvent, FoldedLane, TimelineInput } from './controller-api';
import type { DensityAnswer } from './density';
import { DensityClient } from './density-client';
import {
  chooseDrawing,
  NOTHING_DRAWN,
  revealWindow,
  zoomedWindow,
  type Drawing,
  type DrawnMode,
} from './drawing';
import { bandItems, DrawnItems, type Item } from './drawn-items';
import { countInWindow, type PlacedEvent } from './event-index';
import { fitEvents, type Fit } from './fit';
import { foldTarget, type Focus, type FocusMove } from './focus';
import { chooseBucketUnit } from './aggregate';
import { labelRoom } from './key-labels';
import { laneGroups, LaneGroupSet } from './lane-groups';
import { shareWindow } from './share-window';
import { TimelineModel } from './timeline-model';
import { windowShowing } from './label-room';
import {
  hideTimelineGroups,
  labelEventItems,
  openVisTimeline,
  selectedItemBox,
  toggleNested,
  ZOOM_MIN,
} from './vis-setup';

export class TimelineController {
  private readonly timeline: Timeline;
  private readonly model = new TimelineModel();
  private readonly items = new DrawnItems();
  private readonly groups = new LaneGroupSet();
  private readonly density: DensityClient;
  /** Periods of the bands drawn, for a click to zoom into. */
  private periods: TimeSpan[] = [];
  private drawing: Drawing = NOTHING_DRAWN;
  private firstRenderDone = false;
  private fitted = false;
  private destroyed = false;
  /** Size of the container, read when it changes (reading it on each update forces a layout). */
  private width: number;
  private height: number;

  constructor(
    private readonly container: HTMLElement,
    initialWindow: TimeSpan,
    private readonly callbacks: ControllerCallbacks,
  ) {
    this.width = container.clientWidth;
    this.height = container.clientHeight;
    // where the counting runs (the end-to-end tests check that the worker loads under the page's policy)
    this.density = new DensityClient(
      (a) => this.drawBands(a),
      (w) => (this.container.dataset.density = w),
    );
    this.timeline = openVisTimeline(container, this.items.data, initialWindow);
    this.timeline.on('select', (props: { items: (string | number)[] }) => {
      const id = props.items[0];
      const item = id === undefined ? undefined : this.items.get(String(id));
      if (id !== undefined && !item?.event) return;
      this.model.selected = item?.event ?? null;
      if (item?.event) this.model.focused = { id: item.event, lane: item.group ?? null };
      this.applySelection();
      this.callbacks.onSelect(this.model.selected);
    });
    // A click on a band (background items report no item id, only a time) zooms into its period:
    // a band of counts, or of the events left without a label ("+117 more").
    this.timeline.on('click', (props: { item: string | number | null; time: Date | null }) => {
      if (!props.time) return;
      if (props.item != null && this.items.get(String(props.item))?.event) return;
      const t = props.time.getTime();
      const period = this.periods.find((b) => b.start <= t && t < b.end);
      if (period) this.setWindow(period);
    });
    this.timeline.on('rangechanged', () => {
      if (this.destroyed) return;
      this.sync(false);
      this.callbacks.onWindowChange(this.getWindow());
    });
    this.timeline.on('changed', () => {
      labelEventItems(this.container, (id) => this.model.labelOf(this.items.get(id)));
      if (this.firstRenderDone || !this.model.input || this.density.pending) return;
      this.firstRenderDone = true;
      this.callbacks.onFirstRender?.();
    });
  }

  /** Applies what changed among the events, the filter and the lanes. */
  update(input: TimelineInput): void {
    const change = this.model.take(input);
    if (!change) return;
    if (change.events) {
      this.density.setData(this.model.index.density);
      this.clearDrawn(change.patched); // new events: every item drawn afresh; an edit: those of its events
    }
    if (change.filter) this.density.setVisible(this.model.shown.mask);
    this.showLanes(change.hadLanes);
    // Fit the first events before drawing (a story may start empty): the first counts are for that window.
    if (change.events && this.callbacks.fitOnFirstLoad && !this.fitted && this.model.shown.list.length > 0) {
      this.fitted = true;
      this.fitAll();
    }
    this.sync(true);
  }

  /** Selects an event (null clears), as the details panel shows it. */
  select(id: string | null): void {
    this.model.selected = id;
    // an event chosen elsewhere (the list, a search, a key date) is drawn even when less salient
    if (id !== null && !this.model.isDrawn(id, this.items.values())) this.sync(true);
    this.applySelection();
    this.keepSelectedInView();
  }

  getWindow(): TimeSpan {
    const w = this.timeline.getWindow();
    return { start: w.start.getTime(), end: w.end.getTime() };
  }

  /** Moves the visible window (a saved view restored, a period clicked). */
  setWindow(w: TimeSpan): void {
    this.timeline.setWindow(w.start, w.end, { animation: false });
  }

  /** Number of events shown that overlap the window. */
  countInWindow(w: TimeSpan = this.getWindow()): number {
    return countInWindow(this.model.shown, w);
  }

  /** Number of lanes drawn (0 on the shared track). */
  laneCount(): number {
    return this.model.layout?.lanes.length ?? 0;
  }

  /** One zoom step in or out, around the selected event (kept where it is) or the window's centre. */
  zoom(direction: 'in' | 'out'): void {
    const selected = this.model.selected === null ? undefined : this.model.index.byId(this.model.selected);
    this.setWindow(zoomedWindow(this.getWindow(), direction, selected?.start));
  }

  /**
   * Shows every event that passes the filter, with room on the right for the labels of the last
   * ones; or, when they spread wider than the timeline goes, the most it can, and returns the
   * events left out (see fit.ts).
   */
  fitAll(): Fit | null {
    return this.showEvents(null);
  }

  /** Fits the window to the events `ids` that are shown (every one shown when null), as fitAll does. */
  showEvents(ids: ReadonlySet<string> | null): Fit | null {
    const list = ids === null ? this.model.shown.list : this.shownOf(ids);
    const fit = fitEvents(list, this.width);
    if (fit) {
      this.setWindow(fit.window);
      this.sync(false); // the events of the new window drawn now, not at vis-timeline's next range event
      this.callbacks.onFit?.(fit.leftOut.flatMap((p) => this.model.index.events[p.index] ?? []));
    }
    return fit;
  }

  /** Of the events `ids` (every one shown when null), how many are shown, and how many of those overlap the window. */
  coverage(
    ids: ReadonlySet<string> | null,
    w: TimeSpan = this.getWindow(),
  ): { total: number; inside: number } {
    if (ids === null) return { total: this.model.shown.list.length, inside: this.countInWindow(w) };
    const list = this.shownOf(ids);
    const inside = list.filter((p) => p.start < w.end && p.end >= w.start).length;
    return { total: list.length, inside };
  }

  /** True when the event is shown and overlaps the window. */
  inWindow(id: string): boolean {
    return this.coverage(new Set([id])).inside === 1;
  }

  /** The events of `ids` that are shown, in time order. */
  private shownOf(ids: ReadonlySet<string>): PlacedEvent[] {
    const shown = this.model.shown.byEvent;
    const list: PlacedEvent[] = [];
    for (const id of ids) {
      const p = this.model.index.byId(id);
      if (p && shown[p.index] === 1) list.push(p);
    }
    return list.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  /**
   * Brings the event into view, as keyboard navigation needs: zoomed in far enough for it to be
   * drawn, centred (and scrolled to vertically) when it is shorter than the window.
   */
  reveal(id: string): void {
    const p = this.model.index.byId(id);
    if (!p) return;
    const w = this.getWindow();
    const next = revealWindow(p, w, (span) => this.countInWindow(span), ZOOM_MIN);
    if (next !== w) {
      this.setWindow(next);
      this.sync(false);
    }
    const focused = this.model.focused;
    const item = this.model.itemIdOf(id, focused?.id === id ? focused.lane : null);
    if (item && this.items.get(item) && p.end - p.start < next.end - next.start)
      this.timeline.focus(item, { zoom: false, animation: false } as never);
  }

  /** Moves the keyboard focus (see focus.ts); returns the focused event. */
  moveFocus(direction: FocusMove): FocusedEvent | null {
    const next = this.model.nextFocus(direction, this.getWindow(), this.groups.collapsed());
    if (!next) {
      const current = this.model.currentFocus();
      return current ? this.model.describe(current) : null;
    }
    this.setFocus(next);
    return this.model.describe(next);
  }

  /**
   * Folds (`open` false) or unfolds the lane of the focused event that has people under it, or
   * else the lane it is nested under; folding moves the focus up to that lane. Returns the lane's
   * name and whether it is open, or null when the focused event has no such lane.
   */
  foldLane(open: boolean): FoldedLane | null {
    const { focused, layout } = this.model;
    if (!layout || !focused?.lane) return null;
    const target = foldTarget(layout.lanes, focused.lane);
    if (!target || !toggleNested(this.timeline, target.id, open)) return null;
    if (!open && focused.lane !== target.id) {
      const next = this.model.nearestIn(target.id, this.getWindow().start);
      if (next) this.setFocus(next);
    }
    return { lane: target.name, open, people: target.children.length };
  }

  /** The event with keyboard focus, if any. */
  focusedEvent(): FocusedEvent | null {
    return this.model.focused ? this.model.describe(this.model.focused) : null;
  }

  /** How the events are drawn now: one by one, or counted per period. */
  drawnMode(): DrawnMode {
    return { mode: this.drawing.mode, unit: this.drawing.unit };
  }

  /**
   * Redraws after the container changed size. vis-timeline notices a new width only on the redraw
   * after the one that measures it, so items would keep their old horizontal positions: draw twice
   * (its redraw runs at the next animation frame, so the second one is asked for from there).
   */
  redraw(): void {
    this.width = this.container.clientWidth;
    this.height = this.container.clientHeight;
    this.timeline.redraw();
    requestAnimationFrame(() => {
      if (!this.destroyed) this.timeline.redraw();
    });
    if (this.model.input) this.sync(false); // bands as wide as the new width allows: counts readable
    this.keepSelectedInView();
  }

  /** Once drawn, moves the window sideways when the selected event's label is cut by its right edge. */
  private keepSelectedInView(): void {
    if (this.model.selected === null) return;
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const box = this.destroyed ? null : selectedItemBox(this.container);
        if (!box) return;
        const w = this.getWindow();
        const next = windowShowing(w, box.width, box.left, box.right);
        if (next !== w) this.setWindow(next);
      }),
    );
  }

  /** The window for a shared picture or PDF: this one, the first event's label whole (share-window.ts). */
  shareWindow(): TimeSpan {
    return shareWindow(this.getWindow(), this.model.shown.starts, this.width);
  }

  /** Redraws at once for the container's size now (the page is about to be printed: no frame comes first). */
  redrawNow(): void {
    this.width = this.container.clientWidth;
    this.timeline.redraw();
    this.timeline.redraw();
    this.sync(false);
  }

  /** Resolves once what the window shows is drawn: a few frames, and the counts when bands are drawn. */
  async settled(): Promise<void> {
    const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    for (let i = 0; i < 3; i++) await frame(); // then the counts, from the worker (a few seconds at most)
    for (let i = 0; i < 300 && !this.destroyed && this.container.dataset.pending; i++) await frame();
  }

  destroy(): void {
    this.destroyed = true;
    this.density.destroy();
    this.timeline.destroy();
  }

  /** Hands the lanes to vis-timeline as groups (or takes them away for the shared track). */
  private showLanes(hadLanes: boolean): void {
    const layout = this.model.layout;
    if (!layout) {
      if (hadLanes) {
        this.clearDrawn();
        hideTimelineGroups(this.timeline);
        this.groups.clear();
      }
      return;
    }
    const groups = laneGroups(layout.lanes);
    const afresh = !hadLanes || this.groups.reshapes(groups);
    if (afresh) this.clearDrawn();
    this.groups.show(groups, afresh);
    if (!hadLanes) this.timeline.setGroups(this.groups.data as never);
  }

  /** Brings the drawn items in line with the window, the filter, the lanes and the mode. */
  private sync(force: boolean): void {
    const w = this.getWindow();
    const lanes = this.model.layout !== null;
    const next = chooseDrawing(this.drawing, w, this.countInWindow(w), this.width, lanes, force);
    if (!next) return;
    const changed = next.mode !== this.drawing.mode || next.unit !== this.drawing.unit;
    this.drawing = next;
    if (changed) this.callbacks.onDrawnChange?.({ mode: next.mode, unit: next.unit });
    if (next.mode === 'aggregate' && next.unit) {
      this.container.dataset.pending = 'true';
      this.density.query({ from: next.extent.start, to: next.extent.end, unit: next.unit, lanes });
      return;
    }
    const span = Math.max(1, w.end - w.start);
    const room = labelRoom(span, this.width, this.height, lanes);
    const unit = chooseBucketUnit(span, Math.max(4, Math.floor(this.width / 60)));
    const { items, periods } = this.model.eventItems(next.extent, room, unit);
    this.apply(items);
    this.periods = periods;
    delete this.container.dataset.pending;
  }

  /** Draws the counts the worker sent for the current question. */
  private drawBands(answer: DensityAnswer): void {
    const unit = this.drawing.unit;
    if (this.destroyed || this.drawing.mode !== 'aggregate' || !unit) {
      if (!this.density.pending) delete this.container.dataset.pending;
      return;
    }
    const lanes = this.model.layout?.ids ?? null;
    const { items, periods } = bandItems(answer, unit, this.model.index.laneIds, lanes);
    this.periods = periods;
    this.apply(items);
    delete this.container.dataset.pending;
  }

  /** Replaces the drawn items by `wanted`: removes, adds and updates only what differs. */
  private apply(wanted: Item[]): void {
    if (this.items.apply(wanted) === 0 && !this.firstRenderDone) this.timeline.redraw();
    this.applySelection();
  }

  private clearDrawn(only?: ReadonlySet<string> | null): void {
    this.items.clear(only);
    this.drawing = NOTHING_DRAWN; // the next sync draws
  }

  private setFocus(next: Focus): void {
    if (!this.model.isDrawn(next.id, this.items.values())) {
      this.model.focused = next;
      this.sync(true); // a less salient event reached from the keyboard gets its label
      return;
    }
    const touched = this.model.focus(next, this.items.values());
    if (touched.length === 0) return;
    this.items.replace(touched);
    this.applySelection();
  }

  private applySelection(): void {
    const selected = this.model.selected;
    this.timeline.setSelection(selected === null ? [] : this.items.idsOf(selected));
  }
}
