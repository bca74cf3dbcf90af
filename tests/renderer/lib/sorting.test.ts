import { describe, expect, it } from 'vitest';
import { eventColumns, eventsPerArticleOf } from '../../../renderer/src/lib/event-columns';
import { kindOf } from '../../../renderer/src/lib/facets';
import { nextSort, sortArticles, sortEvents } from '../../../renderer/src/lib/sorting';
import { makeArticle, makeEvent } from '../fixtures';

describe('sorting', () => {
  const events = [
    makeEvent({ id: 'b', title: 'beta', start: '2025-02-01' }),
    makeEvent({ id: 'x', title: 'undated', start: 'unknown' }),
    makeEvent({ id: 'a', title: 'Alpha', start: '2025-01', precision: 'month' }),
    makeEvent({ id: 'c', title: 'gamma', start: '2025-01-20' }),
  ];
  const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);

  it('sorts events by date either way, undated last', () => {
    expect(ids(sortEvents(events, { key: 'date', direction: 'ascending' }))).toEqual(['a', 'c', 'b', 'x']);
    expect(ids(sortEvents(events, { key: 'date', direction: 'descending' }))).toEqual(['b', 'c', 'a', 'x']);
  });

  it('sorts events by title without regard to case', () => {
    expect(ids(sortEvents(events, { key: 'title', direction: 'ascending' }))).toEqual(['a', 'b', 'c', 'x']);
  });

  it('reverses the order when the same header is pressed again', () => {
    expect(nextSort({ key: 'date', direction: 'ascending' }, 'date')).toEqual({
      key: 'date',
      direction: 'descending',
    });
    expect(nextSort({ key: 'date', direction: 'descending' }, 'title')).toEqual({
      key: 'title',
      direction: 'ascending',
    });
  });

  it('sorts articles by any column and counts their events', () => {
    const articles = [
      makeArticle({ id: 'a1', title: 'B', published: '2025-01-14', source: 'Reuters' }),
      makeArticle({ id: 'a2', title: 'A', published: '2025-01-21', source: 'AP' }),
    ];
    const events = [
      makeEvent({
        id: 'e1',
        sources: [
          { articleId: 'a1', quote: 'q', start: 0, end: 1 },
          { articleId: 'a1', quote: 'r', start: 2, end: 3 },
        ],
      }),
      makeEvent({ id: 'e2', sources: [{ articleId: 'a1', quote: 'q', start: 0, end: 1 }] }),
      makeEvent({ id: 'e3', sources: [{ articleId: 'a2', quote: 'q', start: 0, end: 1 }] }),
    ];
    const counts = eventsPerArticleOf(events, eventColumns(events, kindOf));
    expect(Object.fromEntries(counts)).toEqual({ a1: 2, a2: 1 });
    const by = (key: 'title' | 'source' | 'published' | 'events', direction: 'ascending' | 'descending') =>
      ids(sortArticles(articles, counts, { key, direction }));
    expect(by('title', 'ascending')).toEqual(['a2', 'a1']);
    expect(by('source', 'descending')).toEqual(['a1', 'a2']);
    expect(by('published', 'descending')).toEqual(['a2', 'a1']);
    expect(by('events', 'descending')).toEqual(['a1', 'a2']);
  });
});
