import { describe, expect, it } from 'vitest';
import type { PageEvent } from '../../../electron/shared/contract';
import { eventColumns, eventsPerArticleOf, knownColumns } from '../../../renderer/src/lib/event-columns';
import { kindOf, kindOptions } from '../../../renderer/src/lib/facets';
import { eventsPerArticle } from './plain-counts';

const lavrov = [{ name: 'Lavrov', kind: 'person' as const, role: 'source' as const }];
const event = (id: string, over: Partial<PageEvent> = {}): PageEvent => ({
  id,
  title: id,
  start: '2025-01-14',
  precision: 'day',
  basis: 'explicit',
  actors: lavrov,
  cameo: '03',
  sources: [{ articleId: 'a1', start: 0, end: 1 }],
  ...over,
});

describe("the events' columns", () => {
  it('numbers each kind, list of actors and single article once', () => {
    const both = [...lavrov, { name: 'Lavrov', kind: 'person' as const, role: 'target' as const }];
    const events = [
      event('x'),
      event('y', { cameo: '0311', sources: [{ articleId: 'a2', start: 0, end: 1 }] }),
      event('z', { actors: both, cameo: null, sources: [] }),
    ];
    const c = eventColumns(events, kindOf);
    expect([...c.kind].map((k) => c.kinds[k])).toEqual(['03', '03', 'none']);
    expect([...c.actors]).toEqual([0, 0, 1]);
    expect(c.actorNames).toEqual([['Lavrov'], ['Lavrov']]);
    expect([...c.article].map((a) => (a < 0 ? null : c.articles[a]))).toEqual(['a1', 'a2', null]);
  });

  it('are made once per list of events, and afresh for the list an edit makes', () => {
    const events = [event('x'), event('y')];
    const first = eventColumns(events, kindOf);
    expect(eventColumns(events, kindOf)).toBe(first);
    // an edit changes y's kind: the page's new list of events gets columns that say so
    const edited = [events[0] as PageEvent, event('y', { cameo: '11' })];
    const after = eventColumns(edited, kindOf);
    expect(after).not.toBe(first);
    expect(after.kinds[after.kind[1] as number]).toBe('11');
    expect(first.kinds[first.kind[1] as number]).toBe('03');
  });

  it('counts events per article as the list of articles does, once per article of an event', () => {
    const src = (articleId: string) => ({ articleId, start: 0, end: 1 });
    const events = [
      event('x'),
      event('y', { sources: [src('a2'), src('a1'), src('a2')] }),
      event('z', { sources: [] }),
      event('w', { sources: [src('a3')] }),
    ];
    expect(knownColumns(events)).toBeUndefined();
    const columns = eventColumns(events, kindOf);
    expect(knownColumns(events)).toBe(columns);
    expect(eventsPerArticleOf(events, columns)).toEqual(eventsPerArticle(events));
  });

  it('lists the same kinds whether the columns were made first or not', () => {
    const make = () => [
      event('x', { cameo: '0311' }),
      event('y', { cameo: null }),
      event('z', { cameo: '19' }),
    ];
    const before = make();
    const listed = kindOptions(before, new Map(), []);
    const after = make();
    eventColumns(after, kindOf);
    expect(kindOptions(after, new Map(), [])).toEqual(listed);
  });
});
