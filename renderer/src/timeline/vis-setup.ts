/**
 * vis-timeline's set-up and the workarounds it needs, in one place: the options every timeline of
 * the page has, the today marker, panels kept unscrolled, and the fold of a lane (reached through
 * vis-timeline's internals, as its own label click does).
 */
import { Timeline } from 'vis-timeline/esnext';
import type { TimelineOptions } from 'vis-timeline/esnext';
import type { DataSet } from 'vis-data/esnext/esm/vis-data.js';
import moment from 'moment';
import { DAY_MS, type TimeSpan } from '../lib/time';
import { stackOrder, type Item } from './drawn-items';
import { MAX_WINDOW_SPAN } from './fit';

/** Zoom limits: one day to a hundred years (fit.ts). */
export const ZOOM_MIN = DAY_MS;
export const ZOOM_MAX = MAX_WINDOW_SPAN;

/** The options of the page's timeline, but its first window. */
const OPTIONS: TimelineOptions = {
  moment: (date?: moment.MomentInput) => moment(date).utc(),
  zoomMin: ZOOM_MIN,
  zoomMax: ZOOM_MAX,
  order: stackOrder as never,
  height: '100%',
  verticalScroll: true,
  stack: true,
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

/** Makes the vis-timeline in `container` over `items` on the window `w`, with the page's options and the today marker. */
export function openVisTimeline(container: HTMLElement, items: DataSet<Item, 'id'>, w: TimeSpan): Timeline {
  const options = { ...OPTIONS, start: new Date(w.start), end: new Date(w.end) };
  const timeline = new Timeline(container, items as never, options);
  // The browser may scroll vis-timeline's clipped panels sideways (a click on a label that runs past
  // the edge), which shifts the items away from the time axis: keep them unscrolled.
  for (const panel of container.querySelectorAll<HTMLElement>('.vis-timeline, .vis-panel')) {
    panel.addEventListener('scroll', () => {
      if (panel.scrollLeft !== 0) panel.scrollLeft = 0;
    });
  }
  const today = new Date();
  const todayId = 'nl-today';
  timeline.addCustomTime(
    new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) + DAY_MS / 2),
    todayId,
  );
  // Present at run time since vis-timeline 5; missing from its type declarations.
  (
    timeline as unknown as { setCustomTimeMarker(t: string, id: string, editable: boolean): void }
  ).setCustomTimeMarker('Today', todayId, false);
  return timeline;
}

/** Back to one shared track: the timeline without groups. */
export function hideTimelineGroups(timeline: Timeline): void {
  timeline.setGroups(null as never);
}

/**
 * Folds (`open` false) or unfolds the people under a lane, as a click on its label does; false
 * when vis-timeline has no such group drawn.
 */
export function toggleNested(timeline: Timeline, groupId: string, open: boolean): boolean {
  const itemSet = (
    timeline as unknown as {
      itemSet?: {
        groups: Record<string, unknown>;
        toggleGroupShowNested(group: unknown, open: boolean): void;
      };
    }
  ).itemSet;
  const group = itemSet?.groups[groupId];
  if (!itemSet || !group) return false;
  itemSet.toggleGroupShowNested(group, open);
  return true;
}

/** Gives the drawn items of events their accessible name ("title, date, actors"), from `labelOf` (by item id). */
export function labelEventItems(container: HTMLElement, labelOf: (itemId: string) => string | null): void {
  for (const el of container.querySelectorAll<HTMLElement>('.vis-item.nl-event[data-id]:not([aria-label])')) {
    const label = labelOf(el.dataset.id ?? '');
    if (label === null) continue;
    el.setAttribute('role', 'img');
    el.setAttribute('aria-label', label);
  }
}

/**
 * Where the selected event's item (the first one, when it is drawn in several lanes) lies across
 * the timeline, in pixels from the left edge of its items' panel, and that panel's width; null
 * when no event item is selected or drawn.
 */
export function selectedItemBox(
  container: HTMLElement,
): { left: number; right: number; width: number } | null {
  const panel = container.querySelector<HTMLElement>('.vis-panel.vis-center');
  const item = container.querySelector<HTMLElement>('.vis-item.nl-event.vis-selected.vis-point');
  if (!panel || !item) return null;
  const p = panel.getBoundingClientRect();
  const r = item.getBoundingClientRect();
  return { left: r.left - p.left, right: r.right - p.left, width: p.width };
}
