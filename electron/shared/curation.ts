/**
 * The part of the contract for curating and sharing: edits by hand, undo and redo, saved views,
 * export and import. Types and argument schemas; `contract.ts` adds them to `NewslineApi` and
 * `requestSchemas`. The renderer imports this module with `import type` only.
 */
import { z } from 'zod';
import type { Snapshot, ViewState } from './contract';
import { MAX_REQUEST_BYTES } from './limits';
import { ACTOR_KINDS, type EventActor, type NewsEvent, type Precision } from './model';

/** Fields of an event a person can change by hand (absent fields stay as they are). */
export interface EventPatch {
  title?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD, at `precision`. */
  start?: string;
  /** Last day (YYYY-MM-DD) of a span or an approximate date; null removes it. */
  end?: string | null;
  precision?: Precision;
  actors?: EventActor[];
  /** CAMEO root code ("01" … "20"), or null for none. */
  cameo?: string | null;
}

/** An event added by hand from a sentence of an article. */
export interface NewEventInput {
  articleId: string;
  /** The selected text, exactly as it is in the article (see getArticleText). */
  quote: string;
  /** Offsets of the quote in the article's text as returned by getArticleText. */
  start: number;
  end: number;
  title: string;
  /** The date; without it the article's publication date is used. */
  date?: { start: string; end?: string; precision: Precision };
  actors: EventActor[];
  cameo: string | null;
}

/** An edit whose event is no longer among the extracted events: kept, and listed. */
export interface OrphanedEdit {
  editId: string;
  /** What the edit does, in words ("Title changed to …"). */
  description: string;
  /** The sentence of the event it was made on, to find it again. */
  quote?: string;
  /** When the edit was made (ISO date-time). */
  at: string;
}

/** What can be undone or redone, for the buttons and menu items. */
export interface EditHistory {
  /** What Undo would undo ("Change title"), or null when nothing can be undone. */
  undo: string | null;
  redo: string | null;
  /** Number of edits stored. */
  edits: number;
}

/** A named view: filters, search and visible window. */
export interface SavedView {
  id: string;
  name: string;
  state: ViewState;
  /** ISO date-time of the last save or rename. */
  savedAt: string;
}

export type ExportFormat = 'json' | 'csv' | 'timelinejs';

/** A file made for the user to save. */
export interface ExportedFile {
  fileName: string;
  mimeType: string;
  /** The text of the file, or its bytes in base64 when `base64` is true. */
  content: string;
  base64?: boolean;
}

/** The curation requests of the contract. */
export interface CurationApi {
  /** Changes fields of an event by hand; returns the new snapshot. */
  editEvent(eventId: string, patch: EventPatch): Promise<CurationSnapshot>;
  /** Hides an event (true) or shows it again (false). */
  hideEvent(eventId: string, hidden: boolean): Promise<CurationSnapshot>;
  /** Removes every edit of an event: it is the machine's again (an added event is removed). */
  revertEvent(eventId: string): Promise<CurationSnapshot>;
  /** Adds an event from a sentence of an article. */
  addEvent(input: NewEventInput): Promise<CurationSnapshot>;
  /** Merges events into the first one (sources and actors joined). */
  mergeEvents(eventIds: string[]): Promise<CurationSnapshot>;
  /** Moves the sources at these indexes (of event.sources) into an event of their own. */
  splitEvent(eventId: string, sourceIndexes: number[]): Promise<CurationSnapshot>;
  undo(): Promise<CurationSnapshot>;
  redo(): Promise<CurationSnapshot>;
  listViews(): Promise<SavedView[]>;
  saveView(name: string, state: ViewState): Promise<SavedView[]>;
  renameView(id: string, name: string): Promise<SavedView[]>;
  deleteView(id: string): Promise<SavedView[]>;
  /** The events with these ids (edits applied) as a file of the format. */
  exportEvents(format: ExportFormat, eventIds: string[]): Promise<ExportedFile>;
  /** Restores the events and edits of a JSON file exported before. */
  importEvents(json: string): Promise<CurationSnapshot>;
  /** The window's page as PNG (desktop app only). */
  capturePng(): Promise<ExportedFile>;
  /** The page as a PDF document (desktop app only). */
  printPdf(): Promise<ExportedFile>;
}

/** Snapshot fields added by curation (see Snapshot in contract.ts). */
export interface CurationSnapshotFields {
  /** Events hidden by hand (not in `events`), to show them again. */
  hiddenEvents?: NewsEvent[];
  /** Edits whose event no longer exists. */
  orphanedEdits?: OrphanedEdit[];
  history?: EditHistory;
}

/** The snapshot type returned by curation requests (the contract's Snapshot). */
export type CurationSnapshot = Snapshot;

export const MAX_TITLE = 500;
/** A name as a person types it (actor, saved view): trimmed, not empty. */
export const nameSchema = z.string().trim().min(1).max(200);
const name = nameSchema;
const id = z.string().min(1).max(200);
const precision = z.enum(['day', 'month', 'year', 'approximate']);
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD');
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const cameo = z
  .string()
  .regex(/^(0[1-9]|1\d|20)$/, 'a CAMEO root code 01 … 20')
  .nullable();

export const eventActorSchema = z.strictObject({
  name,
  kind: z.enum(ACTOR_KINDS),
  role: z.enum(['source', 'target']),
});

export const eventPatchSchema = z
  .strictObject({
    title: z.string().trim().min(1).max(MAX_TITLE).optional(),
    start: partialDate.optional(),
    end: day.nullable().optional(),
    precision: precision.optional(),
    actors: z.array(eventActorSchema).min(1).max(50).optional(),
    cameo: cameo.optional(),
  })
  .refine((p) => Object.keys(p).length > 0, 'at least one field to change');

export const newEventSchema = z.strictObject({
  articleId: id,
  quote: z.string().min(1).max(5000),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  title: z.string().trim().min(1).max(MAX_TITLE),
  date: z.strictObject({ start: partialDate, end: day.optional(), precision }).optional(),
  actors: z.array(eventActorSchema).min(1).max(50),
  cameo,
});

/** Argument schemas of the curation requests (merged into `requestSchemas`). */
export const curationRequestSchemas = (viewState: z.ZodType<ViewState>) => ({
  editEvent: z.tuple([id, eventPatchSchema]),
  hideEvent: z.tuple([id, z.boolean()]),
  revertEvent: z.tuple([id]),
  addEvent: z.tuple([newEventSchema]),
  mergeEvents: z.tuple([z.array(id).min(2).max(100)]),
  splitEvent: z.tuple([id, z.array(z.number().int().nonnegative()).min(1).max(1000)]),
  undo: z.tuple([]),
  redo: z.tuple([]),
  listViews: z.tuple([]),
  saveView: z.tuple([name, viewState]),
  renameView: z.tuple([id, name]),
  deleteView: z.tuple([id]),
  exportEvents: z.tuple([z.enum(['json', 'csv', 'timelinejs']), z.array(id).max(1_000_000)]),
  importEvents: z.tuple([z.string().min(2).max(MAX_REQUEST_BYTES)]),
  capturePng: z.tuple([]),
  printPdf: z.tuple([]),
});
