import { describe, expect, it } from 'vitest';
import { actorNames, extractText } from './helpers';

describe('what is not an event', () => {
  const body = [
    'Germany Backs New Trade Deal',
    'Germany signed a trade agreement with Canada on Tuesday.',
    'Key Points of the Deal',
    '| Topic | Details |',
    '|---|---|',
    '| Tariffs | Germany signed the agreement with Canada to cut tariffs. |',
    'The stakes have never been higher for European exporters.',
    'Will this agreement change the market for good?',
    'For more insights into the deal, visit the Reuters report.',
    'Share your thoughts in the comments below.',
    '“Trade must be fair for everyone,”',
  ].join('\n');
  const { events } = extractText(body, '2024-03-15');

  it('finds the event and nothing from the headline, heading, table header, boilerplate or question', () => {
    const quotes = events.flatMap((e) => e.sources.map((s) => s.quote));
    expect(events).toHaveLength(1);
    expect(quotes.some((q) => /Backs New Trade Deal|Key Points|Topic|Details/.test(q))).toBe(false);
    expect(quotes.some((q) => /Share your thoughts|For more insights|Will this agreement/.test(q))).toBe(
      false,
    );
  });

  it('takes commentary with no acting actor as no event', () => {
    const quotes = events.flatMap((e) => e.sources.map((s) => s.quote));
    expect(quotes.some((q) => q.includes('stakes have never been higher'))).toBe(false);
  });

  it('makes a table row that restates the event one of its sources', () => {
    expect(events[0]?.sources.map((s) => s.quote)).toEqual([
      'Germany signed a trade agreement with Canada on Tuesday.',
      'Germany signed the agreement with Canada to cut tariffs',
    ]);
    expect(actorNames(events[0])).toEqual(['Germany', 'Canada']);
  });

  it('skips the header of a reader comment', () => {
    const { events } = extractText(
      'Oil Spill Spreads\n\nBP said on Monday it had capped the well.\n\nAt 16:23 1st Jun 2010, Uphios wrote:\n\nThis is a disaster for the Gulf.',
      '2010-06-02',
    );
    expect(events.flatMap((e) => e.actors.map((a) => a.name))).not.toContain('Uphios');
    expect(events.map((e) => e.actors[0]?.name)).toEqual(['BP']);
  });

  it('skips a dateline under the headline', () => {
    const { events: dated } = extractText(
      'Council Votes\nMarch 3, 2024\nThe council approved the budget.',
      '2024-03-04',
    );
    // the council acts; the dateline is no part of its event
    expect(dated.map((e) => e.sources[0]?.quote)).toEqual(['The council approved the budget.']);
    const withActor = extractText('Council Votes\nMarch 3, 2024\nFrance approved the budget.', '2024-03-04');
    expect(withActor.events.map((e) => e.sources[0]?.quote)).toEqual(['France approved the budget.']);
  });

  it('skips a wire dateline whose place has an accent or an apostrophe, and its outlet is no actor', () => {
    const { events } = extractText(
      'KELB‘ARA, Tarvo (Kelby Post, December 3, 2014) – Tom Rell was elected speaker at a meeting of 14 lawmakers.\n\nSÃO VARNA, Tarvo (Kelby Post, December 3, 2014) – Ana Coll resigned on Tuesday.',
      '2014-12-03',
    );
    expect(events.map((e) => e.sources[0]?.quote)).toEqual([
      'Tom Rell was elected speaker at a meeting of 14 lawmakers.',
      'Ana Coll resigned on Tuesday.',
    ]);
    expect(events.flatMap((e) => e.actors.map((a) => a.name))).not.toContain('Kelby Post');
  });
});

