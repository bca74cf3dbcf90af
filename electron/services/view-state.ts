/**
 * The view state restored at start (view-state.json in the user-data folder), one record in a
 * versioned file: `{ "version": 1, "state": {…} }`. The first format was the bare state (no
 * version); it is migrated when read.
 */
import type { z } from 'zod';
import { DEFAULT_VIEW_STATE, type ViewState } from '../shared/contract';
import { viewStateSchema } from '../shared/schemas';
import type { Problem } from '../shared/model';
import { openRecordFile, type Migration } from './record-file';

/** The format of view-state.json written by this version. */
export const VIEW_STATE_FORMAT = 1;

/** Migrations of older formats, by the version they start from (0: the bare state, no version). */
export const VIEW_STATE_MIGRATIONS: Record<number, Migration> = {
  0: (bare) => ({ version: 1, state: bare }),
};

const defaultState = (): ViewState => ({ ...DEFAULT_VIEW_STATE, hiddenActors: [] });

/** The view state as read, with what went wrong, and how to save the next one. */
export interface ViewStateFile {
  state: ViewState;
  problems: Problem[];
  /** Writes the state; resolves with it as it will be read back. */
  store(state: ViewState): Promise<ViewState>;
}

/**
 * Opens the saved view state: a damaged file is recovered from its backup, a state that no longer
 * validates is set aside in view-state.json.rejected, both reported; otherwise (or when missing)
 * the default state (everything shown).
 */
export async function openViewState(path: string): Promise<ViewStateFile> {
  const file = await openRecordFile(path, {
    key: 'state',
    single: true,
    version: VIEW_STATE_FORMAT,
    record: viewStateSchema as unknown as z.ZodType<ViewState>,
    noun: ['saved view state (filters and window)', 'saved view states'],
    label: () => 'the view state',
    migrations: VIEW_STATE_MIGRATIONS,
  });
  return {
    state: file.records[0] ?? defaultState(),
    problems: file.problems,
    store: async (state) => (await file.write([state]))[0] ?? state,
  };
}
