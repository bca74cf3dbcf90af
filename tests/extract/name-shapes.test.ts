/**
 * The shape of a person's or a body's name (sentences and names written for these tests): an
 * initial's stop inside a name, a title that opens the run of capitals or stands inside a body's
 * name, a surname's lower-case particles, a surname that is also a country's name, "and"
 * inside a body's name, a given name that is also a noun for a person, "&" inside a body's name, a
 * place made into an adjective ("Varna-based"), the name of an area ("Edith County") or a river
 * ("Tamsin River"), and an adjective opening a sentence ("Heavy rain fell").
 */
import { describe, expect, it } from 'vitest';
import { actorNames, eventWith, extractText } from './helpers';

describe('a person named with an initial', () => {
  it('keeps the initial inside the name and the person behind the surname', () => {
    const { events } = extractText(
      'Marta K. Quell arrived in Boston on Monday. Quell said the deal would close in May.',
      '2024-03-06',
    );
    expect(eventWith(events, 'arrived in Boston')?.actors[0]).toMatchObject({
      name: 'Marta K. Quell',
      kind: 'person',
    });
    expect(actorNames(eventWith(events, 'would close'))).toEqual(['Marta K. Quell']);
  });
});

describe('a person named by initials and a surname', () => {
  it('is a person, as the subject and after a role in apposition', () => {
    const { events } = extractText(
      'D. Halvorsen broke the national record on Sunday. Norway’s top runner, P. R. Tveiten, finished second on Monday.',
      '2024-03-06',
    );
    expect(eventWith(events, 'broke the national record')?.actors[0]).toMatchObject({
      name: 'D. Halvorsen',
      kind: 'person',
    });
    expect(eventWith(events, 'finished second')?.actors[0]).toMatchObject({
      name: 'P. R. Tveiten',
      kind: 'person',
    });
  });
});

describe('a nickname in quotation marks inside a name', () => {
  it('names the person by the words around it, and is no one’s words', () => {
    const { events } = extractText(
      'Board member Petr “Kestrel” Halas said farmers will get their dues in July. Mr Halas, who chairs the Varnex board, promised new jobs on Monday.',
      '2022-06-18',
    );
    const dues = eventWith(events, 'get their dues');
    expect(actorNames(dues)[0]).toBe('Petr Halas');
    expect(dues?.title).not.toMatch(/Kestrel/);
    expect(events.filter((e) => e.title.includes('said: “Kestrel'))).toEqual([]);
    expect(actorNames(eventWith(events, 'promised new jobs'))[0]).toBe('Petr Halas');
  });
});

describe('an initial written without its stop', () => {
  it('stays inside the name after a given name, and a title before it is no part of it', () => {
    const { events } = extractText(
      'College Provost Martin K Ellery announced the grant on Monday. Ellery said the money would fund a library.',
      '2024-03-06',
    );
    expect(actorNames(eventWith(events, 'announced the grant'))[0]).toBe('Martin K. Ellery');
    expect(actorNames(eventWith(events, 'fund a library'))[0]).toBe('Martin K. Ellery');
  });
});

describe('a title that opens a run of capitals', () => {
  it('is no part of the name of the person it titles', () => {
    const { events } = extractText(
      'Alderman Tobias Renner voted against the budget on Tuesday.',
      '2024-03-06',
    );
    expect(eventWith(events, 'voted against')?.actors[0]).toMatchObject({
      name: 'Tobias Renner',
      kind: 'person',
    });
  });

  it('is no part of the name where it is a councillor’s short title, and the surname is that person later', () => {
    const { events } = extractText(
      'Cllr Ann Tarrow said the plan was flawed. Later, Cllr Tarrow insisted the minutes be corrected. Coun. Jason Brill voted against the budget.',
      '2024-03-06',
    );
    expect(actorNames(eventWith(events, 'plan was flawed'))).toEqual(['Ann Tarrow']);
    expect(actorNames(eventWith(events, 'minutes be corrected'))).toEqual(['Ann Tarrow']);
    expect(actorNames(eventWith(events, 'voted against'))).toEqual(['Jason Brill']);
  });

  it('stays in a body named after a title', () => {
    const { events } = extractText('General Motors said on Monday that its sales fell.', '2024-03-06');
    expect(actorNames(eventWith(events, 'sales fell'))).toEqual(['General Motors']);
  });

  it("stays inside a body's name before the word that ends it, and ends a name before a person's title", () => {
    const { events } = extractText(
      'Kelby State University sent out layoff notices on Monday. The Tarvo Health Service said beds were short. Varna Finance Minister Tor Berg said the budget would pass.',
      '2024-03-06',
    );
    expect(actorNames(eventWith(events, 'layoff notices'))).toEqual(['Kelby State University']);
    expect(actorNames(eventWith(events, 'beds were short'))).toEqual(['Tarvo Health Service']);
    expect(actorNames(eventWith(events, 'budget would pass'))).toEqual(['Tor Berg']);
  });
});

