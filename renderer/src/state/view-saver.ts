/**
 * Saves the view (filters, facets, selection, window) a moment after it last changed: a
 * subscriber of the explorer store, so no component has to remember to.
 */
import { viewStateOf, type ExplorerStore } from './explorer';
import type { Dispatcher } from './dispatcher';

export const SAVE_DELAY_MS = 400;

/** Starts saving the view of `store` through `dispatcher`; returns a function that stops (a pending save is dropped). */
export function saveViewOnChange(
  store: ExplorerStore,
  dispatcher: Dispatcher,
  delay = SAVE_DELAY_MS,
): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const stop = store.subscribe((state, before) => {
    if (state.view === before.view && state.window === before.window) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      dispatcher.saveViewState(viewStateOf(store.getState()));
    }, delay);
  });
  return () => {
    if (timer !== null) clearTimeout(timer);
    stop();
  };
}
