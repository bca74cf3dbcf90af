import { describe, expect, it } from 'vitest';
import type { PageEvent, PageSnapshot, SnapshotChange } from '../../../electron/shared/contract';
import { patchSnapshot } from '../../../renderer/src/lib/events-patch';
import { NO_FACETS, type ExplorerFilter } from '../../../renderer/src/lib/facets';
import { filtersAfterEdit, findShown } from '../../../renderer/src/lib/facets-patch';

const event = (id: string, day: number, title = id): PageEvent => ({
  id,
  title,
  start: `2025-01-${String(day).padStart(2, '0')}`,
  precision: 'day',
  basis: 'explicit',
  actors: [],
  cameo: null,
  sources: [],
});

const filter: ExplorerFilter = { hidden: new Set(), mode: 'any', facets: NO_FACETS };
const first: PageSnapshot = {
  revision: 1,
  events: [event('a', 1), event('b', 2), event('c', 3)],
  actors: [],
  articles: [],
  problems: [],
};
const change = (base: number, changed: PageEvent[], removed: string[]): SnapshotChange => ({
  base,
  revision: base + 1,
  changed,
  removed,
  actors: [],
  problems: [],
});

describe('the event selected after an edit', () => {
  it('is found among the events the edit changed, or kept, or gone', () => {
    const shownOf = (s: PageSnapshot) => filtersAfterEdit(s.events, filter, []).shown;
    const s1 = first;
    expect(findShown(shownOf(s1), 'b')?.title).toBe('b');
    // retitled: the new version
    const s2 = patchSnapshot(s1, change(1, [event('b', 2, 'B')], [])) as PageSnapshot;
    expect(findShown(shownOf(s2), 'b')?.title).toBe('B');
    // another event edited: the same one as before
    const s3 = patchSnapshot(s2, change(2, [event('c', 3, 'C')], [])) as PageSnapshot;
    expect(findShown(shownOf(s3), 'b')).toBe(findShown(shownOf(s2), 'b'));
    // hidden: none
    const s4 = patchSnapshot(s3, change(3, [], ['b'])) as PageSnapshot;
    expect(findShown(shownOf(s4), 'b')).toBeNull();
    // back (undo): found again
    const s5 = patchSnapshot(s4, change(4, [event('b', 2, 'B again')], [])) as PageSnapshot;
    expect(findShown(shownOf(s5), 'b')?.title).toBe('B again');
  });
});
