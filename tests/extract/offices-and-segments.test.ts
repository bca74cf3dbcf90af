import { describe, expect, it } from 'vitest';
import { actorNames, eventWith, extractText } from './helpers';

describe('offices named without a name', () => {
  it('makes a capitalised office that is a subject an actor by its own words', () => {
    const { events } = extractText(
      'Tensions rose in the Assembly this week. The Prime Minister disagreed with the Queen.',
      '2024-03-08',
    );
    expect(actorNames(eventWith(events, 'disagreed with'))[0]).toBe('Prime Minister');
  });

  it('keeps two offices that end on the same word apart', () => {
    const { events } = extractText(
      'The Prime Minister disagreed with the plan. The Foreign Minister said he was pleased.',
      '2024-03-08',
    );
    expect(actorNames(eventWith(events, 'was pleased'))[0]).toBe('Foreign Minister');
  });
});

describe('a body called by the one noun of its plural name', () => {
  it('reads "the airline" as the body named "… Airlines" before', () => {
    const { events } = extractText(
      'Pacifica Airlines suspended all flights on Wednesday.\n\nThe airline is attempting to contact all affected passengers.',
      '2022-01-21',
    );
    expect(actorNames(eventWith(events, 'affected passengers'))[0]).toBe('Pacifica Airlines');
  });
});

describe('a progressive with a verb after it', () => {
  it('tells what is happening ("is attempting to contact"), with the whole group in its title', () => {
    const { events } = extractText('Norvane Rail is attempting to contact all ticket holders.', '2022-01-21');
    expect(eventWith(events, 'ticket holders')?.title).toMatch(/^Norvane Rail is attempting to contact/);
  });
});

describe('a clause before the main one, in a segment of its own', () => {
  it('ends where its segment ends, and the main event tells only the words after it', () => {
    const { events } = extractText(
      'Speaker Ola Brandt reprimanded Tomas Weir several times, but the deputy refused to leave the podium.',
      '2024-03-08',
    );
    const reprimand = eventWith(events, 'reprimanded');
    expect(reprimand?.sources[0]?.quote).toBe('Speaker Ola Brandt reprimanded Tomas Weir several times');
    const refusal = events.find((e) => e !== reprimand && e.sources.some((s) => s.quote.includes('refused')));
    expect(refusal?.sources[0]?.quote).not.toMatch(/reprimanded/);
  });
});

describe('a country named as the place or as part of a body', () => {
  it('is no actor after "in" and a word for part of it, or after a place in it', () => {
    const { events } = extractText(
      'Rescuers found two climbers in eastern Norway on Monday. Mara Vell arrived in Tromsdal, Norway on Tuesday.',
      '2024-03-08',
    );
    for (const e of events) expect(actorNames(e)).not.toContain('Norway');
  });
});

describe('a body or place named as where the event happened', () => {
  it('is no actor after "at" or "in", but one acted on elsewhere is', () => {
    const { events } = extractText(
      'Dr Ana Ruiz developed the sensor at the Varna Institute of Technology on Monday. Petr Halas was treated at Tarnby Hospital on Tuesday. Mara Vell sued the Varna Institute of Technology on Wednesday.',
      '2024-03-08',
    );
    expect(actorNames(eventWith(events, 'developed the sensor'))).toEqual(['Ana Ruiz']);
    expect(actorNames(eventWith(events, 'was treated'))).toEqual(['Petr Halas']);
    expect(actorNames(eventWith(events, 'sued'))).toEqual(['Mara Vell', 'Varna Institute of Technology']);
  });
});

describe('a country named before a body of it', () => {
  it('is no actor when its possessive opens the subject’s title or role, but is one acted on', () => {
    const { events } = extractText(
      'Norway’s President Ana Lund said on Monday that the talks had failed. Norway’s top runner, Ivo Marek, won the race on Tuesday. Ivo Marek praised Norway’s coaches on Wednesday.',
      '2024-03-08',
    );
    expect(actorNames(eventWith(events, 'talks had failed'))).toEqual(['Ana Lund']);
    expect(actorNames(eventWith(events, 'won the race'))).toEqual(['Ivo Marek']);
    expect(actorNames(eventWith(events, 'praised'))).toContain('Norway');
  });

  it('is no actor of its own ("praised the Fiji team")', () => {
    const { events } = extractText('Coach Ana Lopez praised the Fiji team on Wednesday.', '2024-03-08');
    expect(actorNames(events[0])).toEqual(['Ana Lopez']);
  });
});

describe('people joined after a named actor before the verb', () => {
  it('make the name the subject, and the title names them all', () => {
    const { events } = extractText(
      'Governor Ilse Marrow, her deputies and some senior party officials are planning a vote in March, this year.',
      '2024-01-10',
    );
    const plan = eventWith(events, 'planning a vote');
    expect(actorNames(plan)[0]).toBe('Ilse Marrow');
    expect(plan?.title).toMatch(/^Ilse Marrow, her deputies and some senior party officials/);
  });

  it('leave names joined before one noun as its modifiers ("Labor and Liberal councillors")', () => {
    const { events } = extractText('Labor and Liberal councillors voted to sack the manager.', '2024-01-10');
    expect(events.every((e) => !/^Labor\b(?! and Liberal)/.test(e.title))).toBe(true);
  });
});

describe('a plan told in the present', () => {
  it('is planned, dated by the month it names', () => {
    const { events } = extractText(
      'Governor Ilse Marrow is planning a referendum in March this year.',
      '2024-01-10',
    );
    const plan = eventWith(events, 'planning a referendum');
    expect(plan?.modality).toBe('planned');
    expect(plan?.start).toBe('2024-03');
  });
});

