import { describe, expect, it } from 'vitest';
import { extractFile } from '../../electron/extract/index';
import { actorNames, eventWith, extractText } from './helpers';

// Sentences in the style of wire copy, none of them from the sample or dev articles.
describe('rules that hold on other news', () => {
  it('names "Bank of X" organisations whole, not as the country inside them', () => {
    const { events } = extractText(
      'Bank of America announced that it lost $2 billion in the third quarter.',
      '2009-10-16',
    );
    expect(actorNames(events[0])[0]).toBe('Bank of America');
    expect(actorNames(events[0])).not.toContain('United States');
  });

  it('makes a passive a dated event of its subject ("The Shuffle was introduced in January 2005")', () => {
    const { events } = extractText('The Shuffle was introduced in January 2005.', '2005-09-07');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ start: '2005-01', precision: 'month', basis: 'explicit' });
    expect(actorNames(events[0])).toEqual(['Shuffle']);
  });

  it('does not date an event by a date of birth', () => {
    const { events } = extractText(
      'Chief executive Ada Novak, born in Prague on March 2, 1960, announced her retirement.',
      '2011-08-24',
    );
    expect(eventWith(events, 'retirement')).toMatchObject({ start: '2011-08-24', basis: 'reported' });
  });

  it('reads "a press conference held by X" as a participle, not as X holding the event', () => {
    const { events } = extractText('The recall came after a press conference held by Toyota.', '2010-02-09');
    expect(events.filter((e) => e.actors.some((a) => a.name === 'Toyota' && a.role === 'source'))).toEqual(
      [],
    );
  });

  it('takes the subject before an aside, not the name inside it', () => {
    const { events } = extractText(
      'Maria Lopez, the Acme Corp. chief executive, announced the merger at a conference.',
      '2012-05-02',
    );
    expect(events[0]?.actors[0]).toEqual({ name: 'Maria Lopez', kind: 'person', role: 'source' });
  });

  it('does not take an actor inside a prepositional phrase as the subject', () => {
    const { events } = extractText('Tensions between Serbia and Hungary continue to rise.', '2012-05-02');
    expect(events).toEqual([]);
  });

  it('codes verbs with CAMEO roots and leaves plain business actions uncoded', () => {
    const { events } = extractText(
      'Germany condemned the attack. Poland called for new sanctions. Siemens launched a new train.',
      '2012-05-02',
    );
    expect(eventWith(events, 'condemned')?.cameo).toBe('11');
    expect(eventWith(events, 'called for')?.cameo).toBe('02');
    expect(eventWith(events, 'launched')?.cameo).toBeNull();
  });

  it('keeps negation and "attempted to" in titles', () => {
    const { events } = extractText(
      'Volvo did not sign the agreement. Turkey attempted to block the deal.',
      '2012-05-02',
    );
    expect(eventWith(events, 'Volvo')?.title).toBe('Volvo did not sign the agreement');
    expect(eventWith(events, 'Turkey')?.title).toBe('Turkey attempted to block the deal');
  });

  it('makes every actor of a joint subject a source ("Poland and Hungary voted …")', () => {
    const { events } = extractText('Poland and Hungary voted against the text.', '2023-10-06');
    expect(events[0]?.actors).toEqual([
      { name: 'Hungary', kind: 'country', role: 'source' },
      { name: 'Poland', kind: 'country', role: 'source' },
    ]);
    expect(events[0]?.title).toBe('Poland and Hungary voted against the text');
  });

  it('leaves a wire dateline and Markdown list markers out of quotes and actors', () => {
    const { events } = extractText(
      'BRUSSELS (Reuters) - Spain approved the plan on Thursday.\n- Greece welcomed the move.',
      '2023-10-06',
    );
    expect(events.map((e) => e.sources[0]?.quote)).toEqual([
      'Spain approved the plan on Thursday.',
      'Greece welcomed the move.',
    ]);
    expect(events.flatMap((e) => e.actors.map((a) => a.name))).not.toContain('Belgium');
  });

  it('leaves a dateline with the country, the day and the agency in brackets out, with or without a dash', () => {
    const { events } = extractText(
      'Port news\n\nVARNA, Bulgaria, May 16 (BTA) The port authority closed the harbour on Monday.\n\nKELBY, Norway (June 2, 1999 - Kelby Post/Nordic Wire)---Two ferries collided near the harbour, the coast guard said.',
      '1999-06-02',
    );
    expect(events.map((e) => e.sources[0]?.quote)).toEqual([
      'The port authority closed the harbour on Monday.',
      'Two ferries collided near the harbour, the coast guard said.',
    ]);
    const names = events.flatMap((e) => e.actors.map((a) => a.name));
    for (const word of ['VARNA', 'KELBY', 'Bulgaria', 'Norway', 'Kelby Post'])
      expect(names).not.toContain(word);
  });

  it('leaves out a dateline whose dash is an old wire’s underscore, or whose agency is in braces', () => {
    const { events } = extractText(
      'Port news\n\nVARNA, Bulgaria _ The port authority closed the harbour on Monday.\n\nKELBY, Norway {KNA} - Two ferries collided near the harbour, the coast guard said.',
      '1999-06-02',
    );
    expect(events.map((e) => e.sources[0]?.quote)).toEqual([
      'The port authority closed the harbour on Monday.',
      'Two ferries collided near the harbour, the coast guard said.',
    ]);
    const names = events.flatMap((e) => e.actors.map((a) => a.name));
    for (const word of ['VARNA', 'KELBY', 'Bulgaria', 'Norway']) expect(names).not.toContain(word);
  });

  it('keeps offsets right in a file with Windows line ends', () => {
    const content =
      '---\r\npublished: 2024-05-02\r\n---\r\nTalks Resume\r\n\r\nIran resumed talks on Monday.\r\n';
    const result = extractFile({ file: 'crlf.md', content, origin: 'library' });
    const body = content.slice(content.indexOf('---\r\nTalks') + 5);
    const source = result.events[0]?.sources[0];
    expect(source && body.slice(source.start, source.end)).toBe('Iran resumed talks on Monday.');
    expect(result.events[0]?.start).toBe('2024-04-29');
  });

  it('reads "Shares in X fell" as X’s event and drops company endings like AG from names', () => {
    const { events } = extractText(
      'Nordwagen AG said yesterday it would recall 200,000 vehicles. Shares in Nordwagen fell 4 percent on Thursday.',
      '2019-03-08',
    );
    expect(eventWith(events, 'recall')).toMatchObject({
      start: '2019-03-07',
      actors: [{ name: 'Nordwagen', role: 'source' }],
    });
    expect(eventWith(events, 'Shares')).toMatchObject({
      start: '2019-03-07',
      actors: [{ name: 'Nordwagen', role: 'source' }],
    });
  });

  it('dates "told reporters two days ago" by its words and names the speaker after a hyphenated title', () => {
    const { events } = extractText(
      '“We need to go further,” WHO Director-General Tedros Adhanom Ghebreyesus told reporters two days ago.',
      '2021-06-14',
    );
    expect(events[0]).toMatchObject({ start: '2021-06-12', basis: 'relative' });
    expect(events[0]?.actors[0]).toEqual({
      name: 'Tedros Adhanom Ghebreyesus',
      kind: 'person',
      role: 'source',
    });
  });

  it('makes the body a spokesman speaks for the source, and "According to X, Y did" Y’s act', () => {
    const { events } = extractText(
      'A spokesman for the Chinese embassy said the claims were false. According to the White House, Joe Biden met Vladimir Putin.',
      '2021-06-14',
    );
    expect(actorNames(eventWith(events, 'spokesman'))[0]).toBe('China');
    expect(actorNames(eventWith(events, 'According'))).toEqual([
      'Joe Biden',
      'United States',
      'Vladimir Putin',
    ]);
  });

  it('does not take common plural nouns or capitalised names for verbs or actors', () => {
    const { events } = extractText(
      'Tickets sold out within minutes. The Spaniard, who won last year’s US Open, came back. Scientists at Oxford University published a study.',
      '2023-07-17',
    );
    // ("Tickets sold out" is a happening no one named did: an event without actors)
    expect(events.map((e) => e.actors[0]?.name).filter(Boolean)).toEqual(['Oxford University']);
    expect(eventWith(events, 'sold out')?.actors).toEqual([]);
  });

  it('reads a name after a role word and an age aside ("champion Novak Djokovic", "Djokovic, 36, called")', () => {
    const { events } = extractText(
      'Carlos Alcaraz beat champion Novak Djokovic on Sunday. Djokovic, 36, called his opponent the best player he had faced.',
      '2023-07-17',
    );
    expect(eventWith(events, 'called')?.actors[0]).toEqual({
      name: 'Novak Djokovic',
      kind: 'person',
      role: 'source',
    });
    expect(eventWith(events, 'called')?.cameo).toBe('01');
  });

  it('reads "It said" as the organisation that acted before, and no other "it"', () => {
    const { events } = extractText(
      'Toyota recalled 2 million cars. It said the fault was in the brakes. It was a difficult week.',
      '2024-03-15',
    );
    expect(events.map((e) => [e.actors[0]?.name, e.sources[0]?.quote])).toEqual([
      ['Toyota', 'Toyota recalled 2 million cars.'],
      ['Toyota', 'It said the fault was in the brakes.'],
    ]);
  });
});
