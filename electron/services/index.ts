/**
 * Newsline's services: the library of articles, their extracted events (cached on disk), imports
 * and the saved view state. Plain Node; the Electron main process and the preview server both
 * answer the contract by calling these functions.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type {
  ImportFile,
  ImportInspection,
  ImportProgress,
  ImportResult,
  NewslineService,
  Snapshot,
  ViewState,
} from '../shared/contract';
import type { ArticleInfo, NewsEvent, Problem } from '../shared/model';
import {
  EXTRACTOR_VERSION,
  mergeEvents,
  publicationDateOf,
  type ArticleFileInput,
  type FileExtraction,
  withoutTags,
} from '../extract/index';
import { removeStaleTemporaries, writeFileAtomic } from './atomic-write';
import { openCuration } from './curation';
import { openExtractionCache } from './extraction-cache';
import { extractInThisThread, type ExtractionRunner } from './extraction-runner';
import { mapAhead } from './map-ahead';
import { bodyOf, withPublished } from './import-front-matter';
import { articleFileOf, cleanFileName, localDateOf, uniqueFileName } from './import-files';
import { readArticleFolder } from './library';
import { acquireLibraryLock } from './library-lock';
import { openViewState } from './view-state';

export interface NewslineServiceOptions {
  /** Folder of the bundled sample articles (assets/articles). */
  sampleDir: string;
  /** The app's user-data folder: library/, cache/ and view-state.json live there. */
  userDataDir: string;
  /** How files are extracted; by default in this thread, one file per event-loop turn. */
  runExtraction?: ExtractionRunner;
  /** What opens the library, for the message a second opener gets ("the desktop app"). */
  holder?: string;
}

/** One loaded file and what was extracted from it. */
interface LoadedFile {
  input: ArticleFileInput;
  extraction: FileExtraction;
}

/** Files extracted ahead of the one being saved, so every thread of the extraction pool has work. */
const EXTRACTIONS_AHEAD = 8;

/** Where the services keep the user's data inside the user-data folder. */
export const userDataPaths = (userDataDir: string) => ({
  library: join(userDataDir, 'library'),
  cache: join(userDataDir, 'cache'),
  viewState: join(userDataDir, 'view-state.json'),
});

/**
 * Creates the services for one user-data folder. Loading the sample and the library starts at
 * once; requests that need it wait for it.
 */
