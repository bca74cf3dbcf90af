/**
 * Stand-ins for the curation requests, for tests whose service mock is about something else:
 * each answers with the snapshot given (or an empty list / file) and records its calls.
 */
import { vi } from 'vitest';
import type {
  CurationApi,
  NewslineService,
  Snapshot,
  StoriesApi,
  StoryList,
  WindowApi,
} from '../../electron/shared/contract';
import { matchesWords, searchWords } from '../../electron/shared/search-words';

/** vi.fn stubs of every curation request. */
export function curationStubs(snapshot: Snapshot) {
  const file = { fileName: 'x.json', mimeType: 'application/json', content: '{}' };
  return {
    editEvent: vi.fn(async () => snapshot),
    hideEvent: vi.fn(async () => snapshot),
    revertEvent: vi.fn(async () => snapshot),
    addEvent: vi.fn(async () => snapshot),
    mergeEvents: vi.fn(async () => snapshot),
    splitEvent: vi.fn(async () => snapshot),
    editActors: vi.fn(async () => snapshot),
    undo: vi.fn(async () => snapshot),
    redo: vi.fn(async () => snapshot),
    listViews: vi.fn(async () => []),
    saveView: vi.fn(async () => []),
    renameView: vi.fn(async () => []),
    deleteView: vi.fn(async () => []),
    exportEvents: vi.fn(async () => file),
    importEvents: vi.fn(async () => snapshot),
  } satisfies CurationApi;
}

/** vi.fn stubs of the window's requests (PNG, PDF). */
export function windowStubs() {
  const file = { fileName: 'x.png', mimeType: 'image/png', content: '', base64: true };
  return {
    capturePng: vi.fn(async () => file),
    printPdf: vi.fn(async () => ({ ...file, fileName: 'x.pdf', mimeType: 'application/pdf' })),
    chooseImportFolder: vi.fn(async () => null),
  } satisfies WindowApi;
}

/** One story, open, holding the snapshot given. */
export const oneStory = (snapshot: Snapshot): StoryList => ({
  current: 'sample',
  stories: [
    {
      id: 'sample',
      name: 'Sample',
      sample: true,
      articles: snapshot.articles.length,
      events: snapshot.events.length,
    },
  ],
  problems: [],
});

/** vi.fn stubs of the story requests: one story, the snapshot given. */
export function storyStubs(snapshot: Snapshot) {
  return {
    listStories: vi.fn(async () => oneStory(snapshot)),
    createStory: vi.fn(async () => oneStory(snapshot)),
    renameStory: vi.fn(async () => oneStory(snapshot)),
    deleteStory: vi.fn(async () => oneStory(snapshot)),
    switchStory: vi.fn(async () => snapshot),
    removeArticles: vi.fn(async () => snapshot),
  } satisfies StoriesApi;
}

/** The events by id and the search, answered from the snapshot's events as the services would. */
export function lookupStubs(snapshot: Snapshot) {
  return {
    getEvents: vi.fn(async (ids: string[]) => snapshot.events.filter((e) => ids.includes(e.id))),
    searchEvents: vi.fn(async (query: string) => {
      const terms = searchWords(query);
      return { query, terms, ids: snapshot.events.filter((e) => matchesWords(e, terms)).map((e) => e.id) };
    }),
  } satisfies Pick<NewslineService, 'getEvents' | 'searchEvents'>;
}
