/**
 * The one contract for everything that crosses the process boundary: the types of every request,
 * its arguments and its answer, and the one list of request names. Free of run-time imports
 * (ESLint keeps it so): the page and the sandboxed preload load it at run time for the names.
 *
 * - `NewslineApi` is what the renderer's code uses: one method per operation. In Electron the
 *   preload exposes `window.newsline` as a `BridgeApi` (the same methods, answering JSON text)
 *   and renderer/src/lib/api.ts decodes it; in the loopback preview a fetch client does the same.
 * - The requests come in three parts: the library (`LibraryApi`), curation (`CurationApi`), both
 *   answered by the plain-Node services (`NewslineService`), and the window (`WindowApi`: PNG and
 *   PDF), answered by the desktop app's main process.
 * - `REQUESTS` lists every request once, with how its answer travels (wire.ts); `schemas.ts`
 *   validates the arguments of each.
 */
import type { ActorSummary, ArticleInfo, EditMark, EventSource, NewsEvent, Problem } from './model';
import type { ActorBook, ActorChange } from './actor-changes';
import type {
  EditHistory,
  EventPatch,
  ExportedFile,
  ExportFormat,
  ExportOptions,
  ImportFile,
  ImportInspection,
  ImportProgress,
  NewEventInput,
  OrphanedEdit,
  StoryList,
} from './request-data';

export type * from './request-data';

/** Everything the explorer shows, in one answer (edits by hand applied). */
export interface Snapshot {
  articles: ArticleInfo[];
  /** In date order (start, then end, then id; see services/time-order.ts), each id once. */
  events: NewsEvent[];
  actors: ActorSummary[];
  /** Files that could not be read or extracted, with their reason. */
  problems: Problem[];
  /** Events hidden by hand (not in `events`), to show them again. */
  hiddenEvents?: NewsEvent[];
  /** Edits whose event no longer exists. */
  orphanedEdits?: OrphanedEdit[];
  history?: EditHistory;
  /** Actors as edited by hand: those hidden, the names counted as each, merges to suggest. */
  actorBook?: ActorBook;
}

/** Where an event is reported: the article and the offsets of the quote, without the quote. */
export type SourceRef = Omit<EventSource, 'quote'>;

/**
 * An event as the page holds it: what the timeline, the filters and the lists draw. Its quotes,
 * its date as written and the machine's version of an edit come on demand (`getEvents`).
 */
export interface PageEvent extends Pick<
  NewsEvent,
  'id' | 'title' | 'start' | 'end' | 'precision' | 'basis' | 'approximation' | 'actors' | 'cameo' | 'modality'
> {
  sources: readonly SourceRef[];
  edited?: Omit<EditMark, 'machine'>;
  /** How important the event is (0..1, higher: more), where the services score it. */
  salience?: number;
}

/** A snapshot as the page receives it: slim events, and a revision that changes build on. */
export interface PageSnapshot extends Omit<Snapshot, 'events' | 'hiddenEvents'> {
  /** Set by the services on every snapshot they send (a snapshot made elsewhere takes no change). */
  revision?: number;
  events: PageEvent[];
  hiddenEvents?: PageEvent[];
}

/**
 * What an edit changed from revision `base` to `revision`: events added or changed, ids of events
 * gone, the articles when they changed, and the rest of the snapshot (small) as it is now.
 */
export interface SnapshotChange extends Omit<PageSnapshot, 'events' | 'articles' | 'revision'> {
  base: number;
  revision: number;
  changed: PageEvent[];
  removed: string[];
  articles?: ArticleInfo[];
}

/** The events a search matches (every word of the query in the title, a quote or an actor). */
export interface EventSearch {
  query: string;
  /** The query's words and phrases as searched (folded): the page marks them. */
  terms: string[];
  /** Ids of the matching events, in the snapshot's order. */
  ids: string[];
}

export interface ArticleText {
  article: ArticleInfo;
  /** The article's own text (its slice of the file body). */
  text: string;
}

export interface ImportResult {
  /** Articles of the files imported (those of files already in the library too). */
  imported: ArticleInfo[];
  failed: Problem[];
  /** Files identical to one already in the library (or given earlier in the import): not copied again. */
  alreadyInLibrary: number;
  /** True when the import was cancelled during or before this batch (what was finished stays). */
  cancelled: boolean;
  snapshot: Snapshot;
}

export type FilterMode = 'any' | 'all';

/** What the explorer restores at start. */
export interface ViewState {
  /** Actors switched off; every other actor is shown. Absent actors (new ones) are shown. */
  hiddenActors: string[];
  mode: FilterMode;
  /** Visible window, ISO date-times. */
  window?: { start: string; end: string };
  selectedEventId?: string;
  /** Search as typed (events whose title, quotes or actors contain every word). */
  search?: string;
  /** Kinds of event shown: CAMEO root codes ("03") or "none"; absent or empty: every kind. */
  kinds?: string[];
  /** Articles whose events are shown; absent or empty: every article. */
  articles?: string[];
  /** Date range of the events shown, first and last day (YYYY-MM-DD). */
  dateFrom?: string;
  dateTo?: string;
}

