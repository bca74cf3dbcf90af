/**
 * A list of votes after an introduction that ends in a colon: each measure is an act of the body
 * the introduction names, on its day (`vote-results`). Lines written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { actorNames, eventWith, extractText } from './helpers';

const MEETING = [
  'Council votes',
  '',
  'Here is how Kelby councillors voted Tuesday on the budget:',
  '',
  'Closing the library on Sundays: DENIED, 6-5.',
  '',
  'Voting YES: Berg, Marek, Ruiz',
  '',
  'Mayor Ana Ruiz cast the deciding vote.',
  '',
  'Raising the harbour fee to $40: APPROVED, 9-2. (A YES vote raised the fee.)',
].join('\n');

describe('a list of votes', () => {
  it('makes each measure an act of the body the introduction names, on its day', () => {
    const { events } = extractText(MEETING, '2024-06-05');
    const library = eventWith(events, 'Closing the library');
    expect(actorNames(library)).toEqual(['Kelby councillors']);
    expect(library?.title).toBe('Kelby councillors denied closing the library on Sundays, 6-5');
    expect(library?.start).toBe('2024-06-04');
    const fee = eventWith(events, 'harbour fee');
    expect(fee?.title).toBe('Kelby councillors approved raising the harbour fee to $40, 9-2');
    expect(fee?.sources[0]?.quote).toBe('Raising the harbour fee to $40: APPROVED, 9-2.');
  });

  it('reads the vote a person casts as an act of that person', () => {
    const { events } = extractText(MEETING, '2024-06-05');
    expect(actorNames(eventWith(events, 'cast the deciding vote'))).toEqual(['Ana Ruiz']);
  });

  it('needs the introduction: a line of a measure and an outcome alone is no event', () => {
    const { events } = extractText('Closing the library on Sundays: DENIED, 6-5.', '2024-06-05');
    expect(events).toHaveLength(0);
  });
});
