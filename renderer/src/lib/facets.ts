/**
 * Facets of the events: search words, kinds of event (CAMEO root), articles and a date range,
 * combined with the actor filter. Pure functions: the page, the list and the tests all use these.
 *
 * Every count is computed with the other filters applied: the count next to a kind is the number
 * of events of that kind that pass the actor filter, the search, the articles and the dates.
 */
import type { ViewState, SourceRef } from '../../../electron/shared/contract';
import type { ArticleInfo } from '../../../electron/shared/model';
import type { PageEvent } from '../../../electron/shared/contract';
import { cameoRootName } from './cameo-names';
import { formatIsoDate, placeEvent } from './event-dates';
import { eventColumns, knownColumns } from './event-columns';
import { patchOf } from './events-patch';
import { actorTest, type ActorFilter } from './filter';
import { searchWords } from './search';
import { DAY_MS } from './time';

/** Key of the kind facet for events with no (known) CAMEO root. */
export const NO_KIND = 'none';

/** The facets chosen, besides the actor filter. Empty lists mean "any". */
export interface FacetState {
  /** The search as typed. */
  query: string;
  /** CAMEO root codes ("03") or NO_KIND. */
  kinds: readonly string[];
  /** Article ids: events reported by any of them. */
  articles: readonly string[];
  /** First and last day of the date range, YYYY-MM-DD. */
  from?: string;
  to?: string;
}

export const NO_FACETS: FacetState = { query: '', kinds: [], articles: [] };

/** Everything that decides which events are shown. */
export interface ExplorerFilter extends ActorFilter {
  facets: FacetState;
  /**
   * Ids of the events the search matches, as the services found them (services/event-search.ts);
   * null while none has been answered (the search then narrows nothing yet).
   */
  found?: ReadonlySet<string> | null;
}

type FacetEvent = Pick<
  PageEvent,
  'id' | 'title' | 'sources' | 'actors' | 'cameo' | 'start' | 'end' | 'precision'
>;

/** The kind facet key of an event: its CAMEO root ("03"), or NO_KIND. */
export function kindOf(event: Pick<PageEvent, 'cameo'>): string {
  const code = event.cameo;
  if (!code) return NO_KIND;
  let kind = kindByCode.get(code);
  if (kind === undefined) {
    kind = cameoRootName(code) ? code.trim().slice(0, 2).padStart(2, '0') : NO_KIND;
    kindByCode.set(code, kind);
  }
  return kind;
}

/** Kind of each CAMEO code met so far (there are a few hundred codes at most). */
const kindByCode = new Map<string, string>();

/** Name of a kind facet key ("Consult", "Not classified"). */
export function kindName(kind: string): string {
  return cameoRootName(kind) ?? 'Not classified';
}

/** True for a day as YYYY-MM-DD. */
export const isDay = (s: string | undefined): s is string => s !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(s);