describe('a surname with particles', () => {
  it('makes one person of "van", "de la" and the words around them', () => {
    const { events } = extractText(
      'A sketch by Pieter van Dorne was sold on Tuesday. Lucia de la Fuente said the price was fair.',
      '2024-03-06',
    );
    expect(eventWith(events, 'was sold')?.actors[0]).toMatchObject({
      name: 'Pieter van Dorne',
      kind: 'person',
    });
    expect(eventWith(events, 'price was fair')?.actors[0]).toMatchObject({
      name: 'Lucia de la Fuente',
      kind: 'person',
    });
  });
});

describe("a surname that is a country's name", () => {
  it('is the person, in full and alone', () => {
    const { events } = extractText(
      'Helen Marsh Jordan, the general secretary of the dockers union, said the strike would go on. ' +
        'Jordan told reporters that talks had failed.',
      '2024-03-06',
    );
    expect(eventWith(events, 'strike would go on')?.actors[0]).toMatchObject({
      name: 'Helen Marsh Jordan',
      kind: 'person',
    });
    expect(actorNames(eventWith(events, 'talks had failed'))[0]).toBe('Helen Marsh Jordan');
  });

  it('stays the country where no person bears it', () => {
    const { events } = extractText('Jordan closed its border crossing on Friday.', '2024-03-06');
    expect(eventWith(events, 'closed its border')?.actors[0]).toMatchObject({
      name: 'Jordan',
      kind: 'country',
    });
  });
});

describe('"and" inside the name of a body', () => {
  it('joins the words before it to the body its last word names', () => {
    const { events } = extractText(
      'The Fisheries and Oceans Authority closed the bay on Friday.',
      '2024-03-06',
    );
    expect(actorNames(eventWith(events, 'closed the bay'))).toEqual(['Fisheries and Oceans Authority']);
  });

  it('leaves two bodies of the same noun apart, both doing the act', () => {
    const { events } = extractText(
      'Kelby Bank and Tarvo Bank announced on Thursday that they will merge next year.',
      '2024-03-06',
    );
    expect(actorNames(eventWith(events, 'will merge')).sort()).toEqual(['Kelby Bank', 'Tarvo Bank']);
  });
});

describe('a place named by its shape', () => {
  it('is no actor where its last word is a place noun', () => {
    const { events } = extractText('Westland beat Harrow at Evelyn Park on Sunday.', '2024-03-06');
    expect(actorNames(eventWith(events, 'beat Harrow'))).not.toContain('Evelyn Park');
  });

  it('takes no role from the title of the next person named', () => {
    const { events } = extractText(
      'The oath was taken at the Civic Hall in Marvale, where Chief Justice Orin Castell presided.',
      '2024-03-06',
    );
    const names = events.flatMap((e) => e.actors.map((a) => `${a.name}/${a.kind}`));
    expect(names).not.toContain('Marvale/person');
    expect(names).toContain('Orin Castell/person');
  });

  it('is the employer between an article and a role', () => {
    const { events } = extractText(
      'Dana Whitfield, the Lumatek chief executive, said sales rose.',
      '2024-03-06',
    );
    expect(eventWith(events, 'sales rose')?.actors).toContainEqual(
      expect.objectContaining({ name: 'Lumatek', kind: 'organization' }),
    );
  });
});

