/**
 * The extraction stages one by one, on sentences written for these tests (none of them from a
 * tuning set): linguistic layer, clauses, names by shape, described actors, coreference, clause
 * dates, headlines, titles and merging across articles.
 */
import { describe, expect, it } from 'vitest';
import { findMentions, newActorContext } from '../../electron/extract/actors';
import { findClauses } from '../../electron/extract/clauses';
import type { SentenceView } from '../../electron/extract/sentence-view';
import { describedActors } from '../../electron/extract/described';
import { extractFile, mergeEvents } from '../../electron/extract/index';
import { namesByShape } from '../../electron/extract/names';
import { tagText } from '../../electron/extract/nlp';
import { eventTitle, finishTitle } from '../../electron/extract/title';
import { tokenize } from '../../electron/extract/tokens';
import { actorNames, eventWith, extractText } from './helpers';

function view(text: string): SentenceView {
  const tokens = tokenize(text, 0);
  const tags = tagText(text, 0);
  const ctx = newActorContext(text);
  const found = findMentions(tokens, text, 0, ctx);
  const named = [...found, ...namesByShape(tokens, found, tags, ctx.recurrent)];
  const mentions = [...named, ...describedActors(tokens, named, tags, text, 0)].sort(
    (a, b) => a.from - b.from,
  );
  return {
    tokens,
    mentions,
    gap: (a, b) => text.slice(tokens[a]?.end ?? 0, tokens[b]?.start ?? 0),
    inQuote: () => false,
    tags,
    headline: false,
  };
}
const clauseSummary = (text: string): Array<[string, string]> => {
  const v = view(text);
  return findClauses(v).map((c) => [c.subject.name, v.tokens[c.verbIndex]?.text ?? '']);
};

describe('linguistic layer', () => {
  it('tags words with their part of speech at their offsets', () => {
    const text = 'The regulator fined Brightwater Bank on Tuesday.';
    const tags = tagText(text, 100);
    expect(tags.at(100 + text.indexOf('fined'))).toBe('VERB');
    expect(tags.at(100 + text.indexOf('Brightwater'))).toBe('PROPN');
    expect(tags.at(100 + text.indexOf('regulator'))).toBe('NOUN');
  });
});

describe('linguistic layer: a common word opening a sentence', () => {
  it('reads a capitalised word opening a sentence as the noun the text writes in lower case elsewhere', () => {
    const text = 'Work was suspended at the site. The crews said work would resume. Apple Ridge said little.';
    const tags = tagText(text, 0);
    expect(tags.at(0)).toBe('NOUN');
    // (a name going on after it stays a name)
    expect(tags.at(text.indexOf('Apple'))).toBe('PROPN');
  });
});

describe('linguistic layer: a verb after a plural, read as a noun', () => {
  it('is the plural’s verb before a determiner or a pronoun, and the event is told', () => {
    const text = 'The farmers cast their votes in the Kelby town hall on Sunday.';
    expect(tagText(text, 0).at(text.indexOf('cast'))).toBe('VERB');
    const { events } = extractText(text, '2024-05-08');
    expect(actorNames(eventWith(events, 'cast their votes'))).toEqual(['Farmers']);
  });
});

describe('linguistic layer: a past form after a name, read as a noun', () => {
  it('is the name’s verb before a pronoun or a determiner, and the event is told', () => {
    const text = 'Tomas Brandvik excused himself by flying off to Oslo.';
    expect(tagText(text, 0).at(text.indexOf('excused'))).toBe('VERB');
    const { events } = extractText(text, '2008-11-28');
    expect(events.map((e) => e.title)).toEqual(['Tomas Brandvik excused himself by flying off to Oslo']);
  });
});

describe('linguistic layer: a word read as an adjective that ends a noun phrase', () => {
  it('is the noun of the phrase before an auxiliary or a comma, and an adjective after a verb', () => {
    const text =
      'The harbour fair will run until May. The organisers of the fair, called Lights, met. The weather was fair.';
    const tags = tagText(text, 0);
    expect(tags.at(text.indexOf('fair will'))).toBe('NOUN');
    expect(tags.at(text.indexOf('fair, called'))).toBe('NOUN');
    expect(tags.at(text.lastIndexOf('fair'))).toBe('ADJ');
  });
});

