/** What the page gives the timeline controller, and what it hears back. */
import type { ActorSummary } from '../../../electron/shared/model';
import type { PageEvent } from '../../../electron/shared/contract';
import type { TimeSpan } from '../lib/time';
import type { DrawnMode } from './drawing';
import type { Focus } from './focus';

export interface ControllerCallbacks {
  /** The user selected an event on the timeline (null: cleared). */
  onSelect(id: string | null): void;
  /** The visible window changed (after a zoom, a drag or a programmatic move). */
  onWindowChange(window: TimeSpan): void;
  /** The first drawing with events is done. */
  onFirstRender?(): void;
  /** How the events are drawn changed: one by one, or counted per period (`unit`). */
  onDrawnChange?(drawn: DrawnMode): void;
  /** The window was fitted to events (Fit all, the first fit, "show them"): those it left out, in time order. */
  onFit?(leftOut: readonly PageEvent[]): void;
  /** Fit the window to the events once they are first given (no saved window). */
  fitOnFirstLoad?: boolean;
}

/** What the timeline shows: the events, the filter's result and the lanes. */
export interface TimelineInput {
  events: readonly PageEvent[];
  /** Ids of the events that pass the filter. */
  visible: ReadonlySet<string>;
  /** The same events in the order of `events`, when the page has them so (found without looking ids up). */
  shown?: readonly PageEvent[];
  /** One lane per actor (true) or one shared track. */
  lanes: boolean;
  /** Actors of the snapshot (kind and affiliation order and nest the lanes). */
  actors: readonly ActorSummary[];
  /** Actors switched off in the filter: they get no lane. */
  hidden: ReadonlySet<string>;
}

/** What the rest of the page can ask of the timeline (buttons, menu commands). */
export interface TimelineHandle {
  zoomIn(): void;
  zoomOut(): void;
  fitAll(): void;
  focus(): void;
  /** Sharing (PNG, PDF): the visible window, moving it, the window that shows the first label whole. */
  getWindow(): TimeSpan | null;
  setWindow(window: TimeSpan): void;
  shareWindow(): TimeSpan | null;
  /** Redraws at once for a new size (before printing); resolves once what is shown is drawn. */
  redrawNow(): void;
  settled(): Promise<void>;
}

/** The event with keyboard focus, its lane in lane mode, and "title, date, actors". */
export type FocusedEvent = Focus & { label: string };

/** A lane folded or unfolded from the keyboard: its name, whether it is open, how many people it holds. */
export interface FoldedLane {
  lane: string;
  open: boolean;
  people: number;
}
