/**
 * Events dated by a cue that counts from another ("eight months after troops entered the city"),
 * bodies and roles that act for their owner ("the general's forces", "the agency's director"),
 * groups named by their nation ("Moldovan farmers"), and things that act in a clause that dates
 * them ("the trial opened in June 2007"), a passive's agent, and dates kept to their own clause
 * (sentences written for these tests).
 */
import { describe, expect, it } from 'vitest';
import { actorNames, eventWith, extractText } from './helpers';

describe('dates counted from another event', () => {
  it('dates a clause after "eight months after" eight months before the day the sentence names', () => {
    const { events } = extractText(
      'The governor told reporters on Friday, eight months after Northern troops entered the city of Tarsk.',
      '2011-11-20',
    );
    const entered = eventWith(events, 'troops entered');
    expect(entered?.start).toBe('2011-03');
    expect(entered?.precision).toBe('month');
    // the cue is the clause's own words, not the end of the governor's
    expect(entered?.sources[0]?.quote).toMatch(/^eight months after/);
    const told = eventWith(events, 'told reporters');
    expect(told?.start).toBe('2011-11-18');
    expect(told?.title).not.toMatch(/months/);
  });

  it('counts days and years at their own precision, and keeps a vague count a range', () => {
    const days = extractText(
      'Rivera resigned on Monday, two days after the Senate rejected his budget.',
      '2019-04-10',
    );
    expect(eventWith(days.events, 'rejected his budget')?.start).toBe('2019-04-06');
    const years = extractText(
      'President Ada Okafor returned on Monday, three years after the Senate removed him.',
      '2019-04-10',
    );
    expect(eventWith(years.events, 'Senate removed')?.start).toBe('2016');
    const vague = extractText(
      'President Ada Okafor returned on Monday, just weeks after the Senate removed him.',
      '2019-04-10',
    );
    const removed = eventWith(vague.events, 'Senate removed');
    expect(removed?.precision).toBe('approximate');
    expect(removed?.end && removed.end < '2019-04-08').toBe(true);
  });
});

describe('doers named through their owner or their nation', () => {
  it('makes the owner of forces or of a role the doer ("Ortega\'s forces took", "the agency\'s director said")', () => {
    const { events } = extractText(
      "General Dario Ortega's forces took the port of Valmira on Saturday. The Lumen Space Agency's director said on Monday that the probe was safe.",
      '2015-06-02',
    );
    expect(actorNames(eventWith(events, 'took the port'))[0]).toBe('Dario Ortega');
    expect(actorNames(eventWith(events, 'probe was safe'))[0]).toBe('Lumen Space Agency');
  });

  it('takes "the 56-year-old rebel leader" who acts for the person the article gave that role', () => {
    const { events } = extractText(
      'Rebel leader Tomas Vedrin entered the capital on Saturday.\n\nThe 56-year-old rebel leader pledged on Sunday to hold elections within a year.',
      '2015-06-02',
    );
    expect(actorNames(eventWith(events, 'pledged on Sunday'))[0]).toBe('Tomas Vedrin');
  });

  it('keeps an initial inside the name ("K. Dana Orr"), so one person speaks, not "K"', () => {
    const { events } = extractText(
      '“We are done here,” U.S. administrator K. Dana Orr told reporters on Sunday.',
      '2015-06-02',
    );
    expect(actorNames(eventWith(events, 'told reporters'))[0]).toBe('K. Dana Orr');
  });

  it('makes a plural of people named by its nation a group that acts, but not a thing', () => {
    const { events } = extractText(
      'Moldovan farmers blocked the main road on Tuesday. Exports reached Moldovan borders on Tuesday.',
      '2015-06-04',
    );
    expect(actorNames(eventWith(events, 'blocked the main road'))).toContain('Moldovan farmers');
    expect(events.flatMap(actorNames)).not.toContain('Moldovan borders');
  });
});

describe('things that act in a clause that dates them', () => {
  it('makes a dated clause with a thing as its subject an event, and an undated one one of its article', () => {
    const { events } = extractText(
      'The corruption trial opened in June 2007 in a packed courtroom. The trial opened slowly.',
      '2012-04-26',
    );
    const opened = eventWith(events, 'opened in June 2007');
    expect(opened?.start).toBe('2007-06');
    // (a sentence that tells nothing else: the thing's act, dated by the report)
    const slowly = eventWith(events, 'opened slowly');
    expect(slowly).toMatchObject({ start: '2012-04-26', basis: 'reported' });
  });
});

describe('a passive clause and its agent', () => {
  it('makes the agent after "by" the doer, and leaves a year inside an aside about them to the aside', () => {
    const { events } = extractText(
      'The assembly’s session was opened by Milan Horak, hero of the reforms crushed in 1968.',
      '1989-12-29',
    );
    const opened = eventWith(events, 'was opened by Milan Horak');
    expect(opened?.actors[0]).toMatchObject({ name: 'Milan Horak', role: 'source' });
    expect(opened?.start).toBe('1989-12-29');
  });
});

describe('a date belongs to its own clause', () => {
  it('dates an act "set for" a day ahead of the report, as planned', () => {
    const { events } = extractText('A hearing in the Varga case was set for May 16.', '2012-06-02');
    expect(eventWith(events, 'set for May 16')).toMatchObject({ start: '2013-05-16', modality: 'planned' });
  });

  it('leaves a date before a clause of time set off by commas to that clause, and reads "after 19 moves" as a measure', () => {
    const { events } = extractText(
      'Tired since the second round a week ago, when he lost on time, Novak Dresler resigned after 19 moves of the final game last night.',
      '1997-05-12',
    );
    expect(eventWith(events, 'resigned after 19 moves')?.start).toBe('1997-05-11');
  });
});

describe("a person's followers", () => {
  it('reads "Mr Holt\'s supporters" as a group that acts, and his lawyers as acting for him', () => {
    const { events } = extractText(
      "Ivo Holt conceded the race on Sunday. In protest, Mr Holt's supporters blocked the main road. Holt's lawyers appealed the count on Monday.",
      '2018-10-30',
    );
    expect(actorNames(eventWith(events, 'blocked the main road'))[0]).toBe('Holt supporters');
    expect(actorNames(eventWith(events, 'appealed the count'))[0]).toBe('Ivo Holt');
  });
});
