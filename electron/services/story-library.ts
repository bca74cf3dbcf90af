/**
 * One story's library, opened: its articles (the bundled sample's too, for the sample's story),
 * their extracted events (through the shared extraction cache), imports, edits by hand, saved
 * views, the view state restored at start, and articles removed with undo. Every file lives in
 * the story's folder; services/index.ts chooses the folder (see stories.ts).
 */
import { join } from 'node:path';
import type { NewslineService, Snapshot, StoriesApi, ViewState } from '../shared/contract';
import type { ArticleInfo, NewsEvent, Problem } from '../shared/model';
import { createEventMerger, type ArticleFileInput, type FileExtraction, withoutTags } from '../extract/index';
import { openRemovedArticles, removalOf, withoutArticles } from './article-removal';
import { removeStaleTemporaries } from './atomic-write';
import { openCuration } from './curation';
import { createEventFinder } from './event-search';
import type { ExtractionCache } from './extraction-cache';
import type { ExtractionRunner } from './extraction-runner';
import { mapAhead } from './map-ahead';
import { bodyOf } from './import-front-matter';
import { readArticleFolder } from './library';
import { EXTRACTIONS_AHEAD, openStoryImport, type LoadedFile } from './story-import';
import { openViewState } from './view-state';

/** The name of a story's view state file, in its folder. */
export const VIEW_STATE_FILE = 'view-state.json';

export interface StoryLibraryOptions {
  /** The story's folder: its articles, edits.json, views.json, view-state.json, removed/. */
  dir: string;
  /** The bundled sample's folder, read as well for the sample's story. */
  sampleDir?: string;
  cache: ExtractionCache;
  runExtraction: ExtractionRunner;
}

/** The requests one story answers. */
export type StoryRequests = Omit<NewslineService, Exclude<keyof StoriesApi, 'removeArticles'>>;

/** A story's library, open. */
export interface StoryLibrary {
  requests: StoryRequests;
  /** Articles and events now (once loaded). */
  counts(): Promise<{ articles: number; events: number }>;
  /** Waits for the imports and view saves in flight. */
  settle(): Promise<void>;
  /** The extraction cache keys of the files read at start (once read). */
  cacheKeys(): Promise<ReadonlySet<string>>;
}

/** Where the services keep the user's data inside the user-data folder. */
export const userDataPaths = (userDataDir: string) => ({
  library: join(userDataDir, 'library'),
  cache: join(userDataDir, 'cache'),
  viewState: join(userDataDir, 'view-state.json'),
});

/**
 * Opens the story in `options.dir` (which exists). Loading its articles starts at once; requests
 * that need them wait for them.
 */
