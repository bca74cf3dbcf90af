/**
 * Saved views: named filters, search and visible windows, kept in the library (views.json),
 * written durably with a backup. Each view is checked with the same schema when read and before
 * it is written; a view that no longer validates is set aside in views.json.rejected and listed.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { SavedView, ViewState } from '../shared/contract';
import { nameSchema, viewStateSchema } from '../shared/schemas';
import type { Problem } from '../shared/model';
import { openRecordFile } from './record-file';

/** The format of views.json written by this version. */
export const VIEWS_FORMAT = 1;

/** One stored view. */
export const savedViewSchema = z.strictObject({
  id: z.string().min(1).max(200),
  name: nameSchema,
  state: viewStateSchema,
  savedAt: z.string().min(1).max(40),
}) as z.ZodType<SavedView>;

/** A view in a problem: its name when it has one. */
const labelOf = (raw: unknown, index: number): string => {
  const name = (raw as { name?: unknown } | null)?.name;
  return typeof name === 'string' && name.trim() ? `the view “${name.trim()}”` : `view ${index + 1}`;
};

/** The saved views of one library. */
export interface SavedViewStore {
  list(): SavedView[];
  loadProblems(): Problem[];
  save(name: string, state: ViewState): Promise<SavedView[]>;
  rename(id: string, name: string): Promise<SavedView[]>;
  remove(id: string): Promise<SavedView[]>;
}

/** Opens the saved views at `path`. A view saved under an existing name replaces it. */
export async function openSavedViews(path: string): Promise<SavedViewStore> {
  const file = await openRecordFile(path, {
    key: 'views',
    version: VIEWS_FORMAT,
    record: savedViewSchema,
    noun: ['saved view', 'saved views'],
    label: labelOf,
  });
  let views: SavedView[] = file.records;
  let queue: Promise<unknown> = Promise.resolve();
  const update = (change: (views: SavedView[]) => SavedView[]): Promise<SavedView[]> => {
    const run = queue.then(async () => {
      views = await file.write(change(views));
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
    loadProblems: () => [...file.problems],
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
