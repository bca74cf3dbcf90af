/**
 * Key dates, pure: the days of a set of events ranked by how much happened on them, as the
 * salience of their events says (services/salience.ts). Used by the page's "Key dates" list and by
 * its export (services/export/key-dates.ts), so both rank alike. Free of run-time imports.
 */
import type { NewsEvent } from './model';

/** One day of the ranking. */
export interface KeyDate {
  /** YYYY-MM-DD. */
  date: string;
  /** The day's weight: the sum of its events' salience, each times the root of the articles that tell it. */
  score: number;
  /** Events dated to the day. */
  events: number;
  /** Distinct articles that report them. */
  articles: number;
  /** Ids of its most salient events, the most salient first (at most `TOP_PER_DAY`). */
  top: string[];
}

/** Events named per day. */
export const TOP_PER_DAY = 3;

/** Salience of an event that has none (a snapshot made before salience existed). */
const NO_SALIENCE = 0.2;

type Ranked = Pick<NewsEvent, 'id' | 'start' | 'precision' | 'salience'> & {
  sources: readonly { articleId: string }[];
};

/** The day an event is dated to, when it is dated to one (YYYY-MM-DD), else null. */
export function dayOf(event: Pick<NewsEvent, 'start' | 'precision'>): string | null {
  return event.precision === 'day' && /^\d{4}-\d{2}-\d{2}$/.test(event.start) ? event.start : null;
}

/**
 * The days of `events` ranked by the salience of the events dated to them (each times the square
 * root of the number of articles that report it), most important first (ties: more events, then
 * the earlier day); at most `limit` days.
 */
export function rankKeyDates(events: readonly Ranked[], limit = Infinity): KeyDate[] {
  const days = new Map<string, { score: number; events: Ranked[]; articles: Set<string> }>();
  for (const e of events) {
    const date = dayOf(e);
    if (!date) continue;
    let day = days.get(date);
    if (!day) days.set(date, (day = { score: 0, events: [], articles: new Set() }));
    const reports = new Set(e.sources.map((s) => s.articleId));
    // an event many articles tell weighs more (the root keeps one story's many retellings from
    // outweighing everything else)
    day.score += (e.salience ?? NO_SALIENCE) * Math.sqrt(reports.size);
    day.events.push(e);
    for (const id of reports) day.articles.add(id);
  }
  const ranked: KeyDate[] = [];
  for (const [date, day] of days) {
    const top = [...day.events]
      .sort((a, b) => (b.salience ?? NO_SALIENCE) - (a.salience ?? NO_SALIENCE) || (a.id < b.id ? -1 : 1))
      .slice(0, TOP_PER_DAY)
      .map((e) => e.id);
    ranked.push({
      date,
      score: Math.round(day.score * 1000) / 1000,
      events: day.events.length,
      articles: day.articles.size,
      top,
    });
  }
  ranked.sort((a, b) => b.score - a.score || b.events - a.events || (a.date < b.date ? -1 : 1));
  return ranked.slice(0, limit);
}
