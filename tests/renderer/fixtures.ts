import type { ActorSummary, ArticleInfo, NewsEvent } from '../../electron/shared/model';

/** An event with sensible defaults, for tests. */
export function makeEvent(partial: Partial<NewsEvent> & Pick<NewsEvent, 'id'>): NewsEvent {
  return {
    title: `Event ${partial.id}`,
    start: '2025-01-14',
    precision: 'day',
    basis: 'explicit',
    actors: [],
    cameo: null,
    sources: [],
    ...partial,
  };
}

export function makeArticle(partial: Partial<ArticleInfo> & Pick<ArticleInfo, 'id'>): ArticleInfo {
  return {
    title: `Article ${partial.id}`,
    published: '2025-01-14',
    file: 'sample.md',
    origin: 'sample',
    start: 0,
    end: 10,
    ...partial,
  };
}

export const ACTORS: ActorSummary[] = [
  { name: 'Sergey Lavrov', kind: 'person', affiliation: 'Russia', count: 4 },
  { name: 'Donald Trump', kind: 'person', affiliation: 'United States', count: 7 },
  { name: 'NATO', kind: 'organization', count: 5 },
  { name: 'Russia', kind: 'country', count: 9 },
  { name: 'Ukraine', kind: 'country', count: 9 },
  { name: 'Côte d’Ivoire', kind: 'country', count: 1 },
  { name: 'Protesters', kind: 'group', count: 2 },
];
