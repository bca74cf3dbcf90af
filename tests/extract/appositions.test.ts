/**
 * What is written beside a name (sentences written for these tests): a role set off by commas is
 * that person, the letters of a degree or an honour name no one, a name known by its shape alone
 * that qualifies the noun after it is no actor, and neither is a person's address after "of".
 */
import { describe, expect, it } from 'vitest';
import { actorNames, eventWith, extractText } from './helpers';

describe('a role in apposition to a person', () => {
  it('is that person, in the first sentence of an article too, and stands for them later', () => {
    const { events } = extractText(
      'Tor Berg, the chairman, said the club would move. Ana Coll, the Prime Minister, said taxes would fall. Later the chairman said the vote was close.',
      '2024-05-07',
    );
    expect(actorNames(eventWith(events, 'club would move'))).toEqual(['Tor Berg']);
    expect(actorNames(eventWith(events, 'taxes would fall'))).toEqual(['Ana Coll']);
    expect(actorNames(eventWith(events, 'vote was close'))).toEqual(['Tor Berg']);
  });

  it('is no apposition without a comma after it, nor after a place', () => {
    const { events } = extractText(
      'According to Tor Berg, the union president, the pay rise had been cut.',
      '2024-05-07',
    );
    expect(actorNames(eventWith(events, 'pay rise'))).toEqual(['Tor Berg']);
    const kelby = extractText('Speaking in Kelby, the bank chief said rates would rise.', '2024-05-07');
    expect(eventWith(kelby.events, 'rates would rise')?.actors[0]?.name).toBe('Bank chief');
  });
});

describe("a degree or an honour after a person's name", () => {
  it('names no one', () => {
    const { events } = extractText(
      'The recall will widen, said Ana Coll, RN, director of the agency. Dr Lena Holt, PhD, MBA, said cases fell.',
      '2024-05-07',
    );
    expect(actorNames(eventWith(events, 'recall will widen'))).toEqual(['Ana Coll']);
    expect(actorNames(eventWith(events, 'cases fell'))).toEqual(['Lena Holt']);
  });
});

describe('a name known by its shape alone before a common noun', () => {
  it('says where the people or things of the noun are, and is no actor', () => {
    const { events } = extractText(
      'A Varna mayor, Jon Dale, said the roads were shut. The board appointed a Kelby officer to lead the police.',
      '2024-05-07',
    );
    expect(actorNames(eventWith(events, 'roads were shut'))).toEqual(['Jon Dale']);
    expect(actorNames(eventWith(events, 'appointed'))).not.toContain('Kelby');
  });
});

describe("a person's address after the name", () => {
  it('names no actor: the street and the town neither act nor stand as targets', () => {
    const { events } = extractText(
      'Tor Berg, 44, of Kelby Gardens, Varna was sentenced to six months on Monday. Ana Lund of Berg Court, Tarvo, says she has complained to the council.',
      '2024-03-06',
    );
    expect(actorNames(eventWith(events, 'was sentenced'))).toEqual(['Tor Berg']);
    expect(actorNames(eventWith(events, 'has complained'))).toEqual(['Ana Lund']);
  });
});