describe('a person named with where they serve', () => {
  it('splits a titled or given name from the place or body after "of"', () => {
    const { events } = extractText(
      'Governor Tomas Reddle of Marlow County escaped impeachment on Wednesday. Peter Hallam of Westbrook University built a new sensor on Monday.',
      '2024-03-06',
    );
    expect(actorNames(eventWith(events, 'escaped impeachment'))[0]).toBe('Tomas Reddle');
    const built = eventWith(events, 'new sensor');
    expect(actorNames(built)[0]).toBe('Peter Hallam');
    expect(actorNames(built)).toContain('Westbrook University');
  });

  it('keeps a body named with "of" whole', () => {
    const { events } = extractText('The Bank of Marlow raised its rates on Monday.', '2024-03-06');
    expect(actorNames(eventWith(events, 'raised its rates'))[0]).toBe('Bank of Marlow');
  });
});

describe('a region named after a country', () => {
  it('makes "Latin America" and "New Mexico" neither the country nor an actor', () => {
    const { events } = extractText(
      "Dana Whitfield said Latin America's largest carrier had cut flights to New Mexico on Monday.",
      '2024-03-06',
    );
    const names = actorNames(eventWith(events, 'largest carrier'));
    expect(names[0]).toBe('Dana Whitfield');
    expect(names).not.toContain('United States');
    expect(names).not.toContain('Mexico');
  });
});

describe('a name in brackets after a person', () => {
  it('describes the person: no actor, and the persons it separates still act together', () => {
    const { events } = extractText(
      'Mr Tom Varley (Marlow North) voted against the bill on Tuesday. Dr Ann Pell (Westbrook) and Dr Owen Hale (Tarnby) abstained.',
      '2024-03-06',
    );
    expect(actorNames(eventWith(events, 'voted against'))).toEqual(['Tom Varley']);
    const abstained = eventWith(events, 'abstained');
    expect(abstained?.actors.map((a) => `${a.name}/${a.role}`).sort()).toEqual([
      'Ann Pell/source',
      'Owen Hale/source',
    ]);
  });
});

describe('a body whose field goes on after "and"', () => {
  it('is one body ("the Ministry of Transport and Communications"), not two', () => {
    const { events } = extractText(
      'The Ministry of Transport and Communications has decided to reintroduce the night train.',
      '2016-02-09',
    );
    expect(actorNames(events[0])).toEqual(['Ministry of Transport and Communications']);
  });

  it('is one body after "for" and after a centre, and leaves out the owner before it', () => {
    const { events } = extractText(
      "The Tarvo Centre for Coastal Research and Mapping said the dunes had moved. The Kelby Flood and Warning Centre said the river would rise. Varna's Centre for Rail Safety said the line would reopen.",
      '2016-02-09',
    );
    expect(actorNames(eventWith(events, 'dunes had moved'))).toEqual([
      'Tarvo Centre for Coastal Research and Mapping',
    ]);
    expect(actorNames(eventWith(events, 'river would rise'))).toEqual(['Kelby Flood and Warning Centre']);
    expect(actorNames(eventWith(events, 'line would reopen'))[0]).toBe('Centre for Rail Safety');
  });

  it('stops before a title and a person ("the Ministry of Finance and Minister Ana Lopez")', () => {
    const { events } = extractText(
      'The Ministry of Finance and Minister Ana Lopez agreed on Monday.',
      '2016-02-09',
    );
    expect(events.flatMap((e) => actorNames(e))).not.toContain('Ministry of Finance and Minister Ana Lopez');
  });

  it('does not make a jail, an annex or a boulevard an actor', () => {
    const { events } = extractText(
      'Odell was held in Tarnby County Jail on a burglary charge. He escaped from the Tarnby Annex on Thursday and was seen on Marlow Boulevard.',
      '2016-02-09',
    );
    const names = events.flatMap((e) => actorNames(e));
    expect(names.filter((n) => /Jail|Annex|Boulevard/.test(n))).toEqual([]);
  });

  it('does not make a law whose name opens on a title word a person ("the Official Secrets Act")', () => {
    const { events } = extractText(
      'Officials said the Official Secrets Act was broken. Papers kept under the Official Records Act show Tarnby asked for help.',
      '2016-02-09',
    );
    const names = events.flatMap((e) => actorNames(e));
    expect(names.filter((n) => /Act$/.test(n))).toEqual([]);
  });

  it('does not make an indefinite pronoun ("Somebody") or a village an actor', () => {
    const { events } = extractText(
      'Somebody called the police on Friday. The patrol drove to Main Road, Tarnby Village, and arrested a man.',
      '2022-03-26',
    );
    const names = events.flatMap((e) => actorNames(e));
    expect(names.filter((n) => /Somebody|Village/.test(n))).toEqual([]);
  });

  it('does not make a pronoun written with its verb ("They’re") a name', () => {
    const { events } = extractText(
      'Two men were held on Friday. They’re charged with stealing a van on Kelby Road.',
      '2022-03-26',
    );
    expect(events.flatMap((e) => actorNames(e)).filter((n) => /They/.test(n))).toEqual([]);
  });

  it('reads a saint’s abbreviation with its stop as part of the name ("St. Louis")', () => {
    const { events } = extractText('The St. Varna Rovers won the cup on Sunday.', '2022-03-26');
    expect(actorNames(eventWith(events, 'won the cup'))).toEqual(['St Varna Rovers']);
  });
});

