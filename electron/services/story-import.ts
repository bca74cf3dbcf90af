/**
 * Importing articles into one story: files checked before import (cheaply: no extraction), then
 * copied into the story's folder and extracted on the pool, one batch at a time. Each batch
 * belongs to an import (an id the page gives); cancelling that import stops the batch in flight
 * after the file being saved and refuses its batches still to come, keeping every file finished.
 */
import { join } from 'node:path';
import type {
  ImportFile,
  ImportInspection,
  ImportProgress,
  ImportResult,
  LibraryApi,
  Snapshot,
} from '../shared/contract';
import type { ArticleInfo, Problem } from '../shared/model';
import {
  parseFrontMatter,
  publicationDateOf,
  splitArticles,
  withoutTags,
  type ArticleFileInput,
  type FileExtraction,
} from '../extract/index';
import type { RemovedArticles } from './article-removal';
import { writeFileAtomic } from './atomic-write';
import { withPublished } from './import-front-matter';
import { articleFileOf, cleanFileName, localDateOf, uniqueFileName } from './import-files';
import { mapAhead } from './map-ahead';

/** One loaded file and what was extracted from it. */
export interface LoadedFile {
  input: ArticleFileInput;
  extraction: FileExtraction;
}

/** Files extracted ahead of the one being saved, so every thread of the extraction pool has work. */
export const EXTRACTIONS_AHEAD = 8;

/** How many cancelled imports are remembered (their late batches refused). */
const CANCELLED_KEPT = 64;

/** What the import needs of the story it imports into. */
export interface ImportHost {
  /** The story's folder. */
  dir: string;
  /** The story's files as loaded (imports add to them). */
  files: LoadedFile[];
  /** Resolves once the story's articles are loaded. */
  ready: Promise<unknown>;
  extract(input: ArticleFileInput): Promise<FileExtraction>;
  removed: RemovedArticles;
  /** A name that could not be kept, said with why in the story's problems. */
  renamed(problem: Problem): void;
  /**
   * Merges the events of the files saved so far with the story's (shown at the next snapshot):
   * called after each file, so the merge's work comes in small parts between files, never as one
   * long stretch at a batch's end that would hold up a Cancel (and leave the pool idle).
   */
  mergeAhead(): void;
  /** The story's snapshot after a batch (its events merged again). */
  snapshot(): Snapshot;
  /** The story's snapshot as it is (when a batch changed nothing). */
  current(): Snapshot;
}

export type ImportRequests = Pick<
  LibraryApi,
  'inspectImport' | 'importArticles' | 'getImportProgress' | 'cancelImport'
>;

/** Articles a file holds, counted without extracting it; or why it holds none. */
function articlesIn(content: string): { count: number } | { error: string } {
  const parsed = parseFrontMatter(content);
  if (parsed.error) return { error: parsed.error };
  if (!parsed.body.trim()) return { error: 'No article was found in the file.' };
  return { count: Math.max(1, splitArticles(withoutTags(parsed.body)).length) };
}

type Planned = ReturnType<typeof plan>;

/** What importing a file would write: the library file name and content (with its date). */
function plan(file: ImportFile, taken: ReadonlySet<string>, byContent: ReadonlyMap<string, LoadedFile>) {
  const suggestedDate = localDateOf(file.lastModified);
  // a date in the front matter or a dateline under the headline: nothing to ask
  const needsDate = publicationDateOf(file.content) === undefined;
  const content = needsDate ? withPublished(file.content, file.published ?? suggestedDate) : file.content;
  const existing = byContent.get(content);
  const clean = cleanFileName(file.name);
  const name = existing?.input.file ?? uniqueFileName(clean.name, taken);
  // A name that cannot be kept as it was is said, with why, in the problems the page lists.
  const renamed =
    existing || !clean.why ? undefined : { file: file.name, message: `Imported as “${name}”: ${clean.why}.` };
  return {
    suggestedDate,
    needsDate,
    existing,
    renamed,
    input: { file: name, content, origin: 'library' } as const,
  };
}

