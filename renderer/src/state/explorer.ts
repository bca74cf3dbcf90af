/**
 * The explorer's state and its named actions: the snapshot shown, the view (actors switched off,
 * mode, facets, selection, visible window) and the side pane. Everything the page changes goes
 * through an action here; components receive the state and call actions.
 */
import type { FilterMode, PageSnapshot, StoryList, ViewState } from '../../../electron/shared/contract';
import { removeChip as withoutChip, type ChipAction } from '../lib/chips';
import { facetsOfView, NO_FACETS, viewOfFacets, type FacetState } from '../lib/facets';
import type { TimeSpan } from '../lib/time';
import { createStore, type Action, type Store } from './action-store';

/** What decides the events shown and the one selected: what a saved view keeps, but the window. */
export interface ViewSelection {
  /** Actors switched off. */
  hidden: ReadonlySet<string>;
  mode: FilterMode;
  facets: FacetState;
  selectedId: string | null;
}

/** What the pane beside the timeline shows: an event's details, the article reader, the articles. */
export type SideTab = 'details' | 'reader' | 'articles' | 'checks' | 'keys';

/** The pane beside the timeline: which tab, and the article open in the reader. */
export interface SideState {
  tab: SideTab;
  readerId: string | null;
}

/** The events the services found for a search (hooks/use-event-search.ts asks them). */
export interface Found {
  /** The search's terms as the services read them (folded), joined by line breaks. */
  terms: string;
  /** The revision of the snapshot searched. */
  revision?: number | undefined;
  ids: ReadonlySet<string>;
}

export interface ExplorerState {
  snapshot: PageSnapshot;
  /** The last search answered; null before any. */
  found: Found | null;
  view: ViewSelection;
  /** The visible window, as the timeline last reported it (or a saved view set it). */
  window: TimeSpan;
  /** A window the timeline is asked to show (a saved view restored); `seq` tells requests apart. */
  windowRequest: { window: TimeSpan; seq: number } | null;
  /** Events the view should go to (those an import brought); `seq` tells requests apart. */
  followRequest: { ids: readonly string[]; seq: number } | null;
  side: SideState;
  /** The message of the last failure, shown until dismissed. */
  error: string | null;
  /** The saved view restored last, by name: it titles what is shared while its filters stand. */
  appliedView?: { name: string; view: ViewSelection } | null;
  /** The stories, and the one open. */
  stories: StoryList;
  /** A notice of what was just done ("Removed 2 articles"), with Undo when it can be undone. */
  notice: Notice | null;
}

export interface Notice {
  message: string;
  /** Undo (the page's undo command) undoes it. */
  undoable: boolean;
  /** The snapshot it is about: shown while that snapshot is (an undo or an edit ends it). */
  about: PageSnapshot;
}

/** Before the stories are known: none. */
export const NO_STORIES: StoryList = { current: '', stories: [], problems: [] };

/** The name of the story open ("" before it is known): exports and prints title themselves with it. */
export const storyNameOf = (s: Pick<ExplorerState, 'stories'>): string =>
  s.stories.stories.find((story) => story.id === s.stories.current)?.name ?? '';

export type ExplorerStore = Store<ExplorerState>;
type ExplorerAction = Action<ExplorerState>;

/** The view selection a saved view state describes. */
export function selectionOfView(view: ViewState): ViewSelection {
  return {
    hidden: new Set(view.hiddenActors),
    mode: view.mode,
    facets: facetsOfView(view),
    selectedId: view.selectedEventId ?? null,
  };
}

/** The view state to save: the selection and the window. */
export function viewStateOf(state: Pick<ExplorerState, 'view' | 'window'>): ViewState {
  const { hidden, mode, selectedId, facets } = state.view;
  const w = state.window;
  return {
    hiddenActors: [...hidden],
    mode,
    window: { start: new Date(w.start).toISOString(), end: new Date(w.end).toISOString() },
    ...(selectedId ? { selectedEventId: selectedId } : {}),
    ...viewOfFacets(facets),
  };
}

export function createExplorerStore(
  snapshot: PageSnapshot,
  saved: ViewState,
  window: TimeSpan,
  stories: StoryList = NO_STORIES,
): ExplorerStore {
  return createStore<ExplorerState>({
    snapshot,
    found: null,
    view: selectionOfView(saved),
    window,
    windowRequest: null,
    followRequest: null,
    side: { tab: 'details', readerId: null },
    error: null,
    stories,
    notice: null,
  });
}

