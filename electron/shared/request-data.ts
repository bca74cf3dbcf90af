/**
 * The data of the requests (files to import, edits, exports, stories): plain types that the
 * contract (contract.ts) uses and re-exports.
 */
import type { EventActor, Precision, Problem } from './model';

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

export interface ImportProgress {
  /** Files done so far, of `total`. */
  done: number;
  total: number;
  /** Name of the file being extracted. */
  current?: string;
}

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

/** Events (JSON, CSV, TimelineJS), or the key dates they make (CSV, Markdown: shared/key-dates.ts). */
export type ExportFormat = 'json' | 'csv' | 'timelinejs' | 'key-dates-csv' | 'key-dates-md';

/** How an export names what it shows (the TimelineJS story's title slide). */
export interface ExportOptions {
  /** The view's title (see renderer/src/lib/share-title.ts). */
  title?: string;
  /** A line under it: the filters in words. */
  subtitle?: string;
}

/** A file made for the user to save. */
export interface ExportedFile {
  fileName: string;
  mimeType: string;
  /** The text of the file, or its bytes in base64 when `base64` is true. */
  content: string;
  base64?: boolean;
}

/** A story: a library of its own (articles, edits, saved views, view state). */
export interface StoryInfo {
  id: string;
  name: string;
  /** The bundled sample's story. */
  sample: boolean;
  /** Articles and events it holds (events: as of when it was last opened; absent when not known). */
  articles: number;
  events?: number;
}

/** The stories of the user-data folder, the one open, and folders that could not be used. */
export interface StoryList {
  current: string;
  stories: StoryInfo[];
  /** Story folders that could not be read (kept as they are), with why. */
  problems: Problem[];
}
