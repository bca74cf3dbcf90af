/**
 * A thing's happening told by a relative clause with a date of its own (sentences written for these
 * tests): an event of the thing, at that date, which the clause around it does not take.
 */
import { describe, expect, it } from 'vitest';
import { actorNames, eventWith, extractText } from './helpers';

describe('a relative clause of a thing, with a date of its own', () => {
  it('is an event of the thing at its date; the main event does not take the date', () => {
    const { events } = extractText(
      'Dock workers voted to extend the contract that expired at midnight on Tuesday.',
      '2024-03-08',
    );
    const expired = events.find((e) => e.sources.some((x) => x.quote.startsWith('the contract that')));
    expect(expired?.sources[0]?.quote).toBe('the contract that expired at midnight on Tuesday');
    expect(expired).toMatchObject({ start: '2024-03-05' });
    expect(expired?.title).toMatch(/^Contract expired/);
    expect(actorNames(expired)).toEqual([]);
    expect(eventWith(events, 'Dock workers voted')?.start).not.toBe('2024-03-05');
  });

  it('is no event without a date of its own, nor after a verb of saying', () => {
    const { events } = extractText(
      'Dock workers rejected the contract that management offered. The union said that talks had failed on Monday.',
      '2024-03-08',
    );
    expect(events.some((e) => e.sources.some((s) => s.quote.startsWith('the contract that')))).toBe(false);
    expect(events.some((e) => e.sources.some((s) => s.quote.startsWith('that talks')))).toBe(false);
  });

  it('reads "DATE, when a thing did …" as the thing\'s act at that date', () => {
    const { events } = extractText(
      'Forecasters said the storm was the deadliest since April 9, 1947, when a twister killed 113 people in Woodward.',
      '1999-05-05',
    );
    const twister = events.find((e) => e.title.startsWith('Twister killed'));
    expect(twister).toMatchObject({ start: '1947-04-09', precision: 'day' });
    expect(eventWith(events, 'Forecasters said')?.start).toBe('1999-05-05');
  });
});

describe('a relative clause after a body named with its noun', () => {
  it('tells the act of the body before its bracketed letters and noun', () => {
    const { events } = extractText(
      'Most members are from the ruling Marlow Renewal Tshogpa (MRT) party, which won a landslide in the general election.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'won a landslide'))[0]).toBe('Marlow Renewal Tshogpa');
  });
});

describe('a relative clause set off by commas that dates what it tells', () => {
  it('"the new ferry timetable, which will come into force on 30 September, …": a plan of its own day', () => {
    const { events } = extractText(
      'Councillor Ida Brandt said that the new ferry timetable, which will come into force on 30 September, follows months of consultation.',
      '2015-09-01',
    );
    const plan = events.find((e) => e.modality === 'planned' && e.start === '2015-09-30');
    expect(plan?.title).toMatch(/will come into force on 30 September/);
    // the statement keeps the day it was reported, not the plan's
    expect(eventWith(events, 'Councillor Ida Brandt said')?.start).toBe('2015-09-01');
  });

  it('"…, which came into force on 30 August, …": a past act of its own day', () => {
    const { events } = extractText(
      'Councillor Ida Brandt said that the new ferry timetable, which came into force on 30 August, follows months of consultation.',
      '2015-09-01',
    );
    expect(events.some((e) => e.start === '2015-08-30' && /came into force/.test(e.title))).toBe(true);
    expect(eventWith(events, 'Councillor Ida Brandt said')?.start).toBe('2015-09-01');
  });
});

describe('"who" after a noun in apposition to a person', () => {
  it('"Peter Marek, an architect who entered politics in February 1990, was elected …": a past fact of the person at its own date', () => {
    const { events } = extractText(
      'Peter Marek, an architect who entered municipal politics in February 1990, was elected mayor on Monday.',
      '1998-11-30',
    );
    const past = events.find((e) => /entered municipal politics/.test(e.title));
    expect(past?.start).toBe('1990-02');
    expect(actorNames(past)[0]).toBe('Peter Marek');
    expect(events.find((e) => /elected mayor/.test(e.title))?.start).toBe('1998-11-30');
  });
});
