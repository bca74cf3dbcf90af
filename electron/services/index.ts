/**
 * Newsline's services: stories (separate libraries), each with its articles, their extracted
 * events (cached on disk by content, shared by every story), imports, edits, saved views and the
 * view restored at start. Plain Node; the Electron main process and the preview server both
 * answer the contract by calling these functions. One story is open at a time: the requests of
 * the library and of curation go to it (story-library.ts); this layer chooses its folder.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { NewslineService, StoriesApi, StoryInfo, StoryList } from '../shared/contract';
import { EXTRACTOR_VERSION } from '../extract/index';
import { openExtractionCache, type ExtractionCache } from './extraction-cache';
import { extractInThisThread, type ExtractionRunner } from './extraction-runner';
import { readArticleFolder } from './library';
import { acquireLibraryLock } from './library-lock';
import { openStories, SAMPLE_STORY, STORIES_DIR, type Story } from './stories';
import { openStoryLibrary, VIEW_STATE_FILE, type StoryLibrary, type StoryRequests } from './story-library';
import { migrateLegacyLibrary } from './story-migration';

export interface NewslineServiceOptions {
  /** Folder of the bundled sample articles (assets/articles): the sample story's articles. */
  sampleDir: string;
  /** The app's user-data folder: stories/, cache/ and stories.json live there. */
  userDataDir: string;
  /** How files are extracted; by default in this thread, one file per event-loop turn. */
  runExtraction?: ExtractionRunner;
  /** What opens the library, for the message a second opener gets ("the desktop app"). */
  holder?: string;
}

/**
 * Where the services keep the user's data inside the user-data folder; `library` and `viewState`
 * are the sample story's (the story open on a fresh folder).
 */
export const userDataPaths = (userDataDir: string) => {
  const sample = join(userDataDir, STORIES_DIR, SAMPLE_STORY.folder);
  return {
    stories: join(userDataDir, STORIES_DIR),
    library: sample,
    cache: join(userDataDir, 'cache'),
    viewState: join(sample, VIEW_STATE_FILE),
  };
};

/**
 * Creates the services for one user-data folder: takes its lock, moves an earlier version's
 * library into a story, and opens the story that was open last (the sample's on a fresh folder).
 */
export async function createNewslineService(options: NewslineServiceOptions): Promise<NewslineService> {
  const paths = userDataPaths(options.userDataDir);
  await mkdir(options.userDataDir, { recursive: true });
  // One writer per library: a second process on the same folder is refused before it reads.
  await acquireLibraryLock(options.userDataDir, options.holder ?? 'Newsline');
  await mkdir(paths.stories, { recursive: true });
  const migrated = await migrateLegacyLibrary(options.userDataDir);
  const stories = await openStories(options.userDataDir, migrated);
  const cache = await openExtractionCache(paths.cache, EXTRACTOR_VERSION);
  const runExtraction = options.runExtraction ?? extractInThisThread;
  const open = (story: Story): Promise<StoryLibrary> =>
    openStoryLibrary({
      dir: story.dir,
      ...(story.sample ? { sampleDir: options.sampleDir } : {}),
      cache,
      runExtraction,
    });

  let active = { id: stories.current().id, library: await open(stories.current()) };
  /** Articles and events of each story, as of when it was last open. */
  const counts = new Map<string, { articles: number; events: number }>();
  // Story changes run one at a time; requests wait for a change in flight.
  let change: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = change.then(work);
    change = run.catch(() => undefined);
    return run;
  };
  const current = async (): Promise<StoryLibrary> => {
    await change;
    return active.library;
  };
  const switchTo = async (story: Story): Promise<void> => {
    await active.library.settle();
    counts.set(active.id, await active.library.counts());
    active = { id: story.id, library: await open(story) };
    await stories.setCurrent(story.id);
  };

  const listNow = async (): Promise<StoryList> => {
    counts.set(active.id, await active.library.counts());
    const infos: StoryInfo[] = [];
    for (const story of stories.list()) {
      let known = counts.get(story.id);
      // a story not open since the start is opened once to count what it holds (cached extraction)
      if (!known) {
        known = await (await open(story)).counts();
        counts.set(story.id, known);
      }
      infos.push({ id: story.id, name: story.name, sample: !!story.sample, ...known });
    }
    return { current: active.id, stories: infos, problems: stories.problems() };
  };

  const storyRequests: StoriesApi = {
    listStories: () => serial(listNow),
    createStory: (name) =>
      serial(async () => {
        const story = await stories.create(name);
        counts.set(story.id, { articles: 0, events: 0 });
        return listNow();
      }),
    renameStory: (id, name) =>
      serial(async () => {
        await stories.rename(id, name);
        return listNow();
      }),
    deleteStory: (id) =>
      serial(async () => {
        stories.find(id);
        if (id === active.id) {
          const next = stories.list().find((s) => s.id !== id);
          if (!next) throw new Error('This is the only story: create another before deleting it.');
          await switchTo(next);
        }
        await stories.remove(id);
        counts.delete(id);
        return listNow();
      }),
    switchStory: (id) =>
      serial(async () => {
        const story = stories.find(id);
        if (story.id !== active.id) await switchTo(story);
        return active.library.requests.getSnapshot();
      }),
    removeArticles: async (ids) => (await current()).requests.removeArticles(ids),
  };

  // Every other request goes to the story open when it arrives.
  const delegated = Object.fromEntries(
    Object.keys(active.library.requests).map((name) => [
      name,
      async (...args: unknown[]) => {
        const requests = (await current()).requests as unknown as Record<
          string,
          (...a: unknown[]) => unknown
        >;
        return requests[name]?.(...args);
      },
    ]),
  ) as unknown as StoryRequests;

  void pruneCache(
    cache,
    active.library,
    stories.list().filter((s) => s.id !== active.id),
    options.sampleDir,
  );
  return { ...delegated, ...storyRequests };
}

/** Removes cached extractions no story's file needs (older extractors, deleted stories). */
async function pruneCache(
  cache: ExtractionCache,
  open: StoryLibrary,
  others: readonly Story[],
  sampleDir: string,
): Promise<void> {
  try {
    const keep = new Set(await open.cacheKeys());
    for (const story of others) {
      const folders = story.sample
        ? ([
            [sampleDir, 'sample'],
            [story.dir, 'library'],
          ] as const)
        : ([[story.dir, 'library']] as const);
      for (const [dir, origin] of folders)
        for (const f of (await readArticleFolder(dir, origin)).files)
          keep.add(cache.keyOf({ file: f.file, content: f.content, origin }));
    }
    await cache.prune(keep);
  } catch {
    // a cache left as it is costs only disk space
  }
}
