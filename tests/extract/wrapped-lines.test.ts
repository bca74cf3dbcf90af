/**
 * Paragraphs cut at a fixed width: a line that ends on a word needing more ("the", "of") goes on
 * in the next line; it is no heading (`lines.looksLikeHeading`). Text written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { eventWith, extractText } from './helpers';

describe('a paragraph wrapped at a fixed width', () => {
  it('reads a line that ends on an article as prose, not as a heading', () => {
    const { events } = extractText(
      'Rovers end the season on top\nKemsey Rovers beat Vessa United in the last round of the league at the\nTarnby Stadium on Sunday afternoon.',
      '2024-05-08',
    );
    const e = eventWith(events, 'beat Vessa United');
    expect(e?.title).toMatch(/^Kemsey Rovers beat Vessa United/);
  });

  it('still reads a short line that ends on a noun as a heading', () => {
    const { events } = extractText(
      'Rovers end the season on top\nKemsey Rovers beat Vessa United on Sunday.\nResults of the final round\nVessa United lost to Orvane on Saturday.',
      '2024-05-08',
    );
    const quotes = events.flatMap((e) => e.sources.map((s) => s.quote));
    expect(quotes.some((q) => q.includes('Results of'))).toBe(false);
    expect(quotes.some((q) => q.includes('lost to Orvane'))).toBe(true);
  });
});
