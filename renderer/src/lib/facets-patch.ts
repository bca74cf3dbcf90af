/**
 * What the filters give (facets.ts `applyFilters`), the ids shown and the events per article,
 * updated after an edit instead of worked out again over every event: the events taken out by
 * the edit's patch (events-patch.ts) are counted out, those that came in counted in, each by the
 * same rules as `applyFilters`. With the filter or the actors changed too, everything is worked
 * out afresh. The results equal the batch ones (tests/page-edits/columns-and-filters.property.test.ts).
 */
import { lowerBound } from './lower-bound';
import type { PageEvent, SourceRef } from '../../../electron/shared/contract';
import { compareByDate } from '../../../electron/shared/page-events';
import { eventColumns, eventsPerArticleOf } from './event-columns';
import { applyFilters, dateTest, isDay, kindOf, type ExplorerFilter, type FacetResult } from './facets';
import { actorTest } from './filter';
import { LazyIdSet } from './id-set';
import { patchOf } from './events-patch';
import { searchWords } from './search';

/** The filters last applied to a list of events, and what they gave. */
interface FilterRun {
  filter: ExplorerFilter;
  allActors: readonly string[];
  result: FacetResult<PageEvent>;
}

const runs = new WeakMap<readonly PageEvent[], FilterRun>();
/** How a list of events shown came from the one before it: the events taken out and put in. */
export interface ShownPatch {
  before: readonly PageEvent[];
  out: readonly PageEvent[];
  in: readonly PageEvent[];
}

const shownPatches = new WeakMap<readonly PageEvent[], ShownPatch>();

/** How `shown` came from the list shown before the edit, when `filtersAfterEdit` patched it. */
export function shownPatchOf(shown: readonly PageEvent[]): ShownPatch | undefined {
  return shownPatches.get(shown);
}

const sameNames = (a: readonly string[], b: readonly string[]) =>
  a === b || (a.length === b.length && a.every((x, i) => x === b[i]));

/**
 * `applyFilters(events, filter, allActors)`; when `events` were patched from a list last filtered
 * with the same filter and actors, the result before updated by the patch.
 */
export function filtersAfterEdit(
  events: readonly PageEvent[],
  filter: ExplorerFilter,
  allActors: readonly string[],
): FacetResult<PageEvent> {
  const patch = patchOf(events);
  const run = patch && runs.get(patch.before);
  const result =
    patch && run && run.filter === filter && sameNames(run.allActors, allActors)
      ? patchResult(run.result, patch.before, events, patch.out, patch.in, patch.moved, filter, allActors)
      : applyFilters(events, filter, allActors);
  runs.set(events, { filter, allActors, result });
  return result;
}

/** What one event adds to the filters' result (see the loop of `applyFilters`). */
interface Share {
  shown: boolean;
  kind: string | null;
  articles: readonly string[];
  actors: readonly string[];
}

function shareTest(filter: ExplorerFilter, allActors: readonly string[]): (e: PageEvent) => Share | null {
  const { facets } = filter;
  const found = searchWords(facets.query).length > 0 ? filter.found : null;
  const articles = new Set(facets.articles);
  const actorsPass = actorTest(filter, allActors);
  const datesPass = dateTest(facets.from, facets.to);
  const datesAll = !isDay(facets.from) && !isDay(facets.to);
  return (e) => {
    if (found && !found.has(e.id)) return null;
    if (!datesAll && !datesPass(e)) return null;
    const kind = kindOf(e);
    const kindOk = facets.kinds.length === 0 || facets.kinds.includes(kind);
    const ids = e.sources.length === 1 ? [(e.sources[0] as SourceRef).articleId] : articlesOf(e.sources);
    const articleOk = articles.size === 0 || ids.some((id) => articles.has(id));
    const actors = kindOk && articleOk ? [...new Set(e.actors.map((a) => a.name))] : [];
    if (!actorsPass(e)) return { shown: false, kind: null, articles: [], actors };
    return { shown: kindOk && articleOk, kind: articleOk ? kind : null, articles: kindOk ? ids : [], actors };
  };
}

const articlesOf = (sources: readonly SourceRef[]): string[] => [...new Set(sources.map((s) => s.articleId))];

function count(map: Map<string, number>, key: string, n: number): void {
  const next = (map.get(key) ?? 0) + n;
  if (next > 0) map.set(key, next);
  else map.delete(key);
}

function patchResult(
  before: FacetResult<PageEvent>,
  beforeEvents: readonly PageEvent[],
  events: readonly PageEvent[],
  out: readonly number[],
  inn: readonly number[],
  moved: Int32Array,
  filter: ExplorerFilter,
  allActors: readonly string[],
): FacetResult<PageEvent> {
  const share = shareTest(filter, allActors);
  const kindCounts = new Map(before.kindCounts);
  const articleCounts = new Map(before.articleCounts);
  const actorCounts = new Map(before.actorCounts);
  const apply = (s: Share | null, n: number) => {
    if (!s) return;
    if (s.kind !== null) count(kindCounts, s.kind, n);
    for (const id of s.articles) count(articleCounts, id, n);
    for (const name of s.actors) count(actorCounts, name, n);
  };
  const gone: PageEvent[] = [];
  for (const i of out) {
    const e = beforeEvents[i] as PageEvent;
    const s = share(e);
    apply(s, -1);
    if (s?.shown) gone.push(e);
  }
  const came: PageEvent[] = [];
  const cameAt: number[] = [];
  for (const j of inn) {
    const e = events[j] as PageEvent;
    const s = share(e);
    apply(s, 1);
    if (s?.shown) {
      came.push(e);
      cameAt.push(j);
    }
  }
  const shownBefore = before.shown;
  const shown =
    (gone.length + came.length <= FEW_SHOWN && spliceShown(shownBefore, gone, came)) ||
    walkShown(shownBefore, beforeEvents, events, moved, cameAt);
  shownPatches.set(shown, { before: shownBefore, out: gone, in: came });
  return { shown, kindCounts, articleCounts, actorCounts };
}