function dayStart(day: string): number {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

/** True when the event's time (its day, month, year or span) overlaps the range of days. */
export function inDateRange(
  event: Pick<PageEvent, 'start' | 'end' | 'precision'>,
  from?: string,
  to?: string,
): boolean {
  return dateTest(from, to)(event);
}

/** The test of `inDateRange` for one range, with the range read once: for filtering many events. */
export function dateTest(
  from?: string,
  to?: string,
): (event: Pick<PageEvent, 'start' | 'end' | 'precision'>) => boolean {
  const lower = isDay(from) ? dayStart(from) : -Infinity;
  const upper = isDay(to) ? dayStart(to) + DAY_MS : Infinity;
  if (lower === -Infinity && upper === Infinity) return () => true;
  return (event) => {
    const p = placeEvent(event);
    if (!p) return false;
    return (p.end ?? p.start + 1) > lower && p.start < upper;
  };
}

/** True when any facet (not the actor filter) narrows the events. */
export function hasFacets(facets: FacetState): boolean {
  return (
    searchWords(facets.query).length > 0 ||
    facets.kinds.length > 0 ||
    facets.articles.length > 0 ||
    isDay(facets.from) ||
    isDay(facets.to)
  );
}

/** The outcome of the filters: the events shown and the facet counts. */
export interface FacetResult<E> {
  /** Events passing every filter, in their original order. */
  shown: E[];
  /** Events per kind, with every other filter applied. */
  kindCounts: Map<string, number>;
  /** Events per article (an event counts once per article that reports it), every other filter applied. */
  articleCounts: Map<string, number>;
  /** Events per actor under the search and the facets (the actor filter itself left out). */
  actorCounts: Map<string, number>;
}

/** Distinct article ids of an event's sources. */
const articlesOf = (sources: readonly SourceRef[]): string[] => [...new Set(sources.map((s) => s.articleId))];

/** Adds `n` to the count of `key`. */
const add = (map: Map<string, number>, key: string, n = 1) => map.set(key, (map.get(key) ?? 0) + n);

/**
 * Applies the actor filter and the facets in one pass, counting each facet's values (and each
 * actor's events) among the events that pass all the other filters. The pass runs over the
 * events' columns (event-columns.ts): the actor filter is decided once per list of actors, and
 * counts are kept per kind, per list of actors and per article index.
 */
export function applyFilters<E extends FacetEvent>(
  events: readonly E[],
  filter: ExplorerFilter,
  allActors: readonly string[],
): FacetResult<E> {
  const { facets } = filter;
  const found = searchWords(facets.query).length > 0 ? filter.found : null;
  const articles = new Set(facets.articles);
  const columns = eventColumns(events, kindOf);
  const actorsPass = actorTest(filter, allActors);
  const listPasses = Uint8Array.from(columns.actorLists, (actors) => (actorsPass({ actors }) ? 1 : 0));
  const kindChosen = Uint8Array.from(columns.kinds, (k) =>
    facets.kinds.length === 0 || facets.kinds.includes(k) ? 1 : 0,
  );
  const articleChosen = Uint8Array.from(columns.articles, (id) =>
    articles.size === 0 || articles.has(id) ? 1 : 0,
  );
  const datesPass = dateTest(facets.from, facets.to);
  const datesAll = !isDay(facets.from) && !isDay(facets.to);
  const shown: E[] = [];
  const perKind = new Int32Array(columns.kinds.length);
  const perList = new Int32Array(columns.actorLists.length);
  const perArticle = new Int32Array(columns.articles.length);
  const articleCounts = new Map<string, number>();
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as E;
    if (found && !found.has(event.id)) continue;
    if (!datesAll && !datesPass(event)) continue;
    const kind = columns.kind[i] as number;
    const kindOk = kindChosen[kind] === 1;
    const only = columns.article[i] as number;
    // Most events have one source: no set needed to count each article once.
    const ids = only < 0 ? articlesOf(event.sources) : null;
    const articleOk =
      articles.size === 0 || (ids === null ? articleChosen[only] === 1 : ids.some((id) => articles.has(id)));
    const list = columns.actors[i] as number;
    if (kindOk && articleOk) (perList[list] as number)++;
    if (listPasses[list] === 0) continue;
    if (articleOk) (perKind[kind] as number)++;
    if (kindOk) {
      if (ids === null) (perArticle[only] as number)++;
      else for (const id of ids) add(articleCounts, id);
    }
    if (kindOk && articleOk) shown.push(event);
  }
  const kindCounts = new Map<string, number>();
  perKind.forEach((n, k) => {
    if (n > 0) kindCounts.set(columns.kinds[k] as string, n);
  });
  perArticle.forEach((n, a) => {
    if (n > 0) add(articleCounts, columns.articles[a] as string, n);
  });
  const actorCounts = new Map<string, number>();
  perList.forEach((n, l) => {
    if (n > 0) for (const name of columns.actorNames[l] as readonly string[]) add(actorCounts, name, n);
  });
  return { shown, kindCounts, articleCounts, actorCounts };
}

/** One value of a facet as listed: key, name, count and whether it is chosen. */
export interface FacetOption {
  key: string;
  label: string;
  count: number;
  checked: boolean;
  /** For articles: the source and date, to tell articles apart. */
  detail?: string;
}

/** The kinds present in each list of events, found once per list. */
const kindsPresent = new WeakMap<readonly object[], ReadonlySet<string>>();

function kindsIn(events: readonly Pick<PageEvent, 'cameo'>[]): ReadonlySet<string> {
  let kinds = kindsPresent.get(events);
  if (!kinds) {
    // the filter's columns list the kinds met (by kindOf) when they were made
    const columns = knownColumns(events as readonly Pick<PageEvent, 'cameo' | 'actors' | 'sources'>[]);
    const patched = columns ? null : kindsAfterEdit(events);
    const found = patched ?? new Set<string>(columns?.kinds);
    if (!columns && !patched) for (const e of events) found.add(kindOf(e));
    kindsPresent.set(events, (kinds = found));
  }
  return kinds;
}

/**
 * After an edit (lib/events-patch.ts), the kinds of the list before it with those of the events
 * put in; a kind only events taken out had is looked for among the others (most kinds are met
 * within a few events). Null when the kinds before are not known.
 */
function kindsAfterEdit(events: readonly Pick<PageEvent, 'cameo'>[]): Set<string> | null {
  const patch = patchOf(events as readonly PageEvent[]);
  const before = patch && kindsPresent.get(patch.before);
  if (!patch || !before) return null;
  const found = new Set(before);
  for (const j of patch.in) found.add(kindOf(events[j] as PageEvent));
  const left = new Set<string>();
  for (const i of patch.out) left.add(kindOf(patch.before[i] as PageEvent));
  for (const j of patch.in) left.delete(kindOf(events[j] as PageEvent));
  if (left.size > 0) {
    const missing = new Set(left);
    for (let i = 0; i < events.length && missing.size > 0; i++)
      missing.delete(kindOf(events[i] as PageEvent));
    for (const kind of missing) found.delete(kind);
  }
  return found;
}

