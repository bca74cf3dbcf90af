import { describe, expect, it } from 'vitest';
import { NO_FACETS, type ExplorerFilter } from '../../../renderer/src/lib/facets';
import { filterParts, filtersInWords, sameFilters } from '../../../renderer/src/lib/filters-in-words';

const ACTORS = ['Kofi Annan', 'UN', 'Bashar al-Assad', 'Syria', 'Russia', 'China', 'France', 'US'];
const ARTICLES = new Map([
  ['a1', { title: 'Annan presents his six-point plan to the Security Council in New York' }],
  ['a2', { title: 'Ceasefire' }],
]);
type FilterChange = Partial<Omit<ExplorerFilter, 'facets'>> & { facets?: Partial<ExplorerFilter['facets']> };
const filter = (change: FilterChange = {}): ExplorerFilter => ({
  hidden: new Set<string>(),
  mode: 'any',
  ...change,
  facets: { ...NO_FACETS, ...change.facets },
});
const hideAllBut = (...kept: string[]) => new Set(ACTORS.filter((a) => !kept.includes(a)));

describe('the filters in words', () => {
  it('says there is none when every event is shown', () => {
    expect(filtersInWords(filter(), ACTORS, ARTICLES)).toBe('No filters: every event');
    expect(filterParts(filter(), ACTORS, ARTICLES)).toEqual([]);
  });

  it('names the actors, the search as typed (phrases whole), the kinds', () => {
    const f = filter({
      hidden: hideAllBut('Kofi Annan', 'UN'),
      facets: { query: '"security council"', kinds: ['01'] },
    });
    expect(filtersInWords(f, ACTORS, ARTICLES)).toBe(
      'Actors: Kofi Annan, UN · Search: “security council” · Kinds: Make public statement',
    );
    expect(filterParts(filter({ facets: { query: 'Annan  “peace plan” Annan' } }), ACTORS, ARTICLES)).toEqual(
      ['Search: “Annan” and “peace plan”'],
    );
  });

  it('names the actors left out when most are shown, and says when they must be together', () => {
    expect(filterParts(filter({ hidden: new Set(['China', 'Russia']) }), ACTORS, ARTICLES)).toEqual([
      'Actors: all but Russia, China',
    ]);
    expect(filterParts(filter({ hidden: hideAllBut('UN', 'Syria'), mode: 'all' }), ACTORS, ARTICLES)).toEqual(
      ['Actors: UN, Syria (all together)'],
    );
    expect(filterParts(filter({ hidden: new Set(ACTORS) }), ACTORS, ARTICLES)).toEqual(['Actors: none']);
  });

  it('counts the actors beyond six', () => {
    const many = Array.from({ length: 20 }, (_, i) => `Actor ${i + 1}`);
    const kept = many.slice(0, 9);
    const f = filter({ hidden: new Set(many.slice(9)) });
    expect(filterParts(f, many, ARTICLES)).toEqual([`Actors: ${kept.slice(0, 6).join(', ')} and 3 more`]);
  });

  it('names the articles, shortened, and the dates', () => {
    const f = filter({ facets: { articles: ['a1', 'a2'], from: '2012-03-01', to: '2012-04-30' } });
    expect(filterParts(f, ACTORS, ARTICLES)).toEqual([
      'Articles: Annan presents his six-point plan to the Security…, Ceasefire',
      'Dates: 1 March 2012 to 30 April 2012',
    ]);
    expect(filterParts(filter({ facets: { from: '2012-03-01' } }), ACTORS, ARTICLES)).toEqual([
      'Dates: from 1 March 2012',
    ]);
    expect(
      filterParts(filter({ facets: { to: '2012-04-30', articles: ['gone'] } }), ACTORS, ARTICLES),
    ).toEqual(['Article: Unknown article', 'Dates: until 30 April 2012']);
  });

  it('tells whether two filters show the same events, whatever the order of their lists', () => {
    const a = filter({ hidden: new Set(['UN', 'US']), facets: { query: 'talks ', kinds: ['01', '03'] } });
    const b = filter({ hidden: new Set(['US', 'UN']), facets: { query: 'talks', kinds: ['03', '01'] } });
    expect(sameFilters(a, b)).toBe(true);
    expect(sameFilters(a, { ...b, mode: 'all' })).toBe(false);
    expect(sameFilters(a, { ...b, hidden: new Set(['UN']) })).toBe(false);
    expect(sameFilters(a, { ...b, facets: { ...b.facets, from: '2012-01-01' } })).toBe(false);
  });
});
