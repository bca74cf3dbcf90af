/**
 * A country's name inside another name, and a country named by its capital (sentences written for
 * these tests): "Air Kelby"-style bodies whose name ends on a country's, a body's name that goes on
 * with "of" and a country or that a country opens, and a capital that is a place gone to or from
 * rather than its government.
 */
import { describe, expect, it } from 'vitest';
import { actorNames, eventWith, extractText } from './helpers';

describe('a body whose name ends on a country’s name', () => {
  it('is that body, not the country, inside a sentence and at its start', () => {
    const { events } = extractText(
      'Road news\n\nOn Monday, Radio Estonia reported that the bridge had closed. Transit Norway said on Tuesday it would add buses.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'reported that the bridge'))).toEqual(['Radio Estonia']);
    expect(actorNames(eventWith(events, 'would add buses'))).toEqual(['Transit Norway']);
  });

  it('leaves the country where the word before it is a preposition, a direction or a title', () => {
    const { events } = extractText(
      'Road news\n\nAcross Norway, schools closed on Monday. Northern Norway reported heavy snow. Health Minister Tor Berg said Norway would add buses.',
      '2024-05-08',
    );
    const all = events.flatMap((e) => actorNames(e));
    expect(all).not.toContain('Across Norway');
    expect(all).not.toContain('Minister Norway');
    expect(actorNames(eventWith(events, 'would add buses'))).toContain('Tor Berg');
  });
});

describe('a country named by its capital', () => {
  it('is no actor where the event goes to, from or between cities', () => {
    const { events } = extractText(
      'Airline news\n\nKelby Air began flights to Oslo and Helsinki on Monday. Trains ran between Varna, Tarvo and Stockholm, Kelby Rail said.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'began flights'))).toEqual(['Kelby Air']);
    expect(actorNames(eventWith(events, 'Trains ran'))).toEqual(['Kelby Rail']);
  });

  it('is its government as the doer and as the one acted on', () => {
    const { events } = extractText(
      'Talks news\n\nOslo said on Monday that it would expel two diplomats. Kelby Party leader Tor Berg accused Helsinki of lying.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'expel two diplomats'))[0]).toBe('Norway');
    expect(actorNames(eventWith(events, 'accused Helsinki'))).toContain('Finland');
  });
});

describe('a country in the name of a body', () => {
  it('makes "of the Netherlands" after a body part of its name, and the country no actor of its own', () => {
    const { events } = extractText(
      'The High Court of the Netherlands ruled on Monday that the ban was lawful.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'ban was lawful'))).toEqual(['High Court of the Netherlands']);
  });

  it("keeps a country that opens a body's capitalised name inside the name only", () => {
    const { events } = extractText(
      'Peter Hale was arrested on Monday, a post by the Norway Police Service stated.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'was arrested'))).toEqual(['Peter Hale', 'Norway Police Service']);
  });

  it("leaves a country after a person's name an actor of its own", () => {
    const { events } = extractText('Peter Hale of Norway won the race on Monday.', '2024-05-08');
    expect(actorNames(eventWith(events, 'won the race'))).toEqual(['Peter Hale', 'Norway']);
  });
});
