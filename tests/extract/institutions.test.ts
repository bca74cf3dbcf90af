/**
 * Bodies a place has, named by the place and the institution's noun ("the Marlow County school
 * board", "Tarnby police"), and the later "the board", "the new board", "the health department"
 * that refer to them or stand as bodies of their own (sentences written for these tests).
 */
import { describe, expect, it } from 'vitest';
import { actorNames, eventWith, extractText } from './helpers';

describe('bodies named by a place and an institution', () => {
  it('names the body by the place and its noun, not the place alone', () => {
    const { events } = extractText(
      'The Marlow County school board last night approved the budget. Tarnby police on Monday closed the road to the harbour.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'approved the budget'))[0]).toBe('Marlow County school board');
    expect(actorNames(eventWith(events, 'closed the road'))[0]).toBe('Tarnby police');
  });

  it('reads a later "the board" and "the new board" as that body', () => {
    const { events } = extractText(
      'The Marlow County school board last night approved the budget. The board also hired Ann Pell as principal. On Friday the new board elected its chairman.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'hired Ann Pell'))[0]).toBe('Marlow County school board');
    expect(actorNames(eventWith(events, 'elected its chairman'))[0]).toBe('Marlow County school board');
  });

  it('reads its noun with a capital opening a later sentence ("Council voted …") as that body', () => {
    const { events } = extractText(
      'The Marlow City Council met on Monday. Council delayed the vote a week. Council also discussed the library.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'delayed the vote'))).toEqual(['Marlow City Council']);
    expect(actorNames(eventWith(events, 'discussed the library'))).toEqual(['Marlow City Council']);
  });

  it('reads "the Tarnby board" as the body the article named in full before', () => {
    const { events } = extractText(
      'The assembly dissolved the Tarnby Board of Education on Wednesday. The governor said the Tarnby board had failed its pupils.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'failed its pupils'))).toContain('Tarnby Board of Education');
  });

  it('makes an institution no one named a body by its nouns when it speaks or acts', () => {
    const { events } = extractText(
      'Four people have died of an unknown fever, the health department has said. The ministry of transport has ordered new inspections.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'unknown fever'))[0]).toBe('Health department');
    expect(actorNames(eventWith(events, 'new inspections'))[0]).toBe('Ministry of transport');
  });

  it('keeps a county election a county act and a company board its company', () => {
    const { events } = extractText(
      "Marlow County held its council elections on Tuesday. Apple's board approved the buyback on Monday.",
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'council elections'))).not.toContain('Marlow County council');
    expect(actorNames(eventWith(events, 'approved the buyback'))[0]).toBe('Apple');
  });
});

describe('a body named with "on" and its field', () => {
  it('"the Senate Committee on Foreign Relations", "the Commission on Human Rights" are whole names', () => {
    const { events } = extractText(
      'The Senate Committee on Foreign Relations said it would hold hearings. The Commission on Human Rights met on Monday.',
      '2012-06-20',
    );
    expect(actorNames(eventWith(events, 'hearings'))[0]).toBe('Senate Committee on Foreign Relations');
    expect(actorNames(eventWith(events, 'met on Monday'))[0]).toBe('Commission on Human Rights');
  });
});

describe("a country's body described by its words", () => {
  it('makes "Tarvonia\'s electoral commission" the speaker, and a later "the electoral commission" that body', () => {
    const { events } = extractText(
      "Tarvonia's electoral commission announced that President Ana Holt had won another five years. Holt thanked voters in a speech. The electoral commission added that turnout was 53 percent.",
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'another five years'))[0]).toBe('Tarvonia electoral commission');
    const turnout = events.find((e) => e.sources.some((s) => s.quote.includes('turnout was 53')));
    expect(actorNames(turnout)[0]).toBe('Tarvonia electoral commission');
  });

  it('keeps a body described by other words apart ("the town council" is not "Kelby city council")', () => {
    const { events } = extractText(
      "Kelby's city council voted to close the pier. In Dunmore, the town council said it would keep its pier open.",
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'close the pier'))[0]).toBe('Kelby city council');
    expect(actorNames(eventWith(events, 'keep its pier open'))).not.toContain('Kelby city council');
  });
});

describe('an organisation named short after its full name', () => {
  it('reads "the Supreme Court" after "the Kelby Supreme Court" as that court', () => {
    const { events } = extractText(
      'The Kelby Supreme Court ruled on Monday that the harbour tax was void. Governor Ana Holt said she would appeal. The Supreme Court also fined the city.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'fined the city'))[0]).toBe('Kelby Supreme Court');
  });

  it('leaves the short name alone where two bodies end in it, or where it is the name every article uses', () => {
    const { events } = extractText(
      "The Kelby Supreme Court and the Dunmore Supreme Court split over the harbour tax. The Supreme Court fined the city. America's Federal Reserve lifted its main rate on Monday. The Federal Reserve said prices were rising.",
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'fined the city'))).not.toContain('Kelby Supreme Court');
    expect(actorNames(eventWith(events, 'prices were rising'))[0]).toBe('Federal Reserve');
  });
});

describe("a country's party described by its words", () => {
  it('makes "Norway\'s largest farmers party" the speaker, not Norway', () => {
    const { events } = extractText(
      "Norway's largest farmers party said on Friday it would sue the state.",
      '2024-05-06',
    );
    expect(actorNames(eventWith(events, 'sue the state'))[0]).toBe('Norway largest farmers party');
  });
});

describe("a country's bodies named by it", () => {
  it('names a body every country has by the country that owns it, and later by its short name', () => {
    const { events } = extractText(
      "Latvia's Supreme Court has upheld the sentences of two former ministers. In a second ruling the Supreme Court cleared a third defendant.",
      '2024-03-15',
    );
    expect(actorNames(eventWith(events, 'upheld the sentences'))[0]).toBe('Latvia Supreme Court');
    expect(actorNames(eventWith(events, 'cleared a third'))[0]).toBe('Latvia Supreme Court');
  });

  it("keeps a body's own name apart from the country that owns it", () => {
    const { events } = extractText(
      "Panama's Canal Pilots Union said traffic resumed on Monday.",
      '2024-03-15',
    );
    expect(actorNames(eventWith(events, 'traffic resumed'))[0]).toBe('Canal Pilots Union');
  });

  it('reads "the country\'s parliament" as the parliament of the country named before', () => {
    const { events } = extractText(
      'Lesotho held a snap election in May. The country’s parliament voted on Tuesday to dissolve itself.',
      '2024-03-15',
    );
    expect(actorNames(eventWith(events, 'voted on Tuesday'))[0]).toBe('Lesotho parliament');
  });

  it("reads a state's long name as the country", () => {
    const { events } = extractText('The Kingdom of Lesotho recalled its envoy on Monday.', '2024-03-15');
    expect(actorNames(eventWith(events, 'recalled its envoy'))[0]).toBe('Lesotho');
  });
});
