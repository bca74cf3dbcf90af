/**
 * The filter's pass over the events' columns gives what a plain pass over the events gives: the
 * same events shown and the same counts, for any mix of actor filter, kinds, articles and dates.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PageEvent } from '../../../electron/shared/contract';
import { applyFilters, dateTest, kindOf, type ExplorerFilter } from '../../../renderer/src/lib/facets';
import { actorTest } from '../../../renderer/src/lib/filter';

/** The filter as a plain pass: a look-up per event for everything. */
function reference(events: readonly PageEvent[], filter: ExplorerFilter, allActors: readonly string[]) {
  const { facets } = filter;
  const kinds = new Set(facets.kinds);
  const articles = new Set(facets.articles);
  const shown: PageEvent[] = [];
  const kindCounts = new Map<string, number>();
  const articleCounts = new Map<string, number>();
  const actorCounts = new Map<string, number>();
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  const actorsPass = actorTest(filter, allActors);
  const datesPass = dateTest(facets.from, facets.to);
  for (const event of events) {
    if (!datesPass(event)) continue;
    const kind = kindOf(event);
    const kindOk = kinds.size === 0 || kinds.has(kind);
    const ids = [...new Set(event.sources.map((s) => s.articleId))];
    const articleOk = articles.size === 0 || ids.some((id) => articles.has(id));
    if (kindOk && articleOk)
      for (const name of new Set(event.actors.map((a) => a.name))) add(actorCounts, name);
    if (!actorsPass(event)) continue;
    if (articleOk) add(kindCounts, kind);
    if (kindOk) for (const id of ids) add(articleCounts, id);
    if (kindOk && articleOk) shown.push(event);
  }
  return { shown, kindCounts, articleCounts, actorCounts };
}

const ACTORS = ['Lavrov', 'Trump', 'Guterres'];
const ARTICLES = ['a1', 'a2', 'a3'];
const CAMEOS = ['03', '0311', '11', '99', null];
const DAYS = ['2025-01-10', '2025-01-14', '2025-01-20', '2025-02-02'];

const eventsArb = fc.array(
  fc.record({
    actors: fc.array(fc.constantFrom(...ACTORS), { maxLength: 3 }),
    cameo: fc.constantFrom(...CAMEOS),
    day: fc.constantFrom(...DAYS),
    articles: fc.array(fc.constantFrom(...ARTICLES), { minLength: 1, maxLength: 3 }),
  }),
  { maxLength: 25 },
);
const filterArb = fc.record({
  hidden: fc.subarray(ACTORS),
  mode: fc.constantFrom('any' as const, 'all' as const),
  kinds: fc.subarray(['03', '11', 'none']),
  articles: fc.subarray(ARTICLES),
  from: fc.option(fc.constantFrom(...DAYS), { nil: undefined }),
  to: fc.option(fc.constantFrom(...DAYS), { nil: undefined }),
});

describe('the filter over columns', () => {
  it('shows and counts what a plain pass does', () => {
    fc.assert(
      fc.property(eventsArb, filterArb, (drafts, f) => {
        // events that share a list of actors share the array, as the unpacked snapshot does
        const lists = new Map<string, PageEvent['actors']>();
        const events = drafts.map((d, i): PageEvent => {
          const key = d.actors.join('|');
          let actors = lists.get(key);
          if (!actors)
            lists.set(key, (actors = d.actors.map((name) => ({ name, kind: 'person', role: 'source' }))));
          return {
            id: `e${i}`,
            title: `event ${i}`,
            start: d.day,
            precision: 'day',
            basis: 'explicit',
            actors,
            cameo: d.cameo,
            sources: d.articles.map((articleId) => ({ articleId, start: 0, end: 1 })),
          };
        });
        const filter: ExplorerFilter = {
          hidden: new Set(f.hidden),
          mode: f.mode,
          facets: {
            query: '',
            kinds: f.kinds,
            articles: f.articles,
            ...(f.from ? { from: f.from } : {}),
            ...(f.to ? { to: f.to } : {}),
          },
          found: null,
        };
        const got = applyFilters(events, filter, ACTORS);
        const want = reference(events, filter, ACTORS);
        expect(got.shown).toEqual(want.shown);
        expect(Object.fromEntries(got.kindCounts)).toEqual(Object.fromEntries(want.kindCounts));
        expect(Object.fromEntries(got.articleCounts)).toEqual(Object.fromEntries(want.articleCounts));
        expect(Object.fromEntries(got.actorCounts)).toEqual(Object.fromEntries(want.actorCounts));
      }),
      { numRuns: 300 },
    );
  });
});
