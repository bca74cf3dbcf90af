/**
 * Export as a TimelineJS3 JSON file (https://timeline.knightlab.com/docs/json-format.html): one
 * slide per event with its headline, the quote and its source as text, start and end dates at the
 * precision known (year, month, day only as known), grouped by the acting actor. The title slide
 * bears the view's title; what was changed by hand is said on the slide (its date too).
 */
import type { ExportOptions } from '../../shared/contract';
import { formatIsoDate } from '../../shared/date-words';
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

const FIELD_WORDS = { title: 'title', date: 'date', actors: 'actors', cameo: 'kind of event' } as const;

/** What was done by hand to an event, in words ("Edited by hand: title, date."), or null. */
export function editNote(event: Pick<NewsEvent, 'edited'>): string | null {
  const mark = event.edited;
  if (!mark) return null;
  if (mark.added) return 'Added by hand.';
  const parts: string[] = [];
  if (mark.fields.length > 0)
    parts.push(`edited by hand: ${mark.fields.map((f) => FIELD_WORDS[f]).join(', ')}`);
  if (mark.mergedFrom?.length) parts.push('merged by hand');
  if (mark.splitFrom) parts.push('split off by hand');
  const text = parts.join('; ');
  return text ? `${text.charAt(0).toUpperCase()}${text.slice(1)}.` : null;
}

/** The date line of a slide whose date was set by hand ("January 2025 (date set by hand)"), else undefined. */
function editedDateLine(event: NewsEvent, approximate: string | undefined): string | undefined {
  if (!event.edited?.fields.includes('date') && !event.edited?.added) return undefined;
  const when =
    approximate ??
    (event.end && event.end !== event.start
      ? `${formatIsoDate(event.start)} to ${formatIsoDate(event.end)}`
      : formatIsoDate(event.start));
  return `${when} (date set by hand)`;
}

/** The actor a slide is grouped under: the first who acts, else the first named, else none. */
const groupOf = (event: NewsEvent): string =>
  (event.actors.find((a) => a.role === 'source') ?? event.actors[0])?.name ?? 'No named actor';

/** The TimelineJS3 file of `events`. */
export function timelineJsOf(
  events: readonly NewsEvent[],
  articles: readonly ArticleInfo[],
  options: ExportOptions = {},
): TimelineJsFile {
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
    const approximate =
      event.precision === 'approximate' && event.approximation
        ? `${event.approximation.amount ? `${event.approximation.amount} ` : ''}${event.approximation.relation} ${event.approximation.anchor}`
        : undefined;
    const dateLine = editedDateLine(event, approximate) ?? approximate;
    const note = editNote(event);
    return {
      unique_id: event.id.replace(/[^\w-]/g, '-'),
      start_date: timelineDateOf(event.start),
      ...(event.end && event.end !== event.start ? { end_date: timelineDateOf(event.end) } : {}),
      ...(dateLine ? { display_date: escapeHtml(dateLine) } : {}),
      text: {
        headline: escapeHtml(event.title),
        text: `${note ? `<p><em>${escapeHtml(note)}</em></p>` : ''}${quotes.join('')}${actors.length ? `<p>Actors: ${actors.join(', ')}</p>` : ''}`,
      },
      group: escapeHtml(groupOf(event)),
      autolink: false,
    };
  });
  const count = events.length;
  const cited = new Set(events.flatMap((e) => e.sources.map((s) => s.articleId))).size;
  const tally = `${count} event${count === 1 ? '' : 's'} from ${cited} article${cited === 1 ? '' : 's'}`;
  const edited = events.filter((e) => e.edited).length;
  const subtitle = options.subtitle?.trim();
  return {
    title: {
      text: {
        headline: escapeHtml(options.title?.trim() || 'Newsline'),
        text: [subtitle, tally, edited ? `${edited} changed or added by hand, as each says` : '']
          .filter(Boolean)
          .map((line) => `<p>${escapeHtml(line ?? '')}</p>`)
          .join(''),
      },
    },
    events: slides,
    scale: 'human',
  };
}

/** The TimelineJS3 file as text. */
export const exportTimelineJs = (
  events: readonly NewsEvent[],
  articles: readonly ArticleInfo[],
  options?: ExportOptions,
): string => `${JSON.stringify(timelineJsOf(events, articles, options), null, 2)}\n`;
