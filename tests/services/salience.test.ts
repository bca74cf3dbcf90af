import { describe, expect, it } from 'vitest';
import type { ArticleInfo, NewsEvent } from '../../electron/shared/model';
import { positionScore, reportsOf, withSalience } from '../../electron/services/salience';

const article = (id: string, source: string, title = 'Headline of the story'): ArticleInfo => ({
  id,
  title,
  published: '2025-01-14',
  source,
  file: `${id}.md`,
  origin: 'library',
  start: 0,
  end: 4000,
});

const event = (id: string, over: Partial<NewsEvent> = {}): NewsEvent => ({
  id,
  title: id,
  start: '2025-01-14',
  precision: 'day',
  basis: 'reported',
  actors: [],
  cameo: null,
  sources: [{ articleId: 'a', quote: id, start: 2000, end: 2010 }],
  ...over,
});

const articles = [article('a', 'AP'), article('b', 'Reuters'), article('c', 'AP')];
const at = (articleId: string, start: number) => ({ articleId, quote: 'q', start, end: start + 1 });

describe('salience', () => {
  it('counts the articles that report an event and the outlets among them', () => {
    const byId = new Map(articles.map((a) => [a.id, a]));
    expect(reportsOf(event('x', { sources: [at('a', 1), at('b', 1), at('c', 1)] }), byId)).toEqual({
      articles: 3,
      outlets: 2,
    });
  });

  it('ranks the headline above the lead, and the lead above a later paragraph', () => {
    const a = article('a', 'AP');
    const headline = positionScore(3, a);
    const lead = positionScore(a.title.length + 40, a);
    const later = positionScore(3000, a);
    expect(headline).toBeGreaterThan(lead);
    expect(lead).toBeGreaterThan(later);
  });

  it('scores an event told by several outlets, with its date written, above a detail of one article', () => {
    const [wide, detail] = withSalience(
      [
        event('wide', { basis: 'explicit', sources: [at('a', 3000), at('b', 3000)] }),
        event('detail', { sources: [at('a', 3000)] }),
      ],
      articles,
    );
    expect(wide?.salience).toBeGreaterThan(detail?.salience ?? 1);
  });

  it('scores an event of prominent actors above one of an actor named once', () => {
    const actor = (name: string) => ({ name, kind: 'person' as const, role: 'source' as const });
    const events = [
      event('p1', { actors: [actor('Lavrov')] }),
      event('p2', { actors: [actor('Lavrov')] }),
      event('p3', { actors: [actor('Lavrov')] }),
      event('once', { actors: [actor('Smith')] }),
    ];
    const scored = withSalience(events, articles);
    expect(scored[0]?.salience).toBeGreaterThan(scored[3]?.salience ?? 1);
  });

  it('gives every event a score between 0 and 1 and keeps their order', () => {
    const scored = withSalience(
      [event('x'), event('y', { basis: 'explicit', sources: [at('a', 0)] })],
      articles,
    );
    expect(scored.map((e) => e.id)).toEqual(['x', 'y']);
    for (const e of scored) {
      expect(e.salience).toBeGreaterThanOrEqual(0);
      expect(e.salience).toBeLessThanOrEqual(1);
    }
  });
});
