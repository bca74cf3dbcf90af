/**
 * Where an article's events were read from, as ranges of the article's own text, and the text
 * cut into paragraphs and segments for the reader.
 *
 * Source offsets are into the file's body (the text after the front matter); the reader gets the
 * article's slice of that body (`ArticleInfo.start`..`end`), so a quote lies at
 * `source.start - article.start` in it. Where the text there is not the quote (a file changed on
 * disk), the quote is looked for in the text instead; a quote that cannot be found is left out.
 */
import type { ArticleInfo, NewsEvent } from '../../../electron/shared/model';

/** One reported event as a range of the article's text. */
export interface Highlight {
  eventId: string;
  start: number;
  end: number;
}

/** Ranges of the article's text that produced events, in text order. */
export function articleHighlights(
  events: readonly Pick<NewsEvent, 'id' | 'sources'>[],
  article: Pick<ArticleInfo, 'id' | 'start'>,
  text: string,
): Highlight[] {
  const found: Highlight[] = [];
  for (const event of events) {
    for (const source of event.sources) {
      if (source.articleId !== article.id) continue;
      let start = source.start - article.start;
      let end = source.end - article.start;
      if (start < 0 || end > text.length || end <= start || text.slice(start, end) !== source.quote) {
        const at = source.quote ? text.indexOf(source.quote) : -1;
        if (at < 0) continue;
        start = at;
        end = at + source.quote.length;
      }
      if (!found.some((h) => h.eventId === event.id && h.start === start && h.end === end)) {
        found.push({ eventId: event.id, start, end });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A run of text with the events whose quotes cover it (none: plain text). */
export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Events covering the run, the most specific (shortest quote) first. */
  eventIds: string[];
  /** Events whose quote ends with this run (where a marker goes). */
  endingIds: string[];
}

/** A paragraph of the article (a line of its text) cut into segments. */
export interface Paragraph {
  start: number;
  segments: Segment[];
}

/**
 * The text as paragraphs (its non-empty lines, offsets kept) cut wherever a highlight starts or
 * ends, each segment listing the events that cover it.
 */
export function segmentArticle(text: string, highlights: readonly Highlight[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const lineBreaks = /\r?\n/g;
  let lineStart = 0;
  const lines: [number, number][] = [];
  for (let m = lineBreaks.exec(text); m; m = lineBreaks.exec(text)) {
    lines.push([lineStart, m.index]);
    lineStart = m.index + m[0].length;
  }
  lines.push([lineStart, text.length]);
  const bySpan = [...highlights].sort((a, b) => a.end - a.start - (b.end - b.start));
  for (const [from, to] of lines) {
    if (text.slice(from, to).trim() === '') continue;
    const cuts = new Set([from, to]);
    for (const h of highlights) {
      if (h.end <= from || h.start >= to) continue;
      cuts.add(Math.max(from, h.start));
      cuts.add(Math.min(to, h.end));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const segments: Segment[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const start = points[i]!;
      const end = points[i + 1]!;
      const covering = bySpan.filter((h) => h.start <= start && h.end >= end);
      segments.push({
        start,
        end,
        text: text.slice(start, end),
        eventIds: [...new Set(covering.map((h) => h.eventId))],
        endingIds: [...new Set(covering.filter((h) => Math.min(h.end, to) === end).map((h) => h.eventId))],
      });
    }
    paragraphs.push({ start: from, segments });
  }
  return paragraphs;
}

/**
 * The event a click on a highlight selects: the first of its events, or the one after the
 * selected event when that is already one of them (so that repeated clicks go through them all).
 */
export function nextEventOf(eventIds: readonly string[], selectedId: string | null): string | null {
  if (eventIds.length === 0) return null;
  const at = selectedId ? eventIds.indexOf(selectedId) : -1;
  return eventIds[(at + 1) % eventIds.length] ?? null;
}
