/**
 * The passive voice (sentences written for these tests): the one named after "by" acted, past an
 * adverb before the verb ("was later sentenced"), words between the verb and "by", and a
 * determiner or an owner’s word before the name; the subject is what it acted on and stays the
 * subject of the title. An agent of another verb ("a warrant issued by …") is not the act's.
 */
import { describe, expect, it } from 'vitest';
import { actorNames, eventWith, extractText } from './helpers';

describe('the passive voice and its agent', () => {
  it('makes the agent after "by" the source, past an adverb and the words after the verb', () => {
    const { events } = extractText(
      'Tom Rell was later sentenced to two years and Ana Velo to one by the Kelby District Court.',
      '2024-06-03',
    );
    const event = eventWith(events, 'sentenced to two years');
    expect(actorNames(event)[0]).toBe('Kelby District Court');
    expect(actorNames(event)).toContain('Tom Rell');
    expect(event?.title.startsWith('Tom Rell')).toBe(true);
  });

  it('keeps the subject of the passive as the subject of the title', () => {
    const { events } = extractText(
      'Two Chilean fishermen were held by Peruvian police on Monday.',
      '2024-06-05',
    );
    expect(eventWith(events, 'were held')?.title).toMatch(/^Chilean fishermen were held/);
  });

  it('keeps every subject of a list as a target, and names them all in the title', () => {
    const { events } = extractText(
      'Party leaders Tom Rell, Ana Velo and Joe Brent were denied bail by a Varna court on Wednesday.',
      '2024-06-03',
    );
    const event = eventWith(events, 'denied bail');
    expect(actorNames(event)[0]).toBe('Varna court');
    expect(actorNames(event)).toEqual(expect.arrayContaining(['Tom Rell', 'Ana Velo', 'Joe Brent']));
    expect(event?.title).toMatch(/Tom Rell.*Ana Velo.*Joe Brent were denied bail/);
  });

  it('does not take the agent of another verb', () => {
    const { events } = extractText(
      'Tom Rell was detained in May under an order signed by the Kelby Town Council.',
      '2024-12-03',
    );
    expect(actorNames(eventWith(events, 'was detained'))[0]).not.toBe('Kelby Town Council');
  });

  it('names a place’s court with its noun, not the place alone', () => {
    const { events } = extractText('A Varna court fined Tom Rell $500 on Monday.', '2024-06-03');
    expect(actorNames(eventWith(events, 'fined Tom Rell'))[0]).toBe('Varna court');
  });
});
