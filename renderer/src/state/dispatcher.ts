/**
 * The one place the explorer calls the API from: each call's answer goes into the store, and each
 * failure becomes the page's message ("Could not save the edit: …"), as GitHub Desktop's
 * dispatcher routes every failure through one handler.
 */
import type { NewslineApi, PageSnapshot, SnapshotChange, ViewState } from '../../../electron/shared/contract';
import { errorMessage } from '../lib/api';
import { patchSnapshot } from '../lib/events-patch';
import { showError, showFound, showSnapshot, type ExplorerStore } from './explorer';

/** What a request that changes the library answers: the whole snapshot, or what changed. */
export type LibraryAnswer = PageSnapshot | SnapshotChange;

export interface Dispatcher {
  readonly api: NewslineApi;
  /** Runs a request that answers a snapshot or a change and shows it; false (and a message) when it failed. */
  edit(request: (api: NewslineApi) => Promise<LibraryAnswer>, failure: string): Promise<boolean>;
  /** Runs work on the API; false (and the message `failure: reason`) when it failed. */
  attempt(work: (api: NewslineApi) => Promise<unknown>, failure: string): Promise<boolean>;
  /** Asks the services for the events a search matches; the last search asked is the one shown. */
  search(query: string): void;
  undo(): void;
  redo(): void;
  saveViewState(state: ViewState): void;
  /**
   * Takes a snapshot or a change answered elsewhere (an import): the one place the page takes
   * either. A change patches the page's copy; one made from another revision than the page's
   * brings the whole snapshot instead.
   */
  show(answer: LibraryAnswer): Promise<void>;
  /** Shows a message of failure as it is. */
  report(message: string): void;
  /** Shows a failure: `failure`, and the reason `error` gives. */
  fail(failure: string, error: unknown): void;
}

export function createDispatcher(api: NewslineApi, store: ExplorerStore): Dispatcher {
  const report = (message: string) => store.dispatch(showError(message));
  const fail = (failure: string, error: unknown) => report(`${failure}: ${errorMessage(error)}`);
  const attempt = async (work: (api: NewslineApi) => Promise<unknown>, failure: string) => {
    try {
      await work(api);
      return true;
    } catch (error) {
      fail(failure, error);
      return false;
    }
  };
  const show = async (answer: LibraryAnswer): Promise<void> => {
    if (!('changed' in answer)) {
      store.dispatch(showSnapshot(answer));
      return;
    }
    // the patch is recorded with the events: what is worked out from them is updated, not made again
    const patched = patchSnapshot(store.getState().snapshot, answer);
    store.dispatch(showSnapshot(patched ?? (await api.getSnapshot())));
  };
  const edit = (request: (api: NewslineApi) => Promise<LibraryAnswer>, failure: string) =>
    attempt(async (a) => show(await request(a)), failure);
  let searches = 0;
  const search = (query: string) => {
    const seq = ++searches;
    const revision = store.getState().snapshot.revision;
    api.searchEvents(query).then(
      (found) => {
        if (seq !== searches) return;
        store.dispatch(showFound({ terms: found.terms.join('\n'), revision, ids: new Set(found.ids) }));
      },
      (error: unknown) => fail('Could not search', error),
    );
  };
  return {
    api,
    edit,
    search,
    attempt,
    undo: () => void edit((a) => a.undo(), 'Could not undo'),
    redo: () => void edit((a) => a.redo(), 'Could not redo'),
    saveViewState: (state) => {
      api.saveViewState(state).catch((error: unknown) => fail('Could not save the view', error));
    },
    show,
    report,
    fail,
  };
}
