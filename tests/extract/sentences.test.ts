import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../electron/extract/sentences';
import { actorNames, extractText } from './helpers';

describe('sentences', () => {
  it('splits where a space is missing after the full stop', () => {
    const texts = splitSentences('The talks ended.In March, the two sides met again.').map((s) => s.text);
    expect(texts).toEqual(['The talks ended.', 'In March, the two sides met again.']);
  });

  it('does not split after U.S. or Inc. in the middle of a sentence', () => {
    const text = 'U.S. President Joe Biden met Acme Inc. executives, and the U.S. team left.';
    expect(splitSentences(text)).toHaveLength(1);
  });

  it('does not split after a currency written with a stop before its amount, and Rs is no actor', () => {
    const text = 'Tarnby police recovered gold worth Rs. 12.5 lakh and cash of Tk. 2,000 on Monday.';
    expect(splitSentences(text)).toHaveLength(1);
    const { events } = extractText(text, '2019-08-01');
    expect(events.flatMap((e) => actorNames(e))).toEqual(['Tarnby police']);
  });

  it('does not split after a middle or first initial of a name', () => {
    const text = 'Vice President Harold T. Wexley spoke first. Envoy K. Dana Orr left on Monday.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Vice President Harold T. Wexley spoke first.',
      'Envoy K. Dana Orr left on Monday.',
    ]);
  });

  it('keeps a closing quote with its sentence and offsets right', () => {
    const text = 'He said: “We are ready.” The minister left.';
    const spans = splitSentences(text, 100);
    expect(spans.map((s) => s.text)).toEqual(['He said: “We are ready.”', 'The minister left.']);
    expect(spans[1]?.start).toBe(100 + text.indexOf('The minister'));
  });

  it('does not split after a time of day that goes on with its day or zone, and does where a sentence follows', () => {
    const text =
      'Jurors stayed until 9 p.m. Monday. They met at 6 a.m. GMT. The talks ended at 5 p.m. The minister left.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Jurors stayed until 9 p.m. Monday.',
      'They met at 6 a.m. GMT.',
      'The talks ended at 5 p.m.',
      'The minister left.',
    ]);
  });
});