describe('linguistic layer: a plain verb taking "to" after a plural', () => {
  it('is the plural\'s verb ("nurses plan to strike"), and "plans to build" stays a noun', () => {
    const text = 'The nurses plan to stage a strike. The plans to build it were dropped.';
    const tags = tagText(text, 0);
    expect(tags.at(text.indexOf('plan to'))).toBe('VERB');
    expect(tags.at(text.indexOf('plans'))).toBe('NOUN');
  });
});

describe('clauses', () => {
  it('finds one clause per coordinated subject and verb, with verbs no word list names', () => {
    expect(
      clauseSummary('The Tarsa composite shed 40 points, while the Hang Seng Index edged up 12 points.'),
    ).toEqual([
      ['Tarsa', 'shed'],
      ['Hang Seng Index', 'edged'],
    ]);
  });

  it('finds a second clause after "and" with a name and a past verb of its own, not a second name of one subject', () => {
    expect(clauseSummary('The Senate voted 27-9 and the House voted 135-7 in favor of the bill.')).toEqual([
      ['Senate', 'voted'],
      ['House', 'voted'],
    ]);
    expect(clauseSummary('The Varnel Fund and the Ostra Bank held their meetings on Monday.')).toHaveLength(
      1,
    );
  });

  it('gives a clause that opens on its verb the subject of the clause before', () => {
    const v = view('Orlen Energy opened lower, then recovered to close up 2%.');
    const clauses = findClauses(v);
    expect(clauses.map((c) => [c.subject.name, v.tokens[c.verbIndex]?.text, c.shared])).toEqual([
      ['Orlen Energy', 'opened', false],
      ['Orlen Energy', 'close', true],
    ]);
  });

  it('reads a word the tagger takes for a noun between two names as their verb, and a name beside a role as the subject', () => {
    expect(clauseSummary('The Ardent Group retook Port Velan in March.')).toEqual([
      ['Ardent Group', 'retook'],
    ]);
    const { events } = extractText(
      'Orvik Mining named a new board in May. The firm’s former finance chief, Tamsin Reyes, was acquitted of fraud. Reyes left the court.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'was acquitted'))[0]).toBe('Tamsin Reyes');
  });

  it('still gives a sentence with a named actor before its past verb an event, but not commentary', () => {
    const { events } = extractText(
      'A meeting of the Orvik Council on Monday decided to close the old mine. Recent statements from Orvik officials have deepened these concerns.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'decided to close'))[0]).toBe('Orvik Council');
    expect(eventWith(events, 'deepened')).toBeUndefined();
  });

  it('takes a disaster that struck as an event at the place it struck, dated or not', () => {
    const { events } = extractText(
      'Fires raged out of control in the port of Valmora, in Portugal. Officials fear a long summer.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'Fires raged'))).toContain('Portugal');
    expect(eventWith(events, 'long summer')).toBeUndefined();
  });

  it('takes a currency or a commodity’s prices that moved as a market, not a pound of flour', () => {
    const { events } = extractText(
      'The pound slid 4 percent against the euro on Friday. Wheat prices, meanwhile, climbed to a record. Farmer Ivo Marek bought a pound of flour.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'slid'))[0]).toBe('British pound');
    expect(actorNames(eventWith(events, 'climbed'))[0]).toBe('Wheat prices');
    expect(actorNames(eventWith(events, 'flour'))).not.toContain('British pound');
  });

  it('reads a country’s letters joined to a currency sign as money, not the country', () => {
    const { events } = extractText(
      'Ivo Marek sold the estate for US$30 million on Friday. Mara Vell paid HK$5 million for the flat on Monday.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'sold the estate'))).toEqual(['Ivo Marek']);
    expect(actorNames(eventWith(events, 'paid'))).toEqual(['Mara Vell']);
  });

  it('reads the main clause after a relative clause set off by commas, each at its own date', () => {
    expect(
      clauseSummary('Mayor Ilse Brand, who was sworn in on Saturday, named Tamsin Reyes as treasurer.'),
    ).toEqual([
      ['Ilse Brand', 'sworn'],
      ['Ilse Brand', 'named'],
    ]);
    // a relative clause in the present describes; the main clause after it keeps its subject
    expect(
      clauseSummary('Judge Tamsin Reyes, who is presiding over the case, is expected to declare a mistrial.'),
    ).toEqual([['Tamsin Reyes', 'declare']]);
    const { events } = extractText(
      'Mayor Ilse Brand, who was sworn in on Saturday, spent Monday meeting the town council.\n\n“We start today,” Brand, who won by 40 votes, told reporters.',
      '2024-05-08',
    );
    expect(eventWith(events, 'spent Monday')).toMatchObject({ start: '2024-05-06' });
    expect(eventWith(events, 'was sworn in')).toMatchObject({ start: '2024-05-04' });
    // the statement keeps its whole sentence, the aside inside it included
    expect(eventWith(events, 'told reporters')?.sources[0]?.quote).toMatch(
      /^“We start today,” Brand, who won/,
    );
  });

  it('keeps a clause of another actor before the main verb, with a verb no word list names', () => {
    const { events } = extractText(
      'Angry protesters danced in the square of Tern Valley on Friday at news the Orvik Council had fallen.',
      '2024-05-08',
    );
    const fallen = events.find((e) => e.actors[0]?.name === 'Orvik Council');
    const danced = events.find((e) => e.actors[0]?.name === 'Angry protesters');
    expect(fallen?.title).toBe('Orvik Council had fallen');
    expect(danced?.title).toBe('Angry protesters danced in the square of Tern Valley on Friday');
    expect(danced?.start).toBe('2024-05-03');
  });

  it('takes no owning or object pronoun for a subject', () => {
    const { events } = extractText(
      'Halvard Foods opened its new store on Friday. Some shoppers had trouble finishing their orders online.',
      '2024-05-08',
    );
    expect(events).toHaveLength(1);
    expect(eventWith(events, 'their orders')).toBeUndefined();
  });

  it('marks a passive clause and a negated one', () => {
    const passive = view('Governor Lydia Marsh was questioned by investigators for six hours.');
    expect(findClauses(passive)[0]).toMatchObject({ passive: true });
    const negated = view('Tamsin Reyes did not attend the hearing.');
    expect(findClauses(negated)[0]).toMatchObject({ modality: 'negated' });
  });

  it('leaves out the background of an opening "As …" clause and a relative clause with its own subject', () => {
    expect(clauseSummary('As prices keep climbing, the Ostrava Council cut its budget.')).toEqual([
      ['Ostrava Council', 'cut'],
    ]);
    // (an opening clause with a past verb is a clause of its own, its thing no event undated)
    expect(clauseSummary('As prices climbed, the Ostrava Council cut its budget.')).toEqual([
      ['Prices', 'climbed'],
      ['Ostrava Council', 'cut'],
    ]);
    expect(
      extractText('As prices climbed, the Ostrava Council cut its budget.', '2024-05-08').events,
    ).toHaveLength(1);
    expect(clauseSummary('Ravi Menon praised the treaty, which he called historic.')).toEqual([
      ['Ravi Menon', 'praised'],
    ]);
  });
});

describe('modality', () => {
  it('marks negated, planned and reported events, and a merged event asserted by one report is asserted', () => {
    const { events } = extractText(
      'Tamsin Reyes did not attend the hearing. The Orvik Council is expected to approve the budget. Orvik Mining reportedly sold its smelter.',
      '2024-05-08',
    );
    expect(eventWith(events, 'did not attend')?.modality).toBe('negated');
    expect(eventWith(events, 'expected to approve')?.modality).toBe('planned');
    expect(eventWith(events, 'reportedly sold')?.modality).toBe('reported');
    const neither = extractText(
      'Neither Tamsin Reyes nor the Orvik Council commented on the budget.',
      '2024-05-08',
    );
    expect(eventWith(neither.events, 'commented')?.modality).toBe('negated');
    const denied = mergeEvents([
      ...extractText('Orvik Mining did not sell its smelter to Halden Metals.', '2024-05-08', 'a.md').events,
      ...extractText('Orvik Mining sold its smelter to Halden Metals.', '2024-05-08', 'b.md').events,
    ]);
    expect(denied).toHaveLength(2);
    const both = mergeEvents([
      ...extractText('Orvik Mining reportedly sold its smelter to Halden Metals.', '2024-05-08', 'a.md')
        .events,
      ...extractText('Orvik Mining sold its smelter to Halden Metals.', '2024-05-08', 'b.md').events,
    ]);
    expect(both).toHaveLength(1);
    expect(both[0]?.modality).toBeUndefined();
  });

  it('dates a planned act at the day ahead it is planned for', () => {
    const { events } = extractText(
      'Tamsin Reyes is scheduled to be sentenced on Oct. 6. Ilse Brand will take office on June 30 when Mayor Ansel Dorn stands down.',
      '2024-05-08',
    );
    expect(eventWith(events, 'scheduled to be sentenced')).toMatchObject({
      modality: 'planned',
      start: '2024-10-06',
    });
    expect(eventWith(events, 'take office')).toMatchObject({ modality: 'planned', start: '2024-06-30' });
  });
});

describe('quotations and their speakers', () => {
  it('takes the speaker of any verb told right at the quotation, not only verbs of saying', () => {
    const { events } = extractText(
      'Talks on the harbour ended on Monday. “Nobody will lose a job here,” promised Governor Lena Farrow. “We will not give up,” the unions vowed.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'Nobody will lose'))[0]).toBe('Lena Farrow');
    expect(eventWith(events, 'Nobody will lose')?.title).toMatch(
      /^Lena Farrow promised: “Nobody will lose a job here”/,
    );
  });
});

describe('actors by shape and context', () => {
  it('takes a run of proper nouns the gazetteer does not know for a name, digits included', () => {
    const names = view('The Merval 45 index and Caldera Pharmaceuticals Group both fell.').mentions.map(
      (m) => m.name,
    );
    expect(names).toEqual(expect.arrayContaining(['Merval 45', 'Caldera Pharmaceuticals Group']));
  });

  it('reads a titled person as a person and a title alone as no one', () => {
    const v = view('Chief Inspector Hamid Rostami said Director-General approval was pending.');
    const rostami = v.mentions.find((m) => m.name.endsWith('Rostami'));
    expect(rostami?.kind).toBe('person');
    expect(v.mentions.map((m) => m.name)).not.toContain('Director-General');
  });

  it('keeps the particles of a name and knows the surname without them later', () => {
    const { events } = extractText(
      'Prime Minister Karim al-Farouk met Ursula van der Berge on Monday. Farouk said the talks were frank.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'met Ursula'))[0]).toBe('Karim al-Farouk');
    expect(eventWith(events, 'met Ursula')?.title).toBe('Karim al-Farouk met Ursula van der Berge');
    expect(actorNames(eventWith(events, 'talks were frank'))[0]).toBe('Karim al-Farouk');
  });

  it('makes a described body an actor only when something pins it down', () => {
    const pinned = view('Brazilian stock markets rallied, and police in Recife arrested two men.').mentions;
    expect(pinned.map((m) => m.name)).toEqual(
      expect.arrayContaining(['Brazilian stock markets', 'Recife police']),
    );
    expect(view('Markets rallied and officials cheered.').mentions).toEqual([]);
    expect(view('Veldanian artillery shelled two villages.').mentions.map((m) => m.name)).toEqual([
      'Veldanian artillery',
    ]);
    expect(view('The artillery shelled two villages.').mentions).toEqual([]);
  });

  it('makes a body that acts unnamed an actor, the one the article pinned down before', () => {
    const { events } = extractText(
      'Firefighters in Moravel evacuated the mill on Sunday.\n\nOn Monday, firefighters searched the river banks. Thousands of protesters marched to the town hall.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'evacuated the mill'))[0]).toBe('Moravel Firefighters');
    expect(actorNames(eventWith(events, 'searched the river'))[0]).toBe('Moravel Firefighters');
    expect(actorNames(eventWith(events, 'protesters marched'))[0]).toBe('Protesters');
    // a few people of a body are not the body, and a name right before it is its own
    expect(view('Some protesters left early.').mentions).toEqual([]);
  });

  it('resolves "the <noun>" to the name that held that noun or came just before it', () => {
    const { events } = extractText(
      'Typhoon Ondra struck Leyte on Monday. The Orvik rover sent images on Tuesday.\n\nThe typhoon moved north on Wednesday. The rover stopped working on Thursday. The jury acquitted Tamsin Reyes on Friday.',
      '2024-05-11',
    );
    expect(actorNames(eventWith(events, 'typhoon moved'))[0]).toBe('Typhoon Ondra');
    expect(actorNames(eventWith(events, 'rover stopped'))[0]).toMatch(/^Orvik/);
    expect(actorNames(eventWith(events, 'jury acquitted'))[0]).toBe('Jury');
  });

  it('reads a word of an earlier name that opens a sentence alone as that name', () => {
    const { events } = extractText(
      'Prosecutors said Reyes passed the figures to Anil Varadkaran. Varadkaran was convicted in the scheme.',
      '2024-05-08',
    );
    expect(actorNames(eventWith(events, 'was convicted'))[0]).toMatch(/Varadkaran$/);
  });

  it('resolves "it" and "the index" to the market named before', () => {
    const { events } = extractText(
      'The Tadawul All Share index climbed 3% on Monday.\n\nIt then slipped 1% before the close. The index ended the week higher.',
      '2024-05-08',
    );
    const market = actorNames(eventWith(events, 'climbed 3%'))[0];
    expect(market).toMatch(/^Tadawul/);
    expect(actorNames(eventWith(events, 'It then slipped'))[0]).toBe(market);
    expect(actorNames(eventWith(events, 'The index ended'))[0]).toBe(market);
  });
});

describe('dates by clause', () => {
  it('dates each clause by the date written in it, else its article', () => {
    const { events } = extractText(
      'The Kospi fell 2% on Monday, while the Nifty 50 rose 1% on Tuesday.\n\nThe Nifty 50 rallied again.',
      '2024-05-10',
    );
    expect(eventWith(events, 'Kospi fell')).toMatchObject({ start: '2024-05-06', basis: 'relative' });
    expect(eventWith(events, 'Nifty 50 rose')).toMatchObject({ start: '2024-05-07', basis: 'relative' });
    // (Monday is four days before the paper: no story's day)
    expect(eventWith(events, 'rallied again')).toMatchObject({ start: '2024-05-10', basis: 'reported' });
  });

  it('takes an account told last ("…, according to X") as X’s, and a year of an owned thing as no date of the act', () => {
    const { events } = extractText(
      'The number of evacuees has risen to 4,000, according to the Orvik Civil Protection Agency. Tamsin Reyes defeated Ilse Brand on Sunday to add a trophy to her 2019 Orvik Open title.',
      '2024-05-08',
    );
    const account = eventWith(events, 'according to');
    expect(actorNames(account)[0]).toBe('Orvik Civil Protection Agency');
    expect(account?.title).toMatch(/evacuees/);
    expect(eventWith(events, 'defeated')?.start).toBe('2024-05-05');
  });

  it('tells a past fact named in passing as an event at its own date, not the story’s', () => {
    const { events } = extractText(
      'Tamsin Reyes beat Ilse Brand on Saturday, three years after a loss to Brand in the 2021 final. Orvik is the first town to vote since the overthrow of Mayor Ansel Dorn 12 years ago.',
      '2024-05-08',
    );
    const told = (start: string) => events.find((e) => e.sources.some((x) => x.quote.startsWith(start)));
    const loss = told('a loss to Brand');
    expect(loss?.start).toBe('2021');
    expect(loss?.precision).toBe('year');
    expect(actorNames(loss)[0]).toBe('Tamsin Reyes');
    expect(eventWith(events, 'beat Ilse Brand')?.start).toBe('2024-05-04');
    const overthrow = told('the overthrow of');
    expect(overthrow?.start).toBe('2012');
    expect(actorNames(overthrow)).toContain('Ansel Dorn');
    // a date of this week is the story's own, not a fact told in passing
    const recent = extractText(
      'Tamsin Reyes beat Ilse Brand on Saturday after a loss on Tuesday.',
      '2024-05-08',
    );
    expect(recent.events.filter((e) => e.sources.some((x) => x.quote.startsWith('a loss')))).toEqual([]);
  });

  it('leaves a date inside a contrast or an earlier cause told after the verb to that phrase', () => {
    const { events } = extractText(
      'The Orvik index ended up 1.2%, although this follows a steep fall on Tuesday. Halvard Foods cut 300 jobs after a loss in March.',
      '2024-05-10',
    );
    expect(eventWith(events, 'ended up')).toMatchObject({ start: '2024-05-10', basis: 'reported' });
    expect(eventWith(events, 'cut 300 jobs')).toMatchObject({ start: '2024-05-10', basis: 'reported' });
    const loss = events.find((e) => e.sources.some((x) => x.quote.startsWith('a loss in March')));
    expect(loss).toMatchObject({ start: '2024-03', precision: 'month' });
  });

  it('takes a date a comparison is made against as no date of the act, and no fact of its own', () => {
    const { events } = extractText(
      'The Orvik krone fell 9 percent against the euro to levels last seen in 1992. Halvard Foods shares closed 4% lower on Tuesday, their biggest one-day fall since 2009.',
      '2024-05-08',
    );
    // (undated, it happened on the story's day, which the next sentence writes)
    expect(eventWith(events, 'krone fell')).toMatchObject({ start: '2024-05-07' });
    expect(events.some((e) => e.start.startsWith('1992') || e.start.startsWith('2009'))).toBe(false);
  });

  it('keeps a background fact at its own year', () => {
    const { events } = extractText('Hollis Mining closed its Tern Valley pit in 2009.', '2024-05-08');
    expect(events[0]).toMatchObject({ start: '2009', precision: 'year' });
  });
});

describe('headlines', () => {
  it('counts the headline and merges it with the body’s report of the same event', () => {
    const { events } = extractText(
      'Varrow Motors Recalls 90,000 Cars\n\nVarrow Motors recalled 90,000 cars on Friday over faulty brakes, the company said.',
      '2024-05-08',
    );
    const recall = eventWith(events, 'recalled 90,000 cars');
    expect(events).toHaveLength(1);
    expect(recall?.sources.map((s) => s.quote)).toContain('Varrow Motors Recalls 90,000 Cars');
  });
});

describe('a headline in two parts about a colon', () => {
  it('reads the part with a verb: a label before it names no actor of the event', () => {
    const { events } = extractText(
      'Harbour Arts Awards: Maria Fenn wins best painting at crowded gala\n\nAfter a week of shows, the Harbour Arts Festival ended with its gala. The jury met for three hours before Maria Fenn was named.',
      '2016-10-15',
    );
    const headline = events.find((e) => e.sources.some((s) => s.quote.includes('wins best painting')));
    const quote = headline?.sources.find((s) => s.quote.includes('wins best painting'))?.quote;
    expect(quote).toBe('Maria Fenn wins best painting at crowded gala');
    expect(actorNames(headline)).toContain('Maria Fenn');
    expect(actorNames(headline)).not.toContain('Harbour Arts Festival');
  });
});

describe('articles pasted from a web page', () => {
  it('reads HTML tags as no words: titles and quotes without them, offsets those of the file', () => {
    const body =
      '<p>Tamsin Reyes <b>resigned</b> as mayor of <a href="https://example.org/orvik">Orvik</a> on Monday.</p>\n';
    const { events } = extractText(body, '2024-05-08');
    const e = eventWith(events, 'resigned');
    expect(e?.title).toBe('Tamsin Reyes resigned as mayor of Orvik');
    const source = e?.sources[0];
    expect(source?.quote).not.toMatch(/[<>]/);
    // the quote sits at its offsets, the tags there blanked
    expect(body.slice(source?.start, source?.end).replace(/<[^>]*>/g, (t) => ' '.repeat(t.length))).toBe(
      source?.quote,
    );
  });
});

describe('titles', () => {
  it('leaves out a time of day with the words that lead into it, not only its figures', () => {
    const { events } = extractText(
      'The doors were left open by a cleaner at about 2.30pm on March 4. Police arrested a man at around 10 p.m. on Monday near the bridge.',
      '2024-03-15',
    );
    for (const e of events) expect(e.title).not.toMatch(/\b(?:at about|at around)\b(?!\s+\d)/);
    expect(eventWith(events, 'arrested a man')?.title).toMatch(/arrested a man on Monday near the bridge/);
  });

  it('leave out a relative clause set off by commas inside what was said', () => {
    const { events } = extractText(
      'Councillor Ida Brandt said that the new ferry timetable, which will come into force in May, follows months of consultation.',
      '2015-09-01',
    );
    expect(eventWith(events, 'Councillor Ida Brandt said')?.title).toBe(
      'Ida Brandt said that the new ferry timetable follows months of consultation',
    );
  });

  it('never ends on a function word or pronoun, never cut with an ellipsis, at most 16 words', () => {
    expect(finishTitle('Darren Lowe said that the board would meet with…')).toBe(
      'Darren Lowe said that the board would meet',
    );
    const long = finishTitle(`Ana Ruiz ${'really '.repeat(30)}won`);
    expect(long.split(' ').length).toBeLessThanOrEqual(16);
    expect(finishTitle('Ravi Menon said: “We will not sign the treaty with')).toBe(
      'Ravi Menon said: “We will not sign the treaty”',
    );
    // (nor on a participle of saying whose words it cut off)
    expect(finishTitle('Ivo Marek touched on worsening traffic in the capital, saying')).toBe(
      'Ivo Marek touched on worsening traffic in the capital',
    );
  });

  it('falls back on the sentence where the clause gives no complete title', () => {
    expect(eventTitle('Researchers said', 'Researchers said they were “astonished” by the images.')).toBe(
      'Researchers said they were “astonished” by the images',
    );
    expect(eventTitle('Orvik Mining closed the pit', 'Orvik Mining closed the pit in May.')).toBe(
      'Orvik Mining closed the pit',
    );
  });

  it('cuts a long title before a phrase, never inside it', () => {
    const { events } = extractText(
      'Duarte Appeals\n\nMayor Ines Duarte criticized the delay and said the city would appeal to the regional court in Sorvik.',
      '2024-05-08',
    );
    expect(eventWith(events, 'criticized the delay')?.title).toBe(
      'Ines Duarte criticized the delay and said the city would appeal to the regional court',
    );
    expect(events.flatMap((e) => e.actors.map((a) => a.name))).toContain('Sorvik regional court');
  });

  it('shortens a title too long to read at a glance where a phrase begins, never inside a name', () => {
    // (100 characters whole: the phrase "with …" goes, not the last word of the name)
    const { events } = extractText(
      'Mayor Ines Duarte announced on Monday that Sorvik is open to talks with incoming Harbour Board chair Tomas Lindqvist.',
      '2024-05-08',
    );
    expect(eventWith(events, 'open to talks')?.title).toBe(
      'Ines Duarte announced that Sorvik is open to talks',
    );
    // (no phrase to cut before: the name goes whole)
    expect(
      finishTitle('Ravi Menon praised the patient and tireless work of Kelby Harbour Master Tomas Lindqvist'),
    ).toBe('Ravi Menon praised the patient and tireless work of Kelby Harbour Master Tomas Lindqvist');
    expect(
      finishTitle(
        'Ravi Menon praised the patient, tireless and quite remarkable work of Harbour Master Tomas Lindqvist',
      ),
    ).toBe('Ravi Menon praised the patient, tireless and quite remarkable work');
  });

  it('gives what follows the verb the words left beside who and the verb, so a short subject leaves room for its object', () => {
    const { events } = extractText(
      'Ana Ruiz said the council will give every family in the valley a free water meter next year.',
      '2024-05-10',
    );
    expect(events[0]?.title).toBe(
      'Ana Ruiz said the council will give every family in the valley a free water meter',
    );
  });

  it('never ends a title inside the name of an office', () => {
    const { events } = extractText(
      'Ana Ruiz praised the tireless and hard-working staff members of the Kelby Department of Trade.',
      '2024-05-10',
    );
    expect(events[0]?.title).toBe(
      'Ana Ruiz praised the tireless and hard-working staff members of the Kelby Department of Trade',
    );
  });

  it('never cuts a quotation inside a name', () => {
    const { events } = extractText(
      '“All five of the rivers of the Greater Tamsin Valley Basin are safe again for swimmers,” said Mayor Idris Kessler.',
      '2024-05-08',
    );
    expect(eventWith(events, 'All five')?.title).toBe(
      'Idris Kessler said: “All five of the rivers of the Greater Tamsin Valley Basin”',
    );
  });

  it('gives a quotation as many of its words as the title has room for, ending on a full phrase', () => {
    const { events } = extractText(
      'The new antenna has not been as big an issue for other phones as for this one, said Dana Whitlock of Consumer Pulse.',
      '2024-05-08',
    );
    const event = eventWith(events, 'antenna');
    expect(event?.title).toBe('Dana Whitlock said: The new antenna has not been as big an issue');
    expect(event?.actors.map((a) => a.name)).toEqual(['Dana Whitlock', 'Consumer Pulse']);
  });

  it('writes every extracted title as a complete statement', () => {
    const { events } = extractText(
      'Orlen Energy opened lower on Monday, then recovered to close up 2%. Tamsin Reyes told reporters that she would appeal the ruling to the Supreme Court of the state, which she said was unfair to her.',
      '2024-05-08',
    );
    expect(events).toHaveLength(2);
    for (const e of events) {
      expect(e.title).not.toMatch(/…$/);
      expect(e.title.split(/\s+/).length).toBeLessThanOrEqual(16);
      expect(e.title).not.toMatch(/\s(?:the|of|to|that|it|her|said)$/i);
    }
  });
});

describe('one event per story', () => {
  const file = (name: string, published: string, body: string) =>
    extractFile({ file: name, content: `---\npublished: ${published}\n---\n${body}`, origin: 'library' })
      .events;

  it('merges the same event reported by two articles into one event with both sources', () => {
    const merged = mergeEvents([
      ...file('a.md', '2024-05-08', 'Varrow Motors recalled 90,000 cars over faulty brakes.'),
      ...file(
        'b.md',
        '2024-05-08',
        'Varrow Motors has recalled 90,000 of its cars because of faulty brakes.',
      ),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.sources).toHaveLength(2);
  });

  it('makes a confirmation or announcement of the news just told a source of that event', () => {
    const { events } = extractText(
      'Ferry Line Opens\n\nNorlink Ferries opened a new route to Tallinn on Monday. Its chief, Ann Koivu, announced the development at a press conference.\n\nTomas Wick is leaving the board. Norlink Ferries confirmed that Wick had resigned.',
      '2024-05-08',
    );
    const route = eventWith(events, 'opened a new route');
    expect(route?.sources.map((s) => s.quote).join(' ')).toContain('announced the development');
    const leaving = eventWith(events, 'is leaving the board');
    expect(leaving?.sources.map((s) => s.quote).join(' ')).toContain('confirmed that Wick had resigned');
  });

  it('merges undated reports a day apart, but not the same words a month apart', () => {
    const close = mergeEvents([
      ...file('a.md', '2024-05-08', 'Varrow Motors recalled 90,000 cars over faulty brakes.'),
      ...file(
        'b.md',
        '2024-05-09',
        'Varrow Motors has recalled 90,000 of its cars because of faulty brakes.',
      ),
    ]);
    expect(close).toHaveLength(1);
    expect(close[0]?.start).toBe('2024-05-08');
    const apart = mergeEvents([
      ...file('a.md', '2024-05-08', 'Varrow Motors recalled 90,000 cars over faulty brakes.'),
      ...file(
        'b.md',
        '2024-06-09',
        'Varrow Motors has recalled 90,000 of its cars because of faulty brakes.',
      ),
    ]);
    expect(apart).toHaveLength(2);
  });

  it('keeps two events of the same actors on different days apart', () => {
    const merged = mergeEvents([
      ...file('a.md', '2024-05-08', 'Varrow Motors recalled 90,000 cars over faulty brakes on Monday.'),
      ...file('b.md', '2024-06-20', 'Varrow Motors recalled 90,000 cars over faulty brakes on Tuesday.'),
    ]);
    expect(merged).toHaveLength(2);
  });
});
