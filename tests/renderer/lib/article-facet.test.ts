import { describe, expect, it } from 'vitest';
import { articleFacetList, listOf } from '../../../renderer/src/lib/article-facet';
import { articleOptions } from '../../../renderer/src/lib/facets';
import { seededRandom } from '../../seeded-random';
import { makeArticle } from '../fixtures';

const rand = seededRandom(12);
/** Many articles over a few days, with titles and sources that repeat (ties within a day). */
const articles = Array.from({ length: 400 }, (_, i) =>
  makeArticle({
    id: `a${i}`,
    title: ['Élan', 'alpha', 'Beta', 'beta', 'Zulu', 'ZULU'][Math.floor(rand() * 6)] as string,
    published: `2025-01-${String(1 + Math.floor(rand() * 9)).padStart(2, '0')}`,
    ...(i % 3 ? { source: 'Reuters' } : {}),
  }),
);
const counts = new Map(articles.map((a, i) => [a.id, i % 7]));

describe('the article facet made as far as it is shown', () => {
  it('lists the same first articles, with the same counts, as the whole list does', () => {
    const list = articleFacetList(articles, counts, []);
    const whole = articleOptions(articles, counts, []);
    expect(list.length).toBe(400);
    expect(list.firstAndChecked(20)).toEqual(whole.slice(0, 20));
    expect(list.all()).toEqual(whole);
  });

  it('adds every chosen article after the first ones, in the list order', () => {
    const chosen = ['a399', 'a5', 'a200', 'missing'];
    const list = articleFacetList([...articles], counts, chosen);
    const whole = articleOptions(articles, counts, chosen);
    const expected = whole.filter((o, i) => i < 20 || o.checked);
    expect(list.firstAndChecked(20)).toEqual(expected);
    expect(expected.filter((o) => o.checked).length).toBeGreaterThanOrEqual(2);
  });

  it('lists every article when there are fewer than asked for', () => {
    const few = articles.slice(0, 5);
    expect(articleFacetList(few, counts, ['a1']).firstAndChecked(20)).toEqual(
      articleOptions(few, counts, ['a1']),
    );
    expect(articleFacetList([], counts, []).firstAndChecked(20)).toEqual([]);
  });

  it('wraps a list already made', () => {
    const options = articleOptions(articles, counts, ['a3']);
    const list = listOf(options);
    expect(list.all()).toBe(options);
    expect(list.firstAndChecked(2)).toEqual(options.filter((o, i) => i < 2 || o.checked));
  });
});
