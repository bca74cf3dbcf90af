import { useEffect, useImperativeHandle, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import type { NewsEvent } from '../../../electron/shared/model';
import type { BucketUnit } from '../lib/aggregate';
import { TimelineController, type TimeWindow } from '../lib/timelineController';

/** What the rest of the page can ask of the timeline (buttons, menu commands). */
export interface TimelineHandle {
  zoomIn(): void;
  zoomOut(): void;
  fitAll(): void;
  focus(): void;
}

export interface TimelineViewProps {
  events: readonly NewsEvent[];
  /** Ids of the events that pass the filter. */
  visibleIds: ReadonlySet<string>;
  selectedId: string | null;
  onSelect(id: string | null): void;
  initialWindow: TimeWindow;
  /** True when the window was not saved: fit it to the events once they are drawn. */
  fitOnLoad: boolean;
  onWindowChange(window: TimeWindow): void;
  /** Number of events shown, for the region's label. */
  shownCount: number;
  ref?: Ref<TimelineHandle>;
}

/**
 * The vis-timeline of events. The timeline is created once in an effect, kept in a ref and
 * destroyed in the cleanup; new events and filters are applied to it in place.
 */
export function TimelineView(props: TimelineViewProps) {
  const {
    events,
    visibleIds,
    selectedId,
    onSelect,
    initialWindow,
    fitOnLoad,
    onWindowChange,
    shownCount,
    ref,
  } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const regionRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<TimelineController | null>(null);
  const callbacks = useRef({ onSelect, onWindowChange });
  const [drawn, setDrawn] = useState<{ mode: 'detail' | 'aggregate'; unit: BucketUnit | null }>({
    mode: 'detail',
    unit: null,
  });
  const initialWindowRef = useRef(initialWindow);
  const fitOnLoadRef = useRef(fitOnLoad);

  useEffect(() => {
    callbacks.current = { onSelect, onWindowChange };
  }, [onSelect, onWindowChange]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    const controller = new TimelineController(container, initialWindowRef.current, {
      onSelect: (id) => callbacks.current.onSelect(id),
      onWindowChange: (w) => callbacks.current.onWindowChange(w),
      fitOnFirstLoad: fitOnLoadRef.current,
      onDrawnChange: setDrawn,
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
      controllerRef.current = null;
      controller.destroy();
    };
  }, []);

  // Events first (a new snapshot), then the filter; both in place.
  const appliedEvents = useRef<readonly NewsEvent[] | null>(null);
  const appliedVisible = useRef<ReadonlySet<string> | null>(null);
  useEffect(() => {
    const controller = controllerRef.current;
    if (!controller) return;
    if (appliedEvents.current !== events || appliedVisible.current === null) {
      controller.setEvents(events, visibleIds);
    } else if (appliedVisible.current !== visibleIds) {
      controller.setVisible(visibleIds);
    }
    appliedEvents.current = events;
    appliedVisible.current = visibleIds;
    return () => {
      // A new controller (StrictMode remount) needs the events again.
      if (controllerRef.current !== controller) {
        appliedEvents.current = null;
        appliedVisible.current = null;
      }
    };
  }, [events, visibleIds]);

  useEffect(() => {
    controllerRef.current?.select(selectedId);
  }, [selectedId, visibleIds]);

  useImperativeHandle(
    ref,
    () => ({
      zoomIn: () => controllerRef.current?.zoomIn(),
      zoomOut: () => controllerRef.current?.zoomOut(),
      fitAll: () => controllerRef.current?.fitAll(),
      focus: () => regionRef.current?.focus(),
    }),
    [],
  );

  const moveSelection = (step: 1 | -1 | 'first' | 'last') => {
    const controller = controllerRef.current;
    if (!controller) return;
    const id = controller.neighbour(step);
    if (!id) return;
    controller.select(id);
    controller.reveal(id);
    onSelect(id);
    // Opening the details panel may resize the timeline: bring the event into view again after it.
    requestAnimationFrame(() => requestAnimationFrame(() => controllerRef.current?.reveal(id)));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const controller = controllerRef.current;
    if (!controller) return;
    let handled = true;
    switch (e.key) {
      case '+':
      case '=':
        controller.zoomIn();
        break;
      case '-':
      case '_':
      case '−':
        controller.zoomOut();
        break;
      case '0':
        controller.fitAll();
        break;
      case 'ArrowRight':
      case 'ArrowDown':
        moveSelection(1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        moveSelection(-1);
        break;
      case 'Home':
        moveSelection('first');
        break;
      case 'End':
        moveSelection('last');
        break;
      case 'Escape':
        controller.select(null);
        onSelect(null);
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
      role="region"
      tabIndex={0}
      aria-label={`Timeline, ${shownCount} event${shownCount === 1 ? '' : 's'}`}
      aria-describedby="timeline-keys"
      onKeyDown={onKeyDown}
    >
      <p id="timeline-keys" className="sr-only">
        Arrow keys move between events in time order, Home and End go to the first and last, plus and minus
        zoom, zero fits all events, Escape clears the selection.
      </p>
      <div ref={containerRef} className="timeline-canvas" data-testid="timeline" />
      {drawn.mode === 'aggregate' ? (
        <p className="aggregate-note" role="status">
          Too many events to draw one by one: each band counts the events of a {drawn.unit}. Zoom in or click
          a band.
        </p>
      ) : null}
    </div>
  );
}
