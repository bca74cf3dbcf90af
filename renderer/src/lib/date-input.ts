/**
 * Dates typed in a date filter, read the way the app writes them: "14 January 2025", and also
 * "14 Jan 2025", "January 14, 2025", "2025-01-14"; a month ("January 2025", "2025-01") or a year
 * ("2025") stands for its first day in "From" and its last day in "Until". Pure.
 */

import { MONTH_NAMES } from '../../../electron/shared/date-words';

/** Which end of a range a date is typed for. */
export type DateBound = 'from' | 'until';

/** A day (YYYY-MM-DD), nothing (an empty field), or why the text is not a date. */
export type DateReading = { day: string | undefined } | { error: string };

const MONTHS = MONTH_NAMES.map((m) => m.toLowerCase());

/** The month a word names, 1 to 12 ("jan", "Jan.", "sept", "January"); 0 when none. */
function monthOf(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return 0;
  const i = MONTHS.findIndex((m) => m.startsWith(w) || (w === 'sept' && m === 'september'));
  return i + 1;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** How to write a date, said when the text is not one. */
export const DATE_HELP =
  'write a date as 14 January 2025, 14 Jan 2025 or 2025-01-14, or a month as January 2025';

/** Reads a typed date as a day; a month or a year gives its first (`from`) or last (`until`) day. */
export function readDateInput(text: string, bound: DateBound): DateReading {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t === '') return { day: undefined };
  const parts = readParts(t);
  const notADate = { error: `“${t}” is not a date: ${DATE_HELP}.` };
  if (!parts) return notADate;
  const { year, month, day } = parts;
  if (year < 1 || year > 9999) return notADate;
  if (month === undefined)
    return { day: bound === 'from' ? `${pad(year, 4)}-01-01` : `${pad(year, 4)}-12-31` };
  if (month < 1 || month > 12) return notADate;
  const last = daysIn(year, month);
  if (day === undefined) return { day: `${pad(year, 4)}-${pad(month)}-${pad(bound === 'from' ? 1 : last)}` };
  if (day < 1 || day > last) return { error: `${t}: that month has no day ${day}.` };
  return { day: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}

function readParts(t: string): { year: number; month?: number; day?: number } | null {
  let m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(t);
  if (m)
    return {
      year: Number(m[1]),
      ...(m[2] ? { month: Number(m[2]) } : {}),
      ...(m[3] ? { day: Number(m[3]) } : {}),
    };
  // 14 January 2025, 14 Jan. 2025, 14th January 2025
  m = /^(\d{1,2})(?:st|nd|rd|th)? ([a-z]+\.?),? (\d{4})$/i.exec(t);
  if (m) {
    const month = monthOf(m[2] ?? '');
    return month ? { year: Number(m[3]), month, day: Number(m[1]) } : null;
  }
  // January 14, 2025 and Jan 14 2025
  m = /^([a-z]+\.?) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/i.exec(t);
  if (m) {
    const month = monthOf(m[1] ?? '');
    return month ? { year: Number(m[3]), month, day: Number(m[2]) } : null;
  }
  // January 2025
  m = /^([a-z]+\.?),? (\d{4})$/i.exec(t);
  if (m) {
    const month = monthOf(m[1] ?? '');
    return month ? { year: Number(m[2]), month } : null;
  }
  return null;
}
