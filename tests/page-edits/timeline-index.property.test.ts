/**
 * After every edit of a session (tests/page-edits/edit-sessions.ts), the timeline's index patched
 * from the one before the edit draws what an index made afresh draws: the same events placed in
 * the same order, with the same lanes and density data, and the same events shown by a filter;
 * and the events shown before the edit, patched, are those a filter of the patched index shows.
 */
import { describe, expect, it } from 'vitest';
import type { PageEvent, PageSnapshot } from '../../electron/shared/contract';
import { patchOf, patchSnapshot } from '../../renderer/src/lib/events-patch';
import { filterEvents, indexEvents, type EventIndex } from '../../renderer/src/timeline/event-index';
import { patchIndex } from '../../renderer/src/timeline/event-index-patch';
import { FEW_CHANGED } from '../../renderer/src/timeline/index-splice';
import { patchShown } from '../../renderer/src/timeline/shown-patch';
import { openEditSession } from './edit-sessions';

/** What the index draws with: each placed event, its density lanes by name, the lanes with events. */
function drawn(index: EventIndex) {
  const { density, laneIds } = index;
  const lanes = index.placed.map((p, i) => {
    const named: string[] = [];
    for (let k = density.laneOffsets[i] as number; k < (density.laneOffsets[i + 1] as number); k++)
      named.push(laneIds[density.laneOf[k] as number] as string);
    return named;
  });
  return {
    placed: index.placed.map((p) => ({ ...p, event: index.events[p.index] })),
    starts: [...density.starts],
    lanes,
    used: [...new Set(lanes.flat())].sort(),
    byId: index.placed.map((p) => index.byId(p.id)?.index),
  };
}

/** A filter that keeps an event by its id alone, as one unchanged by an edit does. */
const kept = (e: PageEvent) => e.id.charCodeAt(e.id.length - 1) % 3 !== 0;

describe('the timeline index patched by an edit', () => {
  it('draws what an index made afresh draws, over sessions of random edits', async () => {
    let patched = 0;
    let shownPatched = 0;
    for (let seed = 101; seed <= 120; seed++) {
      const session = await openEditSession(seed);
      try {
        let page: PageSnapshot = session.first;
        let index = indexEvents(page.events);
        const shownBy = (i: EventIndex) => {
          const list = i.events.filter(kept);
          return filterEvents(i, new Set(list.map((e) => e.id)), list);
        };
        for (let step = 0; step < 14; step++) {
          const edit = await session.next();
          if (!edit) continue;
          const shownBefore = shownBy(index);
          page = patchSnapshot(page, edit.change) as PageSnapshot;
          const patch = patchOf(page.events);
          const next = patch ? patchIndex(index, page.events, patch) : null;
          if (next) patched++;
          if (next && patch) expect(patchIndex(index, page.events, patch), 'patched twice').toBeNull();
          index = next ?? indexEvents(page.events);
          const fresh = indexEvents(page.events);
          const context = `seed ${seed}, step ${step}: ${edit.name}`;
          expect(drawn(index), context).toEqual(drawn(fresh));
          if (next && patch) {
            const came = new Set(patch.in.map((j) => page.events[j] as PageEvent).filter(kept));
            const visible = new Set(page.events.filter(kept).map((e) => e.id));
            const a = patchShown(shownBefore, index, visible, came);
            const b = shownBy(fresh);
            // refused only where many events changed (one pass of the filter is then cheaper)
            if (!a) expect(patch.out.length + patch.in.length, context).toBeGreaterThan(FEW_CHANGED);
            else {
              shownPatched++;
              expect(
                a.list.map((p) => [p.id, p.index]),
                context,
              ).toEqual(b.list.map((p) => [p.id, p.index]));
              expect([a.starts, a.ends, a.longest, a.mask, a.byEvent], context).toEqual([
                b.starts,
                b.ends,
                b.longest,
                b.mask,
                b.byEvent,
              ]);
            }
          }
          expect(index.density.laneCount).toBe(index.laneIds.length);
          // a filter's events shown: every other event, found by id and by the walk of the shown list
          const shown = page.events.filter((_, i) => i % 2 === 0);
          const visible = new Set(shown.map((e) => e.id));
          for (const list of [undefined, shown]) {
            const a = filterEvents(index, visible, list);
            const b = filterEvents(fresh, visible, list);
            expect(
              a.list.map((p) => p.id),
              context,
            ).toEqual(b.list.map((p) => p.id));
            expect([a.starts, a.ends, a.longest, a.mask], context).toEqual([
              b.starts,
              b.ends,
              b.longest,
              b.mask,
            ]);
          }
        }
      } finally {
        session.close();
      }
    }
    expect(patched).toBeGreaterThan(100);
    expect(shownPatched).toBeGreaterThan(100);
  }, 120_000);
});
