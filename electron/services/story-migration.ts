/**
 * The first layout kept one library in the user-data folder (library/ with the imported articles,
 * edits.json and views.json, and view-state.json beside it), shown mixed with the sample. This
 * moves it, whole, into a story of its own: "My library" when it holds articles, else (edits and
 * views made on the sample) the sample's story. Each step can be done again after a crash:
 * nothing is copied or deleted, only moved.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rename, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isArticleFileName } from '../shared/limits';
import { readJsonDurable } from './durable-json';
import {
  MY_LIBRARY,
  SAMPLE_STORY,
  STORIES_DIR,
  STORY_FILE,
  storyFolderOf,
  writeStoryRecord,
  type StoryRecord,
} from './stories';
import { VIEW_STATE_FILE } from './story-library';

/** The folder of the first layout's library, in the user-data folder. */
export const LEGACY_LIBRARY = 'library';

const isMissing = (error: unknown): boolean => (error as NodeJS.ErrnoException).code === 'ENOENT';

const moveIfThere = async (from: string, to: string): Promise<void> => {
  try {
    await rename(from, to);
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
};

/**
 * Moves the first layout's library of `userDataDir` into stories/ (which exists); answers the id
 * of the story it became, or undefined when there was none (or it was empty, and is removed).
 */
export async function migrateLegacyLibrary(userDataDir: string): Promise<string | undefined> {
  const legacy = join(userDataDir, LEGACY_LIBRARY);
  let names: string[];
  try {
    names = await readdir(legacy);
  } catch (error) {
    if (!isMissing(error)) throw error;
    // a view state without a library (its folder removed by hand): the sample's, still
    if (!(await readdir(userDataDir)).some((n) => n.startsWith(VIEW_STATE_FILE))) return undefined;
    await mkdir(legacy);
    names = [];
  }
  // the view restored at start goes with the library (it filtered its events)
  if (!names.includes(VIEW_STATE_FILE)) {
    for (const suffix of ['.bak', ''])
      await moveIfThere(
        join(userDataDir, `${VIEW_STATE_FILE}${suffix}`),
        join(legacy, `${VIEW_STATE_FILE}${suffix}`),
      );
    names = await readdir(legacy);
  }
  if (names.length === 0) {
    await rmdir(legacy);
    return undefined;
  }
  const root = join(userDataDir, STORIES_DIR);
  const taken = await readdir(root);
  const sampleTaken = taken.some((f) => f.toLowerCase() === SAMPLE_STORY.folder);
  let story = (await readJsonDurable(join(legacy, STORY_FILE), (v) => v as { story?: StoryRecord })).value
    ?.story;
  if (!story) {
    const ofSample = !names.some(isArticleFileName) && !sampleTaken;
    story = ofSample
      ? { id: SAMPLE_STORY.id, name: SAMPLE_STORY.name, createdAt: new Date().toISOString(), sample: true }
      : { id: randomUUID(), name: MY_LIBRARY, createdAt: new Date().toISOString() };
    await writeStoryRecord(legacy, story);
  }
  const folder = storyFolderOf(
    story.sample ? SAMPLE_STORY.folder : story.name,
    new Set(taken.map((f) => f.toLowerCase())),
  );
  await rename(legacy, join(root, folder));
  return story.id;
}
