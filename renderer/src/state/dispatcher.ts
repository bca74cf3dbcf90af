/**
 * The one place the explorer calls the API from: each call's answer goes into the store, and each
 * failure becomes the page's message ("Could not save the edit: …"), as GitHub Desktop's
 * dispatcher routes every failure through one handler.
 */
import type { NewslineApi, Snapshot, ViewState } from '../../../electron/shared/contract';
import { errorMessage } from '../lib/api';
import { showError, showSnapshot, type ExplorerStore } from './explorer';

export interface Dispatcher {
  readonly api: NewslineApi;
  /** Runs a request that answers a snapshot and shows it; false (and a message) when it failed. */
  edit(request: (api: NewslineApi) => Promise<Snapshot>, failure: string): Promise<boolean>;
  /** Runs work on the API; false (and the message `failure: reason`) when it failed. */
  attempt(work: (api: NewslineApi) => Promise<unknown>, failure: string): Promise<boolean>;
  undo(): void;
  redo(): void;
  saveViewState(state: ViewState): void;
  /** Shows a snapshot answered elsewhere (an import). */
  show(snapshot: Snapshot): void;
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
  const edit = (request: (api: NewslineApi) => Promise<Snapshot>, failure: string) =>
    attempt(async (a) => store.dispatch(showSnapshot(await request(a))), failure);
  return {
    api,
    edit,
    attempt,
    undo: () => void edit((a) => a.undo(), 'Could not undo'),
    redo: () => void edit((a) => a.redo(), 'Could not redo'),
    saveViewState: (state) => {
      api.saveViewState(state).catch((error: unknown) => fail('Could not save the view', error));
    },
    show: (snapshot) => store.dispatch(showSnapshot(snapshot)),
    report,
    fail,
  };
}