/**
 * The kinds to list: every kind present in the events, plus any chosen one, by CAMEO code
 * (unclassified last), with the counts under the current filters.
 */
export function kindOptions(
  events: readonly Pick<PageEvent, 'cameo'>[],
  counts: ReadonlyMap<string, number>,
  chosen: readonly string[],
): FacetOption[] {
  const keys = new Set([...kindsIn(events), ...chosen]);
  const order = (k: string) => (k === NO_KIND ? '99' : k);
  return [...keys]
    .sort((a, b) => order(a).localeCompare(order(b)))
    .map((key) => ({
      key,
      label: key === NO_KIND ? kindName(key) : `${key} ${kindName(key)}`,
      count: counts.get(key) ?? 0,
      checked: chosen.includes(key),
    }));
}

type ArticleRow = Pick<FacetOption, 'key' | 'label' | 'detail'>;

const titleOrder = new Intl.Collator('en').compare;

/** Order of the article facet: newest day first, by title within a day (then as listed). */
export function articleOrder(a: ArticleInfo, b: ArticleInfo): number {
  if (a.published !== b.published) return a.published < b.published ? 1 : -1;
  return titleOrder(a.title, b.title);
}

/** The row of an article in the facet: title, then source and date. */
export function articleRow(a: ArticleInfo): ArticleRow {
  return {
    key: a.id,
    label: a.title,
    detail: [a.source, formatIsoDate(a.published, true)].filter(Boolean).join(' · '),
  };
}

/** The rows of each list of articles, sorted once (a library can hold thousands of articles). */
const articleRows = new WeakMap<readonly ArticleInfo[], ArticleRow[]>();

/** The rows of `articles` in facet order, when they were sorted already. */
export const sortedArticleRows = (articles: readonly ArticleInfo[]): readonly ArticleRow[] | undefined =>
  articleRows.get(articles);

function rowsOf(articles: readonly ArticleInfo[]): ArticleRow[] {
  let rows = articleRows.get(articles);
  if (!rows) {
    // newest day first, and by title within a day: the days sorted once, titles only within a day
    const byDay = new Map<string, ArticleInfo[]>();
    for (const a of articles) {
      const day = byDay.get(a.published);
      if (day) day.push(a);
      else byDay.set(a.published, [a]);
    }
    rows = [];
    for (const published of [...byDay.keys()].sort().reverse()) {
      const date = formatIsoDate(published, true);
      for (const a of (byDay.get(published) as ArticleInfo[]).sort((x, y) => titleOrder(x.title, y.title)))
        rows.push({ key: a.id, label: a.title, detail: [a.source, date].filter(Boolean).join(' · ') });
    }
    articleRows.set(articles, rows);
  }
  return rows;
}

/** The articles to list, newest first, with the counts under the current filters. */
export function articleOptions(
  articles: readonly ArticleInfo[],
  counts: ReadonlyMap<string, number>,
  chosen: readonly string[],
): FacetOption[] {
  const picked = new Set(chosen);
  return rowsOf(articles).map((row) => ({
    key: row.key,
    label: row.label,
    detail: row.detail,
    count: counts.get(row.key) ?? 0,
    checked: picked.has(row.key),
  }));
}

/** Adds a value to a facet's chosen list, or takes it away. */
export function toggleValue(chosen: readonly string[], key: string): string[] {
  return chosen.includes(key) ? chosen.filter((k) => k !== key) : [...chosen, key];
}

/** The facets saved in a view state (older states have none: no facet). */
export function facetsOfView(
  view: Pick<ViewState, 'search' | 'kinds' | 'articles' | 'dateFrom' | 'dateTo'>,
): FacetState {
  return {
    query: view.search ?? '',
    kinds: view.kinds ?? [],
    articles: view.articles ?? [],
    ...(isDay(view.dateFrom) ? { from: view.dateFrom } : {}),
    ...(isDay(view.dateTo) ? { to: view.dateTo } : {}),
  };
}

/** The view state fields of the facets, leaving out those not in use. */
export function viewOfFacets(
  facets: FacetState,
): Pick<ViewState, 'search' | 'kinds' | 'articles' | 'dateFrom' | 'dateTo'> {
  return {
    ...(facets.query.trim() ? { search: facets.query } : {}),
    ...(facets.kinds.length > 0 ? { kinds: [...facets.kinds] } : {}),
    ...(facets.articles.length > 0 ? { articles: [...facets.articles] } : {}),
    ...(isDay(facets.from) ? { dateFrom: facets.from } : {}),
    ...(isDay(facets.to) ? { dateTo: facets.to } : {}),
  };
}

/** The actors with their counts under the current search and facets, when any facet is active. */
export function actorsWithCounts<A extends { name: string; count: number }>(
  actors: readonly A[],
  counts: ReadonlyMap<string, number>,
  facets: FacetState,
): readonly A[] {
  if (!hasFacets(facets)) return actors;
  return actors.map((a) => ({ ...a, count: counts.get(a.name) ?? 0 }));
}
