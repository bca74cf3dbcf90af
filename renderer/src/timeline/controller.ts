/**
 * Drives one vis-timeline: the events that pass the filter, on one shared track or in one lane per
 * actor, drawn one by one when the window holds few enough of them and counted per period when
 * it holds more.
 *
 * vis-timeline forces a browser layout per item it draws and walks every item it holds on each
 * redraw, so it is only ever given what is drawn: the events within a stretch around the visible
 * window (or, beyond MAX_DETAIL_ITEMS events in the window, one band per period and lane with
 * its count). The events themselves live in plain arrays here; the counts are computed by a Web
 * Worker (densityClient.ts).
 */
import { Timeline } from 'vis-timeline/esnext';
import type { DataGroup, DataItem, TimelineOptions } from 'vis-timeline/esnext';
import { DataSet } from 'vis-data/esnext/esm/vis-data.js';
import moment from 'moment';
import type { ActorSummary, EventActor, NewsEvent } from '../../../electron/shared/model';
import { placeEvent } from './dates';
import { escapeHtml, itemClassName, itemLabel, itemText } from './timelineItems';
import { chooseBucketUnit, lowerBound, type BucketUnit } from './aggregate';
import type { DensityAnswer, DensityData } from './density';
import { DensityClient } from './densityClient';
import { buildLanes, laneId, NO_ACTOR_LANE, visibleLaneOrder, type Lane } from './lanes';
import { nearestInTime, stepInTime, stepLane } from './timelineNav';

/** Most events drawn one by one in the visible window; beyond it, periods are drawn. */
export const MAX_DETAIL_ITEMS = 300;

const DAY = 86_400_000;
/** Zoom limits: one day to about thirty years. */
export const ZOOM_MIN = DAY;
export const ZOOM_MAX = Math.round(30 * 365.25 * DAY);

export interface TimeWindow {
  start: number;
  end: number;
}

export type DrawnMode = { mode: 'detail' | 'aggregate'; unit: BucketUnit | null };

export interface ControllerCallbacks {
  /** The user selected an event on the timeline (null: cleared). */
  onSelect(id: string | null): void;
  /** The visible window changed (after a zoom, a drag or a programmatic move). */
  onWindowChange(window: TimeWindow): void;
  /** The first drawing with events is done. */
  onFirstRender?(): void;
  /** How the events are drawn changed: one by one, or counted per period (`unit`). */
  onDrawnChange?(drawn: DrawnMode): void;
  /** Fit the window to the events once they are first given (no saved window). */
  fitOnFirstLoad?: boolean;
}

/** What the timeline shows: the events, the filter's result and the lanes. */
export interface TimelineInput {
  events: readonly NewsEvent[];
  /** Ids of the events that pass the filter. */
  visible: ReadonlySet<string>;
  /** One lane per actor (true) or one shared track. */
  lanes: boolean;
  /** Actors of the snapshot (kind and affiliation order and nest the lanes). */
  actors: readonly ActorSummary[];
  /** Actors switched off in the filter: they get no lane. */
  hidden: ReadonlySet<string>;
}

/** The event with keyboard focus, and its lane in lane mode. */
export interface FocusedEvent {
  id: string;
  lane: string | null;
  /** "title, date, actors". */
  label: string;
}

/** An item of the timeline; `rank` orders stacking: events dated to the day above spans. */
type Item = DataItem & { id: string; rank?: number; group?: string; event?: string };
type Group = DataGroup & { id: string; order: number };

/**
 * Stacking order: points (dated to the day) first so that they take the top rows, then spans by
 * length, then by start. vis-timeline only ever holds the few hundred items drawn.
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
  /** Index of the event in the snapshot. */
  index: number;
  /** Lanes of the event's actors (NO_ACTOR_LANE when it has none). */
  lanes: string[];
}

/** Merges two ascending lists into one. */
function mergeSorted(a: ArrayLike<number>, b: ArrayLike<number>): Float64Array {
  const out = new Float64Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length)
    out[k++] = (a[i] as number) <= (b[j] as number) ? (a[i++] as number) : (b[j++] as number);
  while (i < a.length) out[k++] = a[i++] as number;
  while (j < b.length) out[k++] = b[j++] as number;
  return out;
}

function aggLevel(count: number, max: number): number {
  return Math.max(1, Math.min(5, Math.ceil((5 * count) / Math.max(1, max))));
}