describe('a given name that is also a noun for a person', () => {
  it('opens a name of three words rather than describing the person named after it', () => {
    const { events } = extractText(
      'Guy Anton Brekke, a deputy, said on Monday that the ferry would sail. John Paul Vettor said on Tuesday that the port had closed.',
      '2024-03-06',
    );
    expect(actorNames(eventWith(events, 'ferry would sail'))).toEqual(['Guy Anton Brekke']);
    expect(actorNames(eventWith(events, 'port had closed'))).toEqual(['John Paul Vettor']);
  });

  it('still leaves out a title before a given name and a surname', () => {
    const { events } = extractText(
      'Mayor Anton Brekke said on Monday that the port had closed.',
      '2024-03-06',
    );
    expect(actorNames(eventWith(events, 'port had closed'))).toEqual(['Anton Brekke']);
  });
});

describe('a body named with an ampersand', () => {
  it('keeps the "&" and every word around it in one organisation', () => {
    const { events } = extractText(
      'The Bank for Trade & Transport approved a loan on Monday. Varna Land & Sea said on Friday that sales fell. K & R Bakeries said on Tuesday that it would close the plant.',
      '2024-03-06',
    );
    expect(eventWith(events, 'approved a loan')?.actors[0]).toMatchObject({
      name: 'Bank for Trade & Transport',
      kind: 'organization',
    });
    expect(eventWith(events, 'sales fell')?.actors[0]).toMatchObject({
      name: 'Varna Land & Sea',
      kind: 'organization',
    });
    expect(actorNames(eventWith(events, 'close the plant'))).toEqual(['K & R Bakeries']);
  });
});

describe('a place made into an adjective ("Varna-based")', () => {
  it('is no part of the name after it and names no one itself', () => {
    const { events } = extractText(
      'The Varna-based Kelby Trust said on Monday that it would close. The firm was bought by a San Tarvo-based lender on Friday. A state-run broadcaster, Kelby Radio, said on Tuesday that fees rose.',
      '2024-03-06',
    );
    expect(actorNames(eventWith(events, 'would close'))).toEqual(['Kelby Trust']);
    expect(actorNames(eventWith(events, 'was bought'))).not.toContain('San Tarvo-based');
    expect(actorNames(eventWith(events, 'fees rose'))).toEqual(['Kelby Radio']);
  });
});

describe('the name of an area', () => {
  it('reads two words that end on a word for an area, or that a word of direction opens, as a place, never a person', () => {
    const { events } = extractText(
      'Peter Hale said 400 homes in North Tarvo had lost power on Monday. Peter Hale said on Monday that Edith County would close the road.',
      '2024-05-08',
    );
    const places = events
      .flatMap((e) => e.actors)
      .filter((a) => /^(?:North Tarvo|Edith County)$/.test(a.name));
    expect(places.filter((a) => a.kind === 'person')).toEqual([]);
    expect(actorNames(eventWith(events, 'in North Tarvo'))).toEqual(['Peter Hale']);
  });
});

