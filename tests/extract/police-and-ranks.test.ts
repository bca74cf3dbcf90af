/**
 * The names of police bodies and their officers' ranks (sentences written for these tests): a
 * body's name runs through "Police" to its head ("the Dunmore Police Office"), a title word may open
 * it ("the Prince Harlan Police Service"), a rank abbreviation is a title ("Lt.", "Sgt."), the person a
 * body's title names speaks for it ("said Tarnby County Lt. Joe Brent"), and neither the words of
 * another noun phrase ("so many prints police") nor a street ("police in Mill St") name the police.
 * A bare "police" or "the court" is the one body of that word the article names, and a body named
 * for whom it serves runs over their possessive ("the Tarnby County Sheriff's Office").
 */
import { describe, expect, it } from 'vitest';
import { actorNames, eventWith, extractText } from './helpers';

describe('police bodies and their officers', () => {
  it('reads a body named through "Police" to its head as one organisation', () => {
    const { events } = extractText(
      'Colonel Ana Velo, director of the Dunmore Police Office, said that the suspect was arrested in May. A spokesman for the Kelby Police Station said two officers were hurt.',
      '2024-06-03',
    );
    expect(actorNames(eventWith(events, 'suspect was arrested'))).toEqual([
      'Ana Velo',
      'Dunmore Police Office',
    ]);
    expect(actorNames(eventWith(events, 'officers were hurt'))).toEqual(['Kelby Police Station']);
  });

  it('keeps a capitalised title word that opens a body’s name', () => {
    const { events } = extractText(
      'A spokesman for the Prince Harlan Police Service said the officer was hurt.',
      '2024-06-03',
    );
    expect(actorNames(eventWith(events, 'officer was hurt'))).toEqual(['Prince Harlan Police Service']);
  });

  it('makes the officer after a body and a rank the speaker, not the body', () => {
    const { events } = extractText(
      'Odell escaped from the work crew on Thursday morning, said Tarnby County Lt. Joe Brent. Deputies found him at a motel, said Tarnby County Sheriff Mae Corr.',
      '2024-06-03',
    );
    expect(actorNames(eventWith(events, 'escaped from the work crew'))[0]).toBe('Joe Brent');
    expect(actorNames(eventWith(events, 'found him at a motel'))[0]).toBe('Mae Corr');
  });

  it('does not join the words of another noun phrase to the police', () => {
    const { events } = extractText(
      'The thief left so many prints police were smiling. Police arrested Tom Rell on Friday.',
      '2024-06-03',
    );
    const names = events.flatMap((e) => actorNames(e));
    expect(names.some((n) => /prints/i.test(n))).toBe(false);
    expect(actorNames(eventWith(events, 'arrested Tom Rell'))).toContain('Police');
  });

  it('does not name the police after the street where they were', () => {
    const { events } = extractText(
      'Rell was stopped by police in Mill St, Kelby, on June 2. Police in Kelby said he had no licence.',
      '2024-06-03',
    );
    // (the article names one police body, the police in Kelby: "police" is that body)
    expect(actorNames(eventWith(events, 'stopped by police'))).toContain('Kelby Police');
    expect(events.flatMap((e) => actorNames(e))).not.toContain('Mill St police');
    expect(actorNames(eventWith(events, 'had no licence'))).toEqual(['Kelby Police']);
  });

  it('reads a bare "police" as the one police body the article names, wherever it is named', () => {
    const { events } = extractText(
      'Police arrested Tom Rell on Friday after a chase.\n\nThe Westbrook Police Service said on Saturday that Rell had fled a checkpoint. Police later found the car in a field.',
      '2024-06-03',
    );
    expect(actorNames(eventWith(events, 'arrested Tom Rell'))[0]).toBe('Westbrook Police Service');
    expect(actorNames(eventWith(events, 'found the car'))).toEqual(['Westbrook Police Service']);
  });

  it('reads a bare "police" as a force named without the word, or beside its station', () => {
    const { events } = extractText(
      'Police were called to the harbour on Friday.\n\nKelby RCMP said a boat had been stolen. Police later found the boat near Tarn.',
      '2024-06-03',
    );
    expect(actorNames(eventWith(events, 'found the boat'))).toEqual(['Kelby RCMP']);
    const { events: others } = extractText(
      'The Westbrook Police Service seized a rifle on Friday and took it to the Tarn Police Station. Police arrested two men.',
      '2024-06-03',
    );
    expect(actorNames(eventWith(others, 'arrested two men'))).toEqual(['Westbrook Police Service']);
  });

  it('leaves "police" as written where the article names two police bodies', () => {
    const { events } = extractText(
      'The Westbrook Police Service and the Dunmore Police Office searched the hills. Police found the car on Friday.',
      '2024-06-03',
    );
    expect(actorNames(eventWith(events, 'found the car'))).toEqual(['Police']);
  });

  it('reads a headline’s bare "Court" as the one court the article names', () => {
    const { events } = extractText(
      'Court bans driver after late-night chase\n\nThe Kelby Magistrates Court fined Tom Rell $500 on Monday for dangerous driving.',
      '2024-06-03',
    );
    // (the headline's report joins the body's, with one name for the court)
    expect(actorNames(eventWith(events, 'fined Tom Rell'))).toEqual(['Kelby Magistrates Court', 'Tom Rell']);
  });

  it('runs a body named for whom it serves over their possessive', () => {
    const { events } = extractText(
      "The Tarnby County Sheriff's Office arrested Tom Rell on Monday. The Kelby Resident Magistrate's Court fined him on Tuesday.",
      '2024-06-03',
    );
    expect(actorNames(eventWith(events, 'arrested Tom Rell'))[0]).toBe("Tarnby County Sheriff's Office");
    expect(actorNames(eventWith(events, 'fined him'))[0]).toBe("Kelby Resident Magistrate's Court");
  });

  it('reads a country’s police named with its organisation word as one body', () => {
    const { events } = extractText('The Malawi Police Force later charged the men with theft.', '2024-06-03');
    const names = actorNames(eventWith(events, 'charged the men'));
    expect(names[0]).toBe('Malawi Police Force');
    expect(names).not.toContain('Force');
  });

  it('reads a place named after a street and a comma as where it happened, not an actor', () => {
    const { events } = extractText(
      'Kelby Council met on Monday. Tom Rell was stopped by police in Mill Lane, Kelby, on June 2.',
      '2024-06-05',
    );
    expect(actorNames(eventWith(events, 'was stopped by police'))).not.toContain('Kelby Council');
  });

  it('names a court by the place it sits in, also written as "the city of …"', () => {
    const { events } = extractText(
      'On Friday, a court in the port city of Varna found Tor Marek guilty of fraud.',
      '2024-06-10',
    );
    expect(actorNames(eventWith(events, 'guilty of fraud'))[0]).toBe('Varna court');
  });
});
