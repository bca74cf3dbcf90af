import { describe, expect, it } from 'vitest';
import { matchesWords, searchWords } from '../../../electron/shared/search-words';
import { deriveChips, removeChip, removeWord } from '../../../renderer/src/lib/chips';
import {
  applyFilters,
  facetsOfView,
  inDateRange,
  kindOf,
  NO_FACETS,
  NO_KIND,
  viewOfFacets,
  type ExplorerFilter,
} from '../../../renderer/src/lib/facets';
import { makeArticle, makeEvent } from '../fixtures';

const person = (name: string) => ({ name, kind: 'person' as const, role: 'source' as const });
const src = (articleId: string, quote = 'q') => ({ articleId, quote, start: 0, end: 1 });

const events = [
  makeEvent({
    id: 'e1',
    title: 'Lavrov praises Trump',
    cameo: '03',
    start: '2025-01-14',
    actors: [person('Lavrov'), person('Trump')],
    sources: [src('a1')],
  }),
  makeEvent({
    id: 'e2',
    title: 'Lavrov criticises NATO',
    cameo: '11',
    start: '2025-01-15',
    actors: [person('Lavrov')],
    sources: [src('a1'), src('a2')],
  }),
  makeEvent({
    id: 'e3',
    title: 'Trump comments',
    cameo: '0311',
    start: '2025-01-20',
    actors: [person('Trump')],
    sources: [src('a2')],
  }),
  makeEvent({
    id: 'e4',
    title: 'Markets fall',
    cameo: null,
    start: '2025-01',
    precision: 'month',
    actors: [],
    sources: [src('a2')],
  }),
];
const allActors = ['Lavrov', 'Trump'];
/** The ids the services' search answers for a query (services/event-search.ts). */
const foundBy = (query: string | undefined) =>
  query ? new Set(events.filter((e) => matchesWords(e, searchWords(query))).map((e) => e.id)) : null;
const filter = (
  over: Partial<ExplorerFilter> = {},
  facets: Partial<typeof NO_FACETS> = {},
): ExplorerFilter => ({
  hidden: new Set(),
  mode: 'any',
  found: foundBy(facets.query),
  ...over,
  facets: { ...NO_FACETS, ...facets },
});
const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);

describe('facets combined with the actor filter', () => {
  it('reads the kind from the CAMEO root', () => {
    expect(kindOf({ cameo: '0311' })).toBe('03');
    expect(kindOf({ cameo: null })).toBe(NO_KIND);
    expect(kindOf({ cameo: '99' })).toBe(NO_KIND);
  });

  it('counts kinds and articles with the other filters applied', () => {
    const all = applyFilters(events, filter(), allActors);
    expect(ids(all.shown)).toEqual(['e1', 'e2', 'e3', 'e4']);
    expect(Object.fromEntries(all.kindCounts)).toEqual({ '03': 2, '11': 1, [NO_KIND]: 1 });
    expect(Object.fromEntries(all.articleCounts)).toEqual({ a1: 2, a2: 3 });
    expect(Object.fromEntries(all.actorCounts)).toEqual({ Lavrov: 2, Trump: 2 });

    // Only Lavrov: the counts follow the actor filter (e4 has no actor and stays, as the actor filter says).
    const lavrov = applyFilters(events, filter({ hidden: new Set(['Trump']) }), allActors);
    expect(ids(lavrov.shown)).toEqual(['e1', 'e2', 'e4']);
    expect(Object.fromEntries(lavrov.kindCounts)).toEqual({ '03': 1, '11': 1, [NO_KIND]: 1 });
    // Actor counts leave the actor filter out (they say what ticking an actor would show).
    expect(Object.fromEntries(lavrov.actorCounts)).toEqual({ Lavrov: 2, Trump: 2 });

    // A kind chosen: the kind counts ignore the kind facet itself, the article counts do not.
    const kind03 = applyFilters(events, filter({}, { kinds: ['03'] }), allActors);
    expect(ids(kind03.shown)).toEqual(['e1', 'e3']);
    expect(Object.fromEntries(kind03.kindCounts)).toEqual({ '03': 2, '11': 1, [NO_KIND]: 1 });
    expect(Object.fromEntries(kind03.articleCounts)).toEqual({ a1: 1, a2: 1 });
    expect(Object.fromEntries(kind03.actorCounts)).toEqual({ Lavrov: 1, Trump: 2 });

    // Kind, article and search together.
    const combined = applyFilters(
      events,
      filter({}, { kinds: ['03', '11'], articles: ['a2'], query: 'LAVRÓV' }),
      allActors,
    );
    expect(ids(combined.shown)).toEqual(['e2']);
    expect(Object.fromEntries(combined.kindCounts)).toEqual({ '11': 1 });
    expect(Object.fromEntries(combined.articleCounts)).toEqual({ a1: 2, a2: 1 });
    expect(Object.fromEntries(combined.actorCounts)).toEqual({ Lavrov: 1 });
  });

  it('keeps events whose time overlaps the date range', () => {
    expect(inDateRange(events[0]!, '2025-01-14', '2025-01-14')).toBe(true);
    expect(inDateRange(events[0]!, '2025-01-15')).toBe(false);
    // A month overlaps any day of it.
    expect(inDateRange(events[3]!, '2025-01-31', '2025-02-10')).toBe(true);
    expect(inDateRange(events[3]!, '2025-02-01')).toBe(false);
    const ranged = applyFilters(events, filter({}, { from: '2025-01-15', to: '2025-01-19' }), allActors);
    expect(ids(ranged.shown)).toEqual(['e2', 'e4']);
  });

  it('round-trips through the view state, and older states have no facets', () => {
    expect(facetsOfView({})).toEqual(NO_FACETS);
    const facets = { query: 'lavrov', kinds: ['03'], articles: ['a1'], from: '2025-01-01', to: '2025-01-31' };
    expect(facetsOfView(viewOfFacets(facets))).toEqual(facets);
    expect(viewOfFacets(NO_FACETS)).toEqual({});
  });
});

