/**
 * A stand-in for the whole service and the window's requests, for tests of what sits in front
 * of them (IPC, the preview server): every request answers with the snapshot given, or an empty
 * answer, and records its calls. `overrides` replaces single requests.
 */
import { vi } from 'vitest';
import { DEFAULT_VIEW_STATE, type Requests, type Snapshot } from '../../electron/shared/contract';
import { curationStubs, lookupStubs, storyStubs, windowStubs } from './curation';

export function serviceStub<T extends Partial<Requests>>(snapshot: Snapshot, overrides: T = {} as T) {
  return {
    getSnapshot: vi.fn(async () => snapshot),
    getArticleText: vi.fn(async () => ({ article: {} as never, text: '' })),
    ...lookupStubs(snapshot),
    inspectImport: vi.fn(async () => []),
    importArticles: vi.fn(async () => ({
      imported: [],
      failed: [],
      alreadyInLibrary: 0,
      cancelled: false,
      snapshot,
    })),
    getImportProgress: vi.fn(async () => null),
    cancelImport: vi.fn(async () => undefined),
    getViewState: vi.fn(async () => DEFAULT_VIEW_STATE),
    saveViewState: vi.fn(async () => undefined),
    ...curationStubs(snapshot),
    ...storyStubs(snapshot),
    ...windowStubs(),
    ...overrides,
  } satisfies Requests;
}
