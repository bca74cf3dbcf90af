import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unwrapLines } from '../../electron/extract/lines';
import { splitArticles } from '../../electron/extract/split';
import { extractText } from './helpers';

/** Cuts each paragraph into lines of at most `width` characters, as a plain-text archive does. */
function wrap(paragraphs: string[], width: number, between = '\n'): string {
  return paragraphs
    .map((p) => {
      const lines: string[] = [];
      let line = '';
      for (const word of p.split(' ')) {
        if (line && line.length + 1 + word.length > width) {
          lines.push(line);
          line = word;
        } else line = line ? `${line} ${word}` : word;
      }
      lines.push(line);
      return lines.join('\n');
    })
    .join(`\n${between}`);
}

const STORY = [
  'The harbour board of Port Elwin approved a plan on Monday to dredge the northern channel, which has silted up since the storms of last winter.',
  'Chairwoman Odile Marchetti said the work would begin in April and cost about 4 million dollars, shared with the regional government.',
  'Fishermen in the town had asked for the dredging for two years. Their association welcomed the vote and thanked the board for acting quickly.',
];

describe('paragraphs cut into lines of a fixed width', () => {
  it('gives the same events as the same article with a paragraph per line', () => {
    const flat = extractText(STORY.join('\n\n'), '2019-03-06').events;
    const wrapped = extractText(wrap(STORY, 62), '2019-03-06').events;
    expect(flat.length).toBeGreaterThanOrEqual(3);
    const summary = (events: typeof flat): string[] =>
      events.map((e) => `${e.start} ${e.title} ${e.actors.map((a) => a.name).join(',')}`);
    expect(summary(wrapped)).toEqual(summary(flat));
  });

  it('reads paragraphs that no blank line separates, each sentence whole', () => {
    const wrapped = extractText(wrap(STORY, 58, ''), '2019-03-06').events;
    const quotes = wrapped.flatMap((e) => e.sources.map((s) => s.quote.replace(/\s+/g, ' ')));
    expect(quotes).toContain(
      'Chairwoman Odile Marchetti said the work would begin in April and cost about 4 million dollars, shared with the regional government.',
    );
  });

  it('reads lines of a width that stand a blank line apart ("double-spaced" copies)', () => {
    const body = `Harbour Board Approves Dredging\n\n${wrap(STORY, 60).replace(/\n/g, '\n\n')}`;
    const quotes = extractText(body, '2019-03-06').events.flatMap((e) =>
      e.sources.map((s) => s.quote.replace(/\s+/g, ' ')),
    );
    expect(quotes).toContain(
      'Chairwoman Odile Marchetti said the work would begin in April and cost about 4 million dollars, shared with the regional government.',
    );
    // the headline stays a line of its own
    expect(unwrapLines(body).startsWith('Harbour Board Approves Dredging\n')).toBe(true);
  });

  it('keeps every offset: a quote is the article text at its place', () => {
    const body = wrap(STORY, 62);
    const { events } = extractText(body, '2019-03-06');
    for (const e of events)
      for (const s of e.sources)
        expect(body.slice(s.start, s.end).replace(/\s+/g, ' ')).toBe(s.quote.replace(/\s+/g, ' '));
  });

  it('leaves text alone whose paragraphs are lines of their own, and stacked headlines', () => {
    const seed = readFileSync('tests/fixtures/shared/seed/000_d83434615622e96d.txt', 'utf8');
    expect(unwrapLines(seed)).toBe(seed);
    const headlines = [
      'Harbour Board Approves Dredging of Northern Channel',
      'Fishermen Welcome Vote After Two Years of Waiting',
      'Regional Government to Share the Cost of the Work',
      'Storms of Last Winter Left the Channel Silted Up',
    ].join('\n');
    expect(unwrapLines(headlines)).toBe(headlines);
    // a list keeps its items
    const list = [
      '- the northern channel, dredged from April',
      '- the old quay, repaired in May',
      '- the lighthouse, painted',
    ].join('\n');
    expect(unwrapLines(list)).toBe(list);
  });

  it('keeps the length of the text, and a short line closing a sentence ends its paragraph', () => {
    const body = wrap(STORY, 62, '');
    const unwrapped = unwrapLines(body);
    expect(unwrapped).toHaveLength(body.length);
    // three paragraphs, each now on one line
    expect(unwrapped.split('\n')).toHaveLength(3);
  });

  it('does not take a wrapped line for a headline that starts another article', () => {
    const body = wrap(STORY, 50, '');
    expect(splitArticles(body)).toHaveLength(1);
    expect(splitArticles(body)[0]?.headline).toBeUndefined();
  });
});

describe('marks a copy lost to question marks', () => {
  const BODY =
    'The organisers of the fair, called ?Harbour Lights?, opened the first hall on Thursday. The city?s mayor, Anouk Verlinde, said the fair would draw visitors from abroad.';

  it('reads them back: the quotation is no question, the apostrophe no stop', () => {
    const { events } = extractText(BODY, '2006-11-03');
    const mayor = events.find((e) => e.actors.some((a) => a.name === 'Anouk Verlinde'));
    expect(mayor?.title).toMatch(/^Anouk Verlinde said/);
    // no sentence is cut at a lost mark, and the name in the lost quotation marks does nothing
    const quotes = events.flatMap((e) => e.sources.map((s) => s.quote));
    expect(quotes.filter((q) => /\?$/.test(q))).toEqual([]);
    expect(events.flatMap((e) => e.actors.map((a) => a.name))).not.toContain('Harbour Lights');
  });

  it("keeps the article's own characters in the quotes", () => {
    const { events } = extractText(BODY, '2006-11-03');
    const quotes = events.flatMap((e) => e.sources.map((s) => s.quote));
    expect(quotes.some((q) => q.includes('city?s mayor'))).toBe(true);
  });

  it('leaves a question alone', () => {
    const { events } = extractText(
      'Will the ferry run again? The harbour board said on Monday that it would decide in April.',
      '2006-11-03',
    );
    expect(events.some((e) => e.sources.some((s) => s.quote.startsWith('Will the ferry')))).toBe(false);
    expect(events.some((e) => e.sources.some((s) => s.quote.startsWith('The harbour board said')))).toBe(
      true,
    );
  });
});
