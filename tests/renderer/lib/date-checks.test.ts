import { describe, expect, it } from 'vitest';
import {
  checkDates,
  libraryFence,
  MAX_YEARS_AFTER_ARTICLE,
  MAX_YEARS_BEFORE_ARTICLE,
  MIN_YEARS_FROM_LIBRARY,
} from '../../../renderer/src/lib/date-checks';
import { makeArticle, makeEvent } from '../fixtures';

const article = makeArticle({ id: 'a', published: '2013-03-10' });
const articles = new Map([[article.id, article]]);
const from = (id: string, start: string, extra = {}) =>
  makeEvent({ id, start, sources: [{ articleId: 'a', quote: 'q', start: 0, end: 1 }], ...extra });
/** A library of March 2013, as one war's coverage. */
const march = Array.from({ length: 20 }, (_, i) =>
  from(`m${i}`, `2013-03-${String(i + 1).padStart(2, '0')}`),
);

describe('dates worth checking', () => {
  it('lists nothing when every date is near its article and the rest', () => {
    expect(checkDates(march, articles)).toEqual([]);
  });

  it('lists an event far before its article, and far from the library, with both reasons', () => {
    const misread = from('x', '1984');
    const [check, ...rest] = checkDates([...march, misread], articles);
    expect(rest).toEqual([]);
    expect(check?.event.id).toBe('x');
    expect(check?.reasons).toEqual([
      '28 years before its article (10 March 2013)',
      '28 years from most of the library (2013)',
    ]);
  });

  it('holds to the named thresholds before and after the article', () => {
    const before = (years: number) => from(`b${years}`, String(2013 - years));
    const after = (years: number) => from(`f${years}`, String(2013 + years + 1));
    const ids = (events: ReturnType<typeof from>[]) =>
      checkDates(events, articles, [...march, ...events])
        .filter((c) => c.reasons.some((r) => r.includes('article')))
        .map((c) => c.event.id);
    // a year-only date covers the whole year: "2003" is within ten years of March 2013
    expect(ids([before(MAX_YEARS_BEFORE_ARTICLE)])).toEqual([]);
    expect(ids([before(MAX_YEARS_BEFORE_ARTICLE + 2)])).toEqual([`b${MAX_YEARS_BEFORE_ARTICLE + 2}`]);
    expect(ids([after(MAX_YEARS_AFTER_ARTICLE - 1)])).toEqual([]);
    expect(ids([after(MAX_YEARS_AFTER_ARTICLE + 1)])).toEqual([`f${MAX_YEARS_AFTER_ARTICLE + 1}`]);
  });

  it('the nearest article decides, and a date corrected by hand is taken as checked', () => {
    const old = makeArticle({ id: 'old', published: '1984-06-01' });
    const both = new Map([...articles, [old.id, old]]);
    const retold = makeEvent({
      id: 'r',
      start: '1984-05-30',
      sources: [
        { articleId: 'a', quote: 'q', start: 0, end: 1 },
        { articleId: 'old', quote: 'q', start: 0, end: 1 },
      ],
    });
    expect(checkDates([retold], both, [...march, retold])[0]?.reasons).toEqual([
      '29 years from most of the library (2013)',
    ]);
    const fixed = from('y', '1984', { edited: { fields: ['date'] } });
    expect(checkDates([fixed], articles, [...march, fixed])).toEqual([]);
  });

  it('does not list a whole story of another time, only a lone date', () => {
    const story2025 = Array.from({ length: 60 }, (_, i) =>
      makeEvent({
        id: `s${i}`,
        start: '2025-01-14',
        sources: [{ articleId: 'b', quote: 'q', start: 0, end: 1 }],
      }),
    );
    const recent = makeArticle({ id: 'b', published: '2025-01-14' });
    const both = new Map([...articles, [recent.id, recent]]);
    // 20 events of 2013 among 60 of 2025: a third of the library, not outliers
    expect(checkDates([...march, ...story2025], both)).toEqual([]);
    const lone = from('lone', '2013-03-05');
    expect(checkDates([lone, ...story2025], both).map((c) => c.event.id)).toEqual(['lone']);
  });

  it('is far from the library beyond three times its middle half, and at least five years', () => {
    const times = [0, 1, 2, 3].map((y) => Date.UTC(2000 + y, 0, 1));
    // middle half: 2000.75 to 2002.25; three times its length (4.5 years) is under the minimum
    const fence = libraryFence(times)!;
    const year = (t: number) => new Date(t).getUTCFullYear();
    expect([year(fence.from), year(fence.to)]).toEqual([
      2001 - MIN_YEARS_FROM_LIBRARY - 1,
      2002 + MIN_YEARS_FROM_LIBRARY,
    ]);
    const wide = [0, 10, 20, 30].map((y) => Date.UTC(1980 + y, 0, 1)); // middle half 1987.5 to 2002.5
    expect(year(libraryFence(wide)!.to)).toBe(2002 + 45);
    expect(libraryFence(times.slice(0, 3))).toBeNull();
  });
});
