/**
 * The library's events by id and by word, for the requests the page makes instead of holding
 * every quote: `getEvents` (the details, the list, the reader, the printed sheet) and
 * `searchEvents` (the search box). The index is each event's folded text (shared/search-words.ts),
 * made once per event object: built once for the library, then only for the events an edit makes.
 */
import type { EventSearch, Snapshot } from '../shared/contract';
import type { NewsEvent } from '../shared/model';
import { hasWords, searchText, searchWords } from '../shared/search-words';

export interface EventFinder {
  getEvents(ids: string[]): Promise<NewsEvent[]>;
  searchEvents(query: string): Promise<EventSearch>;
  /** Builds the index ahead of the first search, a few thousand events per turn of the event loop. */
  warm(): Promise<void>;
}

const WARM_CHUNK = 2000;

/** What is worked out once per snapshot: the events by id and the folded text of each. */
interface SnapshotIndex {
  byId: Map<string, NewsEvent>;
  texts?: string[];
}

export function createEventFinder(current: () => Promise<Snapshot>): EventFinder {
  const folded = new WeakMap<NewsEvent, string>();
  const indexes = new WeakMap<Snapshot, SnapshotIndex>();
  const indexOf = (snapshot: Snapshot): SnapshotIndex => {
    let index = indexes.get(snapshot);
    if (!index) {
      const byId = new Map<string, NewsEvent>();
      for (const e of snapshot.hiddenEvents ?? []) byId.set(e.id, e);
      for (const e of snapshot.events) byId.set(e.id, e);
      indexes.set(snapshot, (index = { byId }));
    }
    return index;
  };
  const textOf = (e: NewsEvent): string => {
    let text = folded.get(e);
    if (text === undefined) folded.set(e, (text = searchText(e)));
    return text;
  };
  const textsOf = (snapshot: Snapshot): string[] => {
    const index = indexOf(snapshot);
    index.texts ??= snapshot.events.map(textOf);
    return index.texts;
  };
  return {
    async warm() {
      const { events } = await current();
      for (let i = 0; i < events.length; i += WARM_CHUNK) {
        for (const e of events.slice(i, i + WARM_CHUNK)) textOf(e);
        await new Promise((resolve) => setImmediate(resolve));
      }
    },
    async getEvents(ids) {
      const { byId } = indexOf(await current());
      return ids.flatMap((id) => byId.get(id) ?? []);
    },
    async searchEvents(query) {
      const snapshot = await current();
      const terms = searchWords(query);
      if (terms.length === 0) return { query, terms, ids: snapshot.events.map((e) => e.id) };
      const texts = textsOf(snapshot);
      const ids: string[] = [];
      for (let i = 0; i < texts.length; i++)
        if (hasWords(texts[i] as string, terms)) ids.push((snapshot.events[i] as NewsEvent).id);
      return { query, terms, ids };
    },
  };
}
