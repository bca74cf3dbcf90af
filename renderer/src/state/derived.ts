/**
 * What the explorer shows, worked out from the store's snapshot and view: the events that pass
 * the filters, the facets' counts, the chips and the selected event. Memoised per input, as
 * the page re-renders far more often than these change.
 */
import { useDeferredValue, useMemo } from 'react';
import type { PageSnapshot } from '../../../electron/shared/contract';
import { deriveChips } from '../lib/chips';
import { articleFacetList } from '../lib/article-facet';
import { actorsWithCounts, hasFacets, kindOptions } from '../lib/facets';
import { eventsPerArticleAfterEdit, filtersAfterEdit, findShown, idsOf } from '../lib/facets-patch';
import { isFiltering } from '../lib/filter';
import { searchWords } from '../lib/search';
import type { Found, ViewSelection } from './explorer';

export function useDerived(snapshot: PageSnapshot, view: ViewSelection, found: Found | null = null) {
  const { hidden, mode, facets, selectedId } = view;
  const actorNames = useMemo(() => snapshot.actors.map((a) => a.name), [snapshot.actors]);
  const filter = useMemo(() => ({ hidden, mode }), [hidden, mode]);
  // Search words and facets combine with the actor filter; the search follows typing a moment later.
  const deferredQuery = useDeferredValue(facets.query);
  // The search narrows by the events the services found (the last answer, until the next one).
  const foundIds = found?.ids ?? null;
  const explorerFilter = useMemo(
    () => ({ ...filter, facets: { ...facets, query: deferredQuery }, found: foundIds }),
    [filter, facets, deferredQuery, foundIds],
  );
  // after an edit, the result before it is updated with what the edit changed (facets-patch.ts)
  const filtered = useMemo(
    () => filtersAfterEdit(snapshot.events, explorerFilter, actorNames),
    [snapshot.events, explorerFilter, actorNames],
  );
  const shownEvents = filtered.shown;
  const words = useMemo(() => searchWords(deferredQuery), [deferredQuery]);
  // made when a view looks an id up (most never do); after an edit, patched if it was made
  const visibleIds = useMemo(() => idsOf(shownEvents), [shownEvents]);
  const articles = useMemo(() => new Map(snapshot.articles.map((a) => [a.id, a])), [snapshot.articles]);
  // One event is looked up among those shown: a scan is cheaper than a map of every event (and
  // after an edit, only the events it changed are looked at).
  const selected = useMemo(
    () => (selectedId ? findShown(shownEvents, selectedId) : null),
    [selectedId, shownEvents],
  );
  const articleCounts = useMemo(() => eventsPerArticleAfterEdit(snapshot.events), [snapshot.events]);
  const chips = useMemo(
    () => deriveChips(explorerFilter, actorNames, articles),
    [explorerFilter, actorNames, articles],
  );
  // Actor counts follow the search and the facets, as the facet counts do.
  const actorFacet = useMemo(
    () => actorsWithCounts(snapshot.actors, filtered.actorCounts, explorerFilter.facets),
    [snapshot.actors, filtered.actorCounts, explorerFilter.facets],
  );
  const kindFacet = useMemo(
    () => kindOptions(snapshot.events, filtered.kindCounts, facets.kinds),
    [snapshot.events, filtered.kindCounts, facets.kinds],
  );
  const articleFacet = useMemo(
    () => articleFacetList(snapshot.articles, filtered.articleCounts, facets.articles),
    [snapshot.articles, filtered.articleCounts, facets.articles],
  );
  return {
    shownEvents,
    visibleIds,
    words,
    articles,
    selected,
    articleCounts,
    chips,
    actorFacet,
    kindFacet,
    articleFacet,
    /** Some filter or facet is on. */
    filtering: isFiltering(filter, actorNames) || hasFacets(explorerFilter.facets),
    facetsOn: hasFacets(explorerFilter.facets),
  };
}

export type Derived = ReturnType<typeof useDerived>;
