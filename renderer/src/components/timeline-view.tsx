import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type Ref,
} from 'react';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import '../styles/timeline.css';
import '../styles/marks.css';
import type { ActorSummary } from '../../../electron/shared/model';
import type { PageEvent } from '../../../electron/shared/contract';
import { commandForKey, type Commands } from '../commands';
import { formatIsoDate } from '../lib/event-dates';
import type { TimeSpan } from '../lib/time';
import { TimelineController } from '../timeline/controller';
import type { FocusedEvent, TimelineHandle } from '../timeline/controller-api';
import type { DrawnMode } from '../timeline/drawing';
import { followChange } from '../timeline/fit';
import type { FocusMove } from '../timeline/focus';
import { TimelineNoticeBar, type TimelineNotice } from './timeline-notice';
import { formatCount } from '../lib/format-count';

const NO_ACTORS: readonly ActorSummary[] = [];
const NONE_HIDDEN: ReadonlySet<string> = new Set();
/** The window is announced this long after it last moved. */
const SETTLE_MS = 700;

export interface TimelineViewProps {
  events: readonly PageEvent[];
  /** Ids of the events that pass the filter. */
  visibleIds: ReadonlySet<string>;
  /** The same events in the order of `events` (the timeline then finds them without looking ids up). */
  shownEvents?: readonly PageEvent[];
  selectedId: string | null;
  onSelect(id: string | null): void;
  initialWindow: TimeSpan;
  /** A window to move to (a saved view restored): followed each time a new request comes. */
  windowRequest?: { window: TimeSpan; seq: number } | null;
  /** Events to go to when they are not in view (an import's): followed each time a new request comes. */
  followRequest?: { ids: readonly string[]; seq: number } | null;
  /** True when the window was not saved: fit it to the events once they are drawn. */
  fitOnLoad: boolean;
  onWindowChange(window: TimeSpan): void;
  /** Number of events shown, for the region's label. */
  shownCount: number;
  /** One lane per actor instead of one shared track. */
  lanes?: boolean;
  /** Actors of the snapshot: kind and affiliation order and nest the lanes. */
  actors?: readonly ActorSummary[];
  /** Actors switched off in the filter (they get no lane). */
  hiddenActors?: ReadonlySet<string>;
  /** The page's commands: zoom and fit run from their keys on the timeline too. */
  commands?: Commands;
  /** Enter on an event: its details were opened, the page may move the focus to them. */
  onOpenDetails?(id: string): void;
  /** How the events are drawn changed: one by one, or counted per period (the legend follows). */
  onDrawnChange?(drawn: DrawnMode): void;
  ref?: Ref<TimelineHandle>;
}

/** "3 January 2025 to 20 February 2025: 42 events", for the live region. */
export function describeWindow(w: TimeSpan, count: number, lanes: number): string {
  const day = (t: number) => formatIsoDate(new Date(t).toISOString().slice(0, 10));
  const events = `${formatCount(count)} event${count === 1 ? '' : 's'}`;
  const inLanes = lanes > 0 ? ` in ${lanes} lane${lanes === 1 ? '' : 's'}` : '';
  return `Showing ${day(w.start)} to ${day(w.end)}: ${events}${inLanes}.`;
}

/**
 * The vis-timeline of events, one keyboard stop with a roving focus over its events. The
 * timeline is created once in an effect, kept in a ref and destroyed in the cleanup; new events,
 * filters, lanes and windows are applied to it in place.
 */
