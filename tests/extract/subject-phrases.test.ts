/**
 * Subjects with words between them and their verb: a phrase of place or belonging after the noun
 * ("shopkeepers in Kelby", "the magistrate at Dunmore Court"), an aside that lists some of them
 * ("charities, including …"), a day ("on Thursday"), verbs written with their negation ("didn't"),
 * a participle that describes a noun ("a duly appointed delegate"), and the thing a sentence's last
 * resort reads ("Damage at the pier was reported …") (sentences written for these tests).
 */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../electron/extract/tokens';
import { actorNames, eventWith, extractText } from './helpers';

describe('a subject with a phrase after it', () => {
  it('makes people in a place the doers of the verb after the place', () => {
    const { events } = extractText(
      'Shopkeepers in Dunmore also backed the new parking plan on Tuesday.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'backed the new parking plan'))[0]).toBe('Shopkeepers');
  });

  it('makes a role the speaker when a phrase says where it sits', () => {
    const { events } = extractText(
      'The magistrate at Dunmore Court said on Friday that the fire had started in the kitchen.',
      '2024-05-08',
    );
    const said = eventWith(events, 'started in the kitchen');
    expect(actorNames(said)[0]).toBe('Magistrate');
  });

  it('still reads "a spokesman for" a body as the body speaking', () => {
    const { events } = extractText(
      'A spokesman for Harlow Council said on Friday that the bridge would stay closed.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'bridge would stay closed'))[0]).toBe('Harlow Council');
  });

  it('tells an act whose subject lists some of its members in an aside', () => {
    const { events } = extractText(
      'Several charities, including the Kelby Food Trust, have condemned the cuts.',
      '2024-05-08',
    );
    const event = eventWith(events, 'condemned the cuts');
    expect(event?.title).toBe('Several charities have condemned the cuts');
    // (the member the aside names acts with them)
    expect(event?.actors).toEqual([{ name: 'Kelby Food Trust', kind: 'organization', role: 'source' }]);
  });
});

describe('names set off before a passive', () => {
  it("makes the name set beside an office's name the one the passive tells of", () => {
    const { events } = extractText(
      'The former Speaker of the Assembly, Peter Marek, has been re-elected to the post.',
      '2024-05-08',
    );
    expect(events[0]?.title).toBe('Peter Marek has been re-elected to the post');
  });

  it('leaves a country that opens the sentence as the place, not the doer', () => {
    const { events } = extractText(
      'In Portugal, Peter Marek was elected mayor of Kelby on Sunday.',
      '2024-05-08',
    );
    expect(events[0]?.title).toBe('Peter Marek was elected mayor of Kelby');
    expect(actorNames(events[0])).not.toContain('Portugal');
  });
});

describe('a verb written with its negation', () => {
  it('splits "didn\'t" into the verb and "n\'t", and "won\'t" into "will" and "n\'t"', () => {
    expect(tokenize("didn't").map((t) => [t.text, t.key])).toEqual([
      ['did', 'did'],
      ["n't", "n't"],
    ]);
    expect(tokenize('won’t').map((t) => t.key)).toEqual(['will', "n't"]);
    expect(tokenize("can't")[0]?.end).toBe(2);
  });

  it('tells the act as negated, the negation kept in its title', () => {
    const { events } = extractText(
      "The Kelby Rovers didn't renew the coach's contract on Monday.",
      '2024-05-08',
    );
    const event = eventWith(events, 'renew the coach');
    expect(event?.modality).toBe('negated');
    expect(event?.title).toBe("Kelby Rovers didn't renew the coach's contract");
  });

  it('keeps the negation of a verb that has no object after it in its place', () => {
    const { events } = extractText("The Kelby Lions weren't ready for the rain on Saturday.", '2024-05-08');
    expect(eventWith(events, 'ready for the rain')?.title).toContain("weren't ready for the rain");
  });
});

describe('a day between the subject and its verb, and a participle that describes a noun', () => {
  it('reads the verb after "on Thursday" as the subject’s, and each clause in its own words', () => {
    const { events } = extractText(
      'The Kelby Ferry Board on Thursday outlined rules for the season and called on riders to respect them.',
      '2024-05-10',
    );
    expect(events.map((e) => e.title).sort()).toEqual([
      'Kelby Ferry Board called on riders to respect',
      'Kelby Ferry Board outlined rules for the season',
    ]);
  });

  it('takes no participle between a determiner and its noun for the verb', () => {
    const { events } = extractText(
      'The Kelby Ferry Board outlined rules for naming a duly appointed delegate.',
      '2024-05-10',
    );
    expect(events.map((e) => e.title)).toEqual([
      'Kelby Ferry Board outlined rules for naming a duly appointed delegate',
    ]);
  });
});

describe('a thing as the subject of the last resort', () => {
  it('is the noun before a phrase of place or time, and no count of an opening phrase', () => {
    const weather = extractText('Damage at the pier was reported on Monday.', '2024-05-10').events;
    expect(weather.map((e) => e.title)).toEqual(['Damage was reported']);
    const roads = extractText(
      'To date in 2024, 40 boats have sunk off the Kelby coast.',
      '2024-05-10',
    ).events;
    expect(roads.map((e) => e.title)).toEqual(['Boats have sunk off the Kelby coast']);
  });

  it('gives what did not happen no event', () => {
    expect(extractText('No cause was found.', '2024-05-10').events).toEqual([]);
  });
});
