/**
 * The library's events by id and by word, for the requests the page makes instead of holding
 * every quote: `getEvents` (the details, the list, the reader, the printed sheet) and
 * `searchEvents` (the search box). The index is each event's folded text (shared/search-words.ts),
 * made once per event object: built once for the library, then only for the events an edit makes;
 * the map by id likewise follows the events each edit changed.
 */
import type { EventSearch, Snapshot } from '../shared/contract';
import type { NewsEvent } from '../shared/model';
import { hasWords, searchText, searchWords } from '../shared/search-words';
import { stepsBetween } from './snapshot-steps';

export interface EventFinder {
  getEvents(ids: string[]): Promise<NewsEvent[]>;
  searchEvents(query: string): Promise<EventSearch>;
  /** Builds the index ahead of the first search, a few thousand events per turn of the event loop. */
  warm(): Promise<void>;
}

const WARM_CHUNK = 2000;

/** Every event of a snapshot by id: the hidden ones, then the shown ones (which win). */
function mapOf(snapshot: Snapshot): Map<string, NewsEvent> {
  const byId = new Map<string, NewsEvent>();
  for (const e of snapshot.hiddenEvents ?? []) byId.set(e.id, e);
  for (const e of snapshot.events) byId.set(e.id, e);
  return byId;
}

/**
 * The map of `before` (`byId`, changed in place) made the map of `after`, which noted steps say
 * is `before` with the shown events `changes` changed (null: no longer shown): the hidden events
 * of `before` taken out, the changes applied, the hidden events of `after` put back where no
 * shown event has their id. An edit then costs the events it touched and the hidden ones, not a
 * map of every event per snapshot.
 */
function takeOver(
  byId: Map<string, NewsEvent>,
  before: Snapshot,
  after: Snapshot,
  changes: ReadonlyMap<string, NewsEvent | null>,
): Map<string, NewsEvent> {
  for (const e of before.hiddenEvents ?? []) if (byId.get(e.id) === e) byId.delete(e.id);
  for (const [id, e] of changes) {
    if (e) byId.set(id, e);
    else byId.delete(id);
  }
  for (const e of after.hiddenEvents ?? []) if (!byId.has(e.id)) byId.set(e.id, e);
  return byId;
}

/** What is worked out once per snapshot: the events by id and the folded text of each. */
interface SnapshotIndex {
  byId: Map<string, NewsEvent>;
  texts?: string[];
}

export function createEventFinder(current: () => Promise<Snapshot>): EventFinder {
  const folded = new WeakMap<NewsEvent, string>();
  const indexes = new WeakMap<Snapshot, SnapshotIndex>();
  /** The snapshot indexed last: the next one's map is made from its own when steps link them. */
  let latest: Snapshot | null = null;
  const indexOf = (snapshot: Snapshot): SnapshotIndex => {
    let index = indexes.get(snapshot);
    if (!index) {
      const before = latest && indexes.get(latest);
      const changes = latest && before ? stepsBetween(latest, snapshot) : null;
      const byId = latest && before && changes ? takeOver(before.byId, latest, snapshot, changes) : null;
      if (byId && latest) indexes.delete(latest); // its map is now the new snapshot's
      indexes.set(snapshot, (index = { byId: byId ?? mapOf(snapshot) }));
    }
    latest = snapshot;
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