describe('a quote that tells too little', () => {
  it('makes no event of a few words with no verb', () => {
    const { events } = extractText('Coach Jon Ek praised the team on Sunday. Kenya skipper.', '2024-05-08');
    const quotes = events.flatMap((e) => e.sources.map((s) => s.quote));
    expect(quotes.some((q) => q.includes('Kenya skipper'))).toBe(false);
    expect(quotes.some((q) => q.includes('praised the team'))).toBe(true);
  });

  it('keeps a short act of a named actor and a short quotation', () => {
    const { events } = extractText(
      'The Kemsey index rose 2% on Monday, and the Varo index fell 1.5%.\n\nMayor Ana Reyes said the port would reopen. “Prices are high.”',
      '2024-05-08',
    );
    const quotes = events.flatMap((e) => e.sources.map((s) => s.quote));
    expect(quotes.some((q) => q.startsWith('the Varo index fell') || q.startsWith('fell 1.5%'))).toBe(true);
    expect(quotes).toContain('“Prices are high.”');
  });

  it('takes a page’s rights notices as no event', () => {
    const { events } = extractText(
      'Tarnby police arrested a man on Monday.\n\nNo part of this story may be reproduced without written consent.\n\nAll rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
      '2024-05-08',
    );
    expect(events.map((e) => e.title)).toEqual(['Tarnby police arrested a man']);
  });

  it('makes no event of an agency’s copyright slug or a note that the story will be updated', () => {
    const { events } = extractText(
      'Tom Rell won the race on Sunday.\n\nThis article will be updated as more information becomes available.\n\nKL-SP-03-30-01 1807EST © Copyright 2001 Kelby Wire. All rights reserved.\n\nThis report by The Kelby Press was first published March 30, 2001.',
      '2001-03-30',
    );
    expect(events).toHaveLength(1);
  });

  it('makes no event of an outlet’s rights line without the copyright sign', () => {
    const { events } = extractText(
      'Tom Rell won the race on Sunday.\n\nKelby Courier 2012. All rights reserved.',
      '2012-03-30',
    );
    expect(events.map((e) => e.title)).toEqual(['Tom Rell won the race']);
  });

  it('makes no event of a line saying where a version of the article appeared', () => {
    const { events } = extractText(
      'Tom Rell won the race on Sunday.\n\nA version of this article appears in print on March 31, 2012, of The Kelby Courier.',
      '2012-03-30',
    );
    expect(events.map((e) => e.title)).toEqual(['Tom Rell won the race']);
  });

  it('makes no event of what may be, and keeps what could not be done as negated', () => {
    const { events } = extractText(
      'Tom Rell won the race on Sunday. With two wins now, Rell can enter six more races. Kelby Rail could not confirm the delay.',
      '2012-03-30',
    );
    expect(events.map((e) => e.title)).toEqual([
      'Tom Rell won the race',
      'Kelby Rail could not confirm the delay',
    ]);
    expect(events[1]?.modality).toBe('negated');
  });

  it('makes no event of a state or habit told in the simple present, and keeps a view told so', () => {
    const { events } = extractText(
      'Kelby Steel cut 200 jobs on Monday. The company employs 450 workers at its Tarvo plant. It makes steel for shipyards. Tor Berg believes the cuts will not be the last.',
      '2012-03-30',
    );
    expect(events.map((e) => e.title)).toEqual([
      'Kelby Steel cut 200 jobs',
      'Tor Berg believes the cuts will not be the last',
    ]);
  });

  it('tells a person taking or keeping a post in the present as the change it is', () => {
    const { events } = extractText(
      'Kelby Council named its new cabinet on Monday. Ana Ruiz takes the tourism portfolio. Peter Dunmore retains his seat as deputy mayor. The council employs 900 staff.',
      '2012-03-30',
    );
    expect(events.map((e) => e.title)).toContain('Ana Ruiz takes the tourism portfolio');
    expect(events.some((e) => e.title.startsWith('Peter Dunmore retains his seat'))).toBe(true);
    expect(events.some((e) => e.title.includes('employs'))).toBe(false);
  });

  it('makes no event of what a body is, one of many, told in the present', () => {
    const { events } = extractText(
      'Tom Rell won the race on Sunday. The Kelby Courier is one of the oldest newspapers in Norway. Kelby Steel was one of the few shares to rise on Monday.',
      '2012-03-30',
    );
    expect(events.map((e) => e.title)).toEqual([
      'Tom Rell won the race',
      'Kelby Steel was one of the few shares to rise',
    ]);
  });
});
