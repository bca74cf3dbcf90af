/**
 * Event dates: turns the TIMEX3 value of the time expression that dates a clause's event
 * (`date-pick`) into start/end/precision, moves a plan's day ahead and a past span up to the day
 * of publication, gives the `reported` date (the article's publication day) when the clause has
 * none, and tells whether two events' dates can be one.
 */
import type { DateBasis, NewsEvent, Precision } from '../shared/model';
import type { Timex } from './timex';

/** The time expression chosen to date an event, read as a date. */
export interface DatePick {
  timex: Timex;
  /** The expression as written, with the preposition that introduces it ("on Tuesday"). */
  expression: string;
  date: Omit<EventDate, 'basis'>;
  /** A plan that what was said tells, dated ahead ("said the fare hike will push through on Jan. 4"). */
  planned?: boolean;
}

/** The date fields of an event (see NewsEvent). */
export interface EventDate {
  start: string;
  end?: string;
  precision: Precision;
  basis: DateBasis;
  expression?: string;
  timex?: string;
  approximation?: NewsEvent['approximation'];
}

const DAY_MS = 86_400_000;
const toDay = (d: Date): string => d.toISOString().slice(0, 10);
export const parseDay = (s: string): Date => new Date(`${s.slice(0, 10)}T00:00:00Z`);
export const addDays = (s: string, n: number): string => toDay(new Date(parseDay(s).getTime() + n * DAY_MS));
const lastDayOfMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Human form of a day: "14 Jan 2025". */
export function humanDay(day: string): string {
  const d = parseDay(day);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

// (a time of day, "at 10:00 a.m.", is the day of the story too)
const RELATIVE_WORDS =
  /\b(?:today|yesterday|tomorrow|tonight|ago|last|next|this|past|coming|recent(?:ly)?|earlier|later|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|morning|afternoon|evening|night|week|weeks|month|months|year|years|noon|midnight)\b|\b\d{1,2}(?::\d{2})?\s*(?:[ap]\.m\.|[ap]m\b)/i;

/** Reads a TIMEX3 value as a date of the event, or undefined when it does not name a date. */
export function dateOfValue(value: string): Omit<EventDate, 'basis'> | undefined {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return { start: m[0], precision: 'day' };
  m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const w = Number(m[2]);
    const jan4 = Date.UTC(y, 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS + (w - 1) * 7 * DAY_MS;
    const start = toDay(new Date(monday));
    // (a weekend is its Saturday and Sunday)
    if (m[3]) return { start: addDays(start, 5), end: addDays(start, 6), precision: 'approximate' };
    return { start, end: addDays(start, 6), precision: 'approximate' };
  }
  m = /^(\d{4})-(SP|SU|FA|AU|WI|Q[1-4]|H[12])$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const ranges: Record<string, [number, number]> = {
      SP: [3, 5],
      SU: [6, 8],
      FA: [9, 11],
      AU: [9, 11],
      WI: [12, 14],
      Q1: [1, 3],
      Q2: [4, 6],
      Q3: [7, 9],
      Q4: [10, 12],
      H1: [1, 6],
      H2: [7, 12],
    };
    const [a, b] = ranges[m[2] ?? ''] ?? [1, 12];
    const endY = b > 12 ? y + 1 : y;
    const endM = b > 12 ? b - 12 : b;
    return {
      start: `${y}-${String(a).padStart(2, '0')}-01`,
      end: `${endY}-${String(endM).padStart(2, '0')}-${String(lastDayOfMonth(endY, endM)).padStart(2, '0')}`,
      precision: 'approximate',
    };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { start: m[0], precision: 'month' };
  m = /^(\d{4})$/.exec(value);
  if (m) return { start: m[0], precision: 'year' };
  return undefined;
}

/** The basis of a written date: `relative` for deictic words ("on Tuesday", "last month"). */
export function basisOf(expression: string): DateBasis {
  if (/\b\d{4}\b/.test(expression)) return 'explicit';
  return RELATIVE_WORDS.test(expression) ? 'relative' : 'explicit';
}

/** A day of the week. */
export const WEEKDAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/**
 * "will visit on Friday": a planned act's weekday lies ahead of the publication day, though the
 * tagger, reading the article as past reports, resolved it to the Friday before.
 */
export function aheadForPlan(date: EventDate, published: string): EventDate {
  if (date.precision !== 'day' || date.start >= published) return date;
  // "is scheduled to be sentenced on Oct. 6": a day written without its year lies ahead too
  // (and so do the days of a range: "set for Dubai between 7 and 15 November")
  if (date.basis === 'explicit' && !/\b\d{4}\b/.test(date.expression ?? '')) {
    const later = (day: string): string => `${Number(day.slice(0, 4)) + 1}${day.slice(4)}`;
    const next = later(date.start);
    if (daysFrom(published, next) > 366) return date;
    return date.end ? { ...date, start: next, end: later(date.end) } : { ...date, start: next };
  }
  if (date.end || date.basis !== 'relative' || !WEEKDAY.test(date.expression ?? '')) return date;
  const day = new Date(`${date.start}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 7);
  return { ...date, start: day.toISOString().slice(0, 10) };
}

/**
 * "BankAmerica stock fell this week": what happened in a span that runs past the publication day
 * happened by that day (the week, month or year up to it).
 */
export function upToPublication(date: EventDate, published: string): EventDate {
  if (!date.end || date.end <= published || date.start > published) return date;
  return { ...date, end: published };
}

/**
 * The part of a week, month or year a TIMEX3 mod names ("early next week", "earlier this month",
 * "late last year"): a week's first three days or last four, a month's first or middle ten days,
 * a year's first, middle or last four months. (The end of a month stays the month, which is how
 * a month is told.)
 */
function withMod<T extends Omit<EventDate, 'basis'>>(date: T, mod: string | undefined): T {
  if (mod !== 'START' && mod !== 'MID' && mod !== 'END') return date;
  const week = date.precision === 'approximate' && !!date.end && daysFrom(date.start, date.end) === 6;
  if (week) {
    return mod === 'END'
      ? { ...date, start: addDays(date.start, 3) }
      : { ...date, end: addDays(date.start, mod === 'START' ? 2 : 4) };
  }
  if (date.precision === 'month' && mod !== 'END') {
    const from = mod === 'START' ? '01' : '11';
    return {
      ...date,
      start: `${date.start}-${from}`,
      end: `${date.start}-${mod === 'START' ? '10' : '20'}`,
      precision: 'approximate',
    };
  }
  if (date.precision === 'year') {
    const [a, b] =
      mod === 'START' ? ['01-01', '04-30'] : mod === 'MID' ? ['05-01', '08-31'] : ['09-01', '12-31'];
    return { ...date, start: `${date.start}-${a}`, end: `${date.start}-${b}`, precision: 'approximate' };
  }
  return date;
}

/** An event date from a chosen time expression. */
export function dateFromTimex(pick: DatePick): EventDate {
  return {
    ...withMod(pick.date, pick.timex.mod),
    basis: basisOf(pick.expression),
    expression: pick.expression,
    timex: pick.timex.value,
  };
}

/** The `reported` date: the day the article was published. */
export function reportedDate(published: string): EventDate {
  return { start: published, precision: 'day', basis: 'reported' };
}

/** True when two event dates can be the same day or span. */
/** How many days after an event a report without a date of its own may still be telling it. */
const REPORT_LAG_DAYS = 7;
/** How far apart two reports without a date of their own may be and still tell one event. */
const REPORTS_APART_DAYS = 2;

/** Days since 1970 of a YYYY-MM-DD day (or the first day of a YYYY-MM month, a YYYY year). */
const DAY_NUMBERS = new Map<string, number>();
/** Days since 1970 of a day, month or year ("2025-01-14", "2025-01", "2025"); merging asks often. */
const dayNumber = (day: string): number => {
  let n = DAY_NUMBERS.get(day);
  if (n === undefined) {
    n =
      Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7) || 1) - 1, Number(day.slice(8, 10) || 1)) /
      86_400_000;
    if (DAY_NUMBERS.size > 100_000) DAY_NUMBERS.clear();
    DAY_NUMBERS.set(day, n);
  }
  return n;
};

/** Days from day `a` to day `b` (negative when `b` comes first). */
export const daysFrom = (a: string, b: string): number => dayNumber(b) - dayNumber(a);

/**
 * True when two events' dates allow them to be one event. Two written dates must overlap; a
 * report dated only by its publication comes on the event's day or within a week after it, and two
 * such reports lie within two days of each other. "The Dow fell" on Monday and "the Dow fell"
 * a month later are two events.
 */
export function datesCompatible(a: EventDate | NewsEvent, b: EventDate | NewsEvent): boolean {
  const ownA = a.basis !== 'reported';
  const ownB = b.basis !== 'reported';
  if (ownA && ownB) return datesOverlap(a, b);
  if (!ownA && !ownB) return Math.abs(dayNumber(a.start) - dayNumber(b.start)) <= REPORTS_APART_DAYS;
  const [own, report] = ownA ? [a, b] : [b, a];
  if (own.precision !== 'day' || own.end) {
    // a month, a year or a span: the report falls in it or within the week after its end
    const last =
      own.end ??
      (own.precision === 'year'
        ? `${own.start}-12-31`
        : own.start.length === 7
          ? `${own.start}-28`
          : own.start);
    return dayNumber(report.start) - dayNumber(last) <= REPORT_LAG_DAYS + 3;
  }
  const lag = dayNumber(report.start) - dayNumber(own.start);
  return lag >= -1 && lag <= REPORT_LAG_DAYS;
}

export function datesOverlap(a: EventDate | NewsEvent, b: EventDate | NewsEvent): boolean {
  const range = (d: EventDate | NewsEvent): [string, string] => {
    if (d.precision === 'year') return [`${d.start}-01-01`, `${d.start}-12-31`];
    if (d.precision === 'month') {
      const [y, m] = d.start.split('-').map(Number);
      return [`${d.start}-01`, `${d.start}-${String(lastDayOfMonth(y ?? 2000, m ?? 1)).padStart(2, '0')}`];
    }
    return [d.start, d.end ?? d.start];
  };
  const [a0, a1] = range(a);
  const [b0, b1] = range(b);
  return a0 <= b1 && b0 <= a1;
}
