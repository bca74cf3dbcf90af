/**
 * Who says what over several sentences: quotations in single marks, a quotation going on into the
 * next sentence, people referred to by the title the article gave them, refusals to comment, and
 * places named after a preposition (sentences written for these tests).
 */
import { describe, expect, it } from 'vitest';
import { asDoubleQuotes, restoreMarks } from '../../electron/extract/quote-marks';
import { isNoComment } from '../../electron/extract/skip';
import { actorNames, eventWith, extractText } from './helpers';

describe('quotations in single marks', () => {
  it('reads single-mark pairs as quotations, keeps apostrophes and the length', () => {
    const text = '‘The mill’s gates will close,’ the mayor said.\nThe players’ union met.';
    const read = asDoubleQuotes(text);
    expect(read).toBe('“The mill’s gates will close,” the mayor said.\nThe players’ union met.');
    expect(read).toHaveLength(text.length);
  });

  it('leaves single marks inside a paragraph quoted in double marks as they are', () => {
    const text = '“He told me ‘no’ twice,” Ruiz said.';
    expect(asDoubleQuotes(text)).toBe(text);
  });

  it('gives the speaker after a single-mark quotation, and the quote keeps the article’s marks', () => {
    const { events } = extractText(
      'Governor Ilse Brandt opened the new bridge in Lenz on Monday.\n\n‘It is a proud day for the whole valley,’ the Governor said.',
      '2024-05-08',
    );
    const said = eventWith(events, 'proud day');
    expect(actorNames(said)).toContain('Ilse Brandt');
    expect(said?.sources.map((s) => s.quote).join(' ')).toContain('‘It is a proud day');
  });

  it('restores only the marks it changed', () => {
    expect(restoreMarks('“Go,” he said', 4, 'abc “Go,” he said', 'abc ‘Go,’ he said')).toBe('‘Go,’ he said');
    expect(restoreMarks('“Go,” he said', 0, 'x', 'y')).toBe('“Go,” he said');
  });
});

describe("quotations in an archive's two-character marks", () => {
  it("reads `` and '' as double marks, the length kept", () => {
    const text = "``The plan is worthless,'' said Gay Orme.";
    const read = asDoubleQuotes(text);
    expect(read).toBe(' “The plan is worthless,”  said Gay Orme.');
    expect(read).toHaveLength(text.length);
  });

  it('gives the speaker after such a quotation, and the quote keeps the article’s marks', () => {
    const { events } = extractText(
      'Commissioners approved the plan on Monday.\n\n``This is not worth the paper it is printed on,`` said farm owner Gay Orme.',
      '2024-05-08',
    );
    const said = eventWith(events, 'worth the paper');
    expect(actorNames(said)).toEqual(['Gay Orme']);
    expect(said?.sources[0]?.quote).toBe(
      '``This is not worth the paper it is printed on,`` said farm owner Gay Orme.',
    );
  });
});