/** At most this many events leaving or joining the list shown for it to be spliced (beyond: one walk). */
const FEW_SHOWN = 64;

/** First position in the date-ordered `list` not before `e` (a binary search by date, then id). */
function placeOf(list: readonly PageEvent[], e: PageEvent): number {
  return lowerBound(list.length, (i) => compareByDate(list[i] as PageEvent, e) < 0);
}

/**
 * The list shown before with `gone` taken out and `came` put in, each found by a binary search
 * (a snapshot's events are in date order with unique ids, and so is any list of them in that
 * order); null when one of `gone` is not where the order puts it.
 */
function spliceShown(
  before: readonly PageEvent[],
  gone: readonly PageEvent[],
  came: readonly PageEvent[],
): PageEvent[] | null {
  const shown = before.slice();
  for (const e of gone) {
    const at = placeOf(shown, e);
    if (shown[at] !== e) return null;
    shown.splice(at, 1);
  }
  for (const e of came) shown.splice(placeOf(shown, e), 0, e);
  return shown;
}

/** The list shown, by a walk of every event: those shown before where they moved, and those that came in at `cameAt`. */
function walkShown(
  shownBefore: readonly PageEvent[],
  beforeEvents: readonly PageEvent[],
  events: readonly PageEvent[],
  moved: Int32Array,
  cameAt: readonly number[],
): PageEvent[] {
  const mask = new Uint8Array(events.length);
  let k = 0;
  for (let i = 0; i < beforeEvents.length && k < shownBefore.length; i++) {
    if (beforeEvents[i] !== shownBefore[k]) continue;
    k++;
    const j = moved[i] as number;
    if (j >= 0) mask[j] = 1;
  }
  for (const j of cameAt) mask[j] = 1;
  const shown: PageEvent[] = [];
  for (let j = 0; j < events.length; j++) if (mask[j] === 1) shown.push(events[j] as PageEvent);
  return shown;
}

/** The event last looked up by id in each list shown (null: not in it). */
const lookedUp = new WeakMap<readonly PageEvent[], { id: string; event: PageEvent | null }>();

/**
 * The event `id` among `shown` (null when not shown); after an edit, when the same id was looked
 * up in the list before it, found among the events the edit changed instead of over every one.
 */
export function findShown(shown: readonly PageEvent[], id: string): PageEvent | null {
  const last = lookedUp.get(shown);
  if (last?.id === id) return last.event;
  const patch = shownPatches.get(shown);
  const before = patch && lookedUp.get(patch.before);
  let event: PageEvent | null;
  if (patch && before?.id === id) {
    // the events kept are those shown before less those taken out
    const kept = before.event && !patch.out.includes(before.event) ? before.event : null;
    event = patch.in.find((e) => e.id === id) ?? kept;
  } else event = shown.find((e) => e.id === id) ?? null;
  lookedUp.set(shown, { id, event });
  return event;
}

const idSets = new WeakMap<readonly PageEvent[], ReadonlySet<string>>();

/**
 * The ids of the events `shown`, as a set made when first looked up (`LazyIdSet`); after an edit,
 * when the set before it was made, that set with the ids taken out and put in.
 */
export function idsOf(shown: readonly PageEvent[]): ReadonlySet<string> {
  let ids = idSets.get(shown);
  if (ids) return ids;
  const patch = shownPatches.get(shown);
  const before = patch && idSets.get(patch.before);
  if (patch && before && (!(before instanceof LazyIdSet) || before.made)) {
    const next = new Set(before);
    for (const e of patch.out) next.delete(e.id);
    for (const e of patch.in) next.add(e.id);
    ids = next;
  } else ids = new LazyIdSet(shown);
  idSets.set(shown, ids);
  return ids;
}

const perArticle = new WeakMap<readonly PageEvent[], ReadonlyMap<string, number>>();

/** Events per article (`eventsPerArticleOf`, from the filter's columns); after an edit, the counts before with the events taken out and put in. */
export function eventsPerArticleAfterEdit(events: readonly PageEvent[]): ReadonlyMap<string, number> {
  let counts = perArticle.get(events);
  if (counts) return counts;
  const patch = patchOf(events);
  const before = patch && perArticle.get(patch.before);
  if (patch && before) {
    const next = new Map(before);
    const apply = (e: PageEvent, n: number) => {
      for (const id of e.sources.length === 1
        ? [(e.sources[0] as SourceRef).articleId]
        : articlesOf(e.sources))
        count(next, id, n);
    };
    for (const i of patch.out) apply(patch.before[i] as PageEvent, -1);
    for (const j of patch.in) apply(events[j] as PageEvent, 1);
    counts = next;
  } else counts = eventsPerArticleOf(events, eventColumns(events, kindOf));
  perArticle.set(events, counts);
  return counts;
}
