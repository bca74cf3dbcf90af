/**
 * After every edit of a session (tests/page-edits/edit-sessions.ts: real edits and the changes the
 * services answer for them), what the page works out by patching the result before the edit
 * equals what it works out afresh from the patched events: the events' columns, the filters'
 * result and counts, the kinds listed, the ids shown, the event selected, the events per article
 * and the legend's marks.
 */
import { describe, expect, it } from 'vitest';
import type { PageEvent, PageSnapshot } from '../../electron/shared/contract';
import { eventColumns } from '../../renderer/src/lib/event-columns';
import { patchBetween, patchOf, patchSnapshot } from '../../renderer/src/lib/events-patch';
import {
  applyFilters,
  kindOf,
  kindOptions,
  NO_FACETS,
  type ExplorerFilter,
} from '../../renderer/src/lib/facets';
import {
  eventsPerArticleAfterEdit,
  filtersAfterEdit,
  findShown,
  idsOf,
} from '../../renderer/src/lib/facets-patch';
import { eventsPerArticle } from '../renderer/lib/plain-counts';
import { marksOfEvents } from '../../renderer/src/timeline/legend-marks';
import { marksAfterEdit } from '../../renderer/src/timeline/legend-marks-patch';
import { seededRandom } from '../seeded-random';
import { openEditSession } from './edit-sessions';

const sorted = (m: ReadonlyMap<string, number>) => [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** Each event's row of the columns, read back as values. */
function rows(events: readonly PageEvent[]) {
  const c = eventColumns(events, kindOf);
  return events.map((_, i) => ({
    kind: c.kinds[c.kind[i] as number],
    actors: c.actorLists[c.actors[i] as number],
    names: c.actorNames[c.actors[i] as number],
    article: (c.article[i] as number) < 0 ? null : c.articles[c.article[i] as number],
  }));
}

/** A filter for a session: none, actors off, all of some actors, kinds, articles, dates, a search. */
function filterOf(rand: () => number, page: PageSnapshot): ExplorerFilter {
  const names = page.actors.map((a) => a.name);
  const some = names.filter(() => rand() < 0.4);
  const choice = Math.floor(rand() * 6);
  const found = new Set(page.events.filter(() => rand() < 0.5).map((e) => e.id));
  return {
    hidden: new Set(choice === 1 || choice === 2 ? some : []),
    mode: choice === 2 ? 'all' : 'any',
    facets: {
      ...NO_FACETS,
      ...(choice === 3 ? { kinds: ['04', '14', 'none'] } : {}),
      ...(choice === 4 ? { articles: page.articles.filter(() => rand() < 0.3).map((a) => a.id) } : {}),
      ...(choice === 5 ? { from: '2024-03-01', to: '2024-08-31', query: 'x' } : {}),
    },
    found: choice === 5 ? found : null,
  };
}

describe('an edit patches what the page worked out', () => {
  it('as working it out afresh would, over sessions of random edits', async () => {
    let patched = 0;
    let steps = 0;
    for (let seed = 1; seed <= 24; seed++) {
      const session = await openEditSession(seed);
      const rand = seededRandom(seed * 31);
      try {
        let page = session.first;
        let filter = filterOf(rand, page);
        // the event selected: at times one the last edit touched (an undo or redo touches it again)
        let selectedId = (page.events[0] as PageEvent).id;
        const look = () => {
          const names = page.actors.map((a) => a.name);
          const result = filtersAfterEdit(page.events, filter, names);
          return {
            result,
            ids: idsOf(result.shown),
            perArticle: eventsPerArticleAfterEdit(page.events),
            marks: marksAfterEdit(result.shown, filter.hidden),
            kinds: kindOptions(page.events, result.kindCounts, filter.facets.kinds),
            selected: findShown(result.shown, selectedId),
          };
        };
        look();
        for (let step = 0; step < 14; step++) {
          const edit = await session.next();
          if (!edit) continue;
          if (rand() < 0.1) filter = filterOf(rand, page); // a filter changed between edits
          const next = patchSnapshot(page, edit.change);
          expect(next, edit.name).not.toBeNull();
          const previous = page.events;
          page = next as PageSnapshot;
          steps++;
          const patch = patchOf(page.events);
          if (patch) patched++;
          // where the change said the events went is where a walk of both lists finds them
          if (previous !== page.events) {
            const walked = patchBetween(previous, page.events, edit.change.changed);
            if (patch && walked) expect([...patch.moved], edit.name).toEqual([...walked.moved]);
            expect(patch && [patch.out, patch.in], edit.name).toEqual(walked && [walked.out, walked.in]);
          }
          const got = look();
          const fresh = [...page.events]; // the same events, nothing to patch from: worked out afresh
          const names = page.actors.map((a) => a.name);
          const want = applyFilters(fresh, filter, names);
          const context = `seed ${seed}, step ${step}: ${edit.name}`;
          expect(rows(page.events), context).toEqual(rows(fresh));
          expect(
            got.result.shown.map((e) => e.id),
            context,
          ).toEqual(want.shown.map((e) => e.id));
          expect(sorted(got.result.kindCounts), context).toEqual(sorted(want.kindCounts));
          expect(got.kinds, context).toEqual(kindOptions(fresh, want.kindCounts, filter.facets.kinds));
          expect(got.selected, context).toBe(want.shown.find((e) => e.id === selectedId) ?? null);
          const touched = [...edit.change.changed.map((e) => e.id), ...edit.change.removed];
          if (touched.length > 0 && rand() < 0.6) {
            selectedId = touched[Math.floor(rand() * touched.length)] as string;
            const shown = got.result.shown;
            expect(findShown(shown, selectedId), context).toBe(
              shown.find((e) => e.id === selectedId) ?? null,
            );
          }
          expect(sorted(got.result.articleCounts), context).toEqual(sorted(want.articleCounts));
          expect(sorted(got.result.actorCounts), context).toEqual(sorted(want.actorCounts));
          expect([...got.ids].sort(), context).toEqual(want.shown.map((e) => e.id).sort());
          expect(got.ids.size, context).toBe(want.shown.length);
          expect(sorted(got.perArticle), context).toEqual(sorted(eventsPerArticle(fresh)));
          const marks = marksOfEvents([...want.shown], filter.hidden);
          expect(got.marks.bars, context).toBe(marks.bars);
          for (const key of ['quads', 'modalities', 'laneKinds'] as const)
            expect([...got.marks[key]].sort(), `${context}: ${key}`).toEqual([...marks[key]].sort());
        }
      } finally {
        session.close();
      }
    }
    // the sessions went through the patched path, not only the fresh one
    expect(patched).toBeGreaterThan(steps / 2);
  }, 120_000);
});
