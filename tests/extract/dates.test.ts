import { describe, expect, it } from 'vitest';
import { eventWith, extractText } from './helpers';

// published on Friday 15 March 2024
const PUBLISHED = '2024-03-15';

describe('dates of events', () => {
  it('leaves a date in a contrasting clause after ", but" to that clause', () => {
    const e = eventWith(
      extractText(
        'Tomas Reddle was released from jail in January 2013, but his suspension was due to end Feb. 28.',
        PUBLISHED,
      ).events,
      'released from jail',
    );
    expect(e).toMatchObject({ start: '2013-01', precision: 'month' });
  });

  it("takes a day written with its time of day further on as the story's day", () => {
    const { events } = extractText(
      [
        'The Marlow water board declared an alert over the river.',
        'The decision was communicated at around 10:00 a.m. this Wednesday, March 13, by the board. The board said the river was rising fast.',
      ].join('\n\n'),
      PUBLISHED,
    );
    expect(eventWith(events, 'river was rising')).toMatchObject({ start: '2024-03-13', precision: 'day' });
  });

  it('dates an act by the day written after a thing "named after" someone', () => {
    const e = eventWith(
      extractText('Mayor Ann Pell opened a school named after her predecessor on Tuesday.', PUBLISHED).events,
      'opened a school',
    );
    expect(e).toMatchObject({ start: '2024-03-12', precision: 'day' });
  });

  it('dates a clause without a date of its own as reported by its article', () => {
    const e = eventWith(extractText('Japan condemned the missile launch.', PUBLISHED).events, 'condemned');
    expect(e).toMatchObject({ start: PUBLISHED, precision: 'day', basis: 'reported' });
    expect(e?.expression).toBeUndefined();
  });

  it('resolves a weekday to the one on or before publication', () => {
    const e = eventWith(extractText('Japan condemned the launch on Tuesday.', PUBLISHED).events, 'condemned');
    expect(e).toMatchObject({
      start: '2024-03-12',
      precision: 'day',
      basis: 'relative',
      expression: 'on Tuesday',
    });
  });

  it('keeps a month at month precision', () => {
    const e = eventWith(
      extractText('In January, Japan announced new sanctions.', PUBLISHED).events,
      'announced',
    );
    expect(e).toMatchObject({ start: '2024-01', precision: 'month', basis: 'explicit' });
  });

  it('reads a lower-case month and day as that day of the right year', () => {
    const e = eventWith(extractText('Japan signed the accord on february 2.', PUBLISHED).events, 'signed');
    expect(e).toMatchObject({ start: '2024-02-02', precision: 'day', basis: 'explicit' });
  });

  it('dates "weeks after" an event as an approximate range before the anchor', () => {
    const body =
      'Japan announced on Tuesday that it will resume talks. The move comes just weeks after China criticized the plan.';
    const e = eventWith(extractText(body, PUBLISHED).events, 'China criticized');
    expect(e).toMatchObject({ precision: 'approximate', basis: 'relative', end: '2024-03-11' });
    expect((e?.start ?? '') < '2024-03-01').toBe(true);
    expect(e?.approximation).toMatchObject({ relation: 'before', anchor: '12 Mar 2024' });
    // (the cue that dates it is among the event's words: the sentence, its only event's quote)
    expect(e?.sources[0]?.quote).toBe('The move comes just weeks after China criticized the plan.');
  });

  it('does not date an event by the year of a thing it names ("the record set in 1972")', () => {
    const { events } = extractText(
      'Swimmer Ana Vidal won her eighth title on Sunday, breaking the record set in 1972 by Rosa Lind.',
      PUBLISHED,
    );
    expect(eventWith(events, 'eighth title')?.start).toBe('2024-03-10');
  });

  it('lets a clause that continues an event keep its date', () => {
    const body =
      'Japanese Prime Minister Taro Sato announced on Tuesday that Japan will join the pact. Sato’s statement, made during a televised address, praised the partners.';
    const e = eventWith(extractText(body, PUBLISHED).events, 'praised the partners');
    expect(e).toMatchObject({ start: '2024-03-12', precision: 'day' });
    expect(e?.basis).not.toBe('reported');
  });

  it('does not date an event by a deadline ("until Friday") or by dates inside what was said', () => {
    const { events } = extractText(
      'Japan kept the border closed until Friday. Japan said that the plant was built in 1998.',
      '2024-03-13',
    );
    expect(eventWith(events, 'border')).toMatchObject({ start: '2024-03-13', basis: 'reported' });
    expect(eventWith(events, 'plant')).toMatchObject({ start: '2024-03-13', basis: 'reported' });
  });

  it('dates a statement by the day after its object, though a clause of time follows the day', () => {
    const { events } = extractText(
      'Mayor Ida Ross announced a new fund on Monday after hunters killed a deer.',
      '2009-08-08',
    );
    expect(eventWith(events, 'announced a new fund')?.start).toBe('2009-08-03');
  });

  it('dates a clause that "when" opens right after a date and its comma by that date', () => {
    const { events } = extractText(
      'Ivo Marek has been in prison since April 2019, when the court raised his sentence to six years.',
      '2022-10-12',
    );
    expect(eventWith(events, 'raised his sentence')).toMatchObject({ start: '2019-04', precision: 'month' });
  });

  it('leaves a day that owns a thing in the title ("followed Tuesday\'s storm")', () => {
    const { events } = extractText('A blackout followed Tuesday’s storm.', '2007-03-07');
    expect(events[0]?.title).toBe('Blackout followed Tuesday’s storm');
  });

  it('makes the acts gerunds name with years of their own events of their own, not dates of the verb', () => {
    const { events } = extractText(
      'A jury convicted Harold Vane of assaulting a driver in 2013 and robbing a shop in York in 2006. Mayor Ida Ross offered the option of cutting taxes six years ago.',
      '2020-06-10',
    );
    expect(eventWith(events, 'convicted Harold Vane')).toMatchObject({
      start: '2020-06-10',
      basis: 'reported',
    });
    for (const [act, year] of [
      ['assaulting a driver', '2013'],
      ['robbing a shop', '2006'],
    ] as const) {
      const e = events.find((x) => x.sources[0]?.quote.startsWith(act));
      expect(e?.start, act).toBe(year);
      expect(e?.actors[0]?.name, act).toBe('Harold Vane');
    }
    // (a noun's gerund is no act of its own: the year dates the verb)
    expect(eventWith(events, 'offered the option')?.start).toBe('2014');
  });

  it("dates an act told only by its time of day at the story's day, and keeps the time whole in its title", () => {
    const { events } = extractText(
      'A Kelby County jail inmate escaped from a work crew on Thursday, but was caught three hours later.\n\nDeputies spotted Ivo Lund at a motel at about 12:15 p.m. and arrested him.',
      '2020-05-08',
    );
    const spotted = eventWith(events, 'Deputies spotted');
    expect(spotted?.start).toBe('2020-05-07');
    expect(spotted?.title).toContain('12:15');
  });

  it('leaves the day written after what happened to that happening, not to the plea or the charge about it', () => {
    const { events } = extractText(
      'Keira Bost, 33, pleaded guilty to a charge that she struck a neighbour during an assault on March 2. Tomas Vey was charged over a brawl on Saturday. Lena Ortiz died in a crash on Saturday.',
      '2020-03-11',
    );
    expect(eventWith(events, 'pleaded guilty')).toMatchObject({ start: '2020-03-11', basis: 'reported' });
    expect(eventWith(events, 'was charged')).toMatchObject({ start: '2020-03-11', basis: 'reported' });
    // (a death in the crash is the crash's day)
    expect(eventWith(events, 'died in a crash')?.start).toBe('2020-03-07');
  });
});

