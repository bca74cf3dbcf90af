/**
 * Temporal tagger: finds time expressions in English news text and gives their TimeML TIMEX3 type
 * and value, resolved against the document's date. Pure functions, no I/O.
 *
 * Supported expressions (examples → value, for a document dated 2025-01-14, a Tuesday):
 * - explicit dates: "January 20, 2008", "March 06, 2008", "20 January 2008", "2008-01-20", "1/20/2008",
 *   "April 3" / "january 20" (year chosen nearest to the document date, by tense) → 2025-01-20
 * - months: "October 1982" → 1982-10; "In January", "last September", "mid-March" (mod MID)
 *   → the last such month, or the next in future tense
 * - years: "2005", "since '82" → 1982, "early 2009" (mod START), "fiscal 2008" → FY2008
 * - decades and centuries: "the 1990s" → 199, "the '80s" → 198, "the 20th century" → 19
 * - quarters and halves: "the third quarter of 2009" → 2009-Q3, "the fourth quarter" → last Q4,
 *   "Q1 2009", "the first half" → 2025-H1
 * - seasons: "summer" → 2024-SU (past-biased), "this autumn", "the summer of 2008"
 * - holidays: "Christmas" → 2024-12-25, "Thanksgiving 2008", "Good Friday"
 * - weekdays: "on Tuesday" → 2025-01-14 (on or before the document date), "will … on Friday"
 *   → 2025-01-17, "next Friday", "last Monday", "Friday morning" → 2025-01-10TMO, "Mondays" (SET)
 * - deictic days: "today", "yesterday", "tomorrow", "tonight", "this morning", "last night",
 *   "earlier today"
 * - this/last/next unit: "this week" → 2025-W03, "last month" → 2024-12, "next year" → 2026,
 *   "this quarter", "the weekend", "earlier this year", "the end of the year" (mod END)
 * - ago/later: "two days ago" → 2025-01-12, "20 years ago" → 2005, "a month ago" → 2024-12,
 *   "six years later" (from the last year mentioned), "year-earlier" → 2024, "days ago" → PAST_REF
 * - anaphoric dates: "the same day", "the day", "the following day", "the previous Monday",
 *   "that night" (TIME …TNI), "for the year" (counted from the last date mentioned)
 * - durations: "three years" → P3Y, "nearly three-year-long" → P3Y, "the past nine days" → P9D,
 *   "12-year" → P12Y, "five hours" → PT5H, "half an hour" → PT30M, "weeks" → PXW, "years" → PXY,
 *   "several months" → PXM, "the past decade" → P10Y, "four and a half hours" → PT4H30M,
 *   "over the years" → PXY (ages such as "45-year-old" are not durations)
 * - sets: "every day" → P1D, "weekly" → P1W, "annual" → P1Y, "twice a year" → P1Y, "every Monday"
 * - references: "now", "currently", "current …" → PRESENT_REF; "recently", "recent", "the past",
 *   "recent years" → PAST_REF; "the future", "the near term", "later" → FUTURE_REF
 * - clock times: "2:30 p.m." → 2025-01-14T14:30, "16:08 UTC" → …T16:08Z, "noon", "midnight"
 *   (dated by the nearest date of their sentence, else the document date)
 */
import { tag } from './tagger';
import type { Timex, TimexType } from './types';

export type { Timex, TimexType };

/**
 * Tags every time expression of `text`. `documentDate` (YYYY-MM-DD) anchors relative
 * expressions; news is past-biased, so "on Tuesday" is the Tuesday on or before it unless the
 * sentence speaks of the future ("will … on Friday", "next Friday").
 *
 * @param text Any English text (offsets of the result are into it).
 * @param documentDate The publication date, YYYY-MM-DD.
 * @returns The expressions in text order, without overlaps.
 */
export function tagTimexes(text: string, documentDate: string): Timex[] {
  return tag(text, documentDate);
}
