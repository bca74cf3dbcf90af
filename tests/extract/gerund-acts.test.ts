/**
 * Acts told by a gerund after a preposition of time (sentences written for these tests): an event
 * of the main event's actor with its own words and date; the main event keeps the words outside.
 */
import { describe, expect, it } from 'vitest';
import { actorNames, eventWith, extractText } from './helpers';

describe('a gerund after a preposition of time', () => {
  it('that ends the sentence is an act of its own, and the main event ends before it', () => {
    const { events } = extractText(
      'Marta Quell left the plant at noon on Monday after signing the wage agreement with the union.',
      '2024-03-06',
    );
    const signed = eventWith(events, 'after signing');
    expect(signed?.sources[0]?.quote).toBe('after signing the wage agreement with the union');
    expect(actorNames(signed)).toEqual(['Marta Quell']);
    const left = eventWith(events, 'left the plant');
    expect(left?.sources[0]?.quote).toBe('Marta Quell left the plant at noon on Monday');
    expect(left?.title).not.toMatch(/signing/);
  });

  it('keeps the date it writes, which the main event does not take', () => {
    const { events } = extractText(
      'Tobias Renner appeared in court on Tuesday for the third time since pleading guilty in March 2022.',
      '2024-03-06',
    );
    const plea = eventWith(events, 'since pleading guilty');
    expect(plea?.start).toBe('2022-03');
    expect(eventWith(events, 'appeared in court')?.start).toBe('2024-03-05');
  });

  it('that opens the sentence is an act of its own, and the main event is told after it', () => {
    const { events } = extractText(
      'After inspecting the dam on Monday, engineer Lena Holt said the wall was sound.',
      '2024-03-06',
    );
    expect(eventWith(events, 'After inspecting')?.sources[0]?.quote).toBe(
      'After inspecting the dam on Monday',
    );
    expect(eventWith(events, 'wall was sound')?.sources[0]?.quote).not.toMatch(/inspecting/);
  });

  it('that opens the sentence is an act of the subject of a passive main clause too', () => {
    const { events } = extractText(
      'Since stepping down from his post in 2009, Ivo Marek was implicated in a number of scandals.',
      '2022-10-12',
    );
    const stepping = eventWith(events, 'stepping down');
    expect(stepping).toMatchObject({ start: '2009', precision: 'year' });
    expect(stepping?.actors[0]?.name).toBe('Ivo Marek');
    expect(eventWith(events, 'was implicated')?.start).toBe('2022-10-12');
  });

  it('is no act when it only tells a passive ("after being …")', () => {
    const { events } = extractText(
      'Marta Quell left the court after being cleared of all charges.',
      '2024-03-06',
    );
    expect(events).toHaveLength(1);
  });
});

describe('a participle of saying after an act', () => {
  it('is a statement of the actor of its own, the act keeps the words before its comma', () => {
    const { events } = extractText(
      'Governor Tomas Reddle opened the new hospital wing on Monday, observing that the old building had deteriorated.',
      '2024-05-08',
    );
    const observed = events.find((e) => e.sources[0]?.quote.startsWith('observing that'));
    expect(observed?.actors[0]?.name).toBe('Tomas Reddle');
    expect(observed?.start).toBe('2024-05-06');
    expect(eventWith(events, 'opened the new hospital wing')?.sources[0]?.quote).not.toContain('observing');
  });

  it('stays part of a statement or a criticism it argues for', () => {
    const { events } = extractText(
      'Senator Ann Pell criticised the aid package on Monday, arguing that it prolongs the conflict.',
      '2024-05-08',
    );
    expect(events).toHaveLength(1);
  });
});

describe('a short part cut from its sentence', () => {
  it('is a detail of the sentence’s event, not an event of its own; a longer part stays one', () => {
    const { events } = extractText(
      'Ana Holt resigned from the Kelby council on Monday, citing poor health.',
      '2024-05-08',
    );
    expect(events).toHaveLength(1);
    expect(events[0]?.sources[0]?.quote).toBe(
      'Ana Holt resigned from the Kelby council on Monday, citing poor health.',
    );
    const { events: longer } = extractText(
      'Ana Holt resigned from the Kelby council on Monday, citing the long delays to the new harbour wall.',
      '2024-05-08',
    );
    expect(longer).toHaveLength(2);
  });
});

describe('a gerund after "after" beside a planned act', () => {
  it('tells what was done before it, dated in the past', () => {
    const { events } = extractText(
      'Jurors will resume deliberations today after staying until 9 p.m. Monday.',
      '1986-07-29',
    );
    const stay = eventWith(events, 'staying');
    expect(stay?.modality).toBeUndefined();
    expect(stay?.start).toBe('1986-07-28');
  });
});
