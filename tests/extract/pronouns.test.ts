/**
 * Who "he" and "she" are: never a person whose honorific or given name says the other gender, and
 * a person in apposition to a name is that name; the subject of a sentence that tells no event is
 * who "he" means next (sentences written for these tests).
 */
import { describe, expect, it } from 'vitest';
import { actorNames, eventWith, extractText } from './helpers';

describe('pronouns and gender', () => {
  it('reads "he" as the man named before, not the woman who acted last', () => {
    const { events } = extractText(
      'Judge Tomas Reddle heard the case on Monday. Susana Pell told the court on Tuesday that she was innocent. On Wednesday he ordered a new hearing.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'new hearing'))[0]).toBe('Tomas Reddle');
  });

  it('reads "she" as the woman an honorific named, not the man named last', () => {
    const { events } = extractText(
      'Mrs. Ruth Alder was reappointed as secretary on Monday. Mr. Owen Hale was elected chairman. On Tuesday she resigned from the board.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'resigned from the board'))[0]).toBe('Ruth Alder');
  });

  it('keeps the person named last where no one of that gender was named', () => {
    const { events } = extractText(
      'Dana Whitfield opened the plant on Monday. On Tuesday he closed it again.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'closed it again'))[0]).toBe('Dana Whitfield');
  });
});

describe('roles', () => {
  it('never reads "the president" as the vice president', () => {
    const { events } = extractText(
      'President Tomas Reddle opened a school on Thursday. Vice President Owen Hale spoke at the ceremony. The president then opened a clinic.',
      '2024-05-10',
    );
    expect(actorNames(eventWith(events, 'opened a clinic'))[0]).toBe('Tomas Reddle');
  });

  it('reads "the Kelby Party leader" as the person who leads it, not the party', () => {
    const { events } = extractText(
      'Premier Tom Reyes quit his post on Sunday. The Kelby Party leader told reporters he would go on Friday.',
      '2024-05-10',
    );
    expect(actorNames(eventWith(events, 'would go on Friday'))[0]).toBe('Tom Reyes');
  });
});

describe('names', () => {
  it('knows a person named family name first by the family name alone', () => {
    const { events } = extractText(
      'Minister Pak Dal-su opened the port on Monday. Pak said the port would double exports.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'double exports'))[0]).toBe('Pak Dal-su');
  });
});

describe('appositions', () => {
  it('makes a name with a noun for a person in apposition a person, whatever body follows', () => {
    const { events } = extractText(
      'Tomas Reddle, a parliamentarian for the Civic Renewal Party, said the vote had taken its toll.',
      '2024-05-08',
    );
    expect(eventWith(events, 'taken its toll')?.actors[0]).toMatchObject({
      name: 'Tomas Reddle',
      kind: 'person',
    });
  });

  it('reads the noun before a relative clause as the head: "Ivo Marek, an architect who lives in Brno"', () => {
    const { events } = extractText(
      'Ivo Marek, an architect who lives in Brno, said the plan would fail.',
      '2024-05-08',
    );
    expect(eventWith(events, 'plan would fail')?.actors[0]).toMatchObject({
      name: 'Ivo Marek',
      kind: 'person',
    });
  });

  it('adds no unnamed person for the apposition of the name that opens the sentence', () => {
    const { events } = extractText('Norvik Foods, a maker of frozen meals, said profits rose.', '2024-05-08');
    expect(actorNames(eventWith(events, 'profits rose'))).toEqual(['Norvik Foods']);
  });
});

describe('"they" after people who acted together', () => {
  it('refers to them: "Mayor Ann Lee and Governor Bo Kim met … They signed …"', () => {
    const { events } = extractText(
      'Mayor Ann Lee and Governor Bo Kim met in Orvik on Monday. They signed a water-sharing accord on Tuesday.',
      '2021-06-16',
    );
    const signed = eventWith(events, 'signed');
    expect(signed?.start).toBe('2021-06-15');
    expect(['Ann Lee', 'Bo Kim']).toContain(actorNames(signed)[0]);
  });
});

describe('"he" after a person named in the possessive', () => {
  it('is that person, not the reporter of the byline', () => {
    const { events } = extractText(
      'FLOOD FEARS CAME TO NOTHING\n\nBy Tor Berg - The Kelby Courier\n\nJohn Marek’s week has been quiet.\n\nAs flood warden for the town, he checked the levees every night. "Nothing happened," he said.',
      '2021-06-16',
    );
    expect(actorNames(eventWith(events, 'checked the levees'))).toEqual(['John Marek']);
    expect(actorNames(eventWith(events, 'Nothing happened'))).toEqual(['John Marek']);
    expect(events.flatMap((e) => actorNames(e))).not.toContain('Tor Berg');
  });
});

describe('the subject of a sentence that tells no event', () => {
  it('is who "he" means next, over one who acted two sentences before', () => {
    const { events } = extractText(
      'On Tuesday night the Kelby County Sheriff ordered residents of Varna to leave. Paul Berg is a deputy commander with the team that fights the fire. He flew over the valley on Wednesday.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'flew over the valley'))).toEqual(['Paul Berg']);
  });

  it('is the person who opens it right before its auxiliary, with no given name known', () => {
    const { events } = extractText(
      'The navy left port on Monday. Tor Vettenby met the fleet commander, Ola Lund, at his office. Anders Nyland had been abroad on a visit. He arrived back in the capital on Tuesday.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'arrived back'))).toEqual(['Anders Nyland']);
  });
});

describe('a name said with "is a" to be one of the nouns for a person', () => {
  it('names a person, whom "he" means next, though no given name is known', () => {
    const { events } = extractText(
      'On Tuesday night the Kelby County Sheriff ordered residents of Varna to leave. Tor Vettenby is a deputy commander with the team that fights the fire. He flew over the valley on Wednesday.',
      '2024-05-08',
    );
    expect(eventWith(events, 'flew over the valley')?.actors[0]).toMatchObject({
      name: 'Tor Vettenby',
      kind: 'person',
    });
  });
});

describe('"Rt. Hon." before a name', () => {
  it('is a title: the person after it speaks', () => {
    const { events } = extractText(
      '“The vote is the right choice for our country,” said Prime Minister, Rt. Hon. Tor Vettenby, on Wednesday.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'right choice'))).toEqual(['Tor Vettenby']);
  });
});

describe('"it" after a group of people', () => {
  it('never stands for people named by a plural, though it stands for a body', () => {
    const { events } = extractText(
      'Ferry officials met on Monday to plan the new timetable. It will start in May at the Kelby pier.',
      '2024-05-10',
    );
    expect(events.filter((e) => actorNames(e).includes('Ferry officials')).map((e) => e.title)).toEqual([
      'Ferry officials met to plan the new timetable',
    ]);
    // (nor for a lone plural that opened a sentence)
    const lone = extractText(
      'Nurses backed the plan on Monday. It derailed near the station on Tuesday.',
      '2024-05-10',
    ).events;
    expect(lone.filter((e) => actorNames(e).includes('Nurses')).length).toBe(1);
    const body = extractText(
      'The Kelby Harbour Board met on Monday. It said the ferry would stop in May.',
      '2024-05-10',
    ).events;
    expect(actorNames(eventWith(body, 'ferry would stop'))).toContain('Kelby Harbour Board');
  });
});

describe('"it" that stands for what follows', () => {
  it('gives what was not known no event and no actor, and what was announced its event', () => {
    const { events } = extractText(
      'The Kelby Bank cut its rates on Monday. It was not yet decided whether the other lenders would follow.',
      '2024-05-10',
    );
    expect(events.map((e) => e.title)).toEqual(['Kelby Bank cut its rates']);
    const announced = extractText(
      'It was announced on Monday that the Kelby pool would close.',
      '2024-05-10',
    ).events;
    expect(announced.length).toBe(1);
  });
});

describe('the gender a relative’s noun gives', () => {
  it('never makes "he" the wife named just before ("flanked by his wife Tamsa")', () => {
    const { events } = extractText(
      'Premier Tom Reyes quit his post on Sunday.\n\nAt a short press conference on Monday, flanked by his wife Tamsa, the Kelby Party chief told voters he would go on Friday.\n\n"It was the honour of a lifetime," he said.',
      '2024-03-06',
    );
    expect(actorNames(eventWith(events, 'honour of a lifetime'))).toEqual(['Tom Reyes']);
  });

  it('reads a role that a verb acts on as a new person, not the person named before', () => {
    const { events } = extractText(
      'Ana Holt signed the decree. Kelby Mining filed for bankruptcy. Tom Reed berated the chief inspector and ordered the bus to turn round.',
      '2018-03-22',
    );
    const ordered = eventWith(events, 'ordered the bus');
    expect(actorNames(ordered)[0]).toBe('Tom Reed');
    expect(actorNames(ordered)).not.toContain('Ana Holt');
  });
});
