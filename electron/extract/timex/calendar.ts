/**
 * Calendar arithmetic on plain { y, m, d } days (proleptic Gregorian, no time zones) and the
 * TIMEX3 value formats built from them.
 */

/** A calendar day; `m` is 1–12. */
export interface Day {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Parses YYYY-MM-DD (anything after the day is ignored); falls back to 1970-01-01 when malformed. */
export function parseDay(iso: string): Day {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return { y: 1970, m: 1, d: 1 };
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

/** Days since 1970-01-01 (may be negative). */
export function toEpochDay(day: Day): number {
  return Math.floor(Date.UTC(day.y, day.m - 1, day.d) / 86_400_000);
}

/** Inverse of {@link toEpochDay}. */
export function fromEpochDay(n: number): Day {
  const date = new Date(n * 86_400_000);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** The day `n` days after `day` (before, if negative). */
export function addDays(day: Day, n: number): Day {
  return fromEpochDay(toEpochDay(day) + n);
}

/** The month `n` months after the month of (y, m), as { y, m }. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + n;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(day: Day): number {
  const w = new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** Number of days in month `m` of year `y`. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Whether (y, m, d) is a real calendar day. */
export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** ISO 8601 week of a day: its week-numbering year and week number. */
export function isoWeek(day: Day): { year: number; week: number } {
  const thursday = addDays(day, 4 - isoWeekday(day));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { year: thursday.y, week: Math.floor((toEpochDay(thursday) - toEpochDay(jan1)) / 7) + 1 };
}

/** YYYY-MM-DD. */
export function formatDay(day: Day): string {
  return `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;
}

/** YYYY-MM. */
export function formatMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

/** YYYY. */
export function formatYear(y: number): string {
  return pad(y, 4);
}

/** YYYY-Www for the ISO week containing `day`. */
export function formatWeek(day: Day): string {
  const { year, week } = isoWeek(day);
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** The n-th (1-based; -1 for the last) given ISO weekday of a month. */
export function nthWeekdayOfMonth(y: number, m: number, weekday: number, n: number): Day {
  if (n < 0) {
    const last = { y, m, d: daysInMonth(y, m) };
    return addDays(last, -((isoWeekday(last) - weekday + 7) % 7));
  }
  const first = { y, m, d: 1 };
  return addDays(first, ((weekday - isoWeekday(first) + 7) % 7) + 7 * (n - 1));
}

/** Western (Gregorian) Easter Sunday of year `y` (anonymous Gregorian algorithm). */
export function easterSunday(y: number): Day {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

/** Compares two days: negative when a is earlier. */
export function compareDays(a: Day, b: Day): number {
  return toEpochDay(a) - toEpochDay(b);
}
