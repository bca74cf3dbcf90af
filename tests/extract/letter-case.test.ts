import { describe, expect, it } from 'vitest';
import { hasUpper } from '../../electron/extract/letter-case';

describe('upper-case test', () => {
  it('answers as the Unicode regex does, ASCII or not', () => {
    const words = [
      'said',
      'Said',
      'iPhone',
      'eBay',
      'mcdonald',
      'élan',
      'Élan',
      'straße',
      'İstanbul',
      'caféS',
      'ǅemal',
      'ΑΘΗΝΑ',
      'αθηνα',
      '\u{1D400}pple',
      'a\u{1D41A}',
      '12-year',
      '',
    ];
    for (const word of words)
      expect({ word, upper: hasUpper(word) }).toEqual({ word, upper: /\p{Lu}/u.test(word) });
  });
});