/** The import requests of one story. */
export function openStoryImport(host: ImportHost): { requests: ImportRequests; queue(): Promise<unknown> } {
  const { files } = host;
  let progress: ImportProgress | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const cancelled = new Set<string>();
  let running: { importId: string | undefined; abort: AbortController; stopped: Promise<void> } | null = null;

  const takenNames = (): Set<string> => new Set(files.map((f) => f.input.file.toLowerCase()));
  const libraryByContent = (): Map<string, LoadedFile> =>
    new Map(files.filter((f) => f.input.origin === 'library').map((f) => [f.input.content, f]));

  type Item =
    | { file: ImportFile; refusal: string }
    | { file: ImportFile; sameAsBefore: string }
    | { file: ImportFile; planned: Planned };

  const importNow = async (batch: ImportFile[], importId: string | undefined): Promise<ImportResult> => {
    await host.ready;
    const imported: ArticleInfo[] = [];
    const failed: Problem[] = [];
    let alreadyInLibrary = 0;
    if (importId !== undefined && cancelled.has(importId))
      return { imported, failed, alreadyInLibrary, cancelled: true, snapshot: host.current() };
    const abort = new AbortController();
    let stop = (): void => undefined;
    running = { importId, abort, stopped: new Promise<void>((resolve) => (stop = resolve)) };
    const aborted = new Promise<'aborted'>((resolve) =>
      abort.signal.addEventListener('abort', () => resolve('aborted'), { once: true }),
    );
    const taken = takenNames();
    const byContent = libraryByContent();
    progress = { done: 0, total: batch.length };
    // names are given in order (each file takes the next free one); extraction runs ahead on the pool
    const inBatch = new Map<string, string>();
    const items = batch.map((file): Item => {
      // each file judged alone; a web page is kept as the Markdown article of its text
      const judged = articleFileOf(file);
      if ('refusal' in judged) return { file, refusal: judged.refusal };
      const p = plan(judged.file, taken, byContent);
      // the same text twice in one batch is one file: the second is "already in the library"
      if (!p.existing && inBatch.has(p.input.content)) return { file, sameAsBefore: p.input.content };
      inBatch.set(p.input.content, p.input.file);
      taken.add(p.input.file.toLowerCase());
      return { file, planned: p };
    });
    const extractions = mapAhead(items, EXTRACTIONS_AHEAD, async (item) =>
      'planned' in item && !item.planned.existing ? host.extract(item.planned.input) : undefined,
    );
    try {
      for (const item of items) {
        if (abort.signal.aborted) break;
        const { file } = item;
        progress = { ...progress, current: file.name };
        const next = await Promise.race([extractions.next(), aborted]);
        if (next === 'aborted') break;
        if ('refusal' in item) {
          failed.push({ file: file.name, message: item.refusal });
        } else if ('sameAsBefore' in item) {
          alreadyInLibrary++;
          const first = byContent.get(item.sameAsBefore);
          if (first) imported.push(...first.extraction.articles);
        } else if (item.planned.existing) {
          alreadyInLibrary++;
          imported.push(...item.planned.existing.extraction.articles);
        } else {
          const { planned } = item;
          const extraction = next.value as FileExtraction;
          if (extraction.articles.length === 0) {
            const reason = extraction.problems[0]?.message ?? 'No article was found in the file.';
            failed.push({ file: file.name, message: reason });
          } else {
            try {
              await writeFileAtomic(join(host.dir, planned.input.file), planned.input.content);
              const loaded = { input: planned.input, extraction };
              files.push(loaded);
              host.mergeAhead();
              byContent.set(planned.input.content, loaded);
              imported.push(...extraction.articles);
              if (planned.renamed) host.renamed(planned.renamed);
            } catch (error) {
              failed.push({
                file: file.name,
                message: `Could not save it in the library: ${(error as Error).message}`,
              });
            }
          }
        }
        progress = { done: progress.done + 1, total: batch.length };
      }
      stop();
      // the files not reached are left alone (those extracted ahead stay in the cache); not
      // awaited: after a Cancel, the file being extracted need not be waited for
      extractions.return(undefined).catch(() => undefined);
      // an article imported again is no longer one removed
      await host.removed.drop(imported.map((a) => a.id));
      const wasCancelled = abort.signal.aborted;
      return { imported, failed, alreadyInLibrary, cancelled: wasCancelled, snapshot: host.snapshot() };
    } finally {
      stop();
      progress = null;
      running = null;
    }
  };

  const requests: ImportRequests = {
    async inspectImport(batch): Promise<ImportInspection[]> {
      await host.ready;
      return batch.map((file) => {
        const suggestedDate = localDateOf(file.lastModified);
        const judged = articleFileOf(file);
        const none = { name: file.name, articles: 0, needsDate: false, suggestedDate };
        if ('refusal' in judged) return { ...none, error: judged.refusal };
        // counted, not extracted: the import itself extracts (and says when a file gives no event)
        const found = articlesIn(judged.file.content);
        if ('error' in found) return { ...none, error: found.error };
        return {
          name: file.name,
          articles: found.count,
          needsDate: publicationDateOf(judged.file.content) === undefined,
          suggestedDate,
        };
      });
    },

    importArticles(batch, importId) {
      const run = queue.then(() => importNow(batch, importId));
      queue = run.catch(() => undefined);
      return run;
    },

    async getImportProgress() {
      return progress ? { ...progress } : null;
    },

    async cancelImport(importId) {
      cancelled.add(importId);
      if (cancelled.size > CANCELLED_KEPT) cancelled.delete(cancelled.values().next().value as string);
      if (running?.importId !== importId) return;
      // answered once no file is written any more (the snapshot is rebuilt after)
      running.abort.abort();
      await running.stopped;
    },
  };
  return { requests, queue: () => queue };
}
