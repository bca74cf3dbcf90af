/**
 * The columns of a list of events (event-columns.ts) updated by an edit's patch (events-patch.ts)
 * instead of made again: the kept events' rows copied to their new places, only the events that
 * came in looked up. Kinds, lists of actors and articles met before keep their numbers; those
 * first met are numbered after them. Filtering and counting over the patched columns gives what
 * it gives over columns made afresh (tests/page-edits/columns-and-filters.property.test.ts).
 */
import type { SourceRef } from '../../../electron/shared/contract';
import type { EventActor } from '../../../electron/shared/model';
import type { ColumnEvent, EventColumns } from './event-columns-shape';
import type { EventsPatch } from './events-patch';

/** Numbers of the values met, per column (made once per columns, when first patched). */
interface Numbers {
  kinds: Map<string, number>;
  lists: Map<EventActor[], number>;
  articles: Map<string, number>;
}

const numbersOf = new WeakMap<EventColumns, Numbers>();

function numbers(columns: EventColumns): Numbers {
  let found = numbersOf.get(columns);
  if (!found) {
    found = {
      kinds: new Map(columns.kinds.map((k, i) => [k, i])),
      lists: new Map(columns.actorLists.map((l, i) => [l, i])),
      articles: new Map(columns.articles.map((a, i) => [a, i])),
    };
    numbersOf.set(columns, found);
  }
  return found;
}

/** The columns of `events`, made from `before` (the columns of `patch.before`) by `patch`. */
export function patchColumns(
  before: EventColumns,
  events: readonly ColumnEvent[],
  patch: EventsPatch,
  kindOf: (e: ColumnEvent) => string,
): EventColumns {
  const n = events.length;
  const kind = new Uint16Array(n);
  const actors = new Int32Array(n);
  const article = new Int32Array(n);
  const { moved } = patch;
  for (let i = 0; i < moved.length; i++) {
    const j = moved[i] as number;
    if (j < 0) continue;
    kind[j] = before.kind[i] as number;
    actors[j] = before.actors[i] as number;
    article[j] = before.article[i] as number;
  }
  // the value lists grow (never change in place: the columns before keep theirs)
  const kinds = [...before.kinds];
  const actorLists = [...before.actorLists];
  const actorNames = [...before.actorNames];
  const articles = [...before.articles];
  const known = numbers(before);
  const next: Numbers = { kinds: new Map(known.kinds), lists: known.lists, articles: known.articles };
  let lists: Map<EventActor[], number> | null = null;
  let articleIndex: Map<string, number> | null = null;
  for (const j of patch.in) {
    const e = events[j] as ColumnEvent;
    const k = kindOf(e);
    let ki = next.kinds.get(k);
    if (ki === undefined) {
      next.kinds.set(k, (ki = kinds.length));
      kinds.push(k);
    }
    kind[j] = ki;
    let li = (lists ?? known.lists).get(e.actors);
    if (li === undefined) {
      lists ??= new Map(known.lists);
      lists.set(e.actors, (li = actorLists.length));
      actorLists.push(e.actors);
      actorNames.push([...new Set(e.actors.map((a) => a.name))]);
    }
    actors[j] = li;
    if (e.sources.length === 1) {
      const id = (e.sources[0] as SourceRef).articleId;
      let ai = (articleIndex ?? known.articles).get(id);
      if (ai === undefined) {
        articleIndex ??= new Map(known.articles);
        articleIndex.set(id, (ai = articles.length));
        articles.push(id);
      }
      article[j] = ai;
    } else article[j] = -1;
  }
  const columns: EventColumns = { kind, kinds, actors, actorLists, actorNames, article, articles };
  numbersOf.set(columns, {
    kinds: next.kinds,
    lists: lists ?? known.lists,
    articles: articleIndex ?? known.articles,
  });
  return columns;
}
