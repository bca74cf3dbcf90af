/**
 * Export as a TimelineJS3 JSON file (https://timeline.knightlab.com/docs/json-format.html): one
 * slide per event with its headline, the quote and its source as text, start and end dates at the
 * precision known (year, month, day only as known), grouped by the acting actor.
 */
import type { ArticleInfo, NewsEvent } from '../../shared/model';

/** A TimelineJS date object: only the parts known. */
export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  display_date?: string;
}

export interface TimelineJsSlide {
  start_date?: TimelineJsDate;
  end_date?: TimelineJsDate;
  text?: { headline?: string; text?: string };
  group?: string;
  display_date?: string;
  unique_id?: string;
  autolink?: boolean;
}

export interface TimelineJsFile {
  title?: TimelineJsSlide;
  events: TimelineJsSlide[];
  scale?: 'human' | 'cosmological';
}

/** TimelineJS shows headline and text as HTML: article text is escaped. */
const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** A date written YYYY, YYYY-MM or YYYY-MM-DD as a TimelineJS date with only those parts. */
export function timelineDateOf(iso: string): TimelineJsDate {
  const [year, month, day] = iso.split('-').map(Number);
  return {
    year: year ?? 0,
    ...(month ? { month } : {}),
    ...(day ? { day } : {}),
  };
}

/** The actor a slide is grouped under: the first who acts, else the first named, else none. */
const groupOf = (event: NewsEvent): string =>
  (event.actors.find((a) => a.role === 'source') ?? event.actors[0])?.name ?? 'No named actor';

/** The TimelineJS3 file of `events`. */
export function timelineJsOf(events: readonly NewsEvent[], articles: readonly ArticleInfo[]): TimelineJsFile {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const slides = events.map((event): TimelineJsSlide => {
    const quotes = event.sources.map((s) => {
      const article = byId.get(s.articleId);
      const cite = article
        ? [article.title, article.source, article.published]
            .filter(Boolean)
            .map((p) => escapeHtml(String(p)))
            .join(', ')
        : 'Unknown article';
      const link =
        article?.url && /^https?:\/\//.test(article.url)
          ? ` <a href="${escapeHtml(article.url)}">link</a>`
          : '';
      return `<blockquote>${escapeHtml(s.quote)}</blockquote><p>— ${cite}${link}</p>`;
    });
    const actors = event.actors.map(
      (a) => `${escapeHtml(a.name)} (${a.role === 'source' ? 'acts' : 'acted upon'})`,
    );
    return {
      unique_id: event.id.replace(/[^\w-]/g, '-'),
      start_date: timelineDateOf(event.start),
      ...(event.end && event.end !== event.start ? { end_date: timelineDateOf(event.end) } : {}),
      ...(event.precision === 'approximate' && event.approximation
        ? {
            display_date: escapeHtml(
              `${event.approximation.amount ? `${event.approximation.amount} ` : ''}${event.approximation.relation} ${event.approximation.anchor}`,
            ),
          }
        : {}),
      text: {
        headline: escapeHtml(event.title),
        text: `${quotes.join('')}${actors.length ? `<p>Actors: ${actors.join(', ')}</p>` : ''}`,
      },
      group: escapeHtml(groupOf(event)),
      autolink: false,
    };
  });
  const count = events.length;
  return {
    title: {
      text: {
        headline: 'Newsline timeline',
        text: `${count} event${count === 1 ? '' : 's'} from ${new Set(events.flatMap((e) => e.sources.map((s) => s.articleId))).size} articles`,
      },
    },
    events: slides,
    scale: 'human',
  };
}

/** The TimelineJS3 file as text. */
export const exportTimelineJs = (events: readonly NewsEvent[], articles: readonly ArticleInfo[]): string =>
  `${JSON.stringify(timelineJsOf(events, articles), null, 2)}\n`;