describe("a thing's happening its own words date, ahead or in the present", () => {
  it('is an event, planned where it lies ahead', () => {
    const { events } = extractText(
      'The next session will take place Oct. 28, after the first round of local elections.',
      '2002-10-24',
    );
    expect(events[0]).toMatchObject({ start: '2002-10-28', modality: 'planned' });
  });

  it('makes no event undated', () => {
    const { events } = extractText('The next session will take place after the elections.', '2002-10-24');
    expect(events).toEqual([]);
  });
});

describe('one word in lower case set off by quotation marks', () => {
  it('is no quotation: its verb tells the act, and the title goes on after it', () => {
    const { events } = extractText(
      'The Halden Energy Authority recently “renewed” the original permit.',
      '2021-03-30',
    );
    expect(events[0]?.title).toBe('Halden Energy Authority renewed the original permit');
  });
});

describe("a body's people named by its noun", () => {
  it('acts as that body ("Hospital officials cited …")', () => {
    const { events } = extractText(
      'Hospital officials cited cramped quarters and poor parking as reasons for seeking a new site.',
      '2021-03-30',
    );
    expect(actorNames(events[0])).toEqual(['Hospital officials']);
  });

  it('leaves bare "officials" no actor', () => {
    const { events } = extractText('Some officials cited cramped quarters as a reason.', '2021-03-30');
    expect(events.flatMap((e) => actorNames(e))).not.toContain('Officials');
  });
});

describe('a role described by a participle, with no one named before', () => {
  it('acts by its own words, its past verb read as one', () => {
    const { events } = extractText(
      'The presiding judge pronounced the verdict in a public session.',
      '2020-12-28',
    );
    expect(actorNames(events[0])).toEqual(['Presiding judge']);
  });
});

describe("a country written right before an organisation's name", () => {
  it('is part of the body\'s name ("Kenya Airways"), or of a person\'s after a title', () => {
    const { events } = extractText(
      'Kenya Airways said on Monday it would resume flights. Judge Kenya Romero ruled on Tuesday.',
      '2016-02-10',
    );
    expect(actorNames(eventWith(events, 'resume flights'))).toEqual(['Kenya Airways']);
    expect(eventWith(events, 'ruled')?.actors[0]).toMatchObject({ name: 'Kenya Romero', kind: 'person' });
  });
});

describe('a place named before a body of it', () => {
  it('is that body, over a describing word ("the Kelby military court")', () => {
    const { events } = extractText(
      'The Kelby military court sentenced Tom Rell to two years on Monday. The Tarvo regional council voted on Tuesday to close the port.',
      '2019-05-08',
    );
    expect(actorNames(eventWith(events, 'two years'))[0]).toBe('Kelby military court');
    expect(actorNames(eventWith(events, 'close the port'))).toEqual(['Tarvo regional council']);
  });
});

describe("a nationality written right before a body's name", () => {
  it('is part of the name ("Norwegian Radio", "the Danish People\'s Party")', () => {
    const { events } = extractText(
      "Norwegian Radio reported on Monday that the vote was delayed. The Danish People's Party said on Tuesday it would vote against the bill.",
      '2019-05-08',
    );
    expect(actorNames(eventWith(events, 'vote was delayed'))).toEqual(['Norwegian Radio']);
    expect(actorNames(eventWith(events, 'vote against'))).toEqual(["Danish People's Party"]);
  });

  it('goes with the noun after a name, not the name ("the Danish QRV agency reported")', () => {
    const { events } = extractText(
      'The Danish QRV agency reported on Monday that the vote was delayed.',
      '2019-05-08',
    );
    expect(actorNames(eventWith(events, 'vote was delayed'))).toEqual(['QRV']);
  });

  it("leaves a country's officials and a person's title as they were", () => {
    const { events } = extractText(
      'Chilean officials said on Monday the talks had failed. British Prime Minister Ana Coll said on Tuesday she would resign.',
      '2019-05-08',
    );
    expect(actorNames(eventWith(events, 'talks had failed'))).toEqual(['Chile']);
    expect(actorNames(eventWith(events, 'would resign'))).toEqual(['Ana Coll']);
  });
});

describe("a plural's possessive inside a body's name", () => {
  it('keeps the body whole ("the Tarvo Growers\' Party", "the Kelby Fishers’ Union")', () => {
    const { events } = extractText(
      "The Tarvo Growers' Party said on Monday it would vote against the bill. The Kelby Fishers’ Union fined Ana Coll on Tuesday.",
      '2019-05-08',
    );
    expect(actorNames(eventWith(events, 'vote against'))).toEqual(["Tarvo Growers' Party"]);
    expect(actorNames(eventWith(events, 'fined'))[0]).toBe('Kelby Fishers’ Union');
  });

  it('ends a name before a person\'s, as any possessive does ("the Democrats’ Jane Rell")', () => {
    const { events } = extractText('The Democrats’ Jane Rell said on Monday she would run.', '2019-05-08');
    expect(actorNames(eventWith(events, 'would run'))[0]).toBe('Jane Rell');
  });
});

describe('where a person named with their age lives', () => {
  it('is no actor ("Tom Rell, 38, of Kelby Street, Tarvo")', () => {
    const { events } = extractText(
      'Tom Rell, 38, of Kelby Street, Tarvo, was sentenced to two years on Monday. Ana Coll, 41, of Varna, was charged with theft. Jon Berg of Varna Bank said the loans were repaid.',
      '2019-05-08',
    );
    expect(actorNames(eventWith(events, 'two years'))).toEqual(['Tom Rell']);
    expect(actorNames(eventWith(events, 'theft'))).toEqual(['Ana Coll']);
    expect(actorNames(eventWith(events, 'loans were repaid'))).toContain('Varna Bank');
  });
});
