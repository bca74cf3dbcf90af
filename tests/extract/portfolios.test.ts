/**
 * An office's portfolio (sentences written for these tests): the words after "Minister of" name
 * what the office is in charge of, not an actor, and the holder of the office is a person still.
 */
import { describe, expect, it } from 'vitest';
import { actorNames, eventWith, extractText } from './helpers';

describe("an office's portfolio", () => {
  it('names no actor, and gives no one the title of the office', () => {
    const { events } = extractText(
      'The Prime Minister also named Tom Varn as Minister of Trade Affairs on Monday.',
      '2024-05-07',
    );
    const named = eventWith(events, 'named Tom Varn');
    expect(actorNames(named)).toEqual(['Tom Varn']);
    expect(named?.title).not.toMatch(/^Affairs/);
  });

  it('names no actor when two portfolios are joined by "and"', () => {
    const { events } = extractText(
      'Ana Coll, the Minister of Lands and Coastal Affairs, said the plan would pass.',
      '2024-05-07',
    );
    expect(actorNames(eventWith(events, 'said the plan'))).toEqual(['Ana Coll']);
  });

  it('makes no actor of offices that someone holds, nor of a list of them', () => {
    const { events } = extractText(
      'Tom Varn will hold the portfolios of Minister of Rural Development, Minister of Rural Affairs and Minister of Trade.',
      '2024-05-07',
    );
    expect(actorNames(eventWith(events, 'portfolios'))).toEqual(['Tom Varn']);
  });

  it('keeps an office that acts, a ministry, and a person named after a title', () => {
    const { events } = extractText(
      'The Minister of Forestry said the buses would run. Secretary of State Lena Holt met the Ministry of Rural Affairs on Tuesday.',
      '2024-05-07',
    );
    expect(actorNames(eventWith(events, 'buses would run'))).toEqual(['Minister of Forestry']);
    expect(actorNames(eventWith(events, 'Lena Holt met'))).toEqual([
      'Lena Holt',
      'Ministry of Rural Affairs',
    ]);
  });
});