export async function createNewslineService(options: NewslineServiceOptions): Promise<NewslineService> {
  const paths = userDataPaths(options.userDataDir);
  await mkdir(options.userDataDir, { recursive: true });
  // One writer per library: a second process on the same folder is refused before it reads.
  await acquireLibraryLock(options.userDataDir, options.holder ?? 'Newsline');
  await mkdir(paths.library, { recursive: true });
  // Half-written imports of a killed app (the lock says no one else is writing now).
  await removeStaleTemporaries(paths.library);
  const cache = await openExtractionCache(paths.cache, EXTRACTOR_VERSION);
  const runExtraction = options.runExtraction ?? extractInThisThread;

  const files: LoadedFile[] = [];
  const readProblems: Problem[] = [];
  /** The extracted events (merged), before the edits by hand. */
  let machineEvents: NewsEvent[] = [];
  /** Articles and problems as of the last extraction (an import in flight shows at its end). */
  let machineArticles: ArticleInfo[] = [];
  let machineProblems: Problem[] = [];
  // The view state is read once, here: reading it again while a save is being written would
  // remove that save's temporary file (see readJsonDurable). Afterwards it lives in memory.
  const viewStateFile = await openViewState(paths.viewState);
  let viewState: ViewState = viewStateFile.state;
  readProblems.push(...viewStateFile.problems);
  let progress: ImportProgress | null = null;
  let importQueue: Promise<unknown> = Promise.resolve();
  let viewStateWrites: Promise<unknown> = Promise.resolve();

  const extract = async (input: ArticleFileInput): Promise<{ key: string; extraction: FileExtraction }> => {
    const key = cache.keyOf(input);
    const cached = await cache.get(key);
    if (cached) return { key, extraction: cached };
    const extraction = await runExtraction(input);
    await cache.put(key, extraction);
    return { key, extraction };
  };

  const mergeMachineEvents = (): void => {
    machineEvents = mergeEvents(files.flatMap((f) => f.extraction.events));
    machineArticles = files.flatMap((f) => f.extraction.articles);
    machineProblems = [...readProblems, ...files.flatMap((f) => f.extraction.problems)];
  };
  // Called once the service exists (after the initial load), when `curation` is open.
  const rebuildSnapshot = (): Snapshot => {
    mergeMachineEvents();
    return curation.snapshot();
  };

  const initialLoad = (async () => {
    const keep = new Set<string>();
    for (const [dir, origin] of [
      [options.sampleDir, 'sample'],
      [paths.library, 'library'],
    ] as const) {
      const folder = await readArticleFolder(dir, origin);
      readProblems.push(...folder.unreadable);
      const inputs: ArticleFileInput[] = folder.files.map((f) => ({
        file: f.file,
        content: f.content,
        origin,
      }));
      let i = 0;
      for await (const { key, extraction } of mapAhead(inputs, EXTRACTIONS_AHEAD, extract)) {
        keep.add(key);
        files.push({ input: inputs[i++] as ArticleFileInput, extraction });
      }
    }
    await cache.prune(keep);
    mergeMachineEvents();
  })();
  // Surface a failed load on the first request rather than as an unhandled rejection.
  initialLoad.catch(() => undefined);

  const articleText = async (articleId: string) => {
    await initialLoad;
    for (const file of files) {
      const article = file.extraction.articles.find((a) => a.id === articleId);
      // (HTML tags blanked as the extractor reads them, so quotes and highlights line up)
      if (article)
        return { article, text: withoutTags(bodyOf(file.input.content)).slice(article.start, article.end) };
    }
    throw new Error(`No article with id ${articleId}.`);
  };
  // Edits by hand, undo, saved views, export: a layer over the extracted events.
  const curation = await openCuration(paths.library, {
    ready: initialLoad,
    machineEvents: () => machineEvents,
    articles: () => machineArticles,
    problems: () => machineProblems,
    articleText,
  });

  const takenNames = (): Set<string> => new Set(files.map((f) => f.input.file.toLowerCase()));

  /** What importing `file` would write: the library file name and content (with its date). */
  const plan = (file: ImportFile, taken: ReadonlySet<string>) => {
    const suggestedDate = localDateOf(file.lastModified);
    // a date in the front matter or a dateline under the headline: nothing to ask
    const needsDate = publicationDateOf(file.content) === undefined;
    const content = needsDate ? withPublished(file.content, file.published ?? suggestedDate) : file.content;
    const existing = files.find((f) => f.input.origin === 'library' && f.input.content === content);
    const clean = cleanFileName(file.name);
    const name = existing?.input.file ?? uniqueFileName(clean.name, taken);
    // A name that cannot be kept as it was is said, with why, in the problems the page lists.
    const renamed =
      existing || !clean.why
        ? undefined
        : { file: file.name, message: `Imported as “${name}”: ${clean.why}.` };
    return {
      suggestedDate,
      needsDate,
      existing,
      renamed,
      input: { file: name, content, origin: 'library' } as const,
    };
  };

  type PlannedImport =
    | { file: ImportFile; refusal: string }
    | { file: ImportFile; sameAsBefore: string }
    | { file: ImportFile; planned: ReturnType<typeof plan> };

  const importNow = async (batch: ImportFile[]): Promise<ImportResult> => {
    await initialLoad;
    const imported: ArticleInfo[] = [];
    const failed: Problem[] = [];
    const taken = takenNames();
    progress = { done: 0, total: batch.length };
    // names are given in order (each file takes the next free one); extraction runs ahead on the pool
    const inBatch = new Set<string>();
    const planned = batch.map((file): PlannedImport => {
      // each file judged alone; a web page is kept as the Markdown article of its text
      const judged = articleFileOf(file);
      if ('refusal' in judged) return { file, refusal: judged.refusal };
      const p = plan(judged.file, taken);
      // the same text twice in one batch is one file: the second is "already in the library"
      if (!p.existing && inBatch.has(p.input.content)) return { file, sameAsBefore: p.input.content };
      inBatch.add(p.input.content);
      taken.add(p.input.file.toLowerCase());
      return { file, planned: p };
    });
    const extractions = mapAhead(planned, EXTRACTIONS_AHEAD, async (item) =>
      'planned' in item && !item.planned.existing
        ? (await extract(item.planned.input)).extraction
        : undefined,
    );
    try {
      for (const item of planned) {
        const { file } = item;
        progress = { ...progress, current: file.name };
        const next = await extractions.next();
        if ('refusal' in item) {
          failed.push({ file: file.name, message: item.refusal });
        } else if ('sameAsBefore' in item) {
          const first = files.find(
            (f) => f.input.origin === 'library' && f.input.content === item.sameAsBefore,
          );
          if (first) imported.push(...first.extraction.articles);
        } else {
          const planned = item.planned;
          if (planned.existing) {
            imported.push(...planned.existing.extraction.articles); // already in the library
          } else {
            const extraction = next.value as FileExtraction;
            if (extraction.articles.length === 0) {
              const reason = extraction.problems[0]?.message ?? 'No article was found in the file.';
              failed.push({ file: file.name, message: reason });
            } else {
              try {
                await writeFileAtomic(join(paths.library, planned.input.file), planned.input.content);
                files.push({ input: planned.input, extraction });
                imported.push(...extraction.articles);
                if (planned.renamed) readProblems.push(planned.renamed);
              } catch (error) {
                failed.push({
                  file: file.name,
                  message: `Could not save it in the library: ${(error as Error).message}`,
                });
              }
            }
          }
        }
        progress = { done: progress.done + 1, total: batch.length };
      }
      return { imported, failed, snapshot: rebuildSnapshot() };
    } finally {
      progress = null;
    }
  };

  return {
    async getSnapshot() {
      await initialLoad;
      return curation.snapshot();
    },

    getArticleText: articleText,

    async inspectImport(batch): Promise<ImportInspection[]> {
      await initialLoad;
      const taken = takenNames();
      const inspections: ImportInspection[] = [];
      for (const file of batch) {
        const suggestedDate = localDateOf(file.lastModified);
        const judged = articleFileOf(file);
        if ('refusal' in judged) {
          inspections.push({
            name: file.name,
            error: judged.refusal,
            articles: 0,
            needsDate: false,
            suggestedDate,
          });
          continue;
        }
        const planned = plan(judged.file, taken);
        const extraction = planned.existing?.extraction ?? (await extract(planned.input)).extraction;
        const count = extraction.articles.length;
        inspections.push({
          name: file.name,
          ...(count === 0
            ? { error: extraction.problems[0]?.message ?? 'No article was found in the file.' }
            : {}),
          articles: count,
          needsDate: planned.needsDate,
          suggestedDate,
        });
      }
      return inspections;
    },

    importArticles(batch) {
      const run = importQueue.then(() => importNow(batch));
      importQueue = run.catch(() => undefined);
      return run;
    },

    async getImportProgress() {
      return progress ? { ...progress } : null;
    },

    async getViewState(): Promise<ViewState> {
      return structuredClone(viewState);
    },

    saveViewState(state) {
      const saved = structuredClone(state);
      // One write at a time, in call order, so the last state saved is the one kept; the state
      // answered is the one on disk.
      const write = viewStateWrites.then(async () => {
        viewState = await viewStateFile.store(saved);
      });
      viewStateWrites = write.catch(() => undefined);
      return write;
    },

    ...curation.requests,
  };
}
