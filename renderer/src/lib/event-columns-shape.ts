/**
 * The shape of the events as columns (event-columns.ts makes them, event-columns-patch.ts updates
 * them after an edit): one home for the type both use.
 */
import type { PageEvent } from '../../../electron/shared/contract';
import type { EventActor } from '../../../electron/shared/model';

export type ColumnEvent = Pick<PageEvent, 'actors' | 'cameo' | 'sources'>;

export interface EventColumns {
  /** Index in `kinds` of each event's kind. */
  kind: Uint16Array;
  /** The kinds met, by index. */
  kinds: string[];
  /** Index in `actorLists` of each event's list of actors (events sharing a list share the index). */
  actors: Int32Array;
  /** The lists of actors met, by index, and the distinct names of each. */
  actorLists: EventActor[][];
  actorNames: (readonly string[])[];
  /** Index in `articles` of the article of each event reported by one article; -1 for the others. */
  article: Int32Array;
  articles: string[];
}
