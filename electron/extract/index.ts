/**
 * Event extraction: from article files to dated, attributed events. Plain Node, no Electron.
 * (Stub: being written.)
 */
import type { ArticleInfo, NewsEvent, Problem } from '../shared/model';

/** Bumped whenever extraction output may change, so cached results are redone. */
export const EXTRACTOR_VERSION = '0';

export interface ArticleFileInput {
  /** File name shown to the user (not a path). */
  file: string;
  /** Whole file content, front matter included. */
  content: string;
  /** Publication date to use when the file gives none (YYYY-MM-DD). */
  published?: string;
  origin: ArticleInfo['origin'];
}

export interface FileExtraction {
  articles: ArticleInfo[];
  /** Events of this file, merged within it. */
  events: NewsEvent[];
  /** One line per thing that went wrong; an unusable file has no articles and one problem. */
  problems: Problem[];
}

/** Extracts one file: splits it into articles, finds their events and merges repeats. */
export function extractFile(_input: ArticleFileInput): FileExtraction {
  return { articles: [], events: [], problems: [] };
}

/** Merges the events of several files: the same real-world event becomes one event with several sources. */
export function mergeEvents(events: NewsEvent[]): NewsEvent[] {
  return events;
}
