import { readFile } from 'node:fs/promises';
import { DEFAULT_VIEW_STATE, parseRequest, type ViewState } from '../shared/contract';
import { writeFileAtomic } from './atomic-write';

/**
 * Reads the saved view state; a missing, unreadable or invalid file gives the default state
 * (everything shown), so a damaged file never stops the app from starting.
 */
export async function loadViewState(path: string): Promise<ViewState> {
  try {
    const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
    return parseRequest('saveViewState', [parsed])[0];
  } catch {
    return { ...DEFAULT_VIEW_STATE, hiddenActors: [] };
  }
}

/** Saves the view state atomically (a crash mid-write leaves the previous state intact). */
export async function storeViewState(path: string, state: ViewState): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(state, null, 2)}\n`);
}
