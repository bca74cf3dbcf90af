import { describe, expect, it } from 'vitest';
import { dayOf, rankKeyDates } from '../../electron/shared/key-dates';
import type { NewsEvent } from '../../electron/shared/model';

const event = (id: string, start: string, salience: number, articleId = 'a'): NewsEvent => ({
  id,
  title: id,
  start,
  precision: start.length === 10 ? 'day' : 'month',
  basis: 'explicit',
  actors: [],
  cameo: null,
  sources: [{ articleId, quote: id, start: 0, end: 1 }],
  salience,
});

describe('key dates', () => {
  it('ranks days by the summed salience of their events, not by how many there are', () => {
    const ranked = rankKeyDates([
      event('big', '2010-04-20', 0.9, 'a'),
      event('big2', '2010-04-20', 0.8, 'b'),
      event('r1', '2010-05-01', 0.1),
      event('r2', '2010-05-01', 0.1),
      event('r3', '2010-05-01', 0.1),
    ]);
    expect(ranked.map((d) => d.date)).toEqual(['2010-04-20', '2010-05-01']);
    expect(ranked[0]).toMatchObject({ events: 2, articles: 2, top: ['big', 'big2'] });
  });

  it('leaves out events not dated to a day, and stops at the limit', () => {
    expect(dayOf(event('m', '2010-05', 1))).toBeNull();
    const ranked = rankKeyDates(
      [event('m', '2010-05', 1), event('a', '2010-05-02', 0.5), event('b', '2010-05-03', 0.4)],
      1,
    );
    expect(ranked.map((d) => d.date)).toEqual(['2010-05-02']);
  });
});
