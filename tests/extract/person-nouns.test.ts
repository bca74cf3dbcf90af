/**
 * Nouns for people, from WordNet's noun.person (sentences written for these tests): the word class
 * itself, and people an article leaves unnamed acting by it, one brought in with "a" ("A relative
 * of the family said …") and a plural no ending marks ("stewards", "hostesses"), also with a
 * phrase or a relative clause after it ("Some deputies in his own party had declined …", "Some
 * subscribers who sought help … reported …") or counted as some of a group ("Two of the plane's four
 * hostesses …").
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PERSON_NOUNS_PATH, personNounList } from '../../scripts/build-person-nouns';
import { isPeoplePlural, isPersonNoun } from '../../electron/extract/person-nouns';
import { actorNames, eventWith, extractText } from './helpers';

describe('the word class', () => {
  it('reads the person nouns the extractor ships from WordNet', () => {
    expect(JSON.parse(readFileSync(PERSON_NOUNS_PATH, 'utf8'))).toEqual(personNounList());
  });

  it('knows people by their noun, singular and plural, and no thing or proper name', () => {
    for (const word of ['relative', 'steward', 'hostess', 'protester', 'striker', 'deputy', 'operator'])
      expect(isPersonNoun(word), word).toBe(true);
    for (const word of ['stewards', 'hostesses', 'deputies', 'businessmen', 'children', 'women'])
      expect(isPeoplePlural(word), word).toBe(true);
    // things, whatever their ending; a noun whose first sense is a person only by WordNet's order
    for (const word of ['documents', 'numbers', 'floodwaters', 'containers', 'others'])
      expect(isPeoplePlural(word), word).toBe(false);
    for (const word of ['fastener', 'aristotle', 'letter']) expect(isPersonNoun(word), word).toBe(false);
  });

  it('knows a British spelling of a person noun WordNet spells the American way', () => {
    for (const word of ['neighbour', 'labourer']) expect(isPersonNoun(word), word).toBe(true);
    expect(isPeoplePlural('neighbours')).toBe(true);
    const { events } = extractText(
      'Angry neighbours blocked the road to the Kelby quarry on Monday.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'blocked the road'))).toEqual(['Angry neighbours']);
  });
});

describe('people unnamed', () => {
  it('makes one person brought in with "a" the speaker, a phrase after the noun and all', () => {
    const { events } = extractText(
      'The river burst its banks on Monday. A relative of the family said that the son had built a house on higher ground. A local resident told reporters the water rose within minutes.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'built a house'))[0]).toBe('A relative');
    expect(actorNames(eventWith(events, 'water rose'))[0]).toBe('A local resident');
  });

  it('reads a noun that only describes the next one as no person ("a passenger train")', () => {
    const { events } = extractText(
      'A speeding passenger train derailed near the station on Sunday.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'derailed'))).not.toContain('A speeding passenger');
  });

  it('makes a plural of people that opens the sentence the doers, whatever its ending', () => {
    const { events } = extractText(
      'The shop stewards are manning the gates of the yard. Hostesses served the guests on Friday.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'manning the gates'))[0]).toBe('Shop stewards');
    expect(actorNames(eventWith(events, 'served the guests'))[0]).toBe('Hostesses');
  });

  it('lets a short phrase after the plural say which ones, the verb after it', () => {
    const { events } = extractText(
      'The vote was held on Monday. Some deputies in his own party had declined to back the motion. Residents of the valley, however, cheered.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'declined to back'))[0]).toBe('Deputies');
  });

  it('reads the verb of people after the relative clause that says which ones', () => {
    const { events } = extractText(
      'The service opened on Tuesday. Some subscribers who sought help on the first day reported waits of two hours.',
      '2024-05-08',
    );
    const waits = eventWith(events, 'reported waits');
    expect(actorNames(waits)[0]).toBe('Subscribers');
    expect(waits?.title).toMatch(/^Subscribers reported waits/);
  });

  it('makes people counted as some of a group the doers, named by their noun', () => {
    const { events } = extractText(
      "The flight landed on Sunday. Two of the plane's four hostesses had broken down in tears. Many of the workers walked out on Friday.",
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'broken down'))[0]).toBe('Hostesses');
    expect(actorNames(eventWith(events, 'walked out'))[0]).toBe('Workers');
  });

  it('reads people after an adverb or a conjunction opening the sentence as its doers', () => {
    const { events } = extractText(
      'The match was abandoned on Thursday. Meanwhile supporters faced queues of three hours to claim refunds. But the stewards kept the gates shut.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'faced queues'))[0]).toBe('Supporters');
    expect(actorNames(eventWith(events, 'kept the gates shut'))[0]).toBe('Stewards');
  });

  it('lets people of a body speak, but not people of no body', () => {
    const { events } = extractText(
      'The hospital plans a new wing. Board members said the valley does not need more beds. Residents described a tense day.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'does not need more beds'))[0]).toBe('Board members');
    expect(eventWith(events, 'tense day')).toBeUndefined();
  });

  it('leaves a spokesperson to the body whose statement it gives', () => {
    const { events } = extractText(
      'The Velmar Shipping Authority closed the port on Monday. "The channel is safe again," a spokesperson stated on Tuesday.',
      '2024-05-08',
    );
    expect(events.flatMap((e) => actorNames(e))).not.toContain('A spokesperson');
  });
});
