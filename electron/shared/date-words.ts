/**
 * Dates in words, as the app writes them everywhere ("14 January 2025", "January 2025", "2025"):
 * the page, the exports and the date filters. Plain functions with no imports: the page loads
 * this module too.
 */

/** The months' names, January first. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Parts of an ISO date at any precision (YYYY, YYYY-MM, YYYY-MM-DD). */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

/** Reads YYYY, YYYY-MM or YYYY-MM-DD (a time part, if any, is ignored); null when it is none of them. */
export function parseIsoDate(value: string): DateParts | null {
  const m = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?$/.exec(value.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && (day < 1 || day > 31)) return null;
  return { year, month, day };
}

function monthName(month: number, short: boolean): string {
  const name = MONTH_NAMES[month - 1] ?? '';
  return short ? name.slice(0, 3) : name;
}

/** "14 January 2025", "January 2025" or "2025" (short: "14 Jan 2025"), as precise as the value is. */
export function formatIsoDate(value: string, short = false): string {
  const parts = parseIsoDate(value);
  if (!parts) return value;
  const { year, month, day } = parts;
  if (month === undefined) return String(year);
  if (day === undefined) return `${monthName(month, short)} ${year}`;
  return `${day} ${monthName(month, short)} ${year}`;
}
