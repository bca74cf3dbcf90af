import { describe, expect, it } from 'vitest';
import { articleHighlights, nextEventOf, segmentArticle } from '../../../renderer/src/lib/highlights';
import { makeArticle, makeEvent } from '../fixtures';

// A file body holding two articles; the second starts at offset 100 of the body.
const text = 'Talks in Geneva\nRussia proposed talks on Monday. Ukraine rejected them.\n\nNATO met later.';
const article = makeArticle({ id: 'a2', start: 100, end: 100 + text.length });
const at = (quote: string, articleId = 'a2', shift = 100) => {
  const start = text.indexOf(quote) + shift;
  return { articleId, quote, start, end: start + quote.length };
};

describe('reader highlights', () => {
  it('maps body offsets to the article text and skips other articles', () => {
    const events = [
      makeEvent({ id: 'e1', sources: [at('Russia proposed talks on Monday.')] }),
      makeEvent({ id: 'e2', sources: [at('Ukraine rejected them.'), at('Ukraine rejected them.', 'a1', 0)] }),
      makeEvent({ id: 'e3', sources: [at('NATO met later.', 'a1', 0)] }),
    ];
    const found = articleHighlights(events, article, text);
    expect(found.map((h) => [h.eventId, text.slice(h.start, h.end)])).toEqual([
      ['e1', 'Russia proposed talks on Monday.'],
      ['e2', 'Ukraine rejected them.'],
    ]);
  });

  it('finds a quote by its text when the offsets do not fit, and drops one that is not there', () => {
    const events = [
      makeEvent({ id: 'e1', sources: [{ articleId: 'a2', quote: 'NATO met later.', start: 5, end: 20 }] }),
      makeEvent({ id: 'e2', sources: [{ articleId: 'a2', quote: 'Not in the text.', start: 5, end: 21 }] }),
    ];
    const found = articleHighlights(events, article, text);
    expect(found).toEqual([{ eventId: 'e1', start: text.indexOf('NATO'), end: text.length }]);
  });

  it('keeps paragraphs and cuts overlapping quotes into segments, the most specific event first', () => {
    const events = [
      makeEvent({ id: 'long', sources: [at('Russia proposed talks on Monday. Ukraine rejected them.')] }),
      makeEvent({ id: 'short', sources: [at('Ukraine rejected them.')] }),
    ];
    const paragraphs = segmentArticle(text, articleHighlights(events, article, text));
    expect(paragraphs.map((p) => p.segments.map((s) => s.text).join(''))).toEqual([
      'Talks in Geneva',
      'Russia proposed talks on Monday. Ukraine rejected them.',
      'NATO met later.',
    ]);
    const second = paragraphs[1]!.segments;
    expect(second.map((s) => [s.text, s.eventIds, s.endingIds])).toEqual([
      ['Russia proposed talks on Monday. ', ['long'], []],
      ['Ukraine rejected them.', ['short', 'long'], ['short', 'long']],
    ]);
    expect(paragraphs[0]!.segments[0]!.eventIds).toEqual([]);
  });

  it('goes through the events of a shared sentence on repeated clicks', () => {
    expect(nextEventOf(['a', 'b'], null)).toBe('a');
    expect(nextEventOf(['a', 'b'], 'a')).toBe('b');
    expect(nextEventOf(['a', 'b'], 'b')).toBe('a');
    expect(nextEventOf(['a', 'b'], 'x')).toBe('a');
    expect(nextEventOf([], 'a')).toBeNull();
  });
});
