/**
 * Who an event is done to: the actors named after the subject that are not it, two at most (a list
 * counting as one). People named only by what they are or by whose they are, and places whose
 * names look like a person's, are no such actor (sentences written for these tests).
 */
import { describe, expect, it } from 'vitest';
import { actorNames, eventWith, extractText } from './helpers';

describe('actors an event is done to', () => {
  it('keeps people named only by what they are out of the actors of what is told of them', () => {
    const { events } = extractText(
      'The Kelby Mining Company said on Monday that dozens of workers had been taken off the night shift.',
      '2024-05-08',
    );
    const event = eventWith(events, 'taken off the night shift');
    expect(actorNames(event)[0]).toBe('Kelby Mining Company');
    expect(actorNames(event)).not.toContain('Workers');
  });

  it('keeps a country written before a common noun it qualifies out of the actors', () => {
    // ("Norway's presidential election", "a Norway court": whose or where, no one acted on)
    const { events } = extractText(
      "Ana Holt won Norway's presidential election on Sunday. A Norway court jailed Ivo Marek on Monday.",
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'presidential election'))).toEqual(['Ana Holt']);
    expect(actorNames(eventWith(events, 'court jailed'))).not.toContain('Norway');
    // (a country an act is done to stays its actor)
    const { events: acts } = extractText('Ana Holt visited Norway on Sunday.', '2024-05-08');
    expect(actorNames(eventWith(acts, 'visited'))).toEqual(['Ana Holt', 'Norway']);
  });

  it('still makes such people the doer where they act', () => {
    const { events } = extractText(
      'Inspector Ivo Marek disclosed on Monday that as part of the inquiry, officers went to the Kelby depot.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'officers went'))[0]).toBe('Officers');
  });

  it('keeps a person named by a relation ("his wife") out of the actors of an act done to them', () => {
    const { events } = extractText(
      'Ivo Marek was charged on Monday. Prosecutors said Marek had threatened his wife before the hearing.',
      '2024-05-08',
    );
    const event = eventWith(events, 'threatened his wife');
    expect(actorNames(event)).toEqual(['Prosecutors', 'Ivo Marek']);
  });

  it('reads a name after "in" or "at" that looks like a person\'s as the place it is', () => {
    const { events } = extractText(
      'The Kelby Fire Service said on Monday that a blaze had destroyed two barns at Harlan Brook. Lena Sorn, the mayor, said the storm had cut power in Harlan Brook.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'destroyed two barns'))).toEqual(['Kelby Fire Service']);
    expect(actorNames(eventWith(events, 'cut power'))).toEqual(['Lena Sorn']);
  });

  it('names at most two objects of an act, a list of names counting as one', () => {
    const { events } = extractText(
      'Peter Hale met John Berg and Mary Sorn at the offices of the Kelby Mining Company before a dinner of the Tarvo Rail Board on Monday.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'met John Berg'))).toEqual([
      'Peter Hale',
      'John Berg',
      'Mary Sorn',
      'Kelby Mining Company',
    ]);
  });

  it('keeps a person named after "with" as one the act is done with', () => {
    const { events } = extractText('Lena Sorn met with Peter Hale at Kelby Ridge on Monday.', '2024-05-08');
    expect(actorNames(eventWith(events, 'met with'))).toEqual(['Lena Sorn', 'Peter Hale']);
  });
});
