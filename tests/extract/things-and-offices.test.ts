/**
 * Things, offices and shapes (sentences written for these tests): a thing that acted in a sentence
 * naming no actor, a number with thousands as one word, a colon that opens a sentence of its own,
 * an acronym opening a sentence, a role another person holds, a body in the possessive, and a
 * second act of one actor with a date of its own, a speaker named again; passives and main
 * clauses of things; titles that end on a content word.
 */
import { describe, expect, it } from 'vitest';
import { finishTitle } from '../../electron/extract/title';
import { tokenize } from '../../electron/extract/tokens';
import { actorNames, eventWith, extractText } from './helpers';

describe('a thing that acted, in a sentence that names no actor', () => {
  it('makes the thing the subject of the title, named without its count or measure, but no actor', () => {
    const { events } = extractText(
      'The 180,000-ton tanker ran aground off the cape. About 2,300 homes flooded overnight.',
      '2024-03-02',
    );
    expect(eventWith(events, 'ran aground')?.title).toMatch(/^Tanker ran aground/);
    expect(actorNames(eventWith(events, 'ran aground'))).toEqual([]);
    expect(eventWith(events, 'homes flooded')?.title).toMatch(/^Homes flooded/);
    expect(actorNames(eventWith(events, 'homes flooded'))).toEqual([]);
  });

  it('takes an unnamed patient or man for a person', () => {
    const { events } = extractText('The patient left the clinic on Monday.', '2024-03-06');
    expect(eventWith(events, 'left the clinic')?.actors[0]).toMatchObject({
      name: 'Patient',
      kind: 'person',
    });
  });

  it('reads a number with thousands as one word', () => {
    expect(tokenize('a 180,000-ton tanker and 2,300 homes').map((t) => t.text)).toEqual([
      'a',
      '180,000-ton',
      'tanker',
      'and',
      '2,300',
      'homes',
    ]);
  });
});

describe('who acts', () => {
  it('reads a sentence after a colon as a sentence of its own', () => {
    const { events } = extractText(
      'A deal looks close: In a letter, Finance Minister Ana Ruiz said the talks would resume.',
      '2024-03-02',
    );
    expect(actorNames(eventWith(events, 'Ana Ruiz said'))[0]).toBe('Ana Ruiz');
  });

  it('takes an acronym opening a sentence as a body, and its director as the body acting', () => {
    const { events } = extractText('UNESCO’s director said the old town would be listed.', '2024-03-02');
    const said = eventWith(events, 'director said');
    expect(said?.actors[0]).toMatchObject({ name: 'UNESCO', kind: 'organization', role: 'source' });
  });

  it('takes no acronym of a thing for an actor', () => {
    const { events } = extractText(
      'Health officials in Varna said AIDS cases rose sharply in March.',
      '2024-03-02',
    );
    expect(actorNames(eventWith(events, 'cases rose'))).not.toContain('AIDS');
  });

  it('does not take "the judge" for the lawyer named last, nor keep the possessive of a body', () => {
    const { events } = extractText(
      'In a statement, defense attorney Tom Ferris said his client respects the jury’s verdict. Shortly after noon, the judge said the court would adjourn.',
      '2024-03-02',
    );
    expect(actorNames(eventWith(events, 'the judge said'))).not.toContain('Tom Ferris');
    const statement = eventWith(events, 'respects the jury');
    expect(actorNames(statement)[0]).toBe('Tom Ferris');
    expect(actorNames(statement)).not.toContain('Jury’s');
  });

  it('makes a second act of the same actor with a date of its own an event of its own', () => {
    const { events } = extractText(
      'Mara Velt left Oslo on March 3 and arrived in Lagos on March 5. Velt rested and wrote letters.',
      '2024-03-09',
    );
    expect(eventWith(events, 'left Oslo')?.start).toBe('2024-03-03');
    expect(eventWith(events, 'arrived in Lagos')?.start).toBe('2024-03-05');
    // (undated, the same actor's acts stay one event)
    expect(events.filter((e) => e.sources.some((s) => s.quote.includes('Velt rested')))).toHaveLength(1);
  });

  it('makes a second act after "but", dated by its own words, an event of its own', () => {
    const { events } = extractText(
      'Petr Halas was injured on Monday but died two days later. Halas won the first round but lost the final.',
      '2024-03-09',
    );
    expect(eventWith(events, 'was injured')?.start).toBe('2024-03-04');
    expect(eventWith(events, 'died two days later')?.start).toBe('2024-03-06');
    // (undated, the same actor's acts stay one event)
    expect(events.filter((e) => e.sources.some((s) => s.quote.includes('won the first round')))).toHaveLength(
      1,
    );
  });

  it('keeps two statements of a speaker named twice in one paragraph as two events', () => {
    const { events } = extractText(
      'Mayor Hal Brenner said the dam was sound. Brenner said engineers had found no cracks.',
      '2024-03-09',
    );
    expect(events.filter((e) => e.actors[0]?.name === 'Hal Brenner')).toHaveLength(2);
  });

  it('reads a word the tagger took for a noun between a name and a possessive as the verb', () => {
    const { events } = extractText(
      'OSLO, Norway – Ola Brun thrust his flag into the snow on Monday.',
      '2024-03-06',
    );
    expect(eventWith(events, 'thrust his flag')?.start).toBe('2024-03-04');
  });
});

describe('who acts, not where or with what', () => {
  it('takes no name after a preposition and a count for the subject, and commandos for a body acting', () => {
    const { events } = extractText(
      'At dawn the Israeli commandos landed at the airport in three Orvik aircraft, freed the hostages and flew home.',
      '2024-03-09',
    );
    expect(eventWith(events, 'freed the hostages')?.actors[0]?.name).toBe('Israeli commandos');
  });
});

