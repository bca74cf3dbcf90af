/**
 * Stories wired to the page: create, rename, delete and open a story through the dispatcher.
 * Opening one hands the page a new start (its snapshot, its saved view state, the stories): the
 * explorer is drawn afresh for it, with its own undo history.
 */
import { useMemo } from 'react';
import type { NewslineApi, StoryList } from '../../../electron/shared/contract';
import { errorMessage, type InitialData } from '../lib/api';
import type { Dispatcher } from '../state/dispatcher';
import { showStories, type ExplorerStore } from '../state/explorer';

export interface StoryActions {
  /** Opens a story; resolves once the page shows it (or the failure). */
  open(id: string): Promise<void>;
  /** Creates a story and opens it; answers why not, in words, or null. */
  create(name: string): Promise<string | null>;
  rename(id: string, name: string): Promise<string | null>;
  remove(id: string): Promise<string | null>;
  /** Asks again for the stories and their counts (when the list is shown). */
  refresh(): void;
}

/** What opening the story `list.current` gives the page. */
async function startOf(api: NewslineApi, list?: StoryList): Promise<InitialData> {
  const [snapshot, view, stories] = await Promise.all([
    api.getSnapshot(),
    api.getViewState(),
    list ?? api.listStories(),
  ]);
  return { snapshot, view, stories };
}

export function useStories(
  dispatcher: Dispatcher,
  store: ExplorerStore,
  onOpened: (start: InitialData) => void,
): StoryActions {
  return useMemo(() => {
    const { api } = dispatcher;
    /** Runs a request; answers its failure's reason, or null. */
    const tryTo = async (work: () => Promise<void>): Promise<string | null> => {
      try {
        await work();
        return null;
      } catch (error) {
        return errorMessage(error);
      }
    };
    const open = async (id: string): Promise<void> => {
      await dispatcher.attempt(async (a) => {
        await a.switchStory(id);
        onOpened(await startOf(a));
      }, 'Could not open the story');
    };
    return {
      open,
      create: (name) =>
        tryTo(async () => {
          const before = new Set(store.getState().stories.stories.map((s) => s.id));
          const list = await api.createStory(name);
          store.dispatch(showStories(list));
          const made = list.stories.find((s) => !before.has(s.id));
          if (made) await open(made.id);
        }),
      rename: (id, name) =>
        tryTo(async () => {
          store.dispatch(showStories(await api.renameStory(id, name)));
        }),
      remove: (id) =>
        tryTo(async () => {
          const wasOpen = store.getState().stories.current === id;
          const list = await api.deleteStory(id);
          if (wasOpen) onOpened(await startOf(api, list));
          else store.dispatch(showStories(list));
        }),
      refresh: () => {
        api
          .listStories()
          .then((list) => store.dispatch(showStories(list)))
          .catch((error: unknown) => dispatcher.fail('Could not list the stories', error));
      },
    };
  }, [dispatcher, store, onOpened]);
}
