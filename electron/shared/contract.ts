/**
 * The one contract for everything that crosses the process boundary.
 *
 * - `NewslineApi` is what the renderer's code uses: one method per operation. In Electron the
 *   preload exposes `window.newsline` as a `BridgeApi` (the same methods, answering JSON text)
 *   and renderer/src/lib/api.ts decodes it; in the loopback preview a fetch client does the same.
 * - `wire.ts` says how answers travel (JSON text, snapshots packed).
 * - `requestSchemas` validates the arguments of every request on the main side (IPC handlers and
 *   the preview server alike) before a service is called.
 * - `channelOf` names the IPC channel of each request.
 *
 * The renderer imports this module with `import type` only.
 */
import { z } from 'zod';
import type { ActorSummary, ArticleInfo, NewsEvent, Problem } from './model';
import { MAX_ARTICLE_FILE_BYTES, MAX_REQUEST_BYTES, tooLargeMessage } from './limits';
import type { MenuCommand, RequestName as ChannelRequestName } from './channels';
import type { AnswerText } from './wire';
import { curationRequestSchemas, type CurationApi, type CurationSnapshotFields } from './curation';

/** Largest article file accepted for import, in bytes (UTF-8). */
export const MAX_IMPORT_BYTES = MAX_ARTICLE_FILE_BYTES;
/** Most files in one import. */
export const MAX_IMPORT_FILES = 500;

/** Everything the explorer shows, in one answer (edits by hand applied). */
export interface Snapshot extends CurationSnapshotFields {
  articles: ArticleInfo[];
  /** In date order (start, then end, then id; see services/time-order.ts), each id once. */
  events: NewsEvent[];
  actors: ActorSummary[];
  /** Files that could not be read or extracted, with their reason. */
  problems: Problem[];
}

export interface ArticleText {
  article: ArticleInfo;
  /** The article's own text (its slice of the file body). */
  text: string;
}

/** A file the user chose or dropped, as read by the page. */
export interface ImportFile {
  name: string;
  content: string;
  /** File modification time, ms since the epoch. */
  lastModified: number;
  /** Publication date to use when the file gives none (YYYY-MM-DD). */
  published?: string;
}

/** What an import would do with one file, before it is done. */
export interface ImportInspection {
  name: string;
  /** Set when the file cannot be imported at all. */
  error?: string;
  /** Number of articles found in the file. */
  articles: number;
  /** True when the file gives no publication date: the page asks for one. */
  needsDate: boolean;
  /** Date to propose: the file's modification date (YYYY-MM-DD). */
  suggestedDate: string;
}

export interface ImportResult {
  imported: ArticleInfo[];
  failed: Problem[];
  snapshot: Snapshot;
}

export interface ImportProgress {
  /** Files done so far, of `total`. */
  done: number;
  total: number;
  /** Name of the file being extracted. */
  current?: string;
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

export { channelOf, MENU_COMMAND_CHANNEL, menuCommands, type MenuCommand } from './channels';

/** The API the page uses (curation requests: see curation.ts). */
export interface NewslineApi extends CurationApi {
  /** Articles, events and actors of the sample and the user's library. */
  getSnapshot(): Promise<Snapshot>;
  /** One article's text, for quotes and the reader. */
  getArticleText(articleId: string): Promise<ArticleText>;
  /** Checks files before import: which ones fail and which need a publication date. */
  inspectImport(files: ImportFile[]): Promise<ImportInspection[]>;
  /** Copies the files into the library and extracts their events. */
  importArticles(files: ImportFile[]): Promise<ImportResult>;
  /** Progress of the import in flight, or null when none is running. */
  getImportProgress(): Promise<ImportProgress | null>;
  getViewState(): Promise<ViewState>;
  saveViewState(state: ViewState): Promise<void>;
  /** Menu commands from the native menu; returns a function that stops listening. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/**
 * What the preload exposes as `window.newsline`: the same operations, each answering with JSON
 * text that the page decodes with `decodeAnswer` (wire.ts), snapshots packed.
 */
export type BridgeApi = {
  [K in RequestName]: (...args: Parameters<NewslineApi[K]>) => Promise<AnswerText>;
} & Pick<NewslineApi, 'onMenuCommand'>;

/** The operations that are requests (everything but event subscriptions). */
export type RequestName = Exclude<keyof NewslineApi, 'onMenuCommand'>;

// Compile-time check that the channel module names the same requests.
type _SameRequests = [RequestName] extends [ChannelRequestName]
  ? [ChannelRequestName] extends [RequestName]
    ? true
    : never
  : never;
const _sameRequests: _SameRequests = true;
void _sameRequests;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const isoDateTime = z
  .string()
  .max(40)
  .refine((s) => !Number.isNaN(Date.parse(s)), 'an ISO date-time');

const importFile = z.strictObject({
  name: z.string().min(1).max(255),
  content: z.string().max(MAX_IMPORT_BYTES),
  lastModified: z.number().finite().nonnegative(),
  published: isoDate.optional(),
});

/** Files of one import: at most MAX_IMPORT_FILES, MAX_REQUEST_BYTES in all (IPC and preview alike). */
const importBatch = z
  .array(importFile)
  .min(1)
  .max(MAX_IMPORT_FILES)
  .refine(
    (files) => files.reduce((sum, f) => sum + f.content.length, 0) <= MAX_REQUEST_BYTES,
    tooLargeMessage(),
  );

/** A view state: what saveViewState accepts and what view-state.json and views.json hold. */
export const viewStateSchema = z.strictObject({
  hiddenActors: z.array(z.string().max(200)).max(10_000),
  mode: z.enum(['any', 'all']),
  window: z.strictObject({ start: isoDateTime, end: isoDateTime }).optional(),
  selectedEventId: z.string().max(200).optional(),
  search: z.string().max(500).optional(),
  kinds: z.array(z.string().max(8)).max(100).optional(),
  articles: z.array(z.string().max(200)).max(10_000).optional(),
  dateFrom: isoDate.optional(),
  dateTo: isoDate.optional(),
});

/** Argument schemas, one per request, as tuples of the method's parameters. */
export const requestSchemas = {
  getSnapshot: z.tuple([]),
  getArticleText: z.tuple([z.string().min(1).max(200)]),
  inspectImport: z.tuple([importBatch]),
  importArticles: z.tuple([importBatch]),
  getImportProgress: z.tuple([]),
  getViewState: z.tuple([]),
  saveViewState: z.tuple([viewStateSchema]),
  ...curationRequestSchemas(viewStateSchema),
} satisfies { [K in RequestName]: z.ZodType<Parameters<NewslineApi[K]>> };

export const requestNames = Object.keys(requestSchemas) as RequestName[];

/**
 * Checks a request's arguments; throws an Error with a one-line message when they are wrong.
 * Used by the IPC handlers and the preview server, so both accept exactly the same input.
 */
export function parseRequest<K extends RequestName>(name: K, args: unknown): Parameters<NewslineApi[K]> {
  const schema = requestSchemas[name] as unknown as z.ZodType<Parameters<NewslineApi[K]>>;
  const parsed = schema.safeParse(args);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new Error(`Invalid arguments for ${name}${where}: ${issue?.message ?? 'unexpected value'}`);
  }
  return parsed.data;
}

export const isRequestName = (name: unknown): name is RequestName =>
  typeof name === 'string' && (requestNames as string[]).includes(name);
