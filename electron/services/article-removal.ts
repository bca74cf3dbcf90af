/**
 * Articles removed from a story: their ids kept in the story's removed.json, and the files all of
 * whose articles are removed moved aside into the story's removed/ folder (never deleted; they go
 * with the story). The sample's files are bundled with the app: they are only listed.
 */
import { mkdir, readdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { ArticleFileInput, FileExtraction } from '../extract/index';
import type { ArticleInfo, NewsEvent, Problem } from '../shared/model';
import { uniqueFileName } from './import-files';
import { openRecordFile } from './record-file';

/** Where a story keeps what was removed from it. */
export const REMOVED = { list: 'removed.json', folder: 'removed' } as const;

/** One removed article, as removed.json keeps it. */
export interface RemovedArticle {
  id: string;
  file: string;
  title: string;
  origin: ArticleInfo['origin'];
  /** When it was removed, ISO date-time. */
  at: string;
}

const removedSchema = z.strictObject({
  id: z.string().min(1).max(200),
  file: z.string().min(1).max(300),
  title: z.string().max(2000),
  origin: z.enum(['sample', 'library']),
  at: z.string().min(1).max(40),
}) as z.ZodType<RemovedArticle>;

/** The removed articles of one story. */
export interface RemovedArticles {
  ids(): ReadonlySet<string>;
  problems(): Problem[];
  add(articles: readonly RemovedArticle[]): Promise<void>;
  drop(ids: readonly string[]): Promise<void>;
}

/** Opens the list of removed articles of the story in `dir`. */
export async function openRemovedArticles(dir: string): Promise<RemovedArticles> {
  const file = await openRecordFile(join(dir, REMOVED.list), {
    key: 'articles',
    version: 1,
    record: removedSchema,
    noun: ['removed article', 'removed articles'],
  });
  let list = file.records;
  let ids = new Set(list.map((r) => r.id));
  let queue: Promise<unknown> = Promise.resolve();
  const write = (next: RemovedArticle[]): Promise<void> => {
    const run = queue.then(async () => {
      list = await file.write(next);
      ids = new Set(list.map((r) => r.id));
    });
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    ids: () => ids,
    problems: () => [...file.problems],
    add: (articles) => write([...list.filter((r) => !articles.some((a) => a.id === r.id)), ...articles]),
    drop: (dropped) => {
      const gone = new Set(dropped);
      return list.some((r) => gone.has(r.id))
        ? write(list.filter((r) => !gone.has(r.id)))
        : Promise.resolve();
    },
  };
}

/** Moves `file` of the story into its removed/ folder; answers its name there. */
export async function moveAside(dir: string, file: string): Promise<string> {
  const aside = join(dir, REMOVED.folder);
  await mkdir(aside, { recursive: true });
  const name = uniqueFileName(file, new Set((await readdir(aside)).map((n) => n.toLowerCase())));
  await rename(join(dir, file), join(aside, name));
  return name;
}

/** Moves a file back from removed/ under its old name, or the next free one; answers the name. */
export async function moveBack(
  dir: string,
  asideName: string,
  wanted: string,
  taken: ReadonlySet<string>,
): Promise<string> {
  const name = uniqueFileName(wanted, taken);
  await rename(join(dir, REMOVED.folder, asideName), join(dir, name));
  return name;
}

/**
 * The events without the removed articles' sources: an event told only by removed articles goes,
 * one told by others too keeps the others' sources.
 */
export function withoutArticles(events: readonly NewsEvent[], removed: ReadonlySet<string>): NewsEvent[] {
  if (removed.size === 0) return [...events];
  const kept: NewsEvent[] = [];
  for (const event of events) {
    if (!event.sources.some((s) => removed.has(s.articleId))) kept.push(event);
    else {
      const sources = event.sources.filter((s) => !removed.has(s.articleId));
      if (sources.length > 0) kept.push({ ...event, sources });
    }
  }
  return kept;
}

/** A file of a story as loaded: what was read and what was extracted from it. */
interface StoryFile {
  input: ArticleFileInput;
  extraction: FileExtraction;
}

/** What a removal acts on: the story's folder and its loaded files (changed in place). */
export interface RemovalTarget {
  dir: string;
  files: StoryFile[];
  removed: RemovedArticles;
  /** A file moved back under another name, extracted again. */
  reload(input: ArticleFileInput): Promise<StoryFile>;
  /** Names in use in the folder (lower case). */
  taken(): ReadonlySet<string>;
  /** Called after each change of `files` or of the removed ids. */
  changed(): void;
}

/**
 * The removal of articles `ids` (all shown in the story, else it throws), as a step to apply,
 * undo and redo: the ids listed, and library files left with no article moved aside and back.
 */
export function removalOf(
  ids: readonly string[],
  t: RemovalTarget,
): { apply(): Promise<void>; undo(): Promise<void> } {
  const gone = t.removed.ids();
  const shown = new Map(
    t.files.flatMap((f) =>
      f.extraction.articles.filter((a) => !gone.has(a.id)).map((a) => [a.id, a] as const),
    ),
  );
  if (ids.some((id) => !shown.has(id))) throw new Error('That article is no longer in this story.');
  const at = new Date().toISOString();
  const entries: RemovedArticle[] = ids.map((id) => {
    const a = shown.get(id) as ArticleInfo;
    return { id, file: a.file, title: a.title, origin: a.origin, at };
  });
  const after = new Set([...gone, ...ids]);
  let targets = t.files.filter(
    (f) =>
      f.input.origin === 'library' &&
      f.extraction.articles.some((a) => ids.includes(a.id)) &&
      f.extraction.articles.every((a) => after.has(a.id)),
  );
  let moved: { file: StoryFile; aside: string; index: number }[] = [];
  return {
    async apply() {
      await t.removed.add(entries);
      moved = [];
      for (const file of targets) {
        const index = t.files.indexOf(file);
        if (index < 0) continue;
        const aside = await moveAside(t.dir, file.input.file);
        t.files.splice(index, 1);
        moved.push({ file, aside, index });
      }
      t.changed();
    },
    async undo() {
      const back: StoryFile[] = [];
      // in reverse, each back at its place: the files (and so the merged events) as they were
      for (const { file, aside, index } of [...moved].reverse()) {
        const name = await moveBack(t.dir, aside, file.input.file, t.taken());
        const restored = name === file.input.file ? file : await t.reload({ ...file.input, file: name });
        t.files.splice(index, 0, restored);
        back.unshift(restored);
      }
      targets = back;
      await t.removed.drop(ids);
      t.changed();
    },
  };
}
