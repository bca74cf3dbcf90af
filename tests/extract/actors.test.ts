import { describe, expect, it } from 'vitest';
import { actorProfile } from '../../electron/extract/index';
import { actorNames, eventWith, extractText } from './helpers';

describe('actors from the gazetteer', () => {
  it('maps capitals and seats of government to their country', () => {
    const { events } = extractText('Moscow rejected the proposal. The Kremlin’s envoy criticized Kyiv.');
    expect(actorNames(eventWith(events, 'rejected'))).toEqual(['Russia']);
    expect(actorNames(eventWith(events, 'envoy'))).toEqual(['Russia', 'Ukraine']);
  });

  it('matches lower-case spellings and possessives', () => {
    const { events } = extractText('“We are ready,” lavrov said. washington welcomed NATO’s decision.');
    expect(actorNames(eventWith(events, 'lavrov'))).toEqual(['Sergey Lavrov']);
    expect(actorNames(eventWith(events, 'welcomed'))).toEqual(['United States', 'NATO']);
  });

  it('reads names that are also common words only when capitalised ("the West", "Turkey")', () => {
    const { events } = extractText(
      'Russia shelled towns in the west of the country. Turkey condemned the West.',
    );
    expect(actorNames(eventWith(events, 'shelled'))).toEqual(['Russia']);
    expect(actorNames(eventWith(events, 'Turkey'))).toEqual(['Turkey', 'The West']);
  });

  it('does not read the pronoun "us" as the United States', () => {
    const { events } = extractText('“Give us time,” Zelensky said.');
    expect(actorNames(events[0])).toEqual(['Volodymyr Zelensky']);
  });

  it('keeps a title’s country out of the actors ("U.S. President Joe Biden")', () => {
    const { events } = extractText('U.S. President Joe Biden praised the agreement.');
    expect(actorNames(events[0])).toEqual(['Joe Biden']);
  });

  it('lists an actor with the gazetteer’s kind and affiliation', () => {
    expect(actorProfile('Sergey Lavrov')).toEqual({ kind: 'person', affiliation: 'Russia' });
    expect(actorProfile('kremlin')).toEqual({ kind: 'country' });
    expect(actorProfile('Acme Widgets', 'organization')).toEqual({ kind: 'organization' });
  });
});

describe('actors found outside the gazetteer', () => {
  it('finds a person after a title and refers to them by last name later', () => {
    const { events } = extractText(
      'Acme Corp. chief executive Maria Lopez announced a merger on Monday. Lopez said the deal would close in June.',
    );
    expect(actorNames(eventWith(events, 'announced'))).toContain('Maria Lopez');
    expect(eventWith(events, 'announced')?.actors.find((a) => a.name === 'Maria Lopez')).toMatchObject({
      kind: 'person',
      role: 'source',
    });
    expect(actorNames(eventWith(events, 'Lopez said'))[0]).toBe('Maria Lopez');
  });

  it('finds a person in "said Name" and "Name, the X of Y"', () => {
    const { events } = extractText(
      '“Prices will fall,” said Tom Becker, an analyst at Hollis Bank. Anna Weiss, the head of Northwind Partners, warned of delays.',
    );
    expect(actorNames(eventWith(events, 'Prices will fall'))[0]).toBe('Tom Becker');
    expect(actorNames(eventWith(events, 'warned'))[0]).toBe('Anna Weiss');
  });

  it('finds organisations by their endings and as the subject of an event verb', () => {
    const { events } = extractText(
      'The Federal Aviation Administration grounded the jets on Friday. Boeing released a statement. The firm, Boeing, was fined. Northwind Holdings Inc. sued the regulator.',
    );
    expect(actorNames(eventWith(events, 'grounded'))[0]).toBe('Federal Aviation Administration');
    expect(actorNames(eventWith(events, 'Boeing released'))[0]).toBe('Boeing');
    expect(actorNames(eventWith(events, 'sued'))[0]).toBe('Northwind');
  });

  it('resolves "the firm" to the organisation introduced as a firm', () => {
    const { events } = extractText(
      'Sales rose, according to figures released by Kestrel Group, a market research firm. The firm said demand was strong.',
    );
    expect(actorNames(eventWith(events, 'The firm said'))[0]).toBe('Kestrel Group');
  });
});

describe('pronouns', () => {
  it('takes the actor of a clause that starts with a pronoun from the clause before', () => {
    const { events } = extractText(
      'Chancellor Olaf Scholz announced new aid for farmers. He also revealed that Germany will host the summit.',
    );
    const e = eventWith(events, 'He also revealed');
    expect(e?.actors[0]).toEqual({ name: 'Olaf Scholz', kind: 'person', role: 'source' });
    expect(actorNames(e)).toContain('Germany');
  });
});

describe('stock indices', () => {
  it('knows the world’s main indices by any of their names, "&" and "’s" included', () => {
    const { events } = extractText(
      'The Standard & Poor’s 500 index dropped 3.2% on Monday.\n\nOn Tuesday the Footsie rose 1%.\n\nDow Chemical cut 2,000 jobs on Wednesday.',
      '2024-05-09',
    );
    expect(eventWith(events, 'dropped 3.2%')?.actors[0]).toMatchObject({ name: 'S&P 500', kind: 'market' });
    expect(eventWith(events, 'Footsie')?.actors[0]).toMatchObject({ name: 'FTSE 100', kind: 'market' });
    expect(actorNames(eventWith(events, 'Dow Chemical'))).toEqual(['Dow Chemical']);
  });
});
