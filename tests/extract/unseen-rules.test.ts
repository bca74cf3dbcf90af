import { describe, expect, it } from 'vitest';
import { extractFile, mergeEvents } from '../../electron/extract/index';
import { actorNames, eventWith, extractText } from './helpers';

const kindOf = (events: ReturnType<typeof extractText>['events'], name: string): string | undefined =>
  events.flatMap((e) => e.actors).find((a) => a.name === name)?.kind;

describe('actors on news the tuning sets do not cover', () => {
  it('names no one by an amount written after its currency as one word ("Kshs40 million")', () => {
    const { events } = extractText(
      'The Kelby court fined the company Kshs40 million on Monday.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'fined'))).not.toContain('Kshs40');
  });

  it('names no one by a sentence\'s first word that is an adverb ("Moreover, the minister said")', () => {
    const { events } = extractText(
      'Moreover, the Finance Minister said on Monday the law would pass. Meanwhile, Kelby Bank said it would cut rates.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'law would pass'))).toEqual(['Finance Minister']);
    expect(actorNames(eventWith(events, 'cut rates'))).toEqual(['Kelby Bank']);
  });

  it('takes the subject of a market movement for an index or a company, never a person', () => {
    const { events } = extractText('The Korvel Average plunged 500 points on Monday.', '2024-05-08');
    expect(kindOf(events, 'Korvel Average')).toBe('organization');
  });

  it('reads "the X party" and "the X union" as organisations', () => {
    const { events } = extractText(
      'The Forward Together party won 40 seats. The Dockers union said it would strike.',
      '2024-05-08',
    );
    expect(kindOf(events, 'Forward Together')).toBe('organization');
    expect(kindOf(events, 'Dockers')).toBe('organization');
  });

  it('reads a name with an organisation word inside it as an organisation', () => {
    const { events } = extractText('The Halden Institute for Marine Studies said the reef was recovering.');
    expect(kindOf(events, 'Halden Institute for Marine Studies')).toBe('organization');
  });

  it('reads the body of "analysts at X" as an organisation', () => {
    const { events } = extractText('Analysts at Corvel Partners said the price was too high.');
    expect(events[0]?.actors[0]).toMatchObject({ name: 'Corvel Partners', kind: 'organization' });
  });

  it('does not take a capitalised ordinary word at a sentence start for a name', () => {
    const { events } = extractText(
      'Ridership fell 4 percent in May. Officials blamed the ridership fall on fares.',
    );
    // (the thing that fell, at most: no person, body or country of that name)
    const ridership = events.flatMap((e) => e.actors).filter((a) => a.name === 'Ridership');
    expect(ridership.every((a) => a.kind === 'product')).toBe(true);
  });

  it('knows a company later by its first word, but a place of the same name stays a place', () => {
    const { events } = extractText(
      'Halvorsen Foods said on Monday it had bought a dairy. Halvorsen shares rose 2 percent after a meeting in Halvorsen.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'shares rose'))).toEqual(['Halvorsen Foods']);
  });

  it('resolves "the institute" to the organisation whose name has that noun', () => {
    const { events } = extractText(
      'The Marine Research Institute of Chile warned on Monday of a red tide.\n\nOn Tuesday, the institute said the beaches would stay closed.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'beaches'))[0]).toBe('Marine Research Institute of Chile');
  });

  it('skips an aside that opens with "which" between the subject and its verb', () => {
    const { events } = extractText(
      'Harbin Steel Group, which employs thousands of workers, announced on Monday that it would close two plants.',
      '2024-05-08',
    );
    expect(events[0]).toMatchObject({
      start: '2024-05-06',
      actors: [{ name: 'Harbin Steel Group', role: 'source' }],
    });
  });
});

describe('clauses that are not events of a named actor', () => {
  it('gives no actor to what unnamed officials said', () => {
    const { events } = extractText(
      'A strong earthquake struck southern Kenya early on Monday, killing at least 14 people, officials said.',
      '2024-05-08',
    );
    // the quake is dated by Monday; Kenya said nothing
    expect(events.map((e) => [e.title.startsWith('Kenya said'), e.start])).toEqual([[false, '2024-05-06']]);
  });

  it('does not make a lead-in line of a list an event', () => {
    const { events } = extractText(
      'Turbine makers said orders rose.\n\nFigures reported so far:\n\n- 12 orders\n- 3 cancelled',
    );
    expect(events.map((e) => e.sources[0]?.quote)).not.toContain('Figures reported so far:');
    expect(events.flatMap((e) => actorNames(e))).not.toContain('Figures');
  });

  it('keeps a future act marked as planned (its weekday ahead), and neither a possible act nor the background of an as-clause', () => {
    const { events } = extractText(
      'Mayor Ines Duarte will visit the flooded district on Friday. Duarte could resign. As prices of copper rose, Ines Duarte criticized the permits.',
      '2024-05-08',
    );
    expect(events.map((e) => [e.title, e.modality ?? 'asserted', e.start])).toEqual([
      ['Ines Duarte will visit the flooded district', 'planned', '2024-05-10'],
      ['Ines Duarte criticized the permits', 'asserted', '2024-05-08'],
    ]);
  });
});

describe('dates of speech and of possessive days', () => {
  it('dates "claimed victory late on Sunday" by Sunday but not "said the vote on Sunday was fair"', () => {
    const { events } = extractText(
      'Ana Ruiz claimed victory late on Sunday.\n\nTomas Berg said the vote on Sunday was fair.',
      '2024-05-09',
    );
    expect(eventWith(events, 'victory')).toMatchObject({ start: '2024-05-05', basis: 'relative' });
    expect(eventWith(events, 'vote')).toMatchObject({ start: '2024-05-09', basis: 'reported' });
  });

  it('dates "won Sunday\'s election" by Sunday', () => {
    const { events } = extractText("The Liberal Union party won Sunday's election.", '2024-05-07');
    expect(events[0]).toMatchObject({ start: '2024-05-05', actors: [{ name: 'Liberal Union' }] });
  });
});

describe('merging paraphrases across articles', () => {
  it('merges the same deal told in other words by two outlets', () => {
    const one = extractFile({
      file: 'a.md',
      content:
        '---\npublished: 2024-05-08\n---\nArden Foods said on Tuesday it had agreed to acquire Belmont Brands for $2 billion.\n',
      origin: 'library',
    });
    const two = extractFile({
      file: 'b.md',
      content:
        '---\npublished: 2024-05-08\n---\nArden Foods has agreed to buy cereal maker Belmont Brands, the companies announced on Tuesday.\n',
      origin: 'library',
    });
    const merged = mergeEvents([...one.events, ...two.events]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.sources).toHaveLength(2);
  });

  it('keeps apart different acts of the same actors on the same day', () => {
    const one = extractFile({
      file: 'a.md',
      content: '---\npublished: 2024-05-08\n---\nArden Foods agreed on Tuesday to acquire Belmont Brands.\n',
      origin: 'library',
    });
    const two = extractFile({
      file: 'b.md',
      content: '---\npublished: 2024-05-08\n---\nArden Foods sued Belmont Brands on Tuesday over a patent.\n',
      origin: 'library',
    });
    expect(mergeEvents([...one.events, ...two.events])).toHaveLength(2);
  });
});

describe('more rules for news outside the tuning sets', () => {
  it('codes an act that a statement announces for later as an intent, not as the act', () => {
    const { events } = extractText(
      'The Dockers union said it would seek a meeting with port managers.\n\nThe Dockers union said it held talks with port managers.',
    );
    expect(eventWith(events, 'seek a meeting')?.cameo).toBe('03');
    expect(eventWith(events, 'held talks')?.cameo).toBe('04');
  });

  it('gives no CAMEO code to a happening whose actor is only named after the verb', () => {
    const { events } = extractText('A powerful storm struck northern Kenya on Monday.', '2024-05-08');
    expect(events[0]).toMatchObject({ cameo: null, start: '2024-05-06' });
  });

  it('lets "the city of X" act as X', () => {
    const { events } = extractText(
      'The city of Marlowe on Friday awarded a contract to Tessel Engineering Group.',
      '2024-05-08',
    );
    expect(events[0]?.actors[0]).toMatchObject({ name: 'Marlowe', role: 'source' });
  });

  it('reads "Its shares" as those of the organisation named last, even as a speaker\'s employer', () => {
    const { events } = extractText(
      'The Consumer Safety Board said it had received 40 complaints. Varnex chief executive Lena Holt said the company was sorry. Its shares dropped 8 percent.',
    );
    expect(actorNames(eventWith(events, 'sorry'))).toEqual(['Lena Holt']);
    expect(actorNames(eventWith(events, 'shares dropped'))).toEqual(['Varnex']);
  });

  it("joins a named speaker's quotation to the statement just before it", () => {
    const { events } = extractText(
      'Health minister Ama Boateng said clinics would open in June. “This is a good day,” she said.',
    );
    expect(events).toHaveLength(1);
    expect(events[0]?.sources).toHaveLength(2);
  });

  it('titles an event without a date word left over ("claimed victory late")', () => {
    const { events } = extractText('Ana Ruiz claimed victory late on Sunday.', '2024-05-07');
    expect(events[0]?.title).toBe('Ana Ruiz claimed victory');
  });

  it('resolves "the team" introduced as "a team … at X" and dates a report by the month after its object', () => {
    const { events } = extractText(
      'A team of engineers from the Vasser Research Institute said on Monday that the dam was safe.\n\nThe team first reported a crack in the wall in March, at a public meeting. Lars Dahl said the crack in March was small.',
      '2024-02-23',
    );
    expect(eventWith(events, 'first reported')).toMatchObject({
      start: '2023-03',
      precision: 'month',
      actors: [{ name: 'Vasser Research Institute' }],
    });
    expect(eventWith(events, 'Lars Dahl')).toMatchObject({ start: '2024-02-23', basis: 'reported' });
  });

  it('reads "X, which …" as an organisation and "X, who …" as a person', () => {
    const { events } = extractText(
      'Kestrel Mining, which employs 12,000 people, announced on Monday that it would close a pit.\n\nMara Lind, who leads the miners, criticized the plan.',
      '2024-05-08',
    );
    expect(events.map((e) => e.actors[0])).toEqual([
      { name: 'Kestrel Mining', kind: 'organization', role: 'source' },
      { name: 'Mara Lind', kind: 'person', role: 'source' },
    ]);
  });

  it('reads a name that "it" refers back to as an organisation, and "the Taiwanese company" as it', () => {
    const { events } = extractText(
      'Veltra Robotics announced on Wednesday that it will build a plant.\n\nThe Norwegian company, which makes arms for carmakers, said work would start in May.',
      '2024-09-19',
    );
    // (the statement that goes on in the next sentence may join the first: both are Veltra's)
    expect(eventWith(events, 'said work would start')?.actors[0]).toEqual({
      name: 'Veltra Robotics',
      kind: 'organization',
      role: 'source',
    });
    expect(events.map((e) => e.actors[0]?.name)).toEqual(events.map(() => 'Veltra Robotics'));
  });

  it('makes every member of "A, B and C agreed" a source, and reads "beat" and "cut" as past acts', () => {
    const { events } = extractText(
      'France, Germany and Italy agreed on Thursday to share a lithium register.\n\nKorvan Devices cut its sales forecast on Monday.\n\nDunmore Rovers beat Ashfield Town on Saturday.',
      '2025-03-07',
    );
    expect(events[0]?.actors.filter((a) => a.role === 'source')).toHaveLength(3);
    expect(eventWith(events, 'forecast')).toMatchObject({
      start: '2025-03-03',
      actors: [{ name: 'Korvan Devices' }],
    });
    expect(eventWith(events, 'Ashfield')).toMatchObject({ start: '2025-03-01' });
  });

  it('takes the dated event of a clause of time when the main clause has no named actor', () => {
    const { events } = extractText(
      'When Kestrel Mining closed the pit in 2019, the town lost 400 jobs.\n\nWhile Germany backed the plan, France rejected it on Monday.',
      '2024-05-08',
    );
    expect(events.map((e) => [e.title, e.start]).slice(0, 2)).toEqual([
      ['Kestrel Mining closed the pit', '2019'],
      ['France rejected it on Monday', '2024-05-06'],
    ]);
    // (a clause of contrast in the past is an act of its own: `contrast-clauses.test.ts`)
    expect(events.map((e) => e.title)).toContain('Germany backed the plan');
  });
});
