import { describe, expect, it } from 'vitest';
import type { EditHistory, Snapshot } from '../../electron/shared/contract';
import type { NewsEvent } from '../../electron/shared/model';
import { applyChange, changeBetween, pageSnapshotOf } from '../../electron/shared/page-events';
import { inDateOrder } from '../../electron/services/time-order';

const event = (id: string, start: string, title = `Event ${id}`): NewsEvent => ({
  id,
  title,
  start,
  precision: start.length === 10 ? 'day' : start.length === 7 ? 'month' : 'year',
  basis: 'explicit',
  actors: [{ name: 'NATO', kind: 'organization', role: 'source' }],
  cameo: '04',
  sources: [{ articleId: 'a1', quote: `Quote of ${id}.`, start: 0, end: 10 }],
});

const snapshotOf = (
  events: NewsEvent[],
  history: EditHistory = { undo: null, redo: null, edits: 0 },
): Snapshot => ({
  articles: [],
  events: inDateOrder(events),
  actors: [{ name: 'NATO', kind: 'organization', count: events.length }],
  problems: [],
  hiddenEvents: [],
  orphanedEdits: [],
  history,
});

const ids = (events: readonly { id: string }[]) => events.map((e) => e.id);

describe('what an edit changed, and the page patched with it', () => {
  const a = event('a', '2025-01-10');
  const b = event('b', '2025-02-01');
  const c = event('c', '2025-03-05');
  const before = snapshotOf([a, b, c]);

  it('lists only the events changed, added and removed, and the rest of the snapshot as it is now', () => {
    const after = snapshotOf([a, { ...b, title: 'Renamed' }, event('d', '2024-12-31')], {
      undo: 'Change title',
      redo: null,
      edits: 1,
    });
    const change = changeBetween(before, after);
    expect(ids(change.changed)).toEqual(['d', 'b']);
    expect(change.removed).toEqual(['c']);
    expect(change.history).toEqual({ undo: 'Change title', redo: null, edits: 1 });
    expect(change).not.toHaveProperty('articles');
  });

  it('counts an event made again with the same content as unchanged', () => {
    const change = changeBetween(before, snapshotOf([a, { ...b }, c]));
    expect(change.changed).toEqual([]);
    expect(change.removed).toEqual([]);
  });

  it('patches the page’s copy into exactly the snapshot the services hold, in date order', () => {
    const after = snapshotOf([
      { ...a, start: '2025-04-01', precision: 'day' },
      b,
      event('d', '2025-02'),
      event('e', '2025'),
    ]);
    const patched = applyChange(pageSnapshotOf(before), changeBetween(before, after));
    expect(patched).toStrictEqual(pageSnapshotOf(after));
    expect(ids(patched!.events)).toEqual(['e', 'd', 'b', 'a']);
  });

  it('patches many changes at once (a renamed actor) the same way', () => {
    const many = Array.from({ length: 300 }, (_, i) =>
      event(`e${i}`, `2025-01-${String((i % 28) + 1).padStart(2, '0')}`),
    );
    const from = snapshotOf(many);
    const to = snapshotOf(many.map((e, i) => (i % 2 ? { ...e, actors: [] } : e)));
    const change = changeBetween(from, to);
    expect(change.changed).toHaveLength(150);
    expect(applyChange(pageSnapshotOf(from), change)).toStrictEqual(pageSnapshotOf(to));
  });

  it('refuses a change made from another revision: the page then loads the whole snapshot', () => {
    const after = snapshotOf([a, b]);
    const change = changeBetween(before, after);
    const other = pageSnapshotOf(snapshotOf([a]));
    expect(applyChange(other, change)).toBeNull();
    expect(applyChange({ ...pageSnapshotOf(before), revision: undefined }, change)).toBeNull();
  });

  it('gives the page no quotes, and keeps the same slim event for the same event', () => {
    const page = pageSnapshotOf(before);
    expect(page.events[0]!.sources).toEqual([{ articleId: 'a1', start: 0, end: 10 }]);
    expect(pageSnapshotOf(snapshotOf([a])).events[0]).toBe(page.events[0]);
    expect(pageSnapshotOf(before)).toBe(page);
  });
});
