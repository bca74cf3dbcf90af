import { describe, expect, it } from 'vitest';
import { describeImport, formatDayRange, summarizeImport } from '../../../renderer/src/lib/import-summary';
import { makeEvent } from '../fixtures';

const day = (iso: string) => Date.parse(`${iso}T12:00:00Z`);
const cite = (articleId: string) => [{ articleId, quote: 'q', start: 0, end: 1 }];

describe('what an import brought', () => {
  it('counts the new events of the imported articles and the days they span', () => {
    const known = makeEvent({ id: 'k', start: '2013-03-03', sources: cite('old') });
    const merged = makeEvent({ id: 'm', start: '2013-03-03', sources: [...cite('old'), ...cite('new1')] });
    const fresh = [
      makeEvent({ id: 'n1', start: '2013-03-28', sources: cite('new1') }),
      makeEvent({ id: 'n2', start: '2013-03-10', sources: cite('new2') }),
    ];
    const summary = summarizeImport(
      new Set(['k', 'm']),
      [known, merged, ...fresh],
      new Set(['new1', 'new2']),
    );
    expect(summary.eventIds).toEqual(['m', 'n1', 'n2']);
    expect(summary.newEvents).toBe(2);
    expect(formatDayRange(summary.range!)).toBe('3\u00a0– 28 March 2013');
    expect(describeImport(2, summary)).toBe(
      '2 articles imported: 2 new events (and 1 already known), 3\u00a0– 28 March 2013.',
    );
  });

  it('words ranges within a month, a year, or across years', () => {
    expect(formatDayRange({ start: day('2013-03-28'), end: day('2013-03-28') })).toBe('28 March 2013');
    expect(formatDayRange({ start: day('2013-03-28'), end: day('2013-04-02') })).toBe(
      '28 March\u00a0– 2 April 2013',
    );
    expect(formatDayRange({ start: day('2012-12-28'), end: day('2013-01-02') })).toBe(
      '28 December 2012\u00a0– 2 January 2013',
    );
  });

  it('a month-long event ends on its last day; one article with one event reads in the singular', () => {
    const summary = summarizeImport(
      new Set(),
      [makeEvent({ id: 'a', start: '2013-03', precision: 'month', sources: cite('x') })],
      new Set(['x']),
    );
    expect(formatDayRange(summary.range!)).toBe('1\u00a0– 31 March 2013');
    expect(describeImport(1, summary)).toBe('1 article imported: 1 new event, 1\u00a0– 31 March 2013.');
    expect(describeImport(0, summary)).toBe('No article was imported.');
  });
});

describe('files already in the library', () => {
  it('says how many were already there, and that nothing is new when that is all', () => {
    const none = { eventIds: [], newEvents: 0, range: null };
    expect(describeImport(0, none, 2)).toBe('No new article: 2 already in the library.');
    expect(describeImport(3, { eventIds: ['a'], newEvents: 1, range: null }, 1)).toBe(
      '3 articles imported: 1 new event. 1 already in the library.',
    );
    expect(describeImport(0, null)).toBe('No article was imported.');
  });
});
