/**
 * Clauses listed with commas, each a name and its past verb ("Kelby Bank jumped 5%, Norvik Steel
 * climbed 2% and …"), are events of their own (`clause-segments`); a speaker named after a comma is
 * no such clause. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { actorNames, eventWith, extractText } from './helpers';

describe('clauses listed with commas', () => {
  it('makes each name and its past verb an event of that name', () => {
    const { events } = extractText(
      'Kelby Bank jumped 5 percent, Norvik Steel climbed 2 percent and Varna Motors fell 1 percent.',
      '2024-05-08',
    );
    const steel = eventWith(events, 'Norvik Steel climbed');
    expect(steel).toBeDefined();
    expect(actorNames(steel)[0]).toBe('Norvik Steel');
    expect(actorNames(eventWith(events, 'Kelby Bank jumped'))).not.toContain('Norvik Steel');
  });

  it('leaves a speaker named after a comma as the one who said it', () => {
    const { events } = extractText('Kelby Bank jumped 5 percent, Tor Berg said.', '2024-05-08');
    expect(events).toHaveLength(1);
  });
});