export const DEFAULT_VIEW_STATE: ViewState = { hiddenActors: [], mode: 'any' };

/** A named view: filters, search and visible window. */
export interface SavedView {
  id: string;
  name: string;
  state: ViewState;
  /** ISO date-time of the last save or rename. */
  savedAt: string;
}

/** Stories: separate libraries, one open at a time; the requests below act on the one open. */
export interface StoriesApi {
  listStories(): Promise<StoryList>;
  createStory(name: string): Promise<StoryList>;
  renameStory(id: string, name: string): Promise<StoryList>;
  /** Deletes a story and its folder (articles, edits, views); another opens if it was open. */
  deleteStory(id: string): Promise<StoryList>;
  /** Opens a story (remembered across restarts) and answers its snapshot. */
  switchStory(id: string): Promise<Snapshot>;
  /** Removes articles from the open story (their files moved aside in it); Undo brings them back. */
  removeArticles(articleIds: string[]): Promise<Snapshot>;
}

/** The library: articles, their events, imports and the view restored at start. */
export interface LibraryApi {
  /** Articles, events and actors of the sample and the user's library. */
  getSnapshot(): Promise<Snapshot>;
  /** One article's text, for quotes and the reader. */
  getArticleText(articleId: string): Promise<ArticleText>;
  /** The events with these ids, whole (quotes, date as written, machine version); unknown ids left out. */
  getEvents(ids: string[]): Promise<NewsEvent[]>;
  /** The events matching a search, found in the library's index. */
  searchEvents(query: string): Promise<EventSearch>;
  /** Checks files before import: which ones fail and which need a publication date. */
  inspectImport(files: ImportFile[]): Promise<ImportInspection[]>;
  /**
   * Copies the files into the library and extracts their events: one batch of an import, which
   * the page names by `importId` (any string it chose) so that cancelImport can stop it.
   */
  importArticles(files: ImportFile[], importId?: string): Promise<ImportResult>;
  /** Progress of the batch in flight, or null when none is running. */
  getImportProgress(): Promise<ImportProgress | null>;
  /**
   * Cancels import `importId`: its batch in flight stops after the file being saved, and its
   * batches still to come import nothing. Files finished stay in the library. Answers once the
   * import has stopped writing (the batch's own answer, with its snapshot, follows).
   */
  cancelImport(importId: string): Promise<void>;
  getViewState(): Promise<ViewState>;
  saveViewState(state: ViewState): Promise<void>;
}

/** Curating and sharing: edits by hand, undo and redo, saved views, export and import. */
export interface CurationApi {
  /** Changes fields of an event by hand; returns the new snapshot. */
  editEvent(eventId: string, patch: EventPatch): Promise<Snapshot>;
  /** Hides an event (true) or shows it again (false). */
  hideEvent(eventId: string, hidden: boolean): Promise<Snapshot>;
  /** Removes every edit of an event: it is the machine's again (an added event is removed). */
  revertEvent(eventId: string): Promise<Snapshot>;
  /** Adds an event from a sentence of an article. */
  addEvent(input: NewEventInput): Promise<Snapshot>;
  /** Merges events into the first one (sources and actors joined). */
  mergeEvents(eventIds: string[]): Promise<Snapshot>;
  /** Moves the sources at these indexes (of event.sources) into an event of their own. */
  splitEvent(eventId: string, sourceIndexes: number[]): Promise<Snapshot>;
  /** Merges, renames, splits, hides or changes the kind of an actor for the whole library. */
  editActors(change: ActorChange): Promise<Snapshot>;
  undo(): Promise<Snapshot>;
  redo(): Promise<Snapshot>;
  listViews(): Promise<SavedView[]>;
  saveView(name: string, state: ViewState): Promise<SavedView[]>;
  renameView(id: string, name: string): Promise<SavedView[]>;
  deleteView(id: string): Promise<SavedView[]>;
  /** The events with these ids (edits applied) as a file of the format, titled by `options`. */
  exportEvents(format: ExportFormat, eventIds: string[], options?: ExportOptions): Promise<ExportedFile>;
  /** Restores the events and edits of a JSON file exported before. */
  importEvents(json: string): Promise<Snapshot>;
}

/** The requests the plain-Node services answer (in the app and in the preview alike). */
export interface NewslineService extends LibraryApi, CurationApi, StoriesApi {}

/** Requests that need the app's window; the preview refuses them (its page does without). */
export interface WindowApi {
  /** The window's page as PNG. */
  capturePng(): Promise<ExportedFile>;
  /** The page as a PDF document; null when the browser's own Print dialog took it (the preview). */
  printPdf(): Promise<ExportedFile | null>;
  /**
   * Asks for a folder with the system's dialog and answers its article files (subfolders
   * included) read as text, those that cannot be read listed with why; null when the person
   * cancelled, or in the preview, where the page's own folder chooser does it.
   */
  chooseImportFolder(): Promise<ChosenFolder | null>;
}

