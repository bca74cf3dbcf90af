/**
 * The filters of a view in words, for what is shared (the PNG, the PDF, the TimelineJS story):
 * "Actors: Kofi Annan, UN · Search: “security council” · Kinds: Make public statement". Pure.
 */
import type { ArticleInfo } from '../../../electron/shared/model';
import { formatIsoDate } from './event-dates';
import { isDay, kindName, type ExplorerFilter } from './facets';

/** Most actors named one by one; beyond, they are counted. */
const MAX_NAMED = 6;
/** Separator of the parts. */
export const PART_SEPARATOR = ' · ';

const shorten = (text: string, max = 50): string =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;

const names = (list: readonly string[]): string =>
  list.length <= MAX_NAMED
    ? list.join(', ')
    : `${list.slice(0, MAX_NAMED).join(', ')} and ${list.length - MAX_NAMED} more`;

/** The terms of a search as typed: quoted phrases whole, other words one by one. */
function searchTerms(query: string): string[] {
  const terms: string[] = [];
  for (const m of query.matchAll(/["“”]([^"“”]*)["“”]?|[^\s"“”]+/gu)) {
    const term = (m[1] ?? m[0]).replace(/\s+/g, ' ').trim();
    if (term) terms.push(term);
  }
  return [...new Set(terms)];
}

/** The actor filter in words, or null when every actor is shown (in "any" mode). */
function actorsInWords(filter: ExplorerFilter, allActors: readonly string[]): string | null {
  const kept = allActors.filter((a) => !filter.hidden.has(a));
  const hidden = allActors.filter((a) => filter.hidden.has(a));
  const together = filter.mode === 'all' ? ' (all together)' : '';
  if (hidden.length === 0) return together ? `Actors: all${together}` : null;
  if (kept.length === 0) return 'Actors: none';
  if (kept.length <= hidden.length) return `Actors: ${names(kept)}${together}`;
  return `Actors: all but ${names(hidden)}${together}`;
}

/**
 * The parts of the filter in words, in the order of the page's filters: actors, search, kinds,
 * articles, dates. Empty when nothing is filtered.
 */
export function filterParts(
  filter: ExplorerFilter,
  allActors: readonly string[],
  articles: ReadonlyMap<string, Pick<ArticleInfo, 'title'>>,
): string[] {
  const f = filter.facets;
  const parts: string[] = [];
  const actors = actorsInWords(filter, allActors);
  if (actors) parts.push(actors);
  const terms = searchTerms(f.query);
  if (terms.length > 0) parts.push(`Search: ${terms.map((t) => `“${t}”`).join(' and ')}`);
  if (f.kinds.length > 0) parts.push(`Kinds: ${f.kinds.map(kindName).join(', ')}`);
  if (f.articles.length > 0) {
    const titles = f.articles.map((id) => shorten(articles.get(id)?.title ?? 'Unknown article'));
    parts.push(`${titles.length === 1 ? 'Article' : 'Articles'}: ${names(titles)}`);
  }
  const from = isDay(f.from) ? formatIsoDate(f.from) : null;
  const to = isDay(f.to) ? formatIsoDate(f.to) : null;
  if (from && to) parts.push(`Dates: ${from} to ${to}`);
  else if (from) parts.push(`Dates: from ${from}`);
  else if (to) parts.push(`Dates: until ${to}`);
  return parts;
}

/** The filters in one line: "Actors: Kofi Annan, UN · Search: “security council”", or "No filters: every event". */
export function filtersInWords(
  filter: ExplorerFilter,
  allActors: readonly string[],
  articles: ReadonlyMap<string, Pick<ArticleInfo, 'title'>>,
): string {
  const parts = filterParts(filter, allActors, articles);
  return parts.length > 0 ? parts.join(PART_SEPARATOR) : 'No filters: every event';
}

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');

/** True when two filters show the same events (a saved view is still what it was when applied). */
export function sameFilters(a: ExplorerFilter, b: ExplorerFilter): boolean {
  return (
    a.mode === b.mode &&
    sameList([...a.hidden], [...b.hidden]) &&
    a.facets.query.trim() === b.facets.query.trim() &&
    sameList(a.facets.kinds, b.facets.kinds) &&
    sameList(a.facets.articles, b.facets.articles) &&
    (a.facets.from ?? '') === (b.facets.from ?? '') &&
    (a.facets.to ?? '') === (b.facets.to ?? '')
  );
}
