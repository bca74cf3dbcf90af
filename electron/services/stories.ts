/**
 * Stories: separate libraries in the user-data folder, one folder each under stories/, named
 * by a story.json inside it (`{ "version": 1, "story": { id, name, createdAt, sample? } }`), so a
 * folder carries its own name. stories.json beside them remembers the story open. A folder that
 * cannot be read as a story is listed as a problem and left as it is, never deleted.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Problem } from '../shared/model';
import { storyNameProblem } from '../shared/limits';
import { readJsonDurable, writeJsonDurable } from './durable-json';
import { cleanFileName, uniqueFileName } from './import-files';

export const STORIES_DIR = 'stories';
/** Which story is open, in the user-data folder. */
export const STORIES_FILE = 'stories.json';
/** A story's own record, in its folder. */
export const STORY_FILE = 'story.json';

/** The bundled sample's story. */
export const SAMPLE_STORY = { id: 'sample', name: 'Sample: January 2025', folder: 'sample' } as const;
/** The name of the story an earlier version's library becomes, and of a first story of one's own. */
export const MY_LIBRARY = 'My library';

export interface StoryRecord {
  id: string;
  name: string;
  createdAt: string;
  sample?: boolean;
}

/** A story found on disk. */
export interface Story extends StoryRecord {
  /** Its folder's name under stories/, and the folder. */
  folder: string;
  dir: string;
}

const storyRecord = z.strictObject({
  id: z.string().min(1).max(200),
  name: z.string().refine((n) => !storyNameProblem(n), 'not a story name'),
  createdAt: z.string().min(1).max(40),
  sample: z.boolean().optional(),
});
const storyFile = z.strictObject({ version: z.literal(1), story: storyRecord });
const storiesFile = z.looseObject({
  version: z.literal(1),
  current: z.string().min(1).max(200),
  sampleRemoved: z.boolean().optional(),
});

const sampleRecord = (): StoryRecord => ({
  id: SAMPLE_STORY.id,
  name: SAMPLE_STORY.name,
  createdAt: new Date(0).toISOString(),
  sample: true,
});

/** Writes the story.json of a story folder. */
export const writeStoryRecord = (dir: string, story: StoryRecord): Promise<void> =>
  writeJsonDurable(join(dir, STORY_FILE), { version: 1, story });

/** A folder name for a story's name: cleaned as an imported file's name, unique among `taken`. */
export function storyFolderOf(name: string, taken: ReadonlySet<string>): string {
  const clean = cleanFileName(name.trim().replace(/[\\/]/g, '_')).name;
  return uniqueFileName(clean, taken);
}

/** Names compare as a person reads them: the same letters in any case or Unicode form. */
const sameName = (a: string, b: string): boolean =>
  a.normalize('NFC').toLocaleLowerCase() === b.normalize('NFC').toLocaleLowerCase();

/** The stories of a user-data folder. */
export interface StoryRegistry {
  /** Sample first, then by name. */
  list(): Story[];
  /** Folders under stories/ that are not stories Newsline can read. */
  problems(): Problem[];
  current(): Story;
  find(id: string): Story;
  setCurrent(id: string): Promise<void>;
  create(name: string): Promise<Story>;
  rename(id: string, name: string): Promise<Story>;
  /** Deletes a story that is not the one open, with its folder. */
  remove(id: string): Promise<void>;
}