describe('an adjective that opens a sentence', () => {
  it('is no name, and the act it opens is told and dated as done', () => {
    const { events } = extractText(
      'Ambitious plans for a new stadium were rejected on Monday by the town council. Heavy rain fell across Dunmore on Tuesday.',
      '2024-05-10',
    );
    const names = events.flatMap((e) => e.actors.map((a) => a.name));
    expect(names).not.toContain('Ambitious');
    expect(names).not.toContain('Heavy');
    const rejected = eventWith(events, 'were rejected');
    expect(rejected?.modality ?? 'asserted').toBe('asserted');
    expect(rejected?.start).toBe('2024-05-06');
  });

  it('stays a name where the words after it are two nouns or a people’s adjective', () => {
    const { events } = extractText(
      'Norvex shares fell on Monday. Danish officials met on Tuesday.',
      '2024-05-10',
    );
    expect(actorNames(eventWith(events, 'shares fell'))).toContain('Norvex');
    expect(actorNames(eventWith(events, 'officials met'))).toContain('Denmark');
  });
});

describe('a place and a noun for a person before a name', () => {
  it('reads the noun as who the person is, not as a verb of the place', () => {
    const { events } = extractText(
      'Former Dunmore baker Karl Brenner was fined 500 euros on Monday.',
      '2024-05-10',
    );
    expect(events.map((e) => e.title)).toEqual(['Karl Brenner was fined 500 euros']);
    expect(actorNames(events[0])).toEqual(['Karl Brenner']);
  });
});

describe('letters of an office or an honour after a name', () => {
  it('are no part of the name, so the surname alone later is the same person', () => {
    const { events } = extractText(
      'Tomas Berg MP said the ferry plan would fail. Berg later resigned from the harbour board.',
      '2024-05-10',
    );
    expect(actorNames(eventWith(events, 'ferry plan'))).toEqual(['Tomas Berg']);
    expect(actorNames(eventWith(events, 'resigned'))).toEqual(['Tomas Berg']);
    const court = extractText(
      'The head of the bar, Ana Coll QC, praised the judge. Coll said the court had been fair.',
      '2024-05-10',
    ).events;
    expect(actorNames(eventWith(court, 'praised'))[0]).toBe('Ana Coll');
    expect(actorNames(eventWith(court, 'been fair'))).toEqual(['Ana Coll']);
  });
});

describe('a name that ends on a word of an industry', () => {
  it('is a company, even with "she" soon after it', () => {
    const { events } = extractText(
      'Vera Holm, a safety inspector, praised the new law on Monday.\n“The deal with Kelby Oil is fair to the town,” she told reporters.',
      '2024-05-10',
    );
    const kelby = events.flatMap((e) => e.actors).find((a) => a.name === 'Kelby Oil');
    expect(kelby?.kind).toBe('organization');
  });
});

describe('the name of a river, a gorge or a square', () => {
  it('names a place, no actor, wherever it stands', () => {
    const { events } = extractText(
      'Rescuers searched the Kelby Gorge and the Tamsin River on Monday.',
      '2024-05-10',
    );
    expect(events.flatMap((e) => actorNames(e))).toEqual(['Rescuers']);
  });
});

describe('names joined by hyphens', () => {
  it("keeps an Arabic surname's article joined by a hyphen in the name", () => {
    const { events } = extractText(
      'Cleric Hassan al-Rawi’s party took the most seats on Monday.',
      '2024-03-15',
    );
    expect(actorNames(eventWith(events, 'took the most seats'))[0]).toMatch(/Hassan al-Rawi$/);
  });

  it('reads a word made an adjective with a hyphen as no name', () => {
    const { events } = extractText(
      'Union-brokered talks "were suspended after both sides failed to settle", the ministry said.',
      '2024-03-15',
    );
    for (const e of events) expect(actorNames(e)).not.toContain('Union-brokered');
  });
});
