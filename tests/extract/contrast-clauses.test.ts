/**
 * A clause of contrast that opens a sentence ("While …, …") with an act of its own in the past is
 * an event of its own, beside the main clause; in the present perfect it is background
 * (`opening.leadingClause`). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { actorNames, eventWith, extractText } from './helpers';

describe('a clause of contrast that opens the sentence', () => {
  it('tells its own past act, and the main clause keeps the words after it', () => {
    const { events } = extractText(
      'While Tomas Kerel phoned the harbour board on Monday, Mayor Ana Reyes left for Geneva.',
      '2024-05-08',
    );
    const letter = eventWith(events, 'phoned the harbour board');
    const trip = eventWith(events, 'left for Geneva');
    expect(letter).toBeDefined();
    expect(trip).toBeDefined();
    expect(letter).not.toBe(trip);
    expect(actorNames(letter)[0]).toBe('Tomas Kerel');
    expect(trip?.sources[0]?.quote.startsWith('Mayor Ana Reyes left')).toBe(true);
  });

  it('is background in the present perfect', () => {
    const { events } = extractText(
      'While the harbour board has long opposed the plan, Mayor Ana Reyes signed it on Monday.',
      '2024-05-08',
    );
    expect(events).toHaveLength(1);
    expect(events[0]?.sources[0]?.quote.startsWith('While the harbour board')).toBe(true);
  });
});
