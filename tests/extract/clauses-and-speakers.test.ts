/**
 * Clauses beside the main one, speakers and names (sentences written for these tests): a thing's
 * act in a clause of time, the main subject going on after it, a relative clause that only
 * describes a person, speakers' statements not swallowed one by another, a speaker named right
 * before the verb, people known by a common given name, titles that keep a date range.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { GIVEN_NAMES_PATH, givenNameLists } from '../../scripts/build-given-names';
import { actorNames, eventWith, extractText } from './helpers';

describe('clauses beside the main one', () => {
  it('quotes the main event by words that hold its verb when clauses before it are told apart', () => {
    const text =
      'The row began last week when Kelby Mining said its auditor, Varna Audit, could not find the cash and declined to approve the yearly accounts.';
    const { events } = extractText(text, '2024-05-08');
    for (const e of events) for (const s of e.sources) expect(s.quote.length).toBeGreaterThan(0);
    expect(eventWith(events, 'declined to approve')?.actors[0]?.name).toBe('Varna Audit');
  });

  it('leaves a short clause of time after the main event to it as a detail; a longer one stays an event', () => {
    const short = extractText(
      'Ana Holt left the Kelby pay talks at noon after the union quit.',
      '2024-05-08',
    );
    expect(short.events.map((e) => e.title)).toEqual(['Ana Holt left the Kelby pay talks at noon']);
    const long = extractText(
      'Ana Holt left the Kelby pay talks at noon after the union quit the long and bitter talks over the new wage deal.',
      '2024-05-08',
    );
    expect(long.events).toHaveLength(2);
  });

  it("makes a thing's past act in a clause of time its own event, and lets the main subject go on after it", () => {
    const { events } = extractText(
      'Opposition leader Dara Velkov resigned on Friday, two weeks after disputed elections returned the governing party to power, and said her party would boycott parliament.',
      '2024-07-19',
    );
    // (the elections are the clause's subject, but no actor: nobody named did it)
    const returned = eventWith(events, 'disputed elections returned');
    expect(returned?.title).toMatch(/^Disputed elections returned/);
    expect(actorNames(returned)).toEqual([]);
    const boycott = events.find((e) => e.title.includes('boycott'));
    expect(boycott?.actors[0]?.name).toBe('Dara Velkov');
  });

  it('reads "…, who prosecuted the case" as who the speaker is, not as another event', () => {
    const { events } = extractText(
      '"The sentence must send a message," said Assistant Attorney General Noor Halvik, who prosecuted the case.',
      '2024-07-19',
    );
    expect(events).toHaveLength(1);
    expect(events[0]?.title).toMatch(/^Noor Halvik said/);
  });

  it('makes the name right before the verb of saying the speaker, not the body named before it', () => {
    const { events } = extractText(
      '"We ran every check twice," Orbis planetary scientist Lena Tovar said in a statement.',
      '2024-07-19',
    );
    expect(events[0]?.actors[0]?.name).toBe('Lena Tovar');
  });

  it('gives a clause of time that opens on a noun phrase its own subject, not the main one', () => {
    const { events } = extractText(
      'Tor Vettenby will manage the school until the new building is opened on Monday.',
      '2024-07-19',
    );
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e.title).not.toMatch(/Vettenby (?:is|was) opened/);
  });
});

describe('a clause of time that opens the sentence', () => {
  it("is an event of its own when another actor acts in it, and the main event's words start after it", () => {
    const { events } = extractText(
      'After Judge Mara Lindqvist rejected the motion, defence attorney Paul Oyelaran said he would appeal.',
      '2024-07-19',
    );
    const ruling = eventWith(events, 'rejected the motion');
    expect(ruling?.actors[0]?.name).toBe('Mara Lindqvist');
    expect(ruling?.sources[0]?.quote).toBe('After Judge Mara Lindqvist rejected the motion');
    const appeal = eventWith(events, 'would appeal');
    expect(appeal?.actors[0]?.name).toBe('Paul Oyelaran');
    expect(appeal?.sources[0]?.quote).toMatch(/^defence attorney Paul Oyelaran said/);
    expect(actorNames(appeal)).not.toContain('Mara Lindqvist');
  });

  it('tells its own act when the same person acts in it, and in a clause of time after a measure of time', () => {
    const { events } = extractText(
      'Marta Kowal led the Green League for a decade. Though she had fought a stroke the year before, in March 2019 she announced that she would step down.',
      '2019-08-22',
    );
    expect(eventWith(events, 'had fought a stroke')?.actors[0]?.name).toBe('Marta Kowal');
    expect(eventWith(events, 'would step down')?.sources[0]?.quote).toMatch(/^in March 2019 she announced/);
    const { events: later } = extractText(
      'Shortly after the Orvik Council approved the budget, Mayor Ines Duarte resigned.',
      '2019-08-22',
    );
    expect(eventWith(later, 'approved the budget')?.actors[0]?.name).toBe('Orvik Council');
    expect(eventWith(later, 'resigned')?.actors[0]?.name).toBe('Ines Duarte');
  });

  it('stays the scene when nothing named acts in it or its verb is not past', () => {
    const single = (text: string): number => extractText(text, '2024-07-19').events.length;
    expect(single('As the crowd cheered, Senator Ilse Moravec signed the bill.')).toBe(1);
    expect(single('As talks with Orvik Mining continue, the union said it would strike.')).toBe(1);
  });
});

describe('a person described before the verb', () => {
  it('reads "who" as the person before an apposition of a body, and the main event goes on after a relative clause told apart', () => {
    const { events } = extractText(
      'Tarn, Mar 3 (PNA) Elena Marsh, leader of the centrist Civic Renewal (CR) party, who was sworn in on Monday as prime minister, vowed to cut taxes.',
      '2024-03-06',
    );
    const sworn = eventWith(events, 'was sworn in');
    expect(sworn?.actors[0]?.name).toBe('Elena Marsh');
    expect(sworn?.start).toBe('2024-03-04');
    const vow = events.find((e) => e.title.includes('vowed'));
    expect(vow?.actors[0]?.name).toBe('Elena Marsh');
    expect(vow?.sources[0]?.quote).toBe('vowed to cut taxes.');
    // the dateline's agency is no actor
    expect(events.flatMap(actorNames)).not.toContain('PNA');
  });

  it('takes "the newly elected leader" who speaks for the leader named before', () => {
    const { events } = extractText(
      'Elena Marsh, leader of the Civic Renewal party, won the vote. "We will cut taxes," the newly-elected leader said in a post.',
      '2024-03-06',
    );
    expect(eventWith(events, 'We will cut taxes')?.actors[0]?.name).toBe('Elena Marsh');
  });
});

describe('who "he" is', () => {
  it('is the one who acted in the sentences before, not a person named in passing since', () => {
    const { events } = extractText(
      [
        'Mayor Elan Marsh promised new bus lanes.',
        'The ceremony took place at city hall, where Judge Tomas Brill read the oath.',
        'After the ceremony, he pledged to cut fares.',
      ].join('\n\n'),
      '2024-03-06',
    );
    expect(eventWith(events, 'he pledged')?.actors[0]?.name).toBe('Elan Marsh');
  });

  it('is the speaker of an attribution that ends the sentence, whose employer has a comma in its name', () => {
    const { events } = extractText(
      [
        'Such a sale would dilute the shares, noted Dana Whitfield, analyst with Sutro Group.',
        'The bank stands to lose 20 mln dlrs if rates fall, said Pavel Orlov, analyst with Birr, Wilson and Co.',
        'He noted, however, that losses would not show up in the current quarter.',
      ].join('\n\n'),
      '2024-03-06',
    );
    expect(eventWith(events, 'stands to lose')?.actors[0]?.name).toBe('Pavel Orlov');
    expect(eventWith(events, 'He noted')?.actors[0]?.name).toBe('Pavel Orlov');
  });
});

describe('an absolute clause of "with" opening the sentence', () => {
  it('leaves the main clause after its comma an event of its own', () => {
    const { events } = extractText(
      'With captain Tomas Reddle opting to keep away from the press, coach Owen Hale faced a barrage of questions.',
      '2024-03-06',
    );
    expect(actorNames(eventWith(events, 'faced a barrage'))[0]).toBe('Owen Hale');
  });
});

describe("a participle's aside after a name", () => {
  it('is a past fact of the name at its own date, and the main event is told by the words after it', () => {
    const { events } = extractText(
      'Kestrel Mining, founded in 1998 as Orvik Ore, reported a loss on Monday.',
      '2024-03-06',
    );
    const founded = eventWith(events, 'founded in 1998');
    expect(founded?.start).toBe('1998');
    expect(founded?.actors[0]?.name).toBe('Kestrel Mining');
    const loss = events.find((e) => e.title.includes('reported a loss'));
    expect(loss?.start).toBe('2024-03-04');
    expect(actorNames(loss)).toEqual(['Kestrel Mining']);
    expect(loss?.sources[0]?.quote).toBe('reported a loss on Monday.');
  });

  it('opens after an adverb and may run long: its past form is no verb of the name', () => {
    const { events } = extractText(
      'Warden FC, previously known as Tarnby Armed Forces Football Club and nine-time winners of the T-League, were fined $26,000 on Tuesday.',
      '2024-03-06',
    );
    expect(events.some((e) => /\bknown\b/.test(e.title))).toBe(false);
  });

  it('is no aside after an apposition that a comma closes', () => {
    const { events } = extractText(
      'Mayor Ines Duarte, the first mayor of Tarn to visit Orvik, flew in during the afternoon.',
      '2024-03-06',
    );
    expect(events.map((e) => e.actors[0]?.name)).toEqual(['Ines Duarte']);
  });
});

describe('an aside naming some of what the subject counts', () => {
  it('leaves the people before it the subject ("Twelve miners, including two engineers, were …")', () => {
    const { events } = extractText(
      'Twelve miners, including two engineers, were rescued on Friday.',
      '2024-03-09',
    );
    expect(events.map((e) => [e.title, e.start])).toEqual([['Twelve miners were rescued', '2024-03-08']]);
  });
});

describe('a relative clause after a titled surname that opens the sentence', () => {
  it('leaves the person the subject of the verb after its closing comma', () => {
    const { events } = extractText(
      'Ivo Marek led the talks. Mr Marek, who is a Varnex director, assured farmers of prompt payments.',
      '2024-03-06',
    );
    expect(actorNames(eventWith(events, 'assured farmers'))[0]).toBe('Ivo Marek');
  });
});

describe('a relative clause set off by dashes or after words in brackets', () => {
  it('tells its dated act of the name before it, and the main clause goes on after the closing dash', () => {
    const { events } = extractText(
      'Minister Ivo Lund said today that the envoy, Ambassador Tor Berg -- who on Monday signed the accord -- had exceeded his mandate.',
      '2020-05-06',
    );
    expect(eventWith(events, 'signed the accord')).toMatchObject({
      title: 'Tor Berg signed the accord',
      start: '2020-05-04',
    });
    expect(actorNames(eventWith(events, 'exceeded his mandate'))[0]).toBe('Tor Berg');
  });

  it('reaches the name over its record in brackets ("the Lions (12-1), who …")', () => {
    const { events } = extractText(
      'It was a fourth straight title for the Kelby Lions (12-1), who defeated the Varna Hawks 3-2 on Friday.',
      '2020-05-06',
    );
    expect(eventWith(events, 'defeated the Varna Hawks')).toMatchObject({ start: '2020-05-01' });
    expect(actorNames(eventWith(events, 'defeated the Varna Hawks'))[0]).toBe('Kelby Lions');
  });

  it('leaves a dash that closes a list alone: "who" after it is about the noun before the list', () => {
    const { events } = extractText(
      'The three workers — Ana Ruiz, Ivo Marek and Tor Berg — who lost their jobs, sued the company on March 9.',
      '2020-05-06',
    );
    expect(events.some((e) => e.title.startsWith('Tor Berg lost'))).toBe(false);
  });
});

describe('a condition', () => {
  it('tells no act, before or after the clause it conditions, which stays a planned act', () => {
    for (const text of [
      'Orvik Mining will close the pit if the Tarn Council raises the tax.',
      'If the Tarn Council raises the tax, Orvik Mining will close the pit.',
    ]) {
      const { events } = extractText(text, '2024-03-06');
      expect(events.map((e) => [e.actors[0]?.name, e.modality])).toEqual([['Orvik Mining', 'planned']]);
    }
  });
});

describe('who acts for a person', () => {
  it('is "his lawyer" or "her family", named by the person, not the person', () => {
    const { events } = extractText(
      'Tomas Brill was charged on Monday.\n\nHis lawyer said the charges were false. Later his family issued a statement on the case.',
      '2024-03-06',
    );
    expect(eventWith(events, 'charges were false')?.actors[0]?.name).toBe("Tomas Brill's lawyer");
    expect(eventWith(events, 'issued a statement')?.actors[0]).toMatchObject({
      name: "Tomas Brill's family",
      kind: 'group',
    });
  });

  it('is the one named beside the noun ("His lawyer, Ana Coll, said", "a company spokesman, Jon Berg,")', () => {
    const { events } = extractText(
      'Tomas Brill was charged on Monday.\n\nHis lawyer, Ana Coll, said the charges were false. A company spokesman, Jon Berg, declined to comment.',
      '2024-03-06',
    );
    expect(actorNames(eventWith(events, 'charges were false'))).toEqual(['Ana Coll']);
    expect(actorNames(eventWith(events, 'declined to comment'))).toEqual(['Jon Berg']);
  });

  it('is the one named right after the noun, with no commas ("his lawyer Ana Coll said")', () => {
    const { events } = extractText(
      'Tomas Brill was charged on Monday.\n\nBut his lawyer Ana Coll said the charges were false.',
      '2024-03-06',
    );
    expect(actorNames(eventWith(events, 'charges were false'))).toEqual(['Ana Coll']);
  });
});

describe("a speaker's statements in one article", () => {
  it('keeps statements on other matters apart, though each shares words with the ones gathered before', () => {
    const { events } = extractText(
      [
        'Streaming chief Rhea Castel said heavy demand and a coding fault caused outages at the launch of the service.',
        'Castel said the service had signed up ten million viewers in its first week of launch.',
        'Castel said the viewers of the service would get sports channels next year.',
      ].join('\n\n'),
      '2024-07-19',
    );
    const castel = events.filter((e) => e.actors[0]?.name === 'Rhea Castel');
    expect(castel.length).toBeGreaterThanOrEqual(2);
  });
});

describe('names', () => {
  it('takes two capitalised words that open on a common given name for a person', () => {
    const { events } = extractText(
      'Councilmen at-Large Jack Dorrow and Victor Penhale did not attend the Oct. 15 meeting.',
      '2024-10-18',
    );
    const event = eventWith(events, 'did not attend');
    expect(event?.actors.map((a) => [a.name, a.kind])).toEqual(
      expect.arrayContaining([
        ['Jack Dorrow', 'person'],
        ['Victor Penhale', 'person'],
      ]),
    );
    expect(event?.modality).toBe('negated');
  });

  it('reads "Dec." as a month, never a name', () => {
    const { events } = extractText(
      'The seven patients developed symptoms between Dec. 14 and Dec. 19, and developed rashes between Dec. 17 and Dec. 21.',
      '2024-12-25',
    );
    expect(events.flatMap((e) => e.actors.map((a) => a.name))).not.toContain('Dec');
    expect(events.map((e) => e.title)).toContain(
      'Seven patients developed symptoms between Dec. 14 and Dec. 19',
    );
  });

  it('reads the given names the extractor ships from the stdlib data sets', () => {
    expect(JSON.parse(readFileSync(GIVEN_NAMES_PATH, 'utf8'))).toEqual(givenNameLists());
  });
});

describe('titles', () => {
  it('keeps what a statement says when a clause of another subject follows "said that"', () => {
    const { events } = extractText(
      'Minister Han Dal-su spoke on Monday. Han said that while Korea had reaped good results by chasing richer countries, following the leaders is no longer enough.',
      '2024-07-19',
    );
    const said = events.find((e) => /\bsaid\b/.test(e.title));
    expect(said?.title).toMatch(/said that while Korea/);
  });

  it('stops before a clause joined after the object', () => {
    const { events } = extractText(
      'Nine bodies have been recovered and it is feared that as many as 80 people are under the rubble.',
      '2024-07-19',
    );
    expect(events[0]?.title).toBe('Nine bodies have been recovered');
  });
});

describe('doers of a clause', () => {
  it('makes the agent after "by" and a title the doer of a passive', () => {
    const { events } = extractText(
      "Rebels attacked the capital early on Wednesday, but were repelled by President Anton Mirelo's guards.",
      '2024-07-19',
    );
    const repelled = events.find((e) => e.title.includes('repelled'));
    expect(repelled?.actors[0]).toMatchObject({ name: 'Anton Mirelo', role: 'source' });
  });

  it("reads a body's witness or engineer as the body acting, beside another clause", () => {
    const { events } = extractText(
      'The Dravo agency reported the attack. A Dravo witness heard explosions and later saw helicopters circling, after the rebels attacked the outskirts.',
      '2024-07-19',
    );
    expect(events.find((e) => e.title.includes('heard explosions'))?.actors[0]?.name).toBe('Dravo');
  });

  it('reads "he" again in one sentence as whoever "he" was', () => {
    const { events } = extractText(
      'Ruben Ostrow chairs the board. He is seen as a successor to chief executive Carl Benning, and he managed the rollout of the service on Tuesday.',
      '2024-07-19',
    );
    const rollout = eventWith(events, 'managed the rollout');
    expect(rollout?.actors[0]?.name).toBe('Ruben Ostrow');
  });

  it("reads an attribution that ends the sentence with the speaker's job after it", () => {
    const { events } = extractText(
      'The offering would mean more dilution for shareholders, noted Dario Vance, analyst with Pell Research.',
      '2024-07-19',
    );
    expect(events[0]?.actors[0]?.name).toBe('Dario Vance');
    expect(events[0]?.title).toMatch(/^Dario Vance noted: The offering would mean more dilution/);
  });
});

describe('dates and things of a clause', () => {
  it('ends a past act told "this week" on the publication day, not on the Sunday after it', () => {
    const { events } = extractText('Shares of Corvane fell this week on news of the default.', '1987-02-26');
    const fell = eventWith(events, 'fell this week');
    expect(fell?.start).toBe('1987-02-23');
    expect(fell?.end).toBe('1987-02-26');
  });

  it('reads two things joined by "and" as the subject, named without the day that owns them', () => {
    const { events } = extractText(
      "Tuesday's 6.3 magnitude earthquake and equally strong aftershock destroyed hundreds of buildings.",
      '2007-03-07',
    );
    expect(events).toHaveLength(1);
    expect(events[0]?.title).toMatch(/^Magnitude earthquake/);
    expect(events[0]?.start).toBe('2007-03-06');
  });
});

describe('what the news told', () => {
  it('makes the act a "news that" clause tells, with its own subject, an event of its own', () => {
    const { events } = extractText(
      'Shares of Corvane fell this week on the news that Brazil has suspended interest payments on its foreign debt.',
      '1987-02-26',
    );
    expect(actorNames(events.find((e) => e.title.startsWith('Brazil has suspended')))).toEqual(['Brazil']);
    expect(events.some((e) => e.title.startsWith('Corvane fell'))).toBe(true);
  });
});

describe('verb groups in titles', () => {
  it('keeps the negation and the adverb inside a verb group, and a verb taking "to"', () => {
    const { events } = extractText(
      'Maria Holt arrived in the city. She has not yet received any help. The agency struggled to reach her on Monday.',
      '2024-03-07',
    );
    const titles = events.map((e) => e.title);
    expect(titles).toContain('Maria Holt has not yet received any help');
    expect(titles.some((t) => /struggled to reach her/.test(t))).toBe(true);
  });
});

describe('party tags after a name', () => {
  it('reads "(R)" and ", D-Calif.," as a party and state, not as the doer', () => {
    const { events } = extractText(
      'Governor Kira Dalen (R) is defending the launch of the campaign. Senator Ann Voss, D-Calif., said on Monday the plan would fail.',
      '2019-11-19',
    );
    expect(events.map((e) => e.actors[0]?.name)).toEqual(['Kira Dalen', 'Ann Voss']);
  });
});

describe('places in a subject phrase', () => {
  it('never makes the state after a town ("in Greenbelt, Maryland,") the doer', () => {
    const { events } = extractText(
      'A team of researchers at the Orvane Space Institute in Greenbelt, Maryland, has confirmed traces of water vapor.',
      '2019-11-19',
    );
    expect(events[0]?.actors[0]?.name).not.toBe('Maryland');
  });
});

describe('a company named before', () => {
  it('never reads "the company" as the police that acted before it', () => {
    const { events } = extractText(
      'Halvern Foods said it would close a plant. Police arrested three men in Leeds on Tuesday. The company reported a loss of $3 million.',
      '2024-03-14',
    );
    const loss = events.find((e) => e.title.includes('reported a loss'));
    expect(loss).toBeDefined();
    expect(loss?.actors.map((a) => a.name)).not.toContain('Police');
  });
});

describe('verb groups that are no clause', () => {
  it('never takes a participle after "being" for the verb of a clause', () => {
    const { events } = extractText(
      'According to a paper in the journal Nature Astronomy, the Orbis team discovered enough gas being released from the vent to fill a stadium.',
      '2024-03-12',
    );
    expect(events.map((e) => e.title).filter((t) => /^\S+(?: \S+)? being released/.test(t))).toEqual([]);
  });
});

describe('acts reported inside a statement', () => {
  it('reads a dated act of a body named by its noun, after a phrase set off by commas', () => {
    const { events } = extractText(
      'The agency said that in response to the outbreak, the hospital launched a vaccination plan for all staff on Dec. 19.',
      '2024-12-25',
    );
    const plan = events.find((e) => e.title.startsWith('Hospital launched'));
    expect(plan?.start).toBe('2024-12-19');
    expect(events.find((e) => e.title.includes('said'))?.start).toBe('2024-12-25');
  });
});

describe('"who" after a name and an age set off by commas', () => {
  it('describes the named person, who acts in the main clause', () => {
    const { events } = extractText(
      'Ardo Kivistik, 17, who acted together with the organisers, was issued a warning.',
      '2004-03-04',
    );
    expect(events).toHaveLength(1);
    expect(events[0]?.actors[0]).toMatchObject({ name: 'Ardo Kivistik', kind: 'person' });
    expect(events[0]?.title).toMatch(/^Ardo Kivistik was issued a warning/);
  });
});

describe('a role set off before a name', () => {
  it('reads the role as the name’s, not as a clause of its own', () => {
    const { events } = extractText(
      'Veteran Lorranian director, Ivo Marek, won the Golden Owl for Best Film on Monday.',
      '2024-05-08',
    );
    expect(events).toHaveLength(1);
    expect(events[0]?.title).toMatch(/^Ivo Marek won the Golden Owl/);
  });

  it('takes no one named in a relative clause after a common noun as the subject', () => {
    const { events } = extractText(
      'The committee, which includes Ann Roe and Ben Cole, approved the budget on Monday.',
      '2018-03-16',
    );
    const event = eventWith(events, 'approved the budget');
    expect(event?.title).toMatch(/^Committee approved the budget/);
  });

  it('titles a quotation begun in the sentence before with its first word whole', () => {
    const { events } = extractText(
      'Analyst Ben Cole spoke on Friday. "Prices fell fast. The selling stopped at noon," he continued.',
      '2018-03-16',
    );
    expect(eventWith(events, 'The selling stopped')?.title).toBe(
      'Ben Cole continued: “The selling stopped at noon”',
    );
  });

  it('titles an account told first without the time set off before what it tells', () => {
    const { events } = extractText(
      'According to the Tarnby Review Board, around 9:15 p.m. on May 3, a constable of the Kelby force in a patrol car had begun an inquiry.',
      '2023-05-08',
    );
    const event = eventWith(events, 'had begun an inquiry');
    expect(event?.title).toMatch(/^Tarnby Review Board: a constable of the Kelby force/);
    expect(event?.start).toBe('2023-05-03');
  });
});

describe('"is to", the future of news', () => {
  const { events } = extractText(
    'Ana Holt is to visit Dunmore next month. Ivo Brandt is to succeed Ana Holt as transport minister. The only thing the board would do is to wait.',
    '2024-04-10',
  );

  it('reads "X is to visit" as a planned act of X, titled with its "is to"', () => {
    const visit = eventWith(events, 'is to visit');
    expect(visit).toMatchObject({ modality: 'planned', title: 'Ana Holt is to visit Dunmore' });
    expect(visit?.actors[0]).toMatchObject({ name: 'Ana Holt', role: 'source' });
    const succeed = eventWith(events, 'is to succeed');
    expect(succeed?.actors[0]).toMatchObject({ name: 'Ivo Brandt', role: 'source' });
  });

  it('leaves what someone "would do is to" do as no act', () => {
    expect(eventWith(events, 'would do is to')).toBeUndefined();
  });
});

describe('a person of a body', () => {
  it('reads "two names of the X Party" as the person and the party, not one body', () => {
    const { events } = extractText('Tor Lindqvist of the Kelby Party resigned on Monday.', '2024-04-10');
    expect(actorNames(eventWith(events, 'resigned'))).toEqual(['Tor Lindqvist', 'Kelby Party']);
  });
});
