/**
 * Saved views: named filters, search and visible windows, kept in the library (views.json),
 * written durably with a backup.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { parseRequest, type ViewState } from '../shared/contract';
import type { SavedView } from '../shared/curation';
import type { Problem } from '../shared/model';
import { readJsonDurable, writeJsonDurable } from './durable-json';

const viewsFile = z.object({
  version: z.literal(1),
  views: z.array(
    z.object({ id: z.string().min(1), name: z.string().min(1), state: z.unknown(), savedAt: z.string() }),
  ),
});

/** Checks a views file; views whose state no longer validates are dropped one by one, not the file. */
function parseViewsFile(value: unknown): SavedView[] {
  const views: SavedView[] = [];
  for (const view of viewsFile.parse(value).views) {
    try {
      views.push({ ...view, state: parseRequest('saveViewState', [view.state])[0] });
    } catch {
      // A view saved by another version with fields this one does not know: skipped.
    }
  }
  return views;
}

/** The saved views of one library. */
export interface SavedViewStore {
  list(): SavedView[];
  loadProblem(): Problem | undefined;
  save(name: string, state: ViewState): Promise<SavedView[]>;
  rename(id: string, name: string): Promise<SavedView[]>;
  remove(id: string): Promise<SavedView[]>;
}

/** Opens the saved views at `path`. A view saved under an existing name replaces it. */
export async function openSavedViews(path: string): Promise<SavedViewStore> {
  const read = await readJsonDurable(path, parseViewsFile);
  let views: SavedView[] = read.value ?? [];
  let queue: Promise<unknown> = Promise.resolve();
  const update = (change: (views: SavedView[]) => SavedView[]): Promise<SavedView[]> => {
    const run = queue.then(async () => {
      const next = change(views);
      await writeJsonDurable(path, { version: 1, views: next });
      views = next;
      return views.map((v) => ({ ...v }));
    });
    queue = run.catch(() => undefined);
    return run;
  };
  const find = (id: string): SavedView => {
    const view = views.find((v) => v.id === id);
    if (!view) throw new Error('That saved view no longer exists.');
    return view;
  };
  const now = () => new Date().toISOString();

  return {
    list: () => views.map((v) => ({ ...v })),
    loadProblem: () => read.problem,
    save: (name, state) =>
      update((list) => {
        const same = list.find((v) => v.name.toLowerCase() === name.toLowerCase());
        const view: SavedView = { id: same?.id ?? randomUUID(), name, state, savedAt: now() };
        return same ? list.map((v) => (v === same ? view : v)) : [...list, view];
      }),
    rename: (id, name) =>
      update((list) => {
        find(id);
        if (list.some((v) => v.id !== id && v.name.toLowerCase() === name.toLowerCase()))
          throw new Error(`A view named “${name}” exists already.`);
        return list.map((v) => (v.id === id ? { ...v, name, savedAt: now() } : v));
      }),
    remove: (id) =>
      update((list) => {
        find(id);
        return list.filter((v) => v.id !== id);
      }),
  };
}
