import { DEFAULT_VIEW_STATE, parseRequest, type ViewState } from '../shared/contract';
import type { Problem } from '../shared/model';
import { readJsonDurable, writeJsonDurable } from './durable-json';

const validViewState = (value: unknown): ViewState => parseRequest('saveViewState', [value])[0];
const defaultState = (): ViewState => ({ ...DEFAULT_VIEW_STATE, hiddenActors: [] });

/**
 * Reads the saved view state with what went wrong: a damaged file is recovered from its backup
 * (and reported); a missing or unusable one gives the default state (everything shown).
 */
export async function readViewState(path: string): Promise<{ state: ViewState; problem?: Problem }> {
  try {
    const read = await readJsonDurable(path, validViewState);
    return { state: read.value ?? defaultState(), ...(read.problem ? { problem: read.problem } : {}) };
  } catch {
    return { state: defaultState() };
  }
}

/** Saves the view state atomically, flushed, keeping the previous one as a backup. */
export async function storeViewState(path: string, state: ViewState): Promise<void> {
  await writeJsonDurable(path, state);
}
