/**
 * The chips above the timeline: one per active filter (actors, mode, search words, kinds,
 * articles, dates), each with the change that removes it.
 */
import type { ArticleInfo } from '../../../electron/shared/model';
import { formatIsoDate } from './event-dates';
import { isDay, kindName, type ExplorerFilter } from './facets';
import { searchWords } from './search';

/** What removing a chip does. */
export type ChipAction =
  | { type: 'show-actors' }
  | { type: 'show-actor'; name: string }
  | { type: 'mode-any' }
  | { type: 'word'; word: string }
  | { type: 'kind'; kind: string }
  | { type: 'article'; id: string }
  | { type: 'from' }
  | { type: 'to' };

/** An active filter, shown above the timeline with a button that removes it. */
export interface Chip {
  key: string;
  /** What the filter does, in a few words. */
  label: string;
  action: ChipAction;
}

/** Most actors named one by one in chips before they are summed up in one chip. */
const MAX_ACTOR_CHIPS = 3;

function shorten(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * The chips of the active filters: the actor filter (hidden actors, or the few still shown, and
 * the "all" mode), each search word, each kind, each article and each end of the date range.
 */
export function deriveChips(
  filter: ExplorerFilter,
  allActors: readonly string[],
  articles: ReadonlyMap<string, Pick<ArticleInfo, 'title'>>,
): Chip[] {
  const chips: Chip[] = [];
  const hidden = allActors.filter((a) => filter.hidden.has(a));
  const kept = allActors.filter((a) => !filter.hidden.has(a));
  if (hidden.length > 0) {
    if (kept.length === 0) {
      chips.push({ key: 'actors', label: 'No actor selected', action: { type: 'show-actors' } });
    } else if (hidden.length <= MAX_ACTOR_CHIPS) {
      for (const name of hidden)
        chips.push({ key: `actor:${name}`, label: `Without ${name}`, action: { type: 'show-actor', name } });
    } else if (kept.length <= MAX_ACTOR_CHIPS) {
      chips.push({ key: 'actors', label: `Only ${kept.join(', ')}`, action: { type: 'show-actors' } });
    } else {
      chips.push({ key: 'actors', label: `${hidden.length} actors hidden`, action: { type: 'show-actors' } });
    }
  }
  if (filter.mode === 'all') {
    chips.push({ key: 'mode', label: 'All selected actors together', action: { type: 'mode-any' } });
  }
  for (const word of searchWords(filter.facets.query)) {
    chips.push({ key: `word:${word}`, label: `“${word}”`, action: { type: 'word', word } });
  }
  for (const kind of filter.facets.kinds) {
    chips.push({ key: `kind:${kind}`, label: `Kind: ${kindName(kind)}`, action: { type: 'kind', kind } });
  }
  for (const id of filter.facets.articles) {
    const title = articles.get(id)?.title ?? 'Unknown article';
    chips.push({
      key: `article:${id}`,
      label: `Article: ${shorten(title)}`,
      action: { type: 'article', id },
    });
  }
  if (isDay(filter.facets.from)) {
    chips.push({
      key: 'from',
      label: `From ${formatIsoDate(filter.facets.from, true)}`,
      action: { type: 'from' },
    });
  }
  if (isDay(filter.facets.to)) {
    chips.push({
      key: 'to',
      label: `Until ${formatIsoDate(filter.facets.to, true)}`,
      action: { type: 'to' },
    });
  }
  return chips;
}

/** Takes every word or quoted phrase of the query that folds to `word` out of it, keeping the others as typed. */
export function removeWord(query: string, word: string): string {
  const tokens =
    query.match(/["“”][^"“”]*["“”]?|[\p{L}\p{N}\p{M}]+(?:['’\u2010-\u2015-][\p{L}\p{N}\p{M}]+)*/gu) ?? [];
  return tokens.filter((t) => !searchWords(t).includes(word)).join(' ');
}

/** The filter without the chip's part. */
export function removeChip(filter: ExplorerFilter, action: ChipAction): ExplorerFilter {
  const f = filter.facets;
  switch (action.type) {
    case 'show-actors':
      return { ...filter, hidden: new Set() };
    case 'show-actor': {
      const hidden = new Set(filter.hidden);
      hidden.delete(action.name);
      return { ...filter, hidden };
    }
    case 'mode-any':
      return { ...filter, mode: 'any' as const };
    case 'word':
      return { ...filter, facets: { ...f, query: removeWord(f.query, action.word) } };
    case 'kind':
      return { ...filter, facets: { ...f, kinds: f.kinds.filter((k) => k !== action.kind) } };
    case 'article':
      return { ...filter, facets: { ...f, articles: f.articles.filter((a) => a !== action.id) } };
    case 'from': {
      const { from: _from, ...rest } = f;
      return { ...filter, facets: rest };
    }
    case 'to': {
      const { to: _to, ...rest } = f;
      return { ...filter, facets: rest };
    }
  }
}