describe('a country that owns a body', () => {
  it("is no actor of the body's event", () => {
    const { events } = extractText(
      "Egypt's Suez Canal Authority reopened the canal on Monday.",
      '2024-03-09',
    );
    expect(actorNames(events[0])).toEqual(['Suez Canal Authority']);
  });
});

describe('clauses of things', () => {
  it('reads a passive with an irregular participle, and the main clause after an opening clause of time', () => {
    const { events } = extractText(
      'The repair was done at the Varna yard on Friday. As the storm neared, the old pier collapsed.',
      '2024-03-09',
    );
    expect(eventWith(events, 'repair was done')?.start).toBe('2024-03-08');
    expect(eventWith(events, 'old pier collapsed')?.title).toMatch(/^Old pier collapsed/);
  });

  it('reads a participle the tagger takes for an adjective after "was" as a passive, not a compound adjective', () => {
    const { events } = extractText(
      'The blaze at the depot was extinguished early Tuesday. The verdict was long-awaited on Tuesday.',
      '2024-03-09',
    );
    expect(eventWith(events, 'was extinguished')?.start).toBe('2024-03-05');
    expect(eventWith(events, 'long-awaited')).toBeUndefined();
  });
});

describe('an act retold by its noun', () => {
  it('makes "The suspension took place …" a source of the suspension told before, not a thing acting', () => {
    const { events } = extractText(
      'The Varna exchange suspended trading in the shares on Monday. The suspension took place after an order of the ministry. The celebration was capped off with a new film.',
      '2024-03-09',
    );
    const suspended = eventWith(events, 'suspended trading');
    expect(suspended?.sources).toHaveLength(2);
    expect(actorNames(suspended)).not.toContain('Suspension');
    expect(eventWith(events, 'capped off')).toBeDefined();
  });
});

describe('titles', () => {
  it('quote what a speaker "said that" in quotation marks, not the speaker alone', () => {
    const { events } = extractText(
      'Analyst Mara Linde said that "nobody trusts the market for more than a week."',
      '2024-03-09',
    );
    expect(events[0]?.title).toBe('Mara Linde said: “nobody trusts the market”');
  });

  it('leave out an aside after the verb or its "that"', () => {
    const { events } = extractText(
      'The Varna Herald reports that, at their height, the losses wiped $1 billion off the shares.',
      '2024-03-09',
    );
    expect(events[0]?.title).toBe('Varna Herald reports that the losses wiped $1 billion off the shares');
  });

  it('tell the account after an opening "According to X," even when the sentence cites another later', () => {
    const { events } = extractText(
      'According to the Varna Herald, jobless claims rose 15,000 last week, which, according to Reuters, is a high.',
      '2024-03-09',
    );
    expect(events[0]?.title).toMatch(/^Varna Herald: jobless claims rose/);
  });

  it('keep "late" or "early" that a copula governs', () => {
    const { events } = extractText('Tor Berg said the ferry was late.', '2024-03-09');
    expect(events[0]?.title).toBe('Tor Berg said the ferry was late');
  });

  it('never end on a preposition, also one of place', () => {
    expect(finishTitle('Ola Brun thrust his flag into a thin layer of fine snow beside')).toBe(
      'Ola Brun thrust his flag into a thin layer of fine snow',
    );
  });
});

describe('the clause after an opening phrase, and figures of an actor', () => {
  it('reads the thing after an opening phrase of place or concession as the clause subject', () => {
    const { events } = extractText(
      'Despite the worries about the lenders, bank shares climbed on Tuesday. In Asia, exporters slumped on Tuesday.',
      '2024-03-08',
    );
    expect(actorNames(eventWith(events, 'bank shares climbed'))).toEqual(['Bank shares']);
    expect(actorNames(eventWith(events, 'exporters slumped'))).toEqual(['Exporters']);
  });

  it('reads the subject after an opening phrase that holds a gerund, the act dated by the phrase', () => {
    const { events } = extractText(
      'Opposition leader Vel Tarin was sentenced on Friday. Despite being summonsed twice in May, Tarin refused to appear in court.',
      '2016-09-09',
    );
    const refused = eventWith(events, 'refused to appear');
    expect(refused?.actors[0]?.name).toBe('Vel Tarin');
    expect(refused?.start).toBe('2016-05');
  });

  it('reads the subject after an opening participle phrase, not a name inside it', () => {
    const { events } = extractText(
      'Helped by troops from Rwanda, the Malian army has been battling rebel groups since December.',
      '2021-01-13',
    );
    expect(events[0]?.actors[0]?.name).toBe('Mali');
  });

  it('makes the owner of a figure the doer ("the value of X fell")', () => {
    const { events } = extractText(
      'The carmaker Tellix opened a plant. On Friday, the trading value of Tellix fell 9%.',
      '2024-03-08',
    );
    expect(actorNames(eventWith(events, 'trading value'))).toEqual(['Tellix']);
  });

  it('reads a past form the tagger takes for an adjective after a name, before its object', () => {
    const { events } = extractText(
      'Ines Varga spoke first. Varga rounded the evening off by unveiling a new prize.',
      '2024-03-08',
    );
    expect(eventWith(events, 'rounded the evening')?.title).toMatch(/^Ines Varga rounded the evening off/);
  });
});

describe('a preposition of time before a date', () => {
  it('opens a phrase, not a clause: "The flower show will run until March 20, 2007" tells the show\'s plan', () => {
    const { events } = extractText('The flower show will run until March 20, 2007.', '2006-11-02');
    const e = eventWith(events, 'flower show');
    expect(e?.title).toMatch(/^Flower show will run until March 20/);
    expect(e?.modality).toBe('planned');
  });
});
