/**
 * Doers an article does not name: unnamed bodies as subjects ("Officials stopped traffic"), a
 * name with a two-word head ("the Tarvo news agency"), things a dated passive tells of ("the flag
 * was lowered at 7 p.m."), a second act of the same subject ("filed … and sued …"), and states
 * that no longer exist, and every country's bodies by its demonym (sentences written for these tests).
 */
import { describe, expect, it } from 'vitest';
import { actorNames, eventWith, extractText } from './helpers';

describe('unnamed bodies as subjects', () => {
  it('names people of a place by the place ("Marlow Hill residents")', () => {
    const { events } = extractText(
      'Marlow Hill residents took the council to court on Monday.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'took the council'))[0]).toBe('Marlow Hill residents');
  });

  it('reads an upper-case place and a colon that open a story as its dateline, no actor', () => {
    const { events } = extractText(
      'TARNBY: Local scientists said Thursday the skeleton may be a new species. They have already found a second one.',
      '2024-05-08',
    );
    expect(events.flatMap((e) => e.actors.map((a) => a.name))).not.toContain('TARNBY');
    expect(eventWith(events, 'may be a new species')?.sources[0]?.quote.startsWith('TARNBY')).toBe(false);
  });

  it('reads a verb of the present after the body, which the tagger took for a plural noun', () => {
    const { events } = extractText(
      'The opposition claims the measure will outlaw coalitions. The government plans to introduce new rules.',
      '2024-05-08',
    );
    expect(eventWith(events, 'outlaw coalitions')?.title).toMatch(/^Opposition claims the measure/);
    expect(eventWith(events, 'new rules')?.title).toMatch(/^Government plans to introduce/);
  });

  it('makes "the opposition", a government no country names and "one student" the doers', () => {
    const { events } = extractText(
      'The government maintains that the law is designed to restore order. But the opposition said on Monday that the measure would outlaw coalitions. One student said he hoped the protest would change minds.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'restore order'))[0]).toBe('Government');
    expect(actorNames(eventWith(events, 'outlaw coalitions'))[0]).toBe('Opposition');
    expect(actorNames(eventWith(events, 'change minds'))[0]).toBe('One student');
  });

  it('makes a crowd counted at the opening of a sentence the doer, named by its noun', () => {
    const { events } = extractText(
      'Thousands of enraged citizens blocked the bridge on Sunday. Dozens of dock workers walked off the job.',
      '2024-05-08',
    );
    expect(eventWith(events, 'blocked the bridge')?.actors[0]).toMatchObject({
      name: 'Citizens',
      role: 'source',
    });
    expect(actorNames(eventWith(events, 'walked off the job'))[0]).toBe('Dock workers');
  });

  it('makes an official described by the words before the noun the speaker', () => {
    const { events } = extractText(
      'The yard and its union are still far apart in the talks, a union official said. A senior official said the talks would resume.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'far apart'))[0]).toBe('A union official');
    expect(actorNames(eventWith(events, 'talks would resume'))[0]).toBe('A senior official');
  });

  it("makes a plural of a body's word pinned down by its scope the doers", () => {
    const { events } = extractText(
      'The earthquake struck the capital on Thursday. Governments around the world are providing money and assistance.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'providing money'))[0]).toBe('Governments around the world');
  });

  it('makes organisations pinned down by a place the doers', () => {
    const { events } = extractText('Kelby aid organisations issued a plea for calm on Monday.', '2024-05-08');
    expect(actorNames(eventWith(events, 'plea for calm'))).toEqual(['Kelby aid organisations']);
  });

  it('makes people unnamed that open the clause after an opening phrase the doers, "men" among them', () => {
    const { events } = extractText(
      'To cover the cost, board members cut the sports budget on Monday. The men were fined on Friday.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'cut the sports budget'))[0]).toBe('Board members');
    expect(actorNames(eventWith(events, 'were fined'))[0]).toBe('Men');
  });

  it('makes a thing or person described after a place it went to or came from the doer', () => {
    const { events } = extractText(
      'A woman visitor to France left her handbag in a telephone booth. A tourist from Marvale found it an hour later.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'left her handbag'))[0]).toBe('Woman visitor');
    const found = eventWith(events, 'found it');
    expect(found).toBeDefined();
    expect(actorNames(found)).not.toContain('Marvale');
  });

  it('finds the thing that acts after an opening phrase written without its comma', () => {
    const { events } = extractText(
      'On the last day of the meeting the committee approved the budget. At least one worker walked out.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'approved the budget'))[0]).toBe('Committee');
    expect(eventWith(events, 'worker walked out')).toBeDefined();
  });

  it('takes no documents or "others" for people', () => {
    const { events } = extractText(
      'In the end, others walked out of the talks. Later, documents signed in May arrived in the office.',
      '2024-05-08',
    );
    const groups = events.flatMap((e) => e.actors.filter((a) => a.kind === 'group').map((a) => a.name));
    expect(groups).not.toContain('Documents');
    expect(groups).not.toContain('Others');
  });

  it('makes officials, authorities and a crew that act the doers of their clause', () => {
    const { events } = extractText(
      'A cargo ship struck the Harlow Bridge early on Tuesday.\n\n' +
        'Officials on the ground stopped traffic on the bridge minutes before the collision.\n\n' +
        'Implementing an emergency plan, authorities immediately shut down the ferry lines.\n\n' +
        'An official said two workers were missing.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'stopped traffic'))[0]).toBe('Officials');
    expect(actorNames(eventWith(events, 'shut down the ferry'))[0]).toBe('Authorities');
    expect(actorNames(eventWith(events, 'two workers were missing'))[0]).toBe('An official');
  });

  it('makes an unnamed body opening a clause of time its own event ("when the crew onboard notified …")', () => {
    const { events } = extractText(
      'Officials on the ground stopped traffic on the bridge when the crew onboard notified authorities they had lost power.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'stopped traffic'))).toEqual(['Officials']);
    expect(actorNames(eventWith(events, 'crew onboard notified'))[0]).toBe('Crew');
  });

  it('takes an unnamed body that is no subject as no event of its own', () => {
    const { events } = extractText('The report was sent to officials in the capital.', '2024-05-08');
    expect(events.flatMap(actorNames)).not.toContain('Officials');
  });

  it('gives "an official" the body the article named before', () => {
    const { events } = extractText(
      'Varna city officials said the talks would resume. An official said the offer had been rejected.',
      '2024-05-08',
    );
    const names = actorNames(eventWith(events, 'offer had been rejected'));
    expect(names).not.toContain('An official');
    expect(names[0]).toBe('Varna city officials');
  });
});

describe('bodies one of their kind', () => {
  it('makes "the parliament" and "the court" doers, and "the army" its country', () => {
    const { events } = extractText(
      'The new 400-member parliament chose Ana Reis president at its first session on Monday.\n\n' +
        'Chile closed its border on Tuesday. The army shelled the town on Friday.\n\n' +
        'The court ruled that the decree was void.',
      '2024-05-11',
    );
    expect(actorNames(eventWith(events, 'parliament chose'))[0]).toBe('Parliament');
    expect(actorNames(eventWith(events, 'army shelled'))[0]).toBe('Chile');
    expect(actorNames(eventWith(events, 'court ruled'))[0]).toBe('Court');
  });
});

describe('a name with a two-word head', () => {
  it('reads "the Tarvo news agency reported" as the agency reporting', () => {
    const { events } = extractText('The Tarvo news agency reported that 40 people had died.', '2024-05-08');
    expect(actorNames(eventWith(events, 'Tarvo news agency'))[0]).toBe('Tarvo');
  });
});

describe('things a dated passive tells of', () => {
  it('makes a passive with its own date an event of the thing it happened to', () => {
    const { events } = extractText(
      'The old flag over the city hall in Varna was lowered at 7:38 p.m. on Monday.',
      '2024-05-08',
    );
    const lowered = eventWith(events, 'was lowered');
    expect(lowered?.start).toBe('2024-05-06');
    // (the flag is what the title tells of, not an actor: no one named lowered it)
    expect(lowered?.title).toMatch(/^Old flag was lowered/);
    expect(actorNames(lowered)).not.toContain('Old flag');
  });

  it('keeps people and bodies a passive tells of as its actors, of their kind', () => {
    const { events } = extractText(
      'The hostages were freed on Sunday. The appeal board was convened on Monday. The rescued fisherman was flown to hospital on Tuesday.',
      '2024-05-08',
    );
    const kinds = (text: string) => eventWith(events, text)?.actors.map((a) => [a.name, a.kind]);
    expect(kinds('hostages were freed')).toEqual([['Hostages', 'group']]);
    expect(kinds('board was convened')).toEqual([['Appeal board', 'organization']]);
    expect(kinds('fisherman was flown')).toEqual([['Rescued fisherman', 'person']]);
  });

  it('dates an undated passive of a thing by its article, where the sentence tells nothing else', () => {
    const { events } = extractText('The old flag over the city hall was lowered.', '2024-05-08');
    const lowered = eventWith(events, 'was lowered');
    expect(lowered).toMatchObject({ start: '2024-05-08', basis: 'reported' });
    expect(lowered?.title).toMatch(/^Old flag/);
    expect(actorNames(lowered)).toEqual([]);
  });

  it('makes no event of a thing that only might happen, is, or sets the scene', () => {
    const { events } = extractText(
      'The old bridge over the river could collapse. The toll was high. The mood remained tense. While a curfew was imposed in the port, the ferries kept running.',
      '2024-05-08',
    );
    for (const words of ['could collapse', 'toll was high', 'remained tense', 'curfew was imposed'])
      expect(eventWith(events, words), words).toBeUndefined();
  });
});

describe('a second act of the same subject', () => {
  it('splits "filed for bankruptcy and sued a rival" into two events', () => {
    const { events } = extractText(
      'Orvell Energy filed for bankruptcy protection on Sunday and sued former partner Kestrel Gas Inc. for $2 billion.',
      '2024-05-08',
    );
    const sued = events.find((e) => e.sources.some((s) => /^sued/.test(s.quote)));
    expect(sued).toBeDefined();
    expect(actorNames(sued)).toEqual(expect.arrayContaining(['Orvell Energy', 'Kestrel Gas']));
    const filed = eventWith(events, 'filed for bankruptcy');
    expect(filed?.sources[0]?.quote).not.toMatch(/sued/);
    expect(filed?.title).toBe('Orvell Energy filed for bankruptcy protection');
    expect(actorNames(filed)).toEqual(['Orvell Energy']);
  });

  it('keeps one act told with two verbs on the same things as one event', () => {
    const { events } = extractText('Mara Lind took the ball and scored on Sunday.', '2024-05-08');
    expect(events).toHaveLength(1);
  });
});

describe('states that no longer exist', () => {
  it('knows the Soviet Union, East Germany and Burma as countries, by name and demonym', () => {
    const { events } = extractText(
      'The USSR signed the treaty on Monday. East German officials opened the border on Thursday. ' +
        'Burmese authorities arrested the reporters on Friday.',
      '1989-11-10',
    );
    expect(actorNames(eventWith(events, 'signed the treaty'))[0]).toBe('Soviet Union');
    expect(events.flatMap(actorNames)).toEqual(expect.arrayContaining(['East Germany', 'Myanmar']));
  });

  it('knows any country’s bodies by its demonym', () => {
    const { events } = extractText(
      'Chilean officials said the mine would reopen. Thai police arrested two men on Friday.',
      '2024-05-11',
    );
    expect(actorNames(eventWith(events, 'mine would reopen'))[0]).toBe('Chile');
    expect(actorNames(eventWith(events, 'arrested two men'))[0]).toBe('Thailand');
  });
});

describe('the place of an event', () => {
  it('takes a country named after "in" or "at" as the setting, not an actor of the event', () => {
    const { events } = extractText(
      'Armenia signed a trade deal with Georgia in France on Monday.',
      '2024-05-08',
    );
    const names = actorNames(eventWith(events, 'trade deal'));
    expect(names).toEqual(expect.arrayContaining(['Armenia', 'Georgia']));
    expect(names).not.toContain('France');
  });

  it('takes a country named for one of its places ("the Kenyan coast", "the capital, Nairobi") as the setting', () => {
    const { events } = extractText(
      'Armenia signed a trade deal with Georgia in the Moldovan capital, Chisinau, on Monday. The Greek navy seized a boat off the Turkish coast.',
      '2024-05-08',
    );
    const deal = actorNames(eventWith(events, 'trade deal'));
    expect(deal).toEqual(expect.arrayContaining(['Armenia', 'Georgia']));
    expect(deal).not.toContain('Moldova');
    expect(actorNames(eventWith(events, 'seized a boat'))).toEqual(['Greece']);
  });
});

describe('a body of people one collective noun names', () => {
  it('acts after "the" and before its verb ("The public voted …"), not as a modifier', () => {
    const { events } = extractText(
      'The public voted two weeks ago for a new assembly. Officials announced public health measures.',
      '2015-10-02',
    );
    expect(events.find((e) => e.sources[0]?.quote.startsWith('The public'))?.actors[0]?.name).toBe('Public');
    expect(events.flatMap((e) => e.actors.map((a) => a.name)).filter((n) => n === 'Public')).toHaveLength(1);
  });
});

describe('a bare "Government" opening the sentence before its verb', () => {
  it('is the government of the country named last', () => {
    const { events } = extractText(
      'Rail services resumed in Botswana on Monday. Government discontinued the night train in 2009 citing poor business.',
      '2016-02-09',
    );
    expect(eventWith(events, 'night train')?.actors[0]?.name).toBe('Botswana');
  });
});

describe('a body told apart by its branch', () => {
  it('"the criminal court" is not the appeals court named before it, and "the court" after it is the criminal one', () => {
    const { events } = extractText(
      'The appeals court yesterday rejected the request of the former mayor. In another case, the criminal court yesterday sentenced a local businessman to five years in prison. The court also fined him.',
      '2020-01-28',
    );
    expect(actorNames(eventWith(events, 'rejected'))[0]).toBe('Appeals court');
    expect(actorNames(eventWith(events, 'sentenced'))[0]).toBe('Criminal court');
    expect(actorNames(eventWith(events, 'fined'))[0]).toBe('Criminal court');
  });
});

describe('a thing acted on, named with a participle in its "of" phrase', () => {
  it('"A draft of the proposed rules was discussed Tuesday": an event of the day, which dates the story', () => {
    const { events } = extractText(
      'The chairman of the port authority wants wider powers for its board. A draft of the proposed rules was discussed Tuesday during a meeting of the board. Board members did not support a plan to add two seats.',
      '1990-06-27',
    );
    const draft = eventWith(events, 'A draft of the proposed rules');
    expect(draft?.start).toBe('1990-06-26');
    expect(draft?.title).toMatch(/^Draft of the proposed rules was discussed/);
    // what the article goes on to report undated happened that day too
    expect(eventWith(events, 'Board members did not support')?.start).toBe('1990-06-26');
  });
});

describe('the last resort of a sentence that tells nothing else', () => {
  it('reports a passive or a plain past of things no one named, by the noun phrase before the verb', () => {
    const { events } = extractText(
      'During the festival, free tickets are given to all pupils. Eleven old tram stops are scheduled to be closed. In this valley the old bridge was guarded by a very small patrol.',
      '2024-08-08',
    );
    expect(events.map((e) => e.title)).toEqual([
      'Free tickets are given to all pupils',
      'Old tram stops are scheduled to be closed',
      'Old bridge was guarded by a very small patrol',
    ]);
    expect(events[1]?.modality).toBe('planned');
    expect(events.every((e) => e.actors.length === 0)).toBe(true);
  });

  it('keeps another act told in the words of an earlier event as an event of its own', () => {
    const { events } = extractText(
      'Varnex gave free tickets to all pupils on Monday. Free tickets are given to all pupils of the new school by the county council.',
      '2024-08-08',
    );
    expect(events).toHaveLength(2);
    expect(eventWith(events, 'county council')?.sources).toHaveLength(1);
  });

  it('makes no event of commentary, of what may be, or of a background opening', () => {
    const { events } = extractText(
      'The international community remains divided on the best path forward. This openness has raised alarms in Tarnby. A new trial could be set. As the talks drag on, fears are growing in Varna.',
      '2024-08-08',
    );
    expect(events).toEqual([]);
  });
});

describe('people who act past an adverb', () => {
  it('takes a plural of people that opens the sentence as the doer when an adverb stands before the verb', () => {
    const { events } = extractText(
      'Councillors also debated the harbour rail link. Farmers then blocked the coast road.',
      '2024-08-08',
    );
    expect(eventWith(events, 'harbour rail link')?.actors[0]).toMatchObject({
      name: 'Councillors',
      role: 'source',
    });
    expect(eventWith(events, 'coast road')?.actors[0]).toMatchObject({ name: 'Farmers', role: 'source' });
  });

  it('makes the prosecution a body that acts, but not the thing its word names ("prosecution papers")', () => {
    const { events } = extractText(
      'The prosecution argued on Monday that Tom Rell had fled. Prosecution papers were sent to the defence in June.',
      '2024-03-05',
    );
    expect(actorNames(eventWith(events, 'argued on Monday'))[0]).toBe('Prosecution');
    expect(events.flatMap((e) => actorNames(e)).filter((n) => n === 'Prosecution')).toHaveLength(1);
  });

  it('does not make the police an actor where their word names a thing ("police patrol vans")', () => {
    const { events } = extractText(
      'Mayor Ana Velo asked shops on Monday to pay for police patrol vans.',
      '2024-03-05',
    );
    expect(actorNames(eventWith(events, 'asked shops'))).toEqual(['Ana Velo']);
  });

  it('keeps the police as the speaker where their report states something', () => {
    const { events } = extractText(
      'Tarnby police said on Monday that two men had died. The police report further notes that one man is still unaccounted for.',
      '2024-03-05',
    );
    expect(actorNames(eventWith(events, 'report further notes'))[0]).toBe('Tarnby police');
  });
});