export class TimelineController {
  private readonly timeline: Timeline;
  private readonly items = new DataSet<Item, 'id'>();
  private readonly groups = new DataSet<Group, 'id'>();
  private readonly density: DensityClient;
  private events: readonly NewsEvent[] = [];
  /** Every placed event, by start. */
  private placed: Placed[] = [];
  /** Placed events by id, made when first needed (the first drawing needs none). */
  private byIdMap: Map<string, Placed> | null = null;
  /** Events passing the filter, by start. */
  private ordered: Placed[] = [];
  private starts: Float64Array = new Float64Array(0);
  /** Ends of the same events, ascending (for counting those that overlap a window). */
  private ends: Float64Array = new Float64Array(0);
  /** Longest event shown (ms), to find those that started before a window and reach into it. */
  private longest = 0;
  private visible: ReadonlySet<string> = new Set();
  private input: TimelineInput | null = null;
  private lanesOn = false;
  private lanes: Lane[] = [];
  private laneSet = new Set<string>();
  private laneEvents = new Map<string, Placed[]>();
  /** Lane index of the density data by lane id, and back. */
  private laneIndex = new Map<string, number>();
  private laneIds: string[] = [];
  /** Items drawn, by id, and the event each stands for. */
  private drawn = new Map<string, Item>();
  private eventOf = new Map<string, string>();
  private bands: { start: number; end: number }[] = [];
  private mode: 'detail' | 'aggregate' = 'detail';
  private unit: BucketUnit | null = null;
  private extent: TimeWindow = { start: 0, end: 0 };
  private selected: string | null = null;
  private focused: { id: string; lane: string | null } | null = null;
  private firstRenderDone = false;
  private eventsSet = false;
  private fitted = false;
  private destroyed = false;
  /** Width of the container, read when it changes size (reading it on each update forces a layout). */
  private width: number;

  private get byId(): Map<string, Placed> {
    this.byIdMap ??= new Map(this.placed.map((p) => [p.id, p]));
    return this.byIdMap;
  }

