/**
 * Which events' dates deserve a second look, pure: those far from the publication date of every
 * article that reports them, and those far from the rest of the library. Misread dates ("in 1984"
 * read as the event's own date, a year typed wrong) are often these outliers.
 */
import type { ArticleInfo } from '../../../electron/shared/model';
import type { PageEvent } from '../../../electron/shared/contract';
import { formatIsoDate, placeEvent } from './event-dates';
import { DAY_MS } from './time';

const YEAR_MS = 365.25 * DAY_MS;

/** An event dated more than this before the publication of every article reporting it is checked. */
export const MAX_YEARS_BEFORE_ARTICLE = 10;
/** An event dated more than this after the publication of every article reporting it is checked. */
export const MAX_YEARS_AFTER_ARTICLE = 2;
/**
 * Far from the rest of the library: beyond the middle half of the library's dates by more than
 * this many times that half's length …
 */
export const LIBRARY_SPREAD_FACTOR = 3;
/** … and by at least this many years (a library of one week does not make a month "far"); … */
export const MIN_YEARS_FROM_LIBRARY = 5;
/**
 * … and with at most this share of the library's events within NEAR_YEARS of it: a lone date is
 * checked, a whole story of another time (many events together) is not.
 */
export const MAX_SHARE_NEAR = 0.05;
export const NEAR_YEARS = 1;

/** One event to check, and why, in words. */
export interface DateCheck {
  event: PageEvent;
  /** Where the event lies (ms since the epoch, UTC). */
  time: number;
  reasons: string[];
}

const years = (ms: number): string => {
  const y = Math.round(ms / YEAR_MS);
  return `${y} year${y === 1 ? '' : 's'}`;
};

/** The value at share `q` (0..1) of sorted numbers. */
function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const low = sorted[Math.floor(at)] as number;
  const high = sorted[Math.ceil(at)] as number;
  return low + (high - low) * (at - Math.floor(at));
}

/** The stretch of time most of the library's events lie in, and how far beyond it is "far". */
export function libraryFence(
  times: readonly number[],
): { from: number; to: number; middle: { start: number; end: number } } | null {
  if (times.length < 4) return null;
  const sorted = [...times].sort((a, b) => a - b);
  const q1 = quantile(sorted, 0.25);
  const q3 = quantile(sorted, 0.75);
  const margin = Math.max(LIBRARY_SPREAD_FACTOR * (q3 - q1), MIN_YEARS_FROM_LIBRARY * YEAR_MS);
  return { from: q1 - margin, to: q3 + margin, middle: { start: q1, end: q3 } };
}

/**
 * The events of `events` whose dates are worth checking, in date order: far from their articles
 * or from the rest of `library` (every event of the library, for its spread). Dates set by hand
 * are taken as checked.
 */
export function checkDates(
  events: readonly PageEvent[],
  articles: ReadonlyMap<string, ArticleInfo>,
  library: readonly PageEvent[] = events,
): DateCheck[] {
  const times: number[] = [];
  for (const e of library) {
    const p = placeEvent(e);
    if (p) times.push(p.start);
  }
  const fence = libraryFence(times);
  const sorted = [...times].sort((a, b) => a - b);
  /** How many of the library's events lie within NEAR_YEARS of `t`. */
  const near = (t: number): number => {
    const firstAt = (x: number) => {
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((sorted[mid] as number) < x) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    return firstAt(t + NEAR_YEARS * YEAR_MS + 1) - firstAt(t - NEAR_YEARS * YEAR_MS);
  };
  const checks: DateCheck[] = [];
  for (const event of events) {
    if (event.edited?.fields.includes('date')) continue;
    const p = placeEvent(event);
    if (!p) continue;
    const start = p.start;
    const end = p.end ?? p.start;
    const reasons: string[] = [];
    // the nearest article decides: one report close to the date is enough
    let nearest: { gap: number; published: string } | null = null;
    for (const source of event.sources) {
      const article = articles.get(source.articleId);
      const published = article ? Date.parse(`${article.published}T12:00:00Z`) : NaN;
      if (!Number.isFinite(published) || !article) continue;
      const gap = published < start ? published - start : published > end ? published - end : 0;
      if (nearest === null || Math.abs(gap) < Math.abs(nearest.gap))
        nearest = { gap, published: article.published };
    }
    if (nearest && nearest.gap > MAX_YEARS_BEFORE_ARTICLE * YEAR_MS)
      reasons.push(`${years(nearest.gap)} before its article (${formatIsoDate(nearest.published)})`);
    if (nearest && -nearest.gap > MAX_YEARS_AFTER_ARTICLE * YEAR_MS)
      reasons.push(`${years(-nearest.gap)} after its article (${formatIsoDate(nearest.published)})`);
    if (fence && (end < fence.from || start > fence.to) && near(start) <= MAX_SHARE_NEAR * sorted.length) {
      const { middle } = fence;
      const away = end < fence.from ? middle.start - end : start - middle.end;
      const [a, b] = [middle.start, middle.end].map((t) => new Date(t).getUTCFullYear());
      reasons.push(`${years(away)} from most of the library (${a === b ? a : `${a}–${b}`})`);
    }
    if (reasons.length > 0) checks.push({ event, time: start, reasons });
  }
  return checks.sort((a, b) => a.time - b.time || (a.event.id < b.event.id ? -1 : 1));
}