const withView =
  (change: (view: ViewSelection) => Partial<ViewSelection>): ExplorerAction =>
  (s) => ({ ...s, view: { ...s.view, ...change(s.view) } });

/** A new snapshot (an edit, an import, undo or redo). */
export const showSnapshot =
  (snapshot: PageSnapshot): ExplorerAction =>
  (s) => ({ ...s, snapshot });

/** The services answered a search. */
export const showFound =
  (found: Found): ExplorerAction =>
  (s) => ({ ...s, found });

export const setHidden = (hidden: ReadonlySet<string>) => withView(() => ({ hidden }));
export const setMode = (mode: FilterMode) => withView(() => ({ mode }));
export const updateFacets = (change: (facets: FacetState) => FacetState) =>
  withView((v) => ({ facets: change(v.facets) }));

/** Takes one active filter (a chip) away. */
export const removeChip = (action: ChipAction) =>
  withView((v) => {
    const next = withoutChip({ hidden: v.hidden, mode: v.mode, facets: v.facets }, action);
    return { hidden: next.hidden, mode: next.mode, facets: next.facets };
  });

/** Every actor shown, any of them, no facet. */
export const clearFilters = withView(() => ({ hidden: new Set(), mode: 'any', facets: NO_FACETS }));

/** Asks the timeline to go to these events (those an import brought) when they are not in view. */
export const followEvents =
  (ids: readonly string[]): ExplorerAction =>
  (s) => ({ ...s, followRequest: { ids, seq: (s.followRequest?.seq ?? 0) + 1 } });

/** Selects an event (null: none); the side pane leaves the list of articles for its details. */
export const selectEvent =
  (id: string | null): ExplorerAction =>
  (s) => ({
    ...s,
    view: { ...s.view, selectedId: id },
    side:
      id && (s.side.tab === 'articles' || s.side.tab === 'checks') ? { ...s.side, tab: 'details' } : s.side,
  });

/** Opens an article in the reader. */
export const openArticle =
  (id: string): ExplorerAction =>
  (s) => ({ ...s, side: { tab: 'reader', readerId: id } });

export const showSideTab =
  (tab: SideTab): ExplorerAction =>
  (s) => ({ ...s, side: { ...s.side, tab } });

/** Closes the side pane's tab: the details drop the selection; the others go back to the details. */
export const closeSideTab: ExplorerAction = (s) => ({
  ...s,
  view: s.side.tab === 'details' ? { ...s.view, selectedId: null } : s.view,
  side: { ...s.side, tab: 'details' },
});

/** The timeline reports its window (after a zoom, a drag or a move). */
export const windowChanged =
  (window: TimeSpan): ExplorerAction =>
  (s) => ({ ...s, window });

/** Restores a saved view (named `name`): its filters, facets and selection, and its window on the timeline. */
export const restoreView =
  (view: ViewState, name?: string): ExplorerAction =>
  (s) => {
    const selection = selectionOfView(view);
    const restored = { ...s, view: selection, appliedView: name ? { name, view: selection } : null };
    if (!view.window) return restored;
    const window = { start: Date.parse(view.window.start), end: Date.parse(view.window.end) };
    return { ...restored, window, windowRequest: { window, seq: (s.windowRequest?.seq ?? 0) + 1 } };
  };

/** Goes to a key date: the timeline shows `window` and its event `eventId` is selected (the pane stays). */
export const goToDay =
  (window: TimeSpan, eventId: string | null): ExplorerAction =>
  (s) => ({
    ...s,
    view: { ...s.view, selectedId: eventId },
    window,
    windowRequest: { window, seq: (s.windowRequest?.seq ?? 0) + 1 },
  });

/** The view as it is now was saved under `name`: that name titles what is shared while its filters stand. */
export const nameView =
  (name: string): ExplorerAction =>
  (s) => ({ ...s, appliedView: { name, view: s.view } });

export const showError =
  (message: string): ExplorerAction =>
  (s) => ({ ...s, error: message });

export const dismissError: ExplorerAction = (s) => ({ ...s, error: null });

/** The stories changed (one created, renamed or deleted; counts updated). */
export const showStories =
  (stories: StoryList): ExplorerAction =>
  (s) => ({ ...s, stories });

export const showNotice =
  (notice: Notice | null): ExplorerAction =>
  (s) => ({ ...s, notice });