describe('a range of days written around a date', () => {
  it('dates the event from its first day to its last', () => {
    const { events } = extractText(
      'The Veldan Sports Federation held its national championships between 18 to 21 March.',
      '2019-03-25',
    );
    expect(events[0]).toMatchObject({ start: '2019-03-18', end: '2019-03-21', precision: 'day' });
  });

  it('keeps a planned range ahead of the publication, both its days', () => {
    const { events } = extractText(
      'The Veldan Sports Federation will host the world championships between 7 and 15 November.',
      '2019-03-25',
    );
    expect(events[0]).toMatchObject({ start: '2019-11-07', end: '2019-11-15' });
  });
});

describe('a plan told in what was said, with a day ahead', () => {
  it('is the event, planned at its day', () => {
    const { events } = extractText(
      'The transport department said the fare rise will take effect on January 4.',
      '2014-12-27',
    );
    expect(events[0]).toMatchObject({ start: '2015-01-04', modality: 'planned' });
  });

  it("keeps the plan's day when another clause of what was said follows it", () => {
    const { events } = extractText(
      'Councillor Tove Aas said that an advance poll will be held April 3 and that a printer has been hired.',
      '2017-02-03',
    );
    expect(events[0]).toMatchObject({ start: '2017-04-03', modality: 'planned' });
  });

  it('leaves a call to act on a day ahead dated when it was made', () => {
    const { events } = extractText(
      'Mayor Ana Petrov encouraged citizens to regroup on Tuesday March 11 to protest again.',
      '2014-03-05',
    );
    expect(events[0]?.start).toBe('2014-03-05');
  });
});

describe('a date that modifies a noun', () => {
  it('"yesterday decided to appeal the May 26 approval": the act is dated by the other date', () => {
    const { events } = extractText(
      'The Orvik Hospital Council yesterday decided to appeal the May 26 approval of the new wing.',
      '1992-06-20',
    );
    expect(events[0]?.start).toBe('1992-06-19');
  });
});

