import { describe, expect, it } from 'vitest';
import { matchesWords } from '../../../electron/shared/search-words';
import {
  containsWord,
  excerptAround,
  foldText,
  markWords,
  searchWords,
} from '../../../renderer/src/lib/search';
import { makeEvent } from '../fixtures';

const lavrov = makeEvent({
  id: 'e1',
  title: 'Sergey Lavrov announced talks',
  actors: [{ name: 'Sergey Lavrov', kind: 'person', role: 'source' }],
  sources: [
    { articleId: 'a1', quote: 'Lavrov said on Tuesday that Moscow is open to talks.', start: 0, end: 10 },
  ],
});
const ivoire = makeEvent({
  id: 'e2',
  title: 'Election results announced',
  actors: [{ name: 'Côte d’Ivoire', kind: 'country', role: 'source' }],
  sources: [{ articleId: 'a2', quote: 'The commission published the results.', start: 0, end: 10 }],
});

describe('search folding', () => {
  it('ignores case and accents', () => {
    expect(foldText('LAVRÓV')).toBe('lavrov');
    expect(foldText('Zürich ÉTAT')).toBe('zurich etat');
    expect(matchesWords(lavrov, searchWords('LAVRÓV'))).toBe(true);
    expect(matchesWords(ivoire, searchWords('cote'))).toBe(true);
  });

  it('treats typographic and straight apostrophes alike', () => {
    expect(searchWords("Côte d'Ivoire")).toEqual(['cote', "d'ivoire"]);
    expect(matchesWords(ivoire, searchWords("d'ivoire"))).toBe(true);
  });

  it('needs every word, in any order, anywhere in title, quotes or actors', () => {
    expect(matchesWords(lavrov, searchWords('moscow lavrov'))).toBe(true);
    expect(matchesWords(lavrov, searchWords('lavrov moscow'))).toBe(true);
    // "tuesday" is only in the quote, "sergey" only in the title and the actor.
    expect(matchesWords(lavrov, searchWords('tuesday sergey'))).toBe(true);
    expect(matchesWords(lavrov, searchWords('lavrov kyiv'))).toBe(false);
    expect(matchesWords(ivoire, searchWords('lavrov'))).toBe(false);
  });

  it('matches everything with an empty query, and splits on punctuation', () => {
    expect(searchWords('  ,, ')).toEqual([]);
    expect(matchesWords(ivoire, [])).toBe(true);
    expect(searchWords('talks, Lavrov; talks')).toEqual(['talks', 'lavrov']);
  });

  it('keeps a phrase in quotation marks whole: its words together, in that order', () => {
    expect(searchWords('“Moscow is open” lavrov')).toEqual(['moscow is open', 'lavrov']);
    expect(searchWords('"open to')).toEqual(['open to']);
    expect(matchesWords(lavrov, searchWords('"moscow is open"'))).toBe(true);
    expect(matchesWords(lavrov, searchWords('"open moscow"'))).toBe(false);
    expect(matchesWords(lavrov, searchWords('open moscow'))).toBe(true);
    expect(markWords('Moscow is open to talks', ['moscow is open'])).toEqual([
      { text: 'Moscow is open', match: true },
      { text: ' to talks', match: false },
    ]);
  });

  it('marks the words found in the original text, accents kept', () => {
    const parts = markWords('Lavróv met Lavrov', ['lavrov']);
    expect(parts).toEqual([
      { text: 'Lavróv', match: true },
      { text: ' met ', match: false },
      { text: 'Lavrov', match: true },
    ]);
    expect(markWords('nothing here', ['lavrov'])).toEqual([{ text: 'nothing here', match: false }]);
  });

  it('marks words in texts whose folding changes their length: an ellipsis, a ligature, a line break', () => {
    expect(markWords('Russia is open to talks with the U.S.…', ['russia', 'talks'])).toEqual([
      { text: 'Russia', match: true },
      { text: ' is open to ', match: false },
      { text: 'talks', match: true },
      { text: ' with the U.S.…', match: false },
    ]);
    expect(markWords('… and Russia', ['russia'])).toEqual([
      { text: '… and ', match: false },
      { text: 'Russia', match: true },
    ]);
    expect(markWords('a ﬁne day', ['fine'])).toEqual([
      { text: 'a ', match: false },
      { text: 'ﬁne', match: true },
      { text: ' day', match: false },
    ]);
    expect(markWords('security\n  council met', ['security council'])).toEqual([
      { text: 'security\n  council', match: true },
      { text: ' met', match: false },
    ]);
    expect(markWords('Côte d’Ivoire', ["cote d'ivoire"])).toEqual([{ text: 'Côte d’Ivoire', match: true }]);
  });
});

describe('containsWord and excerptAround', () => {
  it('finds a word as the search does', () => {
    expect(containsWord('Sergey LAVRÓV', 'lavrov')).toBe(true);
    expect(containsWord('Sergey Lavrov', 'moscow')).toBe(false);
  });

  it('cuts a quote around the first word found, at spaces, marking the cuts', () => {
    const quote =
      'He also revealed that Moscow is open to discussing security guarantees for Kyiv, signalling a shift.';
    expect(excerptAround(quote, ['kyiv'], 20)).toBe('…guarantees for Kyiv, signalling a…');
    expect(excerptAround(quote, ['he also'], 200)).toBe(quote);
    expect(excerptAround(quote, ['paris'])).toBeNull();
  });
});