export function TimelineView(props: TimelineViewProps) {
  const {
    events,
    visibleIds,
    shownEvents,
    selectedId,
    onSelect,
    initialWindow,
    windowRequest = null,
    followRequest = null,
    fitOnLoad,
    onWindowChange,
    shownCount,
    lanes = false,
    actors = NO_ACTORS,
    hiddenActors = NONE_HIDDEN,
    onOpenDetails,
    onDrawnChange,
    commands,
    ref,
  } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const regionRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<TimelineController | null>(null);
  const callbacks = useRef({ onSelect, onWindowChange, onDrawnChange });
  const [drawn, setDrawn] = useState<DrawnMode>({ mode: 'detail', unit: null });
  const [focusText, setFocusText] = useState('');
  const [windowText, setWindowText] = useState('');
  const initialWindowRef = useRef(initialWindow);
  const fitOnLoadRef = useRef(fitOnLoad);
  const settleTimer = useRef<number | null>(null);
  const [notice, setNotice] = useState<TimelineNotice | null>(null);
  /** What the last update applied, to tell a change of filter from new events. */
  const applied = useRef<{ events: readonly PageEvent[]; visibleIds: ReadonlySet<string> } | null>(null);
  /** The window request last followed (one arriving with a filter change wins over following it). */
  const requestSeen = useRef(windowRequest);
  const shownSelection = useRef(selectedId);

  /**
   * The view follows a change that concerns the events `ids` (every one shown when null): it
   * moves to them when none or few are in view, else offers to show those outside (fit.ts).
   */
  const follow = useCallback((ids: ReadonlySet<string> | null) => {
    const controller = controllerRef.current;
    if (!controller) return;
    const { total, inside } = controller.coverage(ids);
    const next = followChange(inside, total);
    if (next.act === 'move') {
      setNotice(null);
      controller.showEvents(ids);
    } else setNotice(next.act === 'offer' ? { kind: 'outside', ids, outside: next.outside } : null);
  }, []);

  useLayoutEffect(() => {
    callbacks.current = { onSelect, onWindowChange, onDrawnChange };
  }, [onSelect, onWindowChange, onDrawnChange]);

  // The timeline is made, and given its events, before the browser first paints the page (layout
  // effects): the page is laid out and painted once with its timeline, not first without it.
  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    const controller = new TimelineController(container, initialWindowRef.current, {
      onSelect: (id) => callbacks.current.onSelect(id),
      onWindowChange: (w) => {
        callbacks.current.onWindowChange(w);
        // "N events outside this view" counts down as the window takes them in
        setNotice((n) => {
          const c = controllerRef.current;
          if (n?.kind !== 'outside' || !c) return n;
          const { total, inside } = c.coverage(n.ids, w);
          return inside >= total
            ? null
            : inside === total - n.outside
              ? n
              : { ...n, outside: total - inside };
        });
        // Announce the window once a zoom or a drag has settled.
        if (settleTimer.current !== null) window.clearTimeout(settleTimer.current);
        settleTimer.current = window.setTimeout(() => {
          settleTimer.current = null;
          const c = controllerRef.current;
          if (c) setWindowText(describeWindow(c.getWindow(), c.countInWindow(), c.laneCount()));
        }, SETTLE_MS);
      },
      fitOnFirstLoad: fitOnLoadRef.current,
      onFit: (leftOut) => setNotice(leftOut.length === 0 ? null : { kind: 'left-out', events: leftOut }),
      onDrawnChange: (next) => {
        setDrawn(next);
        callbacks.current.onDrawnChange?.(next);
      },
      onFirstRender: () => {
        performance.mark('newsline:first-render');
        container.dataset.ready = 'true';
      },
    });
    controllerRef.current = controller;
    // vis-timeline polls its size once a second; redraw as soon as the pane changes size instead
    // (the details panel opening, a narrower window).
    const observer =
      typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => controller.redraw());
    observer?.observe(container);
    return () => {
      observer?.disconnect();
      if (settleTimer.current !== null) window.clearTimeout(settleTimer.current);
      controllerRef.current = null;
      controller.destroy();
    };
  }, []);

  // Events, filter and lanes, applied in place (the controller works out what changed).
  useLayoutEffect(() => {
    const controller = controllerRef.current;
    if (!controller) return;
    performance.mark('newsline:timeline-update-start');
    controller.update({
      events,
      visible: visibleIds,
      ...(shownEvents ? { shown: shownEvents } : {}),
      lanes,
      actors,
      hidden: hiddenActors,
    });
    performance.measure('newsline:timeline-update', 'newsline:timeline-update-start');
    // A filter, "only" or a search changed what is shown: the view follows it (unless a saved
    // view restored with it brings its own window).
    const before = applied.current;
    applied.current = { events, visibleIds };
    if (
      before?.events === events &&
      before.visibleIds !== visibleIds &&
      windowRequest === requestSeen.current
    )
      follow(null);
    // a filter or new events change what the window shows: say so, as after a zoom
    setWindowText(describeWindow(controller.getWindow(), controller.countInWindow(), controller.laneCount()));
  }, [events, visibleIds, shownEvents, lanes, actors, hiddenActors, windowRequest, follow]);

  // Events an import brought: the view goes to them, or offers to.
  useEffect(() => {
    if (followRequest) follow(new Set(followRequest.ids));
  }, [followRequest, follow]);

  useEffect(() => {
    const controller = controllerRef.current;
    controller?.select(selectedId);
    // an event chosen elsewhere (a list, a search match, a date to check) is brought into view
    if (
      controller &&
      selectedId !== null &&
      selectedId !== shownSelection.current &&
      !controller.inWindow(selectedId)
    )
      controller.reveal(selectedId);
    shownSelection.current = selectedId;
  }, [selectedId, visibleIds, lanes]);

  // A saved view restored: the timeline moves to its window, everything else kept.
  useEffect(() => {
    requestSeen.current = windowRequest;
    if (windowRequest) controllerRef.current?.setWindow(windowRequest.window);
  }, [windowRequest]);

  useImperativeHandle(
    ref,
    () => ({
      zoomIn: () => controllerRef.current?.zoom('in'),
      zoomOut: () => controllerRef.current?.zoom('out'),
      fitAll: () => controllerRef.current?.fitAll(),
      focus: () => regionRef.current?.focus(),
      getWindow: () => controllerRef.current?.getWindow() ?? null,
      setWindow: (w) => controllerRef.current?.setWindow(w),
      shareWindow: () => controllerRef.current?.shareWindow() ?? null,
      redrawNow: () => controllerRef.current?.redrawNow(),
      settled: () => controllerRef.current?.settled() ?? Promise.resolve(),
    }),
    [],
  );

  const moveFocus = (direction: FocusMove, reveal = true) => {
    const controller = controllerRef.current;
    if (!controller) return;
    const focused: FocusedEvent | null = controller.moveFocus(direction);
    if (!focused) return;
    setFocusText(focused.label);
    if (reveal) controller.reveal(focused.id);
    // With the details panel open, it follows the focus.
    if (selectedId !== null && selectedId !== focused.id) {
      onSelect(focused.id);
      // The panel's width changes the timeline's: bring the event into view again after it.
      requestAnimationFrame(() => requestAnimationFrame(() => controllerRef.current?.reveal(focused.id)));
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const controller = controllerRef.current;
    if (!controller) return;
    // Shift with Left or Right folds or unfolds the lane of people the focus is in, as in a tree.
    // Elsewhere (no lanes, or a lane without people) they move the focus like Left and Right.
    if (e.shiftKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
      const folded = lanes ? controller.foldLane(e.key === 'ArrowRight') : null;
      if (folded) {
        const people = `${folded.people} ${folded.people === 1 ? 'person' : 'people'}`;
        setFocusText(`${folded.lane}: ${folded.open ? `${people} shown` : `${people} folded away`}`);
        e.preventDefault();
        return;
      }
    }
    const command = commands ? commandForKey(commands, e.key) : null;
    if (command) {
      command.run();
      // Fitting all events (Home) also takes the focus to the first.
      if (command.id === 'fit-all') moveFocus('first', false);
      e.preventDefault();
      return;
    }
    let handled = true;
    switch (e.key) {
      case 'End':
        moveFocus('last');
        break;
      case 'ArrowRight':
        moveFocus('right');
        break;
      case 'ArrowLeft':
        moveFocus('left');
        break;
      case 'ArrowDown':
        moveFocus(lanes ? 'down' : 'right');
        break;
      case 'ArrowUp':
        moveFocus(lanes ? 'up' : 'left');
        break;
      case 'Enter':
      case ' ': {
        const focused = controller.focusedEvent() ?? controller.moveFocus('right');
        if (focused) {
          controller.reveal(focused.id);
          onSelect(focused.id);
          onOpenDetails?.(focused.id);
        }
        break;
      }
      case 'Escape':
        if (selectedId === null) handled = false;
        else {
          controller.select(null);
          onSelect(null);
        }
        break;
      default:
        handled = false;
    }
    if (handled) e.preventDefault();
  };

  return (
    <div
      ref={regionRef}
      className="timeline-region"
      data-share=""
      role="region"
      tabIndex={0}
      aria-label={`Timeline, ${shownCount} event${shownCount === 1 ? '' : 's'}`}
      aria-describedby="timeline-keys"
      onKeyDown={onKeyDown}
    >
      <p id="timeline-keys" className="sr-only">
        Arrow keys move between events in time order
        {lanes
          ? ', up and down between lanes; Shift with Left or Right folds or unfolds a lane of people'
          : ''}
        ; Enter opens the event&apos;s details, Escape closes them; plus and minus zoom, Home fits all events,
        End goes to the last.
      </p>
      <p className="sr-only" aria-live="polite" data-testid="timeline-focus-live">
        {focusText}
      </p>
      <p className="sr-only" aria-live="polite" data-testid="timeline-window-live">
        {windowText}
      </p>
      {notice ? (
        <TimelineNoticeBar
          notice={notice}
          onShowOutside={() => {
            setNotice(null);
            if (notice.kind === 'outside') controllerRef.current?.showEvents(notice.ids);
          }}
          onShowEvent={(id) => {
            onSelect(id);
            controllerRef.current?.reveal(id);
          }}
          {...(commands ? { onCheckDates: () => commands['check-dates'].run() } : {})}
          onDismiss={() => setNotice(null)}
        />
      ) : null}
      <div
        ref={containerRef}
        className={`timeline-canvas${lanes ? ' with-lanes' : ''}`}
        data-testid="timeline"
      />
      {drawn.mode === 'aggregate' ? (
        <p className="aggregate-note" role="status">
          Too many events to draw one by one: each band counts the events of a {drawn.unit}. Zoom in or click
          a band.
        </p>
      ) : null}
    </div>
  );
}
