import { describe, expect, it } from 'vitest';
import { actorNames, eventWith, extractText } from './helpers';

describe('an aside that a participle opens after a noun', () => {
  it('names no doer: the agent of the verb after it acts, and the title leaves the aside out', () => {
    const { events } = extractText(
      'The new water charter, drafted to stop the Farmers Union and the Greens from delaying it, was adopted by the Assembly on Tuesday.',
      '2019-03-06',
    );
    const e = eventWith(events, 'water charter');
    expect(actorNames(e)[0]).toBe('Assembly');
    expect(actorNames(e)).not.toContain('Greens');
    expect(e?.start).toBe('2019-03-05');
    expect(e?.title).toBe('The new water charter was adopted by the Assembly');
  });

  it('is no verb of the thing before it ("rebuilt": a prefix before a common past)', () => {
    const { events } = extractText(
      'The old ferry terminal, rebuilt after the fire, was opened to passengers on Friday by the port authority.',
      '2019-03-11',
    );
    const e = eventWith(events, 'ferry terminal');
    // the terminal's reopening, dated by its own words, with the aside left out of the title
    expect(e?.start).toBe('2019-03-08');
    expect(e?.title).toMatch(/^Old ferry terminal was opened/);
  });

  it('does not make the noun inside it the subject of the verb after its comma', () => {
    const { events } = extractText(
      'The old harbour bridge, closed since the storm, was reopened on Tuesday.',
      '2019-03-06',
    );
    expect(events.flatMap((e) => actorNames(e))).not.toContain('Storm');
  });
});

describe('an adverb set off by commas before the verb', () => {
  it('leaves the thing before it the one acted on, and the agent after an object acts', () => {
    const { events } = extractText(
      'The lifetime award, however, was finally presented to her by Tomas Lindqvist.',
      '2016-10-15',
    );
    const e = eventWith(events, 'lifetime award');
    expect(actorNames(e)).toEqual(['Tomas Lindqvist']);
    expect(e?.title).toMatch(/^Lifetime award/);
  });
});
