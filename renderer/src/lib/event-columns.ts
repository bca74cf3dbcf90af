/**
 * The events of a snapshot as columns, pure: each event's kind, list of actors and article as
 * small numbers, worked out once per list of events (a snapshot's), so that filtering and
 * counting 100,000 events is a pass over arrays of numbers instead of maps of text per event.
 */
import type { PageEvent, SourceRef } from '../../../electron/shared/contract';
import type { EventActor } from '../../../electron/shared/model';
import { patchColumns } from './event-columns-patch';
import type { ColumnEvent, EventColumns } from './event-columns-shape';
import { patchOf } from './events-patch';

export type { ColumnEvent, EventColumns } from './event-columns-shape';

const columnsOf = new WeakMap<readonly ColumnEvent[], EventColumns>();

/** The columns of `events` (made once per list: lists of events are never changed in place). */
export function eventColumns(
  events: readonly ColumnEvent[],
  kindOf: (e: ColumnEvent) => string,
): EventColumns {
  let columns = columnsOf.get(events);
  if (columns) return columns;
  // after an edit: the columns before it, patched
  const patch = patchOf(events as readonly PageEvent[]);
  const before = patch && columnsOf.get(patch.before);
  if (patch && before) {
    columns = patchColumns(before, events, patch, kindOf);
    columnsOf.set(events, columns);
    return columns;
  }
  const n = events.length;
  const kind = new Uint16Array(n);
  const kinds: string[] = [];
  const kindIndex = new Map<string, number>();
  const actors = new Int32Array(n);
  const actorLists: EventActor[][] = [];
  const actorNames: (readonly string[])[] = [];
  const listIndex = new Map<EventActor[], number>();
  const article = new Int32Array(n);
  const articles: string[] = [];
  const articleIndex = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const e = events[i] as ColumnEvent;
    const k = kindOf(e);
    let ki = kindIndex.get(k);
    if (ki === undefined) {
      kindIndex.set(k, (ki = kinds.length));
      kinds.push(k);
    }
    kind[i] = ki;
    let li = listIndex.get(e.actors);
    if (li === undefined) {
      listIndex.set(e.actors, (li = actorLists.length));
      actorLists.push(e.actors);
      actorNames.push([...new Set(e.actors.map((a) => a.name))]);
    }
    actors[i] = li;
    if (e.sources.length === 1) {
      const id = (e.sources[0] as SourceRef).articleId;
      let ai = articleIndex.get(id);
      if (ai === undefined) {
        articleIndex.set(id, (ai = articles.length));
        articles.push(id);
      }
      article[i] = ai;
    } else article[i] = -1;
  }
  columns = { kind, kinds, actors, actorLists, actorNames, article, articles };
  columnsOf.set(events, columns);
  return columns;
}

/** The columns of `events` when they were made already (by `eventColumns`), else undefined. */
export function knownColumns(events: readonly ColumnEvent[]): EventColumns | undefined {
  return columnsOf.get(events);
}

/**
 * Events per article over `events` (an event counts once per article that reports it), as
 * `eventsPerArticle` counts them, from their columns: counted per article index, then named.
 */
export function eventsPerArticleOf(
  events: readonly ColumnEvent[],
  columns: EventColumns,
): Map<string, number> {
  const perArticle = new Int32Array(columns.articles.length);
  const counts = new Map<string, number>();
  for (let i = 0; i < events.length; i++) {
    const only = columns.article[i] as number;
    if (only >= 0) (perArticle[only] as number)++;
    else
      for (const id of new Set((events[i] as ColumnEvent).sources.map((s) => s.articleId)))
        counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  perArticle.forEach((n, a) => {
    if (n > 0) {
      const id = columns.articles[a] as string;
      counts.set(id, (counts.get(id) ?? 0) + n);
    }
  });
  return counts;
}
