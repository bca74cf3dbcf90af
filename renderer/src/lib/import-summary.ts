/**
 * What an import brought, pure: the events of the imported articles (for the window to go to),
 * how many of them are new, and the dates they span in words ("3 – 28 March 2013").
 */
import type { PageEvent } from '../../../electron/shared/contract';
import { formatIsoDate, placeEvent } from './event-dates';
import type { TimeSpan } from './time';
import { formatCount } from './format-count';

export interface ImportSummary {
  /** Ids of the events the imported articles report (new or merged with earlier ones). */
  eventIds: string[];
  /** How many of them were not in the library before. */
  newEvents: number;
  /** The days they span, or null when they have no date. */
  range: TimeSpan | null;
}

/** The events of `after` that cite one of the `imported` articles, against the event ids there were `before`. */
export function summarizeImport(
  before: ReadonlySet<string>,
  after: readonly PageEvent[],
  imported: ReadonlySet<string>,
): ImportSummary {
  const eventIds: string[] = [];
  let newEvents = 0;
  let start = Infinity;
  let end = -Infinity;
  for (const e of after) {
    if (!e.sources.some((s) => imported.has(s.articleId))) continue;
    eventIds.push(e.id);
    if (!before.has(e.id)) newEvents++;
    const p = placeEvent(e);
    if (!p) continue;
    start = Math.min(start, p.start);
    // a span's end is exclusive: its last day is the one before
    end = Math.max(end, p.end === undefined ? p.start : p.end - 1);
  }
  return { eventIds, newEvents, range: Number.isFinite(start) ? { start, end } : null };
}

const dayOf = (t: number): string => new Date(t).toISOString().slice(0, 10);

/** "28 March 2013", "3 – 28 March 2013" (a no-break space before the dash), "28 March – 2 April 2013", "28 December 2012 – 2 January 2013". */
export function formatDayRange(range: TimeSpan): string {
  const [a, b] = [dayOf(range.start), dayOf(range.end)] as [string, string];
  if (a === b) return formatIsoDate(a);
  const [from, to] = [formatIsoDate(a).split(' '), formatIsoDate(b)];
  // a no-break space before the dash keeps "3 –" from ending a line
  if (a.slice(0, 7) === b.slice(0, 7)) return `${from[0]}\u00a0– ${to}`;
  if (a.slice(0, 4) === b.slice(0, 4)) return `${from.slice(0, 2).join(' ')}\u00a0– ${to}`;
  return `${formatIsoDate(a)}\u00a0– ${to}`;
}

/**
 * "20 articles imported: 143 new events, 3 – 28 March 2013. 2 already in the library.", where
 * `alreadyInLibrary` files were identical to one in the library (not copied again).
 */
export function describeImport(
  articles: number,
  summary: ImportSummary | null,
  alreadyInLibrary = 0,
): string {
  const already = alreadyInLibrary;
  const alreadyText = already > 0 ? `${formatCount(already)} already in the library.` : '';
  let text: string;
  if (articles === 0) text = already > 0 ? 'No new article' : 'No article was imported.';
  else {
    const head = `${formatCount(articles)} article${articles === 1 ? '' : 's'} imported`;
    if (!summary) text = `${head}.`;
    else {
      const n = summary.newEvents;
      const events = n === 0 ? 'no new events' : `${formatCount(n)} new event${n === 1 ? '' : 's'}`;
      const merged = summary.eventIds.length - n;
      const also = merged > 0 ? ` (and ${formatCount(merged)} already known)` : '';
      text = `${head}: ${events}${also}${summary.range ? `, ${formatDayRange(summary.range)}` : ''}.`;
    }
  }
  if (articles === 0 && already > 0) return `${text}: ${alreadyText}`;
  return alreadyText ? `${text} ${alreadyText}` : text;
}