export async function openStoryLibrary(options: StoryLibraryOptions): Promise<StoryLibrary> {
  const paths = { library: options.dir, viewState: join(options.dir, VIEW_STATE_FILE) };
  // Half-written imports of a killed app (the lock says no one else is writing now).
  await removeStaleTemporaries(paths.library);
  const { cache, runExtraction } = options;
  const removed = await openRemovedArticles(paths.library);

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
  let viewStateWrites: Promise<unknown> = Promise.resolve();

  const extract = async (input: ArticleFileInput): Promise<{ key: string; extraction: FileExtraction }> => {
    const key = cache.keyOf(input);
    const cached = await cache.get(key);
    if (cached) return { key, extraction: cached };
    const extraction = await runExtraction(input);
    await cache.put(key, extraction);
    return { key, extraction };
  };

  /** The merge of the files merged last: carried on while files are only added (an import). */
  let merged: {
    merger: ReturnType<typeof createEventMerger>;
    files: LoadedFile[];
    gone: Set<string>;
  } | null = null;
  /** Adds the events of the files loaded since the last merge to the running merge (not yet shown). */
  const mergeNewFiles = (): NonNullable<typeof merged> => {
    const gone = removed.ids();
    const carriesOn =
      merged !== null &&
      merged.gone.size === gone.size &&
      [...gone].every((id) => merged?.gone.has(id)) &&
      merged.files.length <= files.length &&
      merged.files.every((f, i) => files[i] === f);
    if (!carriesOn || merged === null)
      merged = { merger: createEventMerger({ acrossArticles: true }), files: [], gone: new Set(gone) };
    // the same events as one merge of every file's events (the merge is online), at the cost of the new
    const added = files.slice(merged.files.length);
    merged.merger.add(
      withoutArticles(
        added.flatMap((f) => f.extraction.events),
        gone,
      ),
    );
    merged.files.push(...added);
    return merged;
  };
  const mergeMachineEvents = (): void => {
    const gone = removed.ids();
    machineEvents = mergeNewFiles().merger.events();
    machineArticles = files.flatMap((f) => f.extraction.articles).filter((a) => !gone.has(a.id));
    machineProblems = [
      ...readProblems,
      ...removed.problems(),
      ...files.flatMap((f) => f.extraction.problems),
    ];
  };
  // Called once the service exists (after the initial load), when `curation` is open.
  const rebuildSnapshot = (): Snapshot => {
    mergeMachineEvents();
    return curation.snapshot();
  };

  /** Cache keys of the files read at start. */
  const loadedKeys = new Set<string>();
  const initialLoad = (async () => {
    const folders: [string, ArticleInfo['origin']][] = [[paths.library, 'library']];
    if (options.sampleDir) folders.unshift([options.sampleDir, 'sample']);
    for (const [dir, origin] of folders) {
      const folder = await readArticleFolder(dir, origin);
      readProblems.push(...folder.unreadable);
      const inputs: ArticleFileInput[] = folder.files.map((f) => ({
        file: f.file,
        content: f.content,
        origin,
      }));
      let i = 0;
      for await (const { key, extraction } of mapAhead(inputs, EXTRACTIONS_AHEAD, extract)) {
        loadedKeys.add(key);
        files.push({ input: inputs[i++] as ArticleFileInput, extraction });
      }
    }
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
  const importing = openStoryImport({
    dir: paths.library,
    files,
    ready: initialLoad,
    extract: async (input) => (await extract(input)).extraction,
    removed,
    renamed: (problem) => readProblems.push(problem),
    mergeAhead: () => void mergeNewFiles(),
    snapshot: rebuildSnapshot,
    current: () => curation.snapshot(),
  });

  /** Removes articles: their ids listed, and files left with no article moved aside. */
  const removeArticles = async (articleIds: string[]): Promise<Snapshot> => {
    await initialLoad;
    await importing.queue();
    const ids = [...new Set(articleIds)];
    const { apply, undo } = removalOf(ids, {
      dir: paths.library,
      files,
      removed,
      reload: async (input) => ({ input, extraction: (await extract(input)).extraction }),
      taken: takenNames,
      changed: mergeMachineEvents,
    });
    await apply();
    const count = ids.length;
    await curation.recordStep(`Remove ${count} article${count === 1 ? '' : 's'}`, { undo, redo: apply });
    return curation.snapshot();
  };

  const snapshotNow = async () => {
    await initialLoad;
    return curation.snapshot();
  };
  const { warm, ...finder } = createEventFinder(snapshotNow);
  // the search index is built in the background once the library is loaded, and the edited
  // events taken into memory for the first edit
  void initialLoad
    .then(warm)
    .then(() => curation.warm())
    .catch(() => undefined);
  const requests: StoryRequests = {
    getSnapshot: snapshotNow,
    ...finder,

    getArticleText: articleText,

    ...importing.requests,

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
    removeArticles,
  };
  return {
    requests,
    async counts() {
      await initialLoad;
      const snapshot = curation.snapshot();
      return { articles: snapshot.articles.length, events: snapshot.events.length };
    },
    async cacheKeys() {
      await initialLoad;
      return loadedKeys;
    },
    async settle() {
      await Promise.all([initialLoad.catch(() => undefined), importing.queue(), viewStateWrites]);
    },
  };
}
