/**
 * Rules that read an article as a whole: what a bare noun or a role refers to, which clauses tell an
 * act of their own, which day a story is about. Every text is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { actorNames, eventWith, extractText } from './helpers';

describe('references inside one article', () => {
  it('reads a bare plural body as the body described before, and a role as the person named last', () => {
    const { events } = extractText(
      'Maltovian rebels seized the port of Ostra on Friday.\n\nRebels then took over the airport. Rebel leader Ivo Brantek told reporters his fighters would hold it. "We are not leaving," the commander said.',
      '2024-05-12',
    );
    expect(actorNames(eventWith(events, 'Rebels then took over'))[0]).toBe('Maltovian rebels');
    expect(actorNames(eventWith(events, 'the commander said'))[0]).toBe('Ivo Brantek');
  });

  it('reads "the firm" as the company named just before it in the same sentence', () => {
    const { events } = extractText(
      'Tervan Retail reported record sales on Monday.\n\nOrvale Motors shares lost 15% on Tuesday after the auto firm announced that its auditors had doubts.',
      '2024-05-12',
    );
    const doubts = events.filter((e) => e.sources.some((x) => x.quote.includes('auditors')));
    expect(doubts.length).toBeGreaterThan(0);
    for (const e of doubts) expect(actorNames(e)).not.toContain('Tervan Retail');
  });

  it('reads the speaker of a quotation split over two sentences, and a surname after a full name', () => {
    const { events } = extractText(
      'Cup Final\n\nIlse Brandt lost the final on Sunday.\n\n"It hurts. For me, second place is not the same," a tired Brandt said. "Next year."\n\nProsecutors charged Piet Vermaas, a broker. Vermaas was arrested in May.',
      '2024-07-01',
    );
    expect(actorNames(eventWith(events, 'second place is not the same'))[0]).toBe('Ilse Brandt');
    expect(actorNames(eventWith(events, 'Vermaas was arrested'))[0]).toBe('Piet Vermaas');
  });

  it('takes the name that opens a clause as the subject across an aside with commas of its own', () => {
    const { events } = extractText(
      'Profile\n\nMarta Quell, born in Porto on May 2, 1961, has built the largest ferry company in Europe. Quell said little.',
      '2024-07-01',
    );
    expect(actorNames(eventWith(events, 'has built the largest ferry company'))[0]).toBe('Marta Quell');
  });

  it('gives a person one name in an article ("Ilkay Sener Demir" … "Ilkay Demir")', () => {
    const { events } = extractText(
      'Talks\n\nIlkay Sener Demir said the port would reopen. Demir spoke in Izmir. Ilkay Demir did not say when.',
      '2024-07-01',
    );
    expect(new Set(events.map((e) => e.actors[0]?.name))).toEqual(new Set(['Ilkay Sener Demir']));
    expect(eventWith(events, 'did not say when')?.title).toBe('Ilkay Sener Demir did not say when');
  });

  it('reads "the government" as the government of the country named last', () => {
    const { events } = extractText(
      'Floods hit southern Bangladesh on Monday.\n\nThe government said at least 40 people had died.',
      '2024-07-02',
    );
    expect(actorNames(eventWith(events, 'The government said'))[0]).toBe('Bangladesh');
  });

  it('takes a name used by surname alone for a person, and one always written whole for no person', () => {
    const { events } = extractText(
      'Tomas Varga won the final on Sunday. Varga said the crowd carried him. Orland Freight cut 200 jobs.',
      '2024-07-02',
    );
    const kinds = events.flatMap((e) => e.actors).map((a) => [a.name, a.kind]);
    expect(kinds).toContainEqual(['Tomas Varga', 'person']);
    const freight = kinds.find(([name]) => name === 'Orland Freight');
    expect(freight).toBeDefined();
    expect(freight?.[1]).not.toBe('person');
  });
});

describe('clauses that tell an act of their own', () => {
  it('makes a subordinate clause with another named actor an event, but not one whose subject is "it"', () => {
    const { events } = extractText(
      'The talks resumed on Tuesday as Veska Telecom said it had filed a complaint. Brell Motors cut prices as it faces weaker demand.',
      '2024-07-03',
    );
    expect(actorNames(eventWith(events, 'Veska Telecom said'))[0]).toBe('Veska Telecom');
    // one event of Veska Telecom (not also "the talks resumed" credited to it), one of Brell Motors
    expect(events.map((e) => e.actors[0]?.name).sort()).toEqual(['Brell Motors', 'Veska Telecom']);
  });

  it('does not make a present state an event unless the clause dates it', () => {
    const { events } = extractText(
      'Dario Mendes remains in custody. Dario Mendes is accused of stealing the painting on June 3.',
      '2024-07-03',
    );
    expect(eventWith(events, 'remains in custody')).toBeUndefined();
    expect(eventWith(events, 'accused of stealing')).toMatchObject({ start: '2024-06-03' });
  });
});

describe('acts named by a noun', () => {
  it('reads "the bailout of X by Y" and "the refusal of Y to …" as acts of Y when nothing else acts', () => {
    const { events } = extractText(
      'Markets\n\nThis is due to the bailout of Arden Insurance by the Calder Reserve Bank.\n\nShares fell after the refusal of the Norvik Treasury to guarantee the loans.',
      '2024-07-01',
    );
    expect(actorNames(eventWith(events, 'bailout of Arden Insurance'))[0]).toBe('Calder Reserve Bank');
    expect(actorNames(eventWith(events, 'refusal of the Norvik Treasury'))).toContain('Norvik Treasury');
  });
});

describe('the day of a story', () => {
  it('dates what an article reports without a date by the day before publication its lead names', () => {
    const { events } = extractText(
      'Yesterday, at its annual conference, Hollin Systems unveiled a new tablet.\n\nHollin Systems chief Ana Pereira praised the design team.',
      '2024-06-08',
    );
    expect(eventWith(events, 'unveiled')).toMatchObject({ start: '2024-06-07' });
    expect(eventWith(events, 'praised')).toMatchObject({ start: '2024-06-07' });
  });

  it("takes a weekend's day in a Tuesday paper for the story's day too", () => {
    const { events } = extractText(
      'Two freight trains of Varna Rail collided late on Sunday.\n\nVarna Rail chief Ana Pereira praised the crews.',
      '2024-06-11',
    );
    expect(eventWith(events, 'praised')).toMatchObject({ start: '2024-06-09' });
  });

  it('takes the day the lead writes when no event of the lead took it', () => {
    const { events } = extractText(
      'Bells rang across the valley on Sunday as the new bridge opened.\n\nMayor Ana Pereira cut the ribbon.',
      '2024-06-11',
    );
    expect(eventWith(events, 'cut the ribbon')).toMatchObject({ start: '2024-06-09' });
  });

  it("dates what the lead's paragraphs report undated before the day is named", () => {
    const { events } = extractText(
      'Hollin Systems unveiled a new tablet.\n\nThe launch came at its conference in Lisbon yesterday, where chief Ana Pereira praised the team.',
      '2024-06-08',
    );
    expect(eventWith(events, 'unveiled')).toMatchObject({ start: '2024-06-07' });
  });

  it('takes a day written in full in the first paragraph, not one written further on', () => {
    const lead = extractText(
      'The mayor of Harlow on June 9 opened the new bridge.\n\nMayor Ana Pereira cut the ribbon.',
      '2024-06-11',
    );
    expect(eventWith(lead.events, 'cut the ribbon')).toMatchObject({ start: '2024-06-09' });
    const later = extractText(
      'Mayor Ana Pereira praised the builders.\n\nThe mayor of Harlow on June 9 opened the new bridge.',
      '2024-06-11',
    );
    expect(eventWith(later.events, 'praised the builders')).toMatchObject({ start: '2024-06-11' });
  });

  it('takes the first day the article writes, before an older dated event', () => {
    const { events } = extractText(
      'Talks between Harlow and its unions on Monday were slowed, after the union had walked out last Wednesday.\n\nMayor Ana Pereira praised the negotiators.',
      '2024-06-11',
    );
    expect(eventWith(events, 'praised the negotiators')).toMatchObject({ start: '2024-06-10' });
  });

  it('takes no day of publication a dateline writes for the story’s day', () => {
    const { events } = extractText(
      'HARLOW, 4 June 2024 — A train derailed yesterday near the station, police said.\n\nMayor Ana Pereira visited the scene.',
      '2024-06-04',
    );
    expect(eventWith(events, 'visited the scene')).toMatchObject({ start: '2024-06-03' });
  });

  it('leaves undated events at the publication day when the lead is older than three days', () => {
    const { events } = extractText(
      'On Monday, Hollin Systems unveiled a new tablet.\n\nAna Pereira praised the design team.',
      '2024-06-08',
    );
    expect(eventWith(events, 'praised')).toMatchObject({ start: '2024-06-08', basis: 'reported' });
  });

  it('dates a story by the dateline under its headline when the file date is a few weeks off', () => {
    const { events } = extractText(
      'Hollin Systems Unveils Tablet\n\nMarch 3, 2024\n\nHollin Systems unveiled a new tablet.',
      '2024-03-20',
    );
    expect(eventWith(events, 'unveiled a new tablet')).toMatchObject({ start: '2024-03-03' });
  });
});
