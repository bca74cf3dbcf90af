/**
 * The article facet of a large library, made only as far as it is shown: the list shows the
 * newest articles first and every chosen one, so only those rows are made (a few dozen of many
 * thousands); every row, in order, only when the user asks for all of them or filters them.
 */
import type { ArticleInfo } from '../../../electron/shared/model';
import { articleOptions, articleOrder, articleRow, sortedArticleRows, type FacetOption } from './facets';

/** A facet's options, made as far as they are shown. */
export interface FacetList {
  /** Number of options. */
  readonly length: number;
  /** The first `n` options in order, then every checked one after them (in order). */
  firstAndChecked(n: number): FacetOption[];
  /** Every option, in order. */
  all(): readonly FacetOption[];
}

/** The options of a list already made. */
export function listOf(options: readonly FacetOption[]): FacetList {
  return {
    length: options.length,
    firstAndChecked: (n) => options.filter((o, i) => i < n || o.checked),
    all: () => options,
  };
}

/** Indices of the first `n` articles in facet order (ties as listed), without sorting them all. */
function firstArticles(articles: readonly ArticleInfo[], n: number): number[] {
  const best: number[] = [];
  const before = (i: number, j: number) => {
    const c = articleOrder(articles[i] as ArticleInfo, articles[j] as ArticleInfo);
    return c < 0 || (c === 0 && i < j);
  };
  for (let i = 0; i < articles.length && n > 0; i++) {
    if (best.length === n && !before(i, best[n - 1] as number)) continue;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(best[mid] as number, i)) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, i);
    if (best.length > n) best.pop();
  }
  return best;
}

/**
 * The article facet: newest first, with the counts under the current filters; the same options
 * as `articleOptions`, each made when shown.
 */
export function articleFacetList(
  articles: readonly ArticleInfo[],
  counts: ReadonlyMap<string, number>,
  chosen: readonly string[],
): FacetList {
  const picked = new Set(chosen);
  let everything: readonly FacetOption[] | null = null;
  const all = () => (everything ??= articleOptions(articles, counts, chosen));
  const option = (a: ArticleInfo): FacetOption => ({
    ...articleRow(a),
    count: counts.get(a.id) ?? 0,
    checked: picked.has(a.id),
  });
  return {
    length: articles.length,
    all,
    firstAndChecked: (n) => {
      if (everything || sortedArticleRows(articles)) return listOf(all()).firstAndChecked(n);
      const first = firstArticles(articles, n);
      const firstSet = new Set(first);
      const rest: number[] = [];
      if (picked.size > 0)
        articles.forEach((a, i) => {
          if (picked.has(a.id) && !firstSet.has(i)) rest.push(i);
        });
      rest.sort((i, j) => articleOrder(articles[i] as ArticleInfo, articles[j] as ArticleInfo) || i - j);
      return [...first, ...rest].map((i) => option(articles[i] as ArticleInfo));
    },
  };
}