/** The article files of a folder chosen in the desktop app. */
export interface ChosenFolder {
  files: ImportFile[];
  /** Files of the folder that could not be read (not text, too large), with why. */
  refused: Problem[];
}

/** Every request of the contract. */
export interface Requests extends NewslineService, WindowApi {}

export type RequestName = keyof Requests;

/** Commands the native menu sends to the page (see renderer/src/commands.ts). */
export type MenuCommand =
  | 'open-articles'
  | 'import-folder'
  | 'zoom-in'
  | 'zoom-out'
  | 'fit-all'
  | 'undo'
  | 'redo'
  | 'export'
  | 'check-dates'
  | 'key-dates'
  | 'focus-timeline';

export const MENU_COMMANDS: readonly MenuCommand[] = [
  'open-articles',
  'import-folder',
  'zoom-in',
  'zoom-out',
  'fit-all',
  'undo',
  'redo',
  'export',
  'check-dates',
  'key-dates',
  'focus-timeline',
];

/** Requests that change the events: the page receives what changed (a `SnapshotChange`). */
export type ChangeRequest =
  | 'editEvent'
  | 'hideEvent'
  | 'revertEvent'
  | 'addEvent'
  | 'mergeEvents'
  | 'splitEvent'
  | 'editActors'
  | 'undo'
  | 'redo';

/** An import's answer as the page receives it: its snapshot slim. */
export type PageImportResult = Omit<ImportResult, 'snapshot'> & { snapshot: PageSnapshot };

/** What the page receives for a request: snapshots slim (wire.ts), edits as changes. */
export type PageAnswer<K extends RequestName> =
  AnswerKind<K> extends 'change'
    ? SnapshotChange
    : AnswerKind<K> extends 'snapshot'
      ? PageSnapshot
      : AnswerKind<K> extends 'import'
        ? PageImportResult
        : Awaited<ReturnType<Requests[K]>>;

/** Every request as the page makes it. */
export type PageRequests = {
  [K in RequestName]: (...args: Parameters<Requests[K]>) => Promise<PageAnswer<K>>;
};

/** The API the page uses: every request, and the menu's commands. */
export interface NewslineApi extends PageRequests {
  /** True where the page chooses folders itself (the browser's folder chooser: the preview). */
  readonly pageChoosesFolders?: boolean;
  /** Menu commands from the native menu; returns a function that stops listening. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** JSON text of an answer, as sent over IPC and in the preview's `result` field (see wire.ts). */
export type AnswerText = string;

/**
 * What the preload exposes as `window.newsline`: the same operations, each answering with JSON
 * text that the page decodes with `decodeAnswer` (wire.ts), snapshots packed.
 */
export type BridgeApi = {
  [K in RequestName]: (...args: Parameters<Requests[K]>) => Promise<AnswerText>;
} & Pick<NewslineApi, 'onMenuCommand'>;

/** What an answer holds, for wire.ts: a change, a snapshot, an import result (with a snapshot) or other JSON. */
export type AnswerKind<K extends RequestName> = K extends ChangeRequest
  ? 'change'
  : Awaited<ReturnType<Requests[K]>> extends Snapshot
    ? 'snapshot'
    : Awaited<ReturnType<Requests[K]>> extends ImportResult
      ? 'import'
      : 'json';

/**
 * Every request, once, with the kind of its answer. The type makes it complete: a request added
 * to the interfaces above without a line here (or with the wrong kind) fails to compile.
 */
export const REQUESTS: { readonly [K in RequestName]: AnswerKind<K> } = {
  getSnapshot: 'snapshot',
  getArticleText: 'json',
  getEvents: 'json',
  searchEvents: 'json',
  inspectImport: 'json',
  importArticles: 'import',
  getImportProgress: 'json',
  cancelImport: 'json',
  getViewState: 'json',
  saveViewState: 'json',
  editEvent: 'change',
  hideEvent: 'change',
  revertEvent: 'change',
  addEvent: 'change',
  mergeEvents: 'change',
  splitEvent: 'change',
  editActors: 'change',
  undo: 'change',
  redo: 'change',
  listViews: 'json',
  saveView: 'json',
  renameView: 'json',
  deleteView: 'json',
  exportEvents: 'json',
  importEvents: 'snapshot',
  listStories: 'json',
  createStory: 'json',
  renameStory: 'json',
  deleteStory: 'json',
  switchStory: 'snapshot',
  removeArticles: 'snapshot',
  capturePng: 'json',
  printPdf: 'json',
  chooseImportFolder: 'json',
};

/** The request names, in the order of `REQUESTS`. */
export const REQUEST_NAMES = Object.keys(REQUESTS) as RequestName[];

export const isRequestName = (name: unknown): name is RequestName =>
  typeof name === 'string' && Object.hasOwn(REQUESTS, name);

/** IPC channel of a request. */
export const channelOf = (name: RequestName): string => `newsline:${name}`;

/** IPC channel on which the main process sends menu commands. */
export const MENU_COMMAND_CHANNEL = 'newsline:menu-command';