  constructor(
    private readonly container: HTMLElement,
    initialWindow: TimeWindow,
    private readonly callbacks: ControllerCallbacks,
  ) {
    this.width = container.clientWidth;
    this.density = new DensityClient((answer) => this.drawBands(answer));
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
      groupOrder: 'order',
      selectable: true,
      multiselect: false,
      showCurrentTime: false,
      orientation: { axis: 'top', item: 'top' },
      margin: { item: { horizontal: 4, vertical: 6 }, axis: 8 },
      tooltip: { followMouse: true, overflowMethod: 'cap', delay: 250 },
      xss: { disabled: false },
      dataAttributes: ['id'],
      locale: 'en',
      // Without an explicit direction vis-timeline hides its root until a first range change and
      // a redraw after it; the page decides when the timeline is drawn, so keep it visible.
      rtl: false,
    };
    this.timeline = new Timeline(container, this.items as never, options);
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
      const picked = id === undefined ? null : (this.eventOf.get(String(id)) ?? null);
      if (id !== undefined && picked === null) return;
      this.selected = picked;
      if (picked !== null) {
        const lane = this.drawn.get(String(id))?.group ?? null;
        this.focused = { id: picked, lane };
      }
      this.applySelection();
      this.callbacks.onSelect(picked);
    });
    // A click on a band (background items report no item id, only a time) zooms into its period.
    this.timeline.on('click', (props: { item: string | number | null; time: Date | null }) => {
      if (this.mode !== 'aggregate' || !props.time) return;
      if (props.item != null && this.eventOf.has(String(props.item))) return;
      const t = props.time.getTime();
      const band = this.bands.find((b) => b.start <= t && t < b.end);
      if (band) this.timeline.setWindow(band.start, band.end, { animation: false });
    });
    this.timeline.on('rangechanged', () => {
      if (this.destroyed) return;
      this.sync(false);
      this.callbacks.onWindowChange(this.getWindow());
    });
    this.timeline.on('changed', () => {
      this.labelItems();
      if (this.firstRenderDone || !this.eventsSet || this.density.pending) return;
      this.firstRenderDone = true;
      this.callbacks.onFirstRender?.();
    });
  }

  /** Applies what changed among the events, the filter and the lanes. */
  update(input: TimelineInput): void {
    const before = this.input;
    this.input = input;
    const newEvents = !before || before.events !== input.events;
    if (newEvents) {
      this.place(input.events);
      this.eventsSet = true;
    }
    const lanesChanged =
      !before ||
      before.lanes !== input.lanes ||
      (input.lanes && (before.hidden !== input.hidden || before.actors !== input.actors));
    if (newEvents || !before || before.visible !== input.visible) this.filter(input.visible);
    else if (!lanesChanged) return;
    this.layoutLanes();
    // Fit before drawing, so that the first drawing (and the first question to the density
    // worker) is for the window shown.
    if (newEvents && this.callbacks.fitOnFirstLoad && !this.fitted) {
      this.fitted = true;
      this.fitAll();
    }
    this.sync(true);
  }

  /** Selects an event (null clears), as the details panel shows it. */
  select(id: string | null): void {
    this.selected = id;
    this.applySelection();
  }

  getWindow(): TimeWindow {
    const w = this.timeline.getWindow();
    return { start: w.start.getTime(), end: w.end.getTime() };
  }

  /** Number of events shown that overlap the window. */
  countInWindow(w: TimeWindow = this.getWindow()): number {
    return lowerBound(this.starts, w.end) - lowerBound(this.ends, w.start);
  }

  /** Number of lanes drawn (0 on the shared track). */
  laneCount(): number {
    return this.lanesOn ? this.lanes.length : 0;
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
    const width = this.width;
    // Room for labels only where events will be drawn one by one.
    const labelRoom = this.ordered.length > MAX_DETAIL_ITEMS ? 0 : Math.min(320, width * 0.4);
    const end =
      width > labelRoom ? range.start + ((range.end - range.start) * width) / (width - labelRoom) : range.end;
    this.timeline.setWindow(range.start, end, { animation: false });
  }

  /**
   * Brings the event into view, as keyboard navigation needs: zoomed in far enough for it to be
   * drawn, centred (and scrolled to vertically) when it is shorter than the window.
   */
  reveal(id: string): void {
    const p = this.byId.get(id);
    if (!p) return;
    const w = this.getWindow();
    let span = w.end - w.start;
    const mid = (p.start + p.end) / 2;
    // Narrow the window until its events are drawn one by one.
    while (
      span > ZOOM_MIN &&
      this.countInWindow({ start: mid - span / 2, end: mid + span / 2 }) > MAX_DETAIL_ITEMS
    )
      span /= 2;
    if (span !== w.end - w.start || p.end < w.start || p.start > w.end) {
      this.timeline.setWindow(mid - span / 2, mid + span / 2, { animation: false });
      this.sync(false);
    }
    const item = this.itemIdOf(id, this.focused?.id === id ? this.focused.lane : null);
    if (item && this.drawn.has(item) && p.end - p.start < span)
      this.timeline.focus(item, { zoom: false, animation: false } as never);
  }

  /**
   * Moves the keyboard focus: `left`/`right` to the previous or next event in time order (in the
   * focused lane in lane mode), `up`/`down` to the nearest event of the lane above or below (the
   * previous or next event on the shared track), `first`/`last`. Returns the focused event.
   */
  moveFocus(direction: 'left' | 'right' | 'up' | 'down' | 'first' | 'last'): FocusedEvent | null {
    const current = this.focused && this.byId.has(this.focused.id) ? this.focused : null;
    const fromId = current?.id ?? (this.selected && this.visible.has(this.selected) ? this.selected : null);
    let lane = this.lanesOn ? (current?.lane ?? null) : null;
    if (this.lanesOn && fromId && (!lane || !this.laneSet.has(lane)))
      lane = this.byId.get(fromId)?.lanes.find((l) => this.laneSet.has(l)) ?? null;
    const w = this.getWindow();
    let next: { id: string; lane: string | null } | null = null;
    const list = (l: string | null) => (l ? (this.laneEvents.get(l) ?? []) : this.ordered);
    if (this.lanesOn && (direction === 'up' || direction === 'down')) {
      const order = visibleLaneOrder(this.lanes, this.collapsedLanes());
      const t = fromId ? (this.byId.get(fromId)?.start ?? w.start) : (w.start + w.end) / 2;
      const found = lane
        ? stepLane(order, (l) => list(l), lane, t, direction === 'down' ? 1 : -1)
        : (() => {
            const first = order.find((l) => list(l).length > 0);
            const item = first ? nearestInTime(list(first), t) : null;
            return first && item ? { lane: first, item } : null;
          })();
      if (found) next = { id: found.item.id, lane: found.lane };
    } else {
      if (this.lanesOn && !lane) lane = visibleLaneOrder(this.lanes, this.collapsedLanes())[0] ?? null;
      const events = list(lane);
      const step = direction === 'left' || direction === 'up' ? -1 : 1;
      const item =
        direction === 'first'
          ? events[0]
          : direction === 'last'
            ? events[events.length - 1]
            : stepInTime(events, fromId, step, w.start, w.end);
      if (item) next = { id: item.id, lane };
    }
    if (!next) return current ? this.describeFocus(current) : null;
    this.setFocus(next);
    return this.describeFocus(next);
  }

  /**
   * Folds (`open` false) or unfolds the lane of the focused event that has people under it, or
   * else the lane it is nested under; folding moves the focus up to that lane. Returns the lane's
   * name and whether it is open, or null when the focused event has no such lane.
   */
  foldLane(open: boolean): { lane: string; open: boolean; people: number } | null {
    const focused = this.focused;
    if (!this.lanesOn || !focused?.lane) return null;
    const lane = this.lanes.find((l) => l.id === focused.lane);
    const target =
      lane && lane.children.length > 0 ? lane : this.lanes.find((l) => lane?.parent && l.id === lane.parent);
    // vis-timeline folds a lane on a click on its label; the same method, for the keyboard.
    const itemSet = (
      this.timeline as unknown as {
        itemSet?: {
          groups: Record<string, unknown>;
          toggleGroupShowNested(group: unknown, open: boolean): void;
        };
      }
    ).itemSet;
    const group = target ? itemSet?.groups[target.id] : undefined;
    if (!target || !itemSet || !group) return null;
    itemSet.toggleGroupShowNested(group, open);
    if (!open && focused.lane !== target.id) {
      const t = this.byId.get(focused.id)?.start ?? this.getWindow().start;
      const item = nearestInTime(this.laneEvents.get(target.id) ?? [], t);
      if (item) this.setFocus({ id: item.id, lane: target.id });
    }
    return { lane: target.name, open, people: target.children.length };
  }

  /** The event with keyboard focus, if any. */
  focusedEvent(): FocusedEvent | null {
    return this.focused ? this.describeFocus(this.focused) : null;
  }

  /** Number of timeline items drawn for events and for periods (for status text). */
  drawnMode(): DrawnMode {
    return { mode: this.mode, unit: this.unit };
  }

  /**
   * Redraws after the container changed size. vis-timeline notices a new width only on the redraw
   * after the one that measures it, so items would keep their old horizontal positions: draw twice
   * (its redraw runs at the next animation frame, so the second one is asked for from there).
   */
  redraw(): void {
    this.width = this.container.clientWidth;
    this.timeline.redraw();
    requestAnimationFrame(() => {
      if (!this.destroyed) this.timeline.redraw();
    });
  }

  destroy(): void {
    this.destroyed = true;
    this.density.destroy();
    this.timeline.destroy();
  }

  /** Places the events of a new snapshot in time order and hands them to the density worker. */
  private place(events: readonly NewsEvent[]): void {
    this.events = events;
    const placed: Placed[] = [];
    // Density data: every actor (and the lane of events without one) gets a lane index.
    const laneIndex = new Map<string, number>([[NO_ACTOR_LANE, 0]]);
    // Events with the same actors share one (read-only) list of lanes: a story has far fewer
    // combinations of actors than events, and the snapshot shares each list of actors among its
    // events (see shared/wire.ts), so the list itself is the key.
    const shared = new Map<readonly EventActor[], { lanes: string[]; indices: number[] }>();
    const noActor = { lanes: [NO_ACTOR_LANE], indices: [0] };
    const laneOfEvent: number[][] = [];
    for (let index = 0; index < events.length; index++) {
      const event = events[index] as NewsEvent;
      const p = placeEvent(event);
      if (!p) continue; // ids are unique in a snapshot (see Snapshot in the contract)
      let lanesOf = event.actors.length === 0 ? noActor : shared.get(event.actors);
      if (!lanesOf) {
        const lanes: string[] = [];
        const indices: number[] = [];
        for (const actor of event.actors) {
          const lane = laneId(actor.name);
          if (lanes.includes(lane)) continue;
          let i = laneIndex.get(lane);
          if (i === undefined) laneIndex.set(lane, (i = laneIndex.size));
          lanes.push(lane);
          indices.push(i);
        }
        lanesOf = { lanes, indices };
        shared.set(event.actors, lanesOf);
      }
      const entry: Placed = {
        id: event.id,
        start: p.start,
        end: p.end ?? p.start,
        index,
        lanes: lanesOf.lanes,
      };
      laneOfEvent[index] = lanesOf.indices;
      placed.push(entry);
    }
    placed.sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    this.placed = placed;
    this.byIdMap = null;
    const offsets = new Int32Array(placed.length + 1);
    const starts = new Float64Array(placed.length);
    let total = 0;
    for (const p of placed) total += p.lanes.length;
    const laneOf = new Int32Array(total);
    let k = 0;
    for (let i = 0; i < placed.length; i++) {
      const p = placed[i] as Placed;
      offsets[i] = k;
      starts[i] = p.start;
      for (const lane of laneOfEvent[p.index] as number[]) laneOf[k++] = lane;
    }
    offsets[placed.length] = k;
    this.laneIndex = laneIndex;
    this.laneIds = [...laneIndex.keys()];
    const data: DensityData = { starts, laneOffsets: offsets, laneOf, laneCount: laneIndex.size };
    this.density.setData(data);
    // Items of the old snapshot may have changed: draw afresh.
    this.clearDrawn();
  }

  /** Applies the filter: the events shown, in time order, and the mask the worker counts with. */
  private filter(visible: ReadonlySet<string>): void {
    this.visible = visible;
    const list: Placed[] = [];
    const mask = new Uint8Array(this.placed.length);
    let longest = 0;
    this.placed.forEach((p, i) => {
      if (!visible.has(p.id)) return;
      mask[i] = 1;
      list.push(p);
      if (p.end - p.start > longest) longest = p.end - p.start;
    });
    this.ordered = list;
    this.longest = longest;
    const starts = new Float64Array(list.length);
    // Ends in order: points end where they start (already in order); only the spans need sorting.
    const pointEnds: number[] = [];
    const spanEnds: number[] = [];
    list.forEach((p, i) => {
      starts[i] = p.start;
      (p.end === p.start ? pointEnds : spanEnds).push(p.end);
    });
    this.starts = starts;
    this.ends = mergeSorted(pointEnds, Float64Array.from(spanEnds).sort());
    this.density.setVisible(mask);
  }

  /** Lanes for the events shown (or none on the shared track), as vis-timeline groups. */
  private layoutLanes(): void {
    const input = this.input;
    const on = input?.lanes ?? false;
    if (!on || !input) {
      this.lanes = [];
      this.laneSet = new Set();
      this.laneEvents = new Map();
      if (this.lanesOn) {
        this.lanesOn = false;
        this.clearDrawn();
        this.timeline.setGroups(null as never);
        this.groups.clear();
      }
      return;
    }
    const laneEvents = new Map<string, Placed[]>();
    for (const p of this.ordered) {
      for (const lane of p.lanes) {
        const list = laneEvents.get(lane);
        if (list) list.push(p);
        else laneEvents.set(lane, [p]);
      }
    }
    const counts = new Map<string, number>();
    for (const [lane, list] of laneEvents) if (lane !== NO_ACTOR_LANE) counts.set(lane.slice(5), list.length);
    const lanes = buildLanes(input.actors, counts, input.hidden, laneEvents.get(NO_ACTOR_LANE)?.length ?? 0);
    this.lanes = lanes;
    this.laneSet = new Set(lanes.map((l) => l.id));
    this.laneEvents = laneEvents;
    const groups: Group[] = lanes.map((lane) => {
      const name = lane.id === NO_ACTOR_LANE ? 'No named actor' : lane.name;
      const text = `${name} · ${lane.count.toLocaleString('en')}`;
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
    const sameShape = (a: Group, b: Group | null) =>
      b !== null && String(a.nestedGroups ?? '') === String(b.nestedGroups ?? '');
    const old = new Map(this.groups.get().map((g) => [g.id, g]));
    const reshaped =
      !this.lanesOn || old.size !== groups.length || groups.some((g) => !sameShape(g, old.get(g.id) ?? null));
    if (reshaped) {
      // vis-timeline does not follow changes of nesting: start the groups afresh, keeping what was collapsed.
      for (const g of groups) if (g.nestedGroups && old.get(g.id)?.showNested === false) g.showNested = false;
      this.clearDrawn();
      this.groups.clear();
      this.groups.add(groups);
      if (!this.lanesOn) this.timeline.setGroups(this.groups as never);
    } else {
      this.groups.update(
        groups.map((g) => ({ ...g, showNested: old.get(g.id)?.showNested ?? g.showNested })),
      );
    }
    this.lanesOn = true;
  }

  private collapsedLanes(): Set<string> {
    const collapsed = new Set<string>();
    for (const g of this.groups.get()) if (g.nestedGroups && g.showNested === false) collapsed.add(g.id);
    return collapsed;
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
    const mode = this.countInWindow(w) > MAX_DETAIL_ITEMS ? 'aggregate' : 'detail';
    // Bands at least ~40 px wide, so that their counts can be read; wider in lanes, where every
    // lane has its own (fewer elements for vis-timeline to measure).
    const maxBuckets = Math.max(8, Math.floor(this.width / (this.lanesOn ? 64 : 40)));
    const unit = mode === 'aggregate' ? chooseBucketUnit(span, maxBuckets) : null;
    const inside = w.start >= this.extent.start && w.end <= this.extent.end;
    if (!force && mode === this.mode && unit === this.unit && inside) return false;
    const changed = mode !== this.mode || unit !== this.unit;
    this.mode = mode;
    this.unit = unit;
    if (changed) this.callbacks.onDrawnChange?.({ mode, unit });
    // Items are handed to vis-timeline for the window and half a window on each side (drags
    // and small zooms need no new items); beyond that, the next range change brings them.
    this.extent = { start: w.start - span / 2, end: w.end + span / 2 };
    return true;
  }

  /** Brings the drawn items in line with the window, the filter, the lanes and the mode. */
  private sync(force: boolean): void {
    if (!this.chooseMode(force)) return;
    if (this.mode === 'aggregate' && this.unit) {
      this.container.dataset.pending = 'true';
      this.density.query({
        from: this.extent.start,
        to: this.extent.end,
        unit: this.unit,
        lanes: this.lanesOn,
      });
      return;
    }
    const wanted: Item[] = [];
    const from = lowerBound(this.starts, this.extent.start - this.longest);
    const to = lowerBound(this.starts, this.extent.end);
    for (let i = from; i < to; i++) {
      const p = this.ordered[i] as Placed;
      if (p.end < this.extent.start) continue;
      if (!this.lanesOn) wanted.push(this.eventItem(p, null));
      else for (const lane of p.lanes) if (this.laneSet.has(lane)) wanted.push(this.eventItem(p, lane));
    }
    this.apply(wanted);
    this.bands = [];
    delete this.container.dataset.pending;
  }

  /** Draws the counts the worker sent for the current question. */
  private drawBands(answer: DensityAnswer): void {
    if (this.destroyed || this.mode !== 'aggregate' || !this.unit) {
      if (!this.density.pending) delete this.container.dataset.pending;
      return;
    }
    const unit = this.unit;
    const wanted: Item[] = [];
    const bands: { start: number; end: number }[] = [];
    let max = 0;
    for (const lane of answer.buckets) for (const c of lane.counts) max = Math.max(max, c);
    for (const lane of answer.buckets) {
      const group = lane.lane < 0 ? null : (this.laneIds[lane.lane] ?? null);
      if (this.lanesOn && (!group || !this.laneSet.has(group))) continue;
      lane.counts.forEach((count, i) => {
        const start = lane.starts[i] as number;
        const end = lane.ends[i] as number;
        if (group === null || bands.length === 0 || bands[bands.length - 1]?.start !== start)
          bands.push({ start, end });
        const label = `${count.toLocaleString('en')} event${count === 1 ? '' : 's'}`;
        wanted.push({
          id: `nl-agg:${group ?? ''}:${unit}:${start}`,
          content: count.toLocaleString('en'),
          title: `${label}: click to zoom in`,
          start,
          end,
          type: 'background',
          className: `nl-agg nl-agg-${aggLevel(count, max)}`,
          ...(group ? { group } : {}),
        });
      });
    }
    this.bands = bands;
    this.apply(wanted);
    delete this.container.dataset.pending;
    // Where the counting ran (the end-to-end tests check that the worker works under the page's policy).
    this.container.dataset.density = this.density.offThread ? 'worker' : 'page';
  }

  /** Replaces the drawn items by `wanted`: removes, adds and updates only what differs. */
  private apply(wanted: Item[]): void {
    const next = new Map<string, Item>();
    for (const item of wanted) next.set(item.id, item);
    const gone: string[] = [];
    for (const id of this.drawn.keys()) if (!next.has(id)) gone.push(id);
    const added: Item[] = [];
    const changed: Item[] = [];
    for (const [id, item] of next) {
      const old = this.drawn.get(id);
      if (!old) added.push(item);
      else if (old.className !== item.className || old.content !== item.content) changed.push(item);
    }
    if (gone.length > 0) this.items.remove(gone);
    if (added.length > 0) this.items.add(added);
    if (changed.length > 0) this.items.update(changed);
    this.drawn = next;
    this.eventOf = new Map();
    for (const item of wanted) if (item.event) this.eventOf.set(item.id, item.event);
    if (gone.length + added.length + changed.length === 0 && !this.firstRenderDone) this.timeline.redraw();
    this.applySelection();
  }

  private clearDrawn(): void {
    this.items.clear();
    this.drawn = new Map();
    this.eventOf = new Map();
    // Force the next sync to draw.
    this.mode = 'detail';
    this.unit = null;
    this.extent = { start: 0, end: 0 };
  }

  private itemIdOf(eventId: string, lane: string | null): string | null {
    if (!this.lanesOn) return eventId;
    const p = this.byId.get(eventId);
    const l = lane && p?.lanes.includes(lane) ? lane : p?.lanes.find((x) => this.laneSet.has(x));
    return l ? `${eventId}:${l === NO_ACTOR_LANE ? '' : l.slice(5)}` : null;
  }

  private eventItem(p: Placed, lane: string | null): Item {
    const event = this.events[p.index] as NewsEvent;
    const { content, title } = itemText(event);
    const id = lane ? (this.itemIdOf(p.id, lane) as string) : p.id;
    const focused = this.focused?.id === p.id && (!lane || this.focused.lane === lane);
    return {
      id,
      event: p.id,
      content,
      title,
      start: p.start,
      ...(p.end === p.start
        ? { type: 'point', rank: 0 }
        : { end: p.end, type: 'range', rank: Math.round(Math.log2(1 + (p.end - p.start) / DAY)) + 1 }),
      className: `${itemClassName(event)}${focused ? ' nl-focus' : ''}`,
      ...(lane ? { group: lane } : {}),
    };
  }

  private setFocus(next: { id: string; lane: string | null }): void {
    const before = this.focused;
    this.focused = next;
    // Re-class the items of the event that lost focus and of the one that got it.
    const touched: Item[] = [];
    for (const [id, item] of this.drawn) {
      const event = this.eventOf.get(id);
      if (!event || (event !== before?.id && event !== next.id)) continue;
      const p = this.byId.get(event);
      if (p) touched.push(this.eventItem(p, item.group ?? null));
    }
    if (touched.length > 0) {
      for (const item of touched) this.drawn.set(item.id, item);
      this.items.update(touched);
      this.applySelection();
    }
  }

  private describeFocus(f: { id: string; lane: string | null }): FocusedEvent | null {
    const p = this.byId.get(f.id);
    const event = p ? this.events[p.index] : undefined;
    if (!event) return null;
    return { id: f.id, lane: f.lane, label: itemLabel(event) };
  }

  /** Gives the drawn items of events their accessible name ("title, date, actors"). */
  private labelItems(): void {
    for (const el of this.container.querySelectorAll<HTMLElement>(
      '.vis-item.nl-event[data-id]:not([aria-label])',
    )) {
      const event = this.eventOf.get(el.dataset.id ?? '');
      const p = event ? this.byId.get(event) : undefined;
      const e = p ? this.events[p.index] : undefined;
      if (!e) continue;
      el.setAttribute('role', 'img');
      el.setAttribute('aria-label', itemLabel(e));
    }
  }

  private applySelection(): void {
    const id = this.selected;
    const ids: string[] = [];
    if (id !== null) for (const [item, event] of this.eventOf) if (event === id) ids.push(item);
    this.timeline.setSelection(ids);
  }
}
