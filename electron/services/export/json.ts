/**
 * Export as the documented events file (assets/events.schema.json): the chosen events with the
 * edits applied, the articles they cite, and on each event changed or added by hand the mark of it
 * (which fields; the machine's version stays in the library).
 */
import { EXTRACTOR_VERSION } from '../../extract/index';
import type { ArticleInfo, NewsEvent } from '../../shared/model';

/** The events file, as `npm run extract` writes it. */
export interface EventsFile {
  extractor: { name: 'newsline'; version: string };
  articles: ArticleInfo[];
  events: NewsEvent[];
  problems: { file: string; message: string }[];
}

/** An event as the schema describes it: the mark of edits by hand without the machine's version. */
export const exportedEvent = (event: NewsEvent): NewsEvent => {
  const { edited, ...plain } = event;
  if (!edited) return plain;
  return { ...plain, edited: { fields: edited.fields, ...(edited.added ? { added: true } : {}) } };
};

/** The events file of `events`, with the articles they cite (in the library's order). */
export function eventsFileOf(events: readonly NewsEvent[], articles: readonly ArticleInfo[]): EventsFile {
  const cited = new Set(events.flatMap((e) => e.sources.map((s) => s.articleId)));
  return {
    extractor: { name: 'newsline', version: EXTRACTOR_VERSION },
    articles: articles.filter((a) => cited.has(a.id)),
    events: events.map(exportedEvent),
    problems: [],
  };
}

/** The events file as text. */
export const exportJson = (events: readonly NewsEvent[], articles: readonly ArticleInfo[]): string =>
  `${JSON.stringify(eventsFileOf(events, articles), null, 2)}\n`;