/** Reads the stories of `userDataDir` (stories/ exists); creates the sample's when it never was. */
export async function openStories(userDataDir: string, preferred?: string): Promise<StoryRegistry> {
  const root = join(userDataDir, STORIES_DIR);
  const stateFile = join(userDataDir, STORIES_FILE);
  const state = await readJsonDurable(stateFile, (v) => storiesFile.parse(v));
  const problems: Problem[] = state.problem ? [state.problem] : [];
  let sampleRemoved = state.value?.sampleRemoved ?? false;
  let stories: Story[] = [];
  const folders = new Set<string>();

  for (const folder of (await readdir(root)).sort()) {
    const dir = join(root, folder);
    if (!(await stat(dir)).isDirectory()) continue;
    folders.add(folder.toLowerCase());
    const where = `${STORIES_DIR}/${folder}`;
    try {
      const read = await readJsonDurable(join(dir, STORY_FILE), (v) => storyFile.parse(v));
      if (read.problem) problems.push({ file: where, message: read.problem.message });
      // the sample's folder is known by its name until it is renamed (nothing to write at first start)
      const story =
        read.value?.story ??
        (folder === SAMPLE_STORY.folder && !read.problem && !sampleRemoved ? sampleRecord() : undefined);
      if (!story) {
        problems.push({
          file: where,
          message: `Not a story Newsline can read (no usable ${STORY_FILE}); the folder is left as it is.`,
        });
      } else if (stories.some((s) => s.id === story.id)) {
        problems.push({
          file: where,
          message: `A copy of the story “${story.name}” (the same id); the folder is left as it is.`,
        });
      } else stories.push({ ...story, folder, dir });
    } catch (error) {
      problems.push({ file: where, message: `Could not read the folder: ${(error as Error).message}` });
    }
  }

  const make = async (record: StoryRecord, wanted: string, write = true): Promise<Story> => {
    const folder = storyFolderOf(wanted, folders);
    const dir = join(root, folder);
    await mkdir(dir);
    // (the sample's folder goes without its record only under its own name)
    if (write || folder !== SAMPLE_STORY.folder) await writeStoryRecord(dir, record);
    folders.add(folder.toLowerCase());
    const story = { ...record, folder, dir };
    stories.push(story);
    return story;
  };
  const checkName = (name: string, except?: string): string => {
    const problem = storyNameProblem(name);
    if (problem) throw new Error(problem);
    const trimmed = name.trim();
    if (stories.some((s) => s.id !== except && sameName(s.name, trimmed)))
      throw new Error(`A story named “${trimmed}” exists already.`);
    return trimmed;
  };
  const now = () => new Date().toISOString();

  if (!sampleRemoved && !stories.some((s) => s.sample))
    await make(sampleRecord(), SAMPLE_STORY.folder, false);
  if (stories.length === 0) await make({ id: randomUUID(), name: MY_LIBRARY, createdAt: now() }, MY_LIBRARY);

  let currentId = [preferred, state.value?.current].find((id) => stories.some((s) => s.id === id));
  const saveState = () =>
    writeJsonDurable(stateFile, {
      version: 1,
      current: currentId,
      ...(sampleRemoved ? { sampleRemoved } : {}),
    });
  // written when it changes: a fresh folder opens the sample's story without writing it
  if (!currentId || (state.value && currentId !== state.value.current) || (preferred && !state.value)) {
    currentId ??= (stories.find((s) => s.sample) ?? stories[0])?.id;
    if (state.value || preferred) await saveState();
  }

  const find = (id: string): Story => {
    const story = stories.find((s) => s.id === id);
    if (!story) throw new Error('That story no longer exists.');
    return story;
  };
  return {
    list: () =>
      [...stories].sort((a, b) => Number(!!b.sample) - Number(!!a.sample) || a.name.localeCompare(b.name)),
    problems: () => [...problems],
    current: () => find(currentId as string),
    find,
    async setCurrent(id) {
      find(id);
      currentId = id;
      await saveState();
    },
    create: (name) => make({ id: randomUUID(), name: checkName(name), createdAt: now() }, name),
    async rename(id, name) {
      const story = find(id);
      const renamed = { ...story, name: checkName(name, id) };
      const { folder: _folder, dir: _dir, ...record } = renamed;
      await writeStoryRecord(story.dir, record);
      stories = stories.map((s) => (s.id === id ? renamed : s));
      return renamed;
    },
    async remove(id) {
      const story = find(id);
      if (id === currentId) throw new Error('Open another story before deleting this one.');
      if (story.sample) {
        sampleRemoved = true;
        await saveState();
      }
      await rm(story.dir, { recursive: true, force: true });
      stories = stories.filter((s) => s.id !== id);
      folders.delete(story.folder.toLowerCase());
    },
  };
}