describe('quotations that close on their own stop or on two apostrophes', () => {
  it('reads a plain opening mark closed by two apostrophes as one quotation', () => {
    const { events } = extractText(
      "A flood reached the farms of Kelby on Saturday.\n\n\"We've lost the whole harvest,'' Tom Parrish said.",
      '2024-05-08',
    );
    const said = eventWith(events, 'the whole harvest');
    expect(actorNames(said)).toEqual(['Tom Parrish']);
    expect(said?.title).toContain('Tom Parrish said');
  });

  it('keeps an attribution after a quotation closed with its stop ("…." Dunmore said.) with it', () => {
    const { events } = extractText(
      'The library shut its doors on Monday.\n\n"Nobody told us about the shutdown." Dunmore said.',
      '2024-05-08',
    );
    const said = eventWith(events, 'about the shutdown');
    expect(said?.sources[0]?.quote).toBe('"Nobody told us about the shutdown." Dunmore said.');
    expect(actorNames(said)[0]).toBe('Dunmore');
    expect(events.some((e) => e.title === 'Dunmore said')).toBe(false);
  });

  it('keeps the one who tells as the speaker, not the paper told, when a role is set off after the name', () => {
    const { events } = extractText(
      'Olaf Brenner, a deputy, told The Kelby Herald on Monday that the council would act.\n\n"We will not wait," Ivo Marek, a councillor, told the Kelby Herald.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'council would act'))[0]).toBe('Olaf Brenner');
    const said = eventWith(events, 'will not wait');
    expect(said?.title).toBe('Ivo Marek told: “We will not wait”');
    expect(actorNames(said)).toEqual(['Ivo Marek', 'Kelby Herald']);
  });

  it('titles a statement told to someone after it by what was told', () => {
    const { events } = extractText(
      'The Kelby pool will close for the winter, Olaf Brenner told reporters on Monday.',
      '2024-05-08',
    );
    expect(events.map((e) => e.title)).toEqual([
      'Olaf Brenner told reporters: The Kelby pool will close for the winter',
    ]);
  });

  it('reads "Gov." before a name as a title, not a body', () => {
    const { events } = extractText(
      '"The dam held, and that saved us," said Gov. Ben Tarrow on Sunday.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'dam held'))).toEqual(['Ben Tarrow']);
  });
});

describe('statements over several sentences', () => {
  it('makes a quotation going on into the next paragraph part of the same statement', () => {
    const { events } = extractText(
      'Union leader Marta Solis said the talks had failed.\n\n"We want very little. This offer is nothing at all," she said.',
      '2024-05-08',
    );
    const said = events.filter((e) => actorNames(e).includes('Marta Solis'));
    expect(said).toHaveLength(1);
    expect(said[0]?.sources.map((s) => s.quote).join(' ')).toContain('nothing at all');
  });

  it('keeps a quotation going on into the next paragraph apart when it tells an act done', () => {
    const { events } = extractText(
      'Union leader Marta Solis said the talks had failed.\n\n"We have filed a complaint with the labour board," she said.',
      '2024-05-08',
    );
    const said = events.filter((e) => actorNames(e).includes('Marta Solis'));
    expect(said).toHaveLength(2);
    expect(said.map((e) => e.sources.length)).toEqual([1, 1]);
  });

  it('dates an undated statement by the day its quotation in the next paragraph was said, as one statement', () => {
    // (published on a Wednesday: "on Monday" is two days before)
    const { events } = extractText(
      'Treasurer Ana Holt says the harbour levy will pay for new ferries.\n\n"Every cent goes to the boats," she told reporters on Monday.',
      '2024-05-08',
    );
    const said = events.filter((e) => actorNames(e).includes('Ana Holt'));
    expect(said).toHaveLength(1);
    expect(said[0]?.sources).toHaveLength(2);
    expect(said[0]?.start).toBe('2024-05-06');
  });

  it('keeps a quotation said months before its statement apart', () => {
    const { events } = extractText(
      'Treasurer Ana Holt says the harbour levy will pay for new ferries.\n\n"Every cent goes to the boats," she told reporters in February.',
      '2024-05-08',
    );
    expect(events.filter((e) => actorNames(e).includes('Ana Holt'))).toHaveLength(2);
  });

  it('titles a quotation begun in the sentence before with its first word whole', () => {
    const { events } = extractText(
      'Coach Rafa Ortiz praised his team on Sunday.\n\n"We played well. Everyone worked hard for this win," Ortiz said.',
      '2024-05-08',
    );
    const titles = events.map((e) => e.title).join(' | ');
    expect(titles).not.toMatch(/“veryone/);
  });

  it('takes "the pope", "the Governor" as the person the article gave that title', () => {
    const { events } = extractText(
      'President Lena Okafor signed the water bill on Tuesday. Separately, senator Paul Dreyer criticised the budget.\n\nThe president said the bill would bring clean water to every town.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'bring clean water'))).toContain('Lena Okafor');
  });

  it('makes "as the magistrate said …" a statement of the one the article gave that role', () => {
    const { events } = extractText(
      'Senior Magistrate Dawn Orlan heard the case on Thursday. The defendants were not allowed to plead as the magistrate said she had not been notified of the charge.',
      '2024-07-19',
    );
    const said = eventWith(events, 'had not been notified');
    expect(said?.actors[0]?.name).toBe('Dawn Orlan');
    expect(said?.title).toMatch(/said she had not been notified/);
  });

  it('leaves a clause of time whose subject the article described before as background, when it tells no statement', () => {
    const { events } = extractText(
      'Users can fill the Rokal phone with songs from their Veska library.\n\nThe Rokal phone pauses music automatically when users take a call and offers the ability to listen to music while messaging.',
      '2024-07-19',
    );
    const call = events.filter((e) => e.sources.some((x) => x.quote.includes('take a call')));
    expect(call.map((e) => e.actors[0]?.name)).not.toContain('Users');
  });

  it('makes a confirmation of the news on the news’s own day a source of that event', () => {
    const { events } = extractText(
      'The writer Ola Berg has died at the age of 88.\n\nHe wrote twelve novels.\n\nNorrland Press confirmed the news at noon on Tuesday, May 7, 2024.',
      '2024-05-07',
    );
    const died = eventWith(events, 'has died');
    expect(died?.sources.map((s) => s.quote).join(' ')).toContain('confirmed the news');
  });
});

describe('no comment', () => {
  it('takes a reporter who heard nothing as no event, but a refusal to comment as an act', () => {
    expect(isNoComment('Varro Inc. did not immediately respond to a request for comment.')).toBe(true);
    expect(isNoComment('The minister could not be reached for comment.')).toBe(true);
    expect(isNoComment('The company did not comment on the report.')).toBe(true);
    expect(isNoComment('A spokesman for the ministry declined to comment.')).toBe(false);
    expect(isNoComment('The company had no immediate comment.')).toBe(false);
    expect(isNoComment('He declined to comment, but said the plant would close in March.')).toBe(false);
    expect(isNoComment('The mayor refused to resign.')).toBe(false);
    expect(
      isNoComment('He spoke on condition of anonymity because he was not authorized to discuss the talks.'),
    ).toBe(true);
    expect(
      isNoComment('Two officials, speaking on condition of anonymity, said the plant would close.'),
    ).toBe(false);
  });
});

describe('a refusal to comment', () => {
  it('is an act of the one who declines', () => {
    const { events } = extractText(
      'The Marlow Museum declined to comment on the claim at the time and it is unclear if the sale will go ahead.',
      '2024-05-08',
    );
    expect(eventWith(events, 'declined to comment')?.actors[0]?.name).toBe('Marlow Museum');
  });
});

describe('places after a preposition', () => {
  it('takes the whole place name as no actor, keeps a person named after "from"', () => {
    const { events } = extractText(
      'The roof at Dunmore Castle collapsed on Monday.\n\nThe goal came from a pass from Tomas Brenner. Brenner scored again later.',
      '2024-05-08',
    );
    expect(events.flatMap(actorNames)).not.toContain('Castle');
    expect(actorNames(eventWith(events, 'scored again'))).toContain('Tomas Brenner');
  });

  it('takes one word no list knows after "in" or "at" as the place, not an actor', () => {
    const { events } = extractText(
      'Tomas Brenner, who lives in Kradno, said the plan would fail.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'plan would fail'))).toEqual(['Tomas Brenner']);
  });

  it('takes the towns of a route as its stops, not actors, where the sentence tells of travel', () => {
    const { events } = extractText(
      'Kelby Ferry Company said on Monday that sailings between Tarvo, Mallin and Varna were cancelled. Kelby Ferry Company will run extra sailings from Tarvo to Varna on Friday. Tarvo Council thanked the crews.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'were cancelled'))).toEqual(['Kelby Ferry Company']);
    expect(actorNames(eventWith(events, 'extra sailings'))).toEqual(['Kelby Ferry Company']);
    expect(actorNames(eventWith(events, 'thanked the crews'))).toEqual(['Tarvo Council']);
  });
});

describe('subjects set off from the sentence', () => {
  it('takes a place the sentence opens with as the setting, not the doer', () => {
    const { events } = extractText('In Lisbon, the minister remained defiant.', '2024-05-08');
    const doers = events.flatMap((e) => e.actors.filter((a) => a.role === 'source').map((a) => a.name));
    expect(doers.filter((a) => /Lisbon|Portugal/.test(a))).toEqual([]);
  });

  it('takes the name set beside a role, after its titles, as the subject', () => {
    const { events } = extractText(
      'The chairman of the inquiry, former US Senator Hanna Weir, paid tribute to all those who had taken part.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'paid tribute'))[0]).toBe('Hanna Weir');
  });
});

describe('disasters', () => {
  it('takes what a disaster did to a place as an event of that day', () => {
    const { events } = extractText(
      'A strong earthquake shook Albania on Tuesday, leveling homes in the north.',
      '2024-05-08',
    );
    const quake = eventWith(events, 'earthquake shook');
    expect(quake?.start).toBe('2024-05-07');
    expect(actorNames(quake)).toContain('Albania');
  });
});

describe('a sentence that goes on with the one before', () => {
  it('merges the next sentence about the same actor told by a description, not by "he"', () => {
    const { events } = extractText(
      'Tarvik Mining closed its two pits on Monday. Facing its worst year since 1989, the company is cutting 400 jobs.\n\nBroker Piet Olsen went on trial in May.\n\nThe jury found Olsen guilty of making false statements. He was acquitted of submitting a false document.',
      '2024-05-08',
    );
    const closed = eventWith(events, 'closed its two pits');
    expect(closed?.sources.map((s) => s.quote).join(' ')).toContain('cutting 400 jobs');
    const acquitted = eventWith(events, 'acquitted of submitting');
    expect(acquitted).toBeDefined();
    expect(acquitted).not.toBe(eventWith(events, 'guilty of making false statements'));
  });
});

describe('people named by their role alone', () => {
  it('takes "the health minister said" as the minister’s statement, and "the minister" later as the same person', () => {
    const { events } = extractText(
      'A blast hit the port on Tuesday.\n\nThe health minister said more than 20 people were hurt. The minister added that every hospital was full.',
      '2024-05-08',
    );
    const said = eventWith(events, 'more than 20 people');
    expect(actorNames(said)).toEqual(['Health minister']);
    expect(said?.sources.map((s) => s.quote).join(' ')).toContain('every hospital was full');
  });
});

describe('absolute clauses', () => {
  it('takes "…, with X accusing Y" as X’s act, but not "with X walking a fine line"', () => {
    const { events } = extractText(
      'Relations have soured, with Chile accusing Peru of breaking the fishing accord.\n\nTalks go on, with Norway walking a fine line between the two.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'accusing Peru'))[0]).toBe('Chile');
    expect(eventWith(events, 'walking a fine line')).toBeUndefined();
  });
});

describe('a quotation left unclosed, with its speaker named at the end', () => {
  it('is the speaker’s statement', () => {
    const { events } = extractText(
      'Councillor Ian Marrow spoke first. “By all the evidence, we are not a city at all, explained Mr Marrow.',
      '2006-09-20',
    );
    const said = eventWith(events, 'By all the evidence');
    expect(said?.actors[0]?.name).toBe('Ian Marrow');
    expect(said?.title).toMatch(/^Ian Marrow explained: “By all the evidence/);
  });
});

describe('speakers named with their role', () => {
  it('"…, said Transport Minister Joe Mizzi, with …": an attribution inside the sentence, after the title', () => {
    const { events } = extractText(
      'The new routes will start in phases, said Transport Minister Joe Mizzi, with four phases in all.',
      '2015-09-01',
    );
    const e = eventWith(events, 'new routes');
    expect(actorNames(e)[0]).toBe('Joe Mizzi');
    expect(e?.title).toMatch(/^Joe Mizzi said/);
  });

  it('"…,” said Harbour Hawks general manager Ian Pryce: the person the body\'s role names speaks', () => {
    const { events } = extractText(
      '"This decision is something I agonized over," said Harbour Hawks general manager Ian Pryce.',
      '1998-06-15',
    );
    expect(actorNames(eventWith(events, 'agonized'))[0]).toBe('Ian Pryce');
  });

  it('"Astronomer George Gatewood said": a person\'s noun before the name is no part of it', () => {
    const { events } = extractText(
      'Astronomer Hilde Varga said the comet would return in 2061.',
      '2015-09-01',
    );
    expect(actorNames(eventWith(events, 'comet'))[0]).toBe('Hilde Varga');
  });

  it('"Varga and others say …": the named person speaks for the others joined to her', () => {
    const { events } = extractText(
      'Hilde Varga of the Konkoly Observatory was cautious. Varga and others say the comet may break apart before it returns.',
      '2015-09-01',
    );
    expect(actorNames(eventWith(events, 'break apart'))[0]).toBe('Hilde Varga');
  });
});

describe('the outlet a statement was made to', () => {
  it('is no actor of it: "told Harbour News that …"', () => {
    const { events } = extractText(
      'Union leader Ana Costa told Harbour News that the workers would not return.',
      '2024-09-26',
    );
    expect(actorNames(eventWith(events, 'would not return'))).toEqual(['Ana Costa']);
  });
});

describe('a currency before an amount', () => {
  it('is no actor: "insured for HUF 150bn", "return KD 81 million"', () => {
    const { events } = extractText(
      'The paintings are insured for more than HUF 150bn, museum director Ida Brandt said. The court ordered the firm to return KD 81 million on Monday.',
      '2006-11-02',
    );
    const names = events.flatMap(actorNames);
    expect(names).not.toContain('HUF');
    expect(names).not.toContain('KD');
  });
});

describe('a quotation opened by a single mark and closed by a double one', () => {
  it('is read as a quotation: its speaker says it', () => {
    const { events } = extractText(
      'Minister Ana Vuki announced the reopening of schools. Vuki reiterates that ‘We should all stand united and look forward to the new school year.”',
      '2024-01-27',
    );
    const said = eventWith(events, 'stand united');
    expect(actorNames(said)[0]).toBe('Ana Vuki');
    expect(said?.title).toMatch(/^Ana Vuki reiterates: “We should all stand united/);
  });
});

describe('attributions without quotation marks', () => {
  it('takes the speaker after a title with "of", and a verb of saying after a comma as no copula', () => {
    const { events } = extractText(
      'The new rota is not enough to staff the wards, says Minister of Health Irma Solberg (Labour).',
      '2024-05-08',
    );
    const e = eventWith(events, 'staff the wards');
    expect(e?.actors[0]).toMatchObject({ name: 'Irma Solberg', role: 'source' });
  });

  it('takes an attribution set off by commas inside the sentence', () => {
    const { events } = extractText(
      'The harvest fair, said organiser Tomas Brandl, is “the one week of the year when every farm in the valley opens its gates to visitors.”',
      '2024-05-08',
    );
    expect(eventWith(events, 'harvest fair')?.actors[0]).toMatchObject({
      name: 'Tomas Brandl',
      role: 'source',
    });
  });

  it('takes "according to" a titled source at the end of the sentence, with or without a comma', () => {
    const { events } = extractText(
      'Transport Minister Edda Lind opened the depot on Monday.\n\nTwelve new buses will be added each month according to Ms Lind.',
      '2024-05-08',
    );
    const e = eventWith(events, 'Twelve new buses');
    expect(e?.actors[0]).toMatchObject({ name: 'Edda Lind', role: 'source' });
    expect(e?.title).toMatch(/^Edda Lind: Twelve new buses/);
  });

  it('ends no title on the speaker’s title cut from the name after it', () => {
    const { events } = extractText(
      'The ferry will stop on Friday, Chairman Tor Vettenby said.',
      '2024-05-08',
    );
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e.title).not.toMatch(/,?\s*Chairman$/);
  });
});

describe('"report to" and "report for"', () => {
  it('reads going or answering to someone as an act, dated by the day after a place name', () => {
    const { events } = extractText(
      'Former mayor Ivo Renn will report to a prison in Tarvik, Lorrania on September 8.',
      '2024-07-09',
    );
    expect(eventWith(events, 'report to a prison')).toMatchObject({
      start: '2024-09-08',
      modality: 'planned',
    });
  });
});

describe('a speaker’s next sentence', () => {
  it('joins a stance argued by a pronoun, keeps a new statement apart', () => {
    const { events } = extractText(
      'Mayor Lena Sorvik said the ferry fares would rise in June. She claims that the rise is the only way to keep the service.\n\nHarbour master Ivo Tarn said two cranes had failed. He said the new berth would open in the autumn.',
      '2024-05-08',
    );
    const fares = eventWith(events, 'ferry fares would rise');
    expect(fares?.sources.map((s) => s.quote).join(' ')).toContain('only way to keep the service');
    const berth = eventWith(events, 'new berth would open');
    expect(berth).toBeDefined();
    expect(berth).not.toBe(eventWith(events, 'two cranes had failed'));
  });
});

describe('a speaker named after the role', () => {
  it('is the person whose name follows the role and a comma', () => {
    const { events } = extractText(
      '“The water took everything,” said a Kelby resident, Ivo Marek.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'took everything'))).toEqual(['Ivo Marek']);
  });
});

describe('a speaker named after the body they belong to, in the possessive', () => {
  it('is the person, with the body beside them', () => {
    const { events } = extractText(
      'Court news\n\n“We welcome the judgement, but we hoped for more,” said Kelby Party’s Ravi Ostrand Mehr.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'We welcome the judgement'))).toEqual([
      'Ravi Ostrand Mehr',
      'Kelby Party',
    ]);
  });
});

describe('an attribution set off inside what was said', () => {
  it('titles "The levy, Ana Holt said, will pay for …" by both parts of what was said', () => {
    const { events } = extractText(
      'The levy, Ana Holt said, will pay for new ferries. The tolls, she added, speaking in Dunmore, were too low.',
      '2024-05-08',
    );
    expect(eventWith(events, 'The levy')?.title).toBe('Ana Holt said: The levy will pay for new ferries');
    expect(eventWith(events, 'The tolls')?.title).not.toContain('speaking');
  });

  it('leaves out a word that links the sentence to the one before ("Meanwhile, Ana Holt said, …")', () => {
    const { events } = extractText(
      'Meanwhile, Ana Holt said, the ferries will run late all week.',
      '2024-05-08',
    );
    expect(eventWith(events, 'run late')?.title).toBe('Ana Holt said: The ferries will run late all week');
  });

  it('titles a statement after a day restated in brackets by what was said', () => {
    const { events } = extractText(
      'The Kelby Party said on Friday (May 3) it had carried the count.',
      '2024-05-06',
    );
    expect(eventWith(events, 'carried the count')?.title).toBe('Kelby Party said it had carried the count');
  });

  it('titles "told reporters: “…”" by the quotation, its first words ending on no comma', () => {
    const { events } = extractText(
      'As he left the hall, Tom Reyes told reporters: “Soon, once the hearing ends, we will sail again.”',
      '2024-05-06',
    );
    expect(eventWith(events, 'told reporters')?.title).toBe('Tom Reyes told: “Soon, once the hearing ends”');
  });
});

describe('a pronoun and its verb written as one word', () => {
  it('never makes "I’m" an actor', () => {
    const { events } = extractText(
      'Ana Holt spoke on Friday. The speech I’m giving today will be twisted tomorrow.) She then left.',
      '2024-05-06',
    );
    expect(events.flatMap((e) => actorNames(e))).not.toContain('I’m');
  });
});
