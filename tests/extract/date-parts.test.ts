/**
 * Parts of a week, month or year a date names ("early next week", "earlier this month", "late
 * last year", "at the weekend"): the event's interval is that part, not the whole span
 * (`dates.withMod`). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { eventWith, extractText } from './helpers';

const span = (e: { start: string; end?: string } | undefined): [string, string] | undefined =>
  e ? [e.start, e.end ?? e.start] : undefined;

describe('a part of a span', () => {
  it('dates the start of a week, the start of a month and the end of a year to those parts', () => {
    const { events } = extractText(
      'The harbour board approved the budget earlier this week. The ferry company said earlier this month that it would add two boats. Mayor Ana Reyes opened the new depot late last year.',
      '2008-07-18',
    );
    expect(span(eventWith(events, 'approved the budget'))).toEqual(['2008-07-14', '2008-07-16']);
    expect(span(eventWith(events, 'add two boats'))).toEqual(['2008-07-01', '2008-07-10']);
    expect(span(eventWith(events, 'new depot'))).toEqual(['2007-09-01', '2007-12-31']);
  });

  it('dates a weekend to its Saturday and Sunday', () => {
    const { events } = extractText(
      'Thousands of fans visited the Kemsey fair over the weekend.',
      '2008-07-18',
    );
    expect(span(eventWith(events, 'Kemsey fair'))).toEqual(['2008-07-12', '2008-07-13']);
  });
});

describe('a beginning dated from a day', () => {
  it('takes the day it runs from, and a span other verbs run from stays no date of theirs', () => {
    const { events } = extractText(
      'The Orvane ferry service will resume from 3 March. Mayor Ana Reyes has led the council from 2019.',
      '2024-02-08',
    );
    expect(eventWith(events, 'ferry service')?.start).toBe('2024-03-03');
    expect(eventWith(events, 'led the council')?.start).not.toBe('2019');
  });
});