describe('a weekday with its date beside it', () => {
  it('"Tuesday night, May 27" is the day the date names, and the story\'s day', () => {
    const { events } = extractText(
      'The Orvik School Board breezed through the agenda Tuesday night, May 27. Superintendent Ada Holm explained the budget changes to the board.',
      '1997-06-04',
    );
    expect(eventWith(events, 'breezed')?.start).toBe('1997-05-27');
    expect(eventWith(events, 'explained')?.start).toBe('1997-05-27');
  });
});

describe('a plan told with a verb that takes "to"', () => {
  it('"Nurses plan to stage a strike on Thursday": planned, at the Thursday ahead', () => {
    const { events } = extractText('Nurses plan to stage a strike on Thursday.', '2014-04-02');
    expect(events[0]).toMatchObject({ start: '2014-04-03', modality: 'planned' });
  });

  it('"According to Kelby police, the man was arrested on March 3": an account told first dates what it tells', () => {
    const { events } = extractText(
      'According to Kelby police, the man was arrested on March 3. According to the Tarnby board, the school was closed in March.',
      '2024-05-08',
    );
    expect(eventWith(events, 'was arrested')?.start).toBe('2024-03-03');
    expect(eventWith(events, 'school was closed')?.start).toBe('2024-03');
  });

  it('dates a statement by the day written right before "that", past the place where it was made', () => {
    const { events } = extractText(
      'Mayor Ana Velo said the new dam would be built.\n\nVelo told farmers at a meeting in the Kelby Town Hall, Varna on Saturday, that the work would start soon.\n\nThe farmers were angry because the river flooded their fields on Friday night.',
      '2018-10-14',
    );
    expect(eventWith(events, 'told farmers')?.start).toBe('2018-10-13');
    expect(eventWith(events, 'dam would be built')?.start).toBe('2018-10-13');
  });

  it('takes the story’s day from its first two paragraphs only, not from one item told further on', () => {
    const { events } = extractText(
      'Tarnby Rail carried 4 million riders in May.\n\nThe operator said most of its trains ran on time.\n\nIt opened two new stations.\n\nTarnby Rail announced on Friday that fares will rise.',
      '2024-03-04',
    );
    expect(eventWith(events, 'trains ran on time')?.start).toBe('2024-03-04');
    expect(eventWith(events, 'announced on Friday')?.start).toBe('2024-03-01');
  });

  it('counts a byline line as no paragraph of the story where it reads the story’s day', () => {
    const { events } = extractText(
      '- Ana Ruiz\n\nA plan to close the Kelby library on Sundays drew a long debate but no vote.\n\nDeputy mayor Ivo Marek raised the plan at Tuesday’s council meeting.\n\nCouncillor Tor Berg said the library served many families.',
      '2019-12-12',
    );
    expect(eventWith(events, 'Tor Berg said')?.start).toBe('2019-12-10');
  });

  it('leaves an act told in the present tense at publication, as told at the writing', () => {
    const { events } = extractText(
      'The Varna stock index rose 2 percent on Monday after a week of losses.\n\nAnalyst Tor Berg says investors were calmer.\n\nAnalyst Ana Ruiz said the rally was broad.',
      '2019-12-12',
    );
    expect(eventWith(events, 'Tor Berg says')?.start).toBe('2019-12-12');
    expect(eventWith(events, 'Ana Ruiz said')?.start).toBe('2019-12-09');
  });

  it('dates a statement in the present at the story’s day when it writes that day itself', () => {
    const { events } = extractText(
      'Police chief Tor Berg says that on Sunday, officers arrested Ivo Marek after a chase.\n\nThe chief says Marek is in custody.',
      '2019-12-10',
    );
    expect(eventWith(events, 'officers arrested')?.start).toBe('2019-12-08');
    expect(eventWith(events, 'Marek is in custody')?.start).toBe('2019-12-10');
  });
});

describe('a clause that "when" opens right after a time', () => {
  it('takes the time written right before "when" ("turned ugly Tuesday when …")', () => {
    // (published on Saturday 11 June 2022: Tuesday is the 7th)
    const { events } = extractText(
      'Things turned ugly Tuesday when farmers fought with the guards. It was calmer in 2019 when the Dunmore council raised the levy.',
      '2022-06-11',
    );
    expect(eventWith(events, 'fought with the guards')?.start).toBe('2022-06-07');
    expect(eventWith(events, 'raised the levy')?.start).toBe('2019');
  });
});

describe("dates that are not the act's", () => {
  const { events } = extractText(
    'The Dunmore party lost seats compared with its result in 2015. Kelby Steel made more cars than in 2017. Ivo Brandt quit as mayor to lead the port authority next summer.',
    '2019-06-07',
  );

  it('leaves the date a comparison is made against to the comparison', () => {
    expect(eventWith(events, 'lost seats')).toMatchObject({ start: '2019-06-07', basis: 'reported' });
    expect(eventWith(events, 'made more cars')).toMatchObject({ start: '2019-06-07', basis: 'reported' });
  });

  it('dates no past act by a span ahead that what follows it plans', () => {
    expect(eventWith(events, 'quit as mayor')).toMatchObject({ start: '2019-06-07', basis: 'reported' });
  });
});