describe('filter chips', () => {
  const articles = new Map([['a1', makeArticle({ id: 'a1', title: 'Russia open to talks' })]]);
  const many = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];

  it('shows every active filter and nothing when none is', () => {
    expect(deriveChips(filter(), allActors, articles)).toEqual([]);
    const chips = deriveChips(
      filter(
        { hidden: new Set(['Trump']), mode: 'all' },
        { query: 'Lavróv talks', kinds: ['03'], articles: ['a1'], from: '2025-01-14', to: '2025-01-20' },
      ),
      allActors,
      articles,
    );
    expect(chips.map((c) => c.label)).toEqual([
      'Without Trump',
      'All selected actors together',
      '“lavrov”',
      '“talks”',
      'Kind: Express intent to cooperate',
      'Article: Russia open to talks',
      'From 14 Jan 2025',
      'Until 20 Jan 2025',
    ]);
  });

  it('sums up many hidden actors, or names the few still shown', () => {
    expect(
      deriveChips(filter({ hidden: new Set(['A', 'B', 'C', 'D']) }), many, articles).map((c) => c.label),
    ).toEqual(['4 actors hidden']);
    expect(
      deriveChips(filter({ hidden: new Set(['A', 'B', 'C', 'D', 'E', 'F', 'G']) }), many, articles).map(
        (c) => c.label,
      ),
    ).toEqual(['Only H']);
    expect(deriveChips(filter({ hidden: new Set(many) }), many, articles).map((c) => c.label)).toEqual([
      'No actor selected',
    ]);
  });

  it('removes exactly its own filter', () => {
    const start = filter(
      { hidden: new Set(['Trump']), mode: 'all' },
      { query: 'Lavróv talks', kinds: ['03', '11'], from: '2025-01-14' },
    );
    const chips = deriveChips(start, allActors, articles);
    const remove = (label: string) => removeChip(start, chips.find((c) => c.label === label)!.action);
    expect([...remove('Without Trump').hidden]).toEqual([]);
    expect(remove('All selected actors together').mode).toBe('any');
    expect(remove('“lavrov”').facets.query).toBe('talks');
    expect(remove('Kind: Express intent to cooperate').facets.kinds).toEqual(['11']);
    expect(remove('From 14 Jan 2025').facets.from).toBeUndefined();
    // The rest stays.
    expect(remove('“lavrov”').facets.kinds).toEqual(['03', '11']);
    expect(remove('Kind: Express intent to cooperate').mode).toBe('all');
  });

  it('takes a word out of the query as typed', () => {
    expect(removeWord('Côte d’Ivoire  ÉLECTION', 'election')).toBe('Côte d’Ivoire');
    expect(removeWord('talks Talks lavrov', 'talks')).toBe('lavrov');
    expect(removeWord('“Security Council” vote', 'security council')).toBe('vote');
  });
});
