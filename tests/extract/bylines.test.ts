/**
 * A byline on a line of its own is no paragraph of the story (`lines`): its names are no actors and
 * it is no lead; a sentence that opens on "By" is a paragraph. Lines written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { classifyLines } from '../../electron/extract/lines';

const kindOf = (line: string): string | undefined => classifyLines(line)[0]?.kind;

describe('bylines', () => {
  it('reads "By" and a name or two, with the outlet or the day after a dash, as a byline', () => {
    expect(kindOf('By Tor Berg - The Kelby Courier (Kelby, MO)')).toBe('byline');
    expect(kindOf('By Ana Ruiz and Ivo Marek')).toBe('byline');
    expect(kindOf('By Ana Ruiz - Dec 14, 2014 - Last updated at Dec 14, 2014')).toBe('byline');
  });

  it('keeps a sentence that opens on "By" as a paragraph', () => {
    expect(kindOf('By Monday, the Kelby council had voted to close the pool.')).toBe('paragraph');
    expect(kindOf('By the end of the year Tor Berg had left the club.')).toBe('paragraph');
  });
});
