/**
 * A small store read with React's useSyncExternalStore: one state, changed only by named actions
 * (pure functions of the state), with subscribers told of each change.
 */
import { useSyncExternalStore } from 'react';

/** A named change of the state: a pure function from the state before to the state after. */
export type Action<S> = (state: S) => S;

export interface Store<S> {
  getState(): S;
  /** Applies an action; subscribers hear of it when the state changed. */
  dispatch(action: Action<S>): void;
  /** Calls `listener` after each change; returns a function that stops it. */
  subscribe(listener: (state: S, before: S) => void): () => void;
}

export function createStore<S>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<(state: S, before: S) => void>();
  return {
    getState: () => state,
    dispatch(action) {
      const before = state;
      state = action(state);
      if (state !== before) for (const listener of [...listeners]) listener(state, before);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * The part of the store's state `select` picks, re-rendering only when that part changes (by
 * identity): select a field, not a new object.
 */
export function useStore<S, T>(store: Store<S>, select: (state: S) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}
