/**
 * Acts reported inside a statement with a date of their own ("the airline said it had grounded two
 * jets on Tuesday"), facts told by a past copula where no clause reads an actor ("Rui Costa was
 * third"), numbers with thousands separators inside a thing's name, unnamed spokespeople, groups
 * of people, and acts in a clause of time that dates them (sentences written for these tests).
 */
import { describe, expect, it } from 'vitest';
import { actorNames, eventWith, extractText } from './helpers';

describe('acts reported inside a statement', () => {
  it('makes a dated reported act an event of its own, and dates the statement when it was made', () => {
    const { events } = extractText(
      'Corvane Airlines said on Thursday that it had grounded two jets on Tuesday.',
      '2018-03-09',
    );
    const grounded = events.find((e) => e.sources.some((s) => /^it had grounded/.test(s.quote)));
    expect(grounded?.start).toBe('2018-03-06');
    expect(actorNames(grounded)[0]).toBe('Corvane Airlines');
    const statement = events.find((e) => e !== grounded && e.title.includes('said'));
    expect(statement?.start).toBe('2018-03-08');
  });

  it("gives the reported act to the pronoun's actor and keeps an undated one inside the statement", () => {
    const dated = extractText(
      'Senator Mira Kalden told reporters she had met the envoy three weeks ago.',
      '2018-03-09',
    );
    const met = dated.events.find((e) => e.sources.some((s) => /^she had met/.test(s.quote)));
    expect(actorNames(met)[0]).toBe('Mira Kalden');
    expect(met?.start.slice(0, 7)).toBe('2018-02');
    const undated = extractText('Senator Mira Kalden told reporters she had met the envoy.', '2018-03-09');
    expect(undated.events).toHaveLength(1);
  });
});

describe('facts with no clause that reads an actor', () => {
  it('reads a past copula of a named actor as a fact ("was third"), not a present one', () => {
    const past = extractText("Portugal's Rui Costa was third in the final sprint.", '2016-07-25');
    expect(actorNames(past.events[0])[0]).toBe('Rui Costa');
    const present = extractText("Portugal's Rui Costa is a strong sprinter.", '2016-07-25');
    expect(present.events).toHaveLength(0);
  });

  it('reads where a named actor was as a fact of its day, and not where it is', () => {
    const was = extractText('Mayor Tom Reyes was at the scene within minutes.', '2016-07-25');
    expect(actorNames(was.events[0])[0]).toBe('Tom Reyes');
    expect(was.events[0]?.start).toBe('2016-07-25');
    const is = extractText('Mayor Tom Reyes is at the scene.', '2016-07-25');
    expect(is.events).toHaveLength(0);
  });

  it('reads no fact in a clause of contrast that opens the sentence', () => {
    const { events } = extractText(
      'While Governor Ana Ruiz has backed the plan for years, many residents remain unconvinced.',
      '2016-07-25',
    );
    expect(events).toHaveLength(0);
  });

  it('reads a thing named with a number of thousands ("a town of 600,000") as a dated happening', () => {
    const { events } = extractText('A town of 40,000 was placed under curfew on Tuesday.', '2016-07-28');
    expect(eventWith(events, 'placed under curfew')?.start).toBe('2016-07-26');
  });
});

describe('unnamed spokespeople', () => {
  it('reads "a police spokesman" as the police and "a spokeswoman for the harbour" by her role', () => {
    const police = extractText('A police spokesman said on Monday that the road was open.', '2016-07-27');
    expect(actorNames(police.events[0])[0]).toBe('Police');
    const harbour = extractText(
      'A spokeswoman for the harbour said on Monday that the ferry had docked.',
      '2016-07-27',
    );
    expect(actorNames(harbour.events[0])[0]).toBe('Harbour spokeswoman');
    expect(harbour.events[0]?.start).toBe('2016-07-25');
  });

  it('reads sources pinned down by a place as a body that speaks ("diplomatic sources in Velm")', () => {
    const { events } = extractText('Diplomatic sources in Velm confirmed the talks on Monday.', '2016-07-27');
    expect(actorNames(events[0])[0]).toMatch(/sources$/);
  });
});

describe('groups of people that open a sentence', () => {
  it('reads "Farmers blocked roads" and "Dock workers walked off" as those people acting', () => {
    const farmers = extractText('Farmers blocked the roads near Velm on Monday.', '2016-07-27');
    expect(actorNames(farmers.events[0])[0]).toBe('Farmers');
    expect(farmers.events[0]?.start).toBe('2016-07-25');
    const workers = extractText('Dock workers walked off the job on Tuesday.', '2016-07-27');
    expect(actorNames(workers.events[0])[0]).toBe('Dock workers');
    // (unnamed people who only describe are colour, not a statement)
    expect(extractText('Residents described a tense Monday in Velm.', '2016-07-27').events).toHaveLength(0);
  });
});

describe('acts in a clause of time that dates them', () => {
  it('makes "until she resigned in March 2009" an event of its own, and leaves the main verb undated', () => {
    const { events } = extractText(
      'Governor Elena Marsh led the province until she resigned in March 2009.',
      '2012-04-27',
    );
    const resigned = events.find((e) => e.sources.some((s) => /^until she resigned/.test(s.quote)));
    expect(actorNames(resigned)[0]).toBe('Elena Marsh');
    expect(resigned?.start).toBe('2009-03');
    const led = events.find((e) => e !== resigned);
    expect(led?.start).toBe('2012-04-27');
    expect(led?.title).not.toMatch(/resigned/);
  });

  it('keeps an undated clause of time inside the main event', () => {
    const { events } = extractText('Governor Elena Marsh led the province until she resigned.', '2012-04-27');
    expect(events).toHaveLength(1);
  });
});

describe('quotes', () => {
  it('quotes the whole sentence for its one event, and each clause for a sentence of several', () => {
    const one = extractText("In the final sprint, Portugal's Rui Costa was third.", '2016-07-25');
    expect(one.events).toHaveLength(1);
    expect(one.events[0]?.sources[0]?.quote).toBe("In the final sprint, Portugal's Rui Costa was third.");
    const two = extractText(
      'Governor Elena Marsh led the province until she resigned in March 2009.',
      '2012-04-27',
    );
    expect(two.events.map((e) => e.sources[0]?.quote).sort()).toEqual([
      'Governor Elena Marsh led the province',
      'until she resigned in March 2009.',
    ]);
  });
});

describe('a happening told before its speaker', () => {
  it('is an event of its own at the date its words give, beside the statement', () => {
    const { events } = extractText(
      'At least 40 people were feared drowned in the sinking of a ferry off the coast on Thursday, the Orvik news agency said today.',
      '2024-05-12',
    );
    const sinking = events.find((e) => e.sources.some((x) => x.quote.endsWith('off the coast on Thursday')));
    expect(sinking).toMatchObject({ start: '2024-05-09' });
    expect(events.some((e) => e.start === '2024-05-12')).toBe(true);
  });

  it('reads "since" between an auxiliary and its verb as an adverb ("has since resigned")', () => {
    const { events } = extractText(
      'Minister Ann Lee has since resigned. Mayor Tom Rell has since been charged with fraud.',
      '2024-04-24',
    );
    expect(eventWith(events, 'since resigned')?.title).toBe('Ann Lee has since resigned');
    expect(eventWith(events, 'since been charged')?.title).toBe('Tom Rell has since been charged with fraud');
  });
});
