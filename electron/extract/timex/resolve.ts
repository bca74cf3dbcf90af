/**
 * Anchoring relative expressions: the tense around an expression (news is past-biased), and the
 * choice of weekday, month, month-day, season, quarter and holiday relative to an anchor day.
 */
import {
  addDays,
  addMonths,
  compareDays,
  easterSunday,
  formatDay,
  isValidDay,
  isoWeekday,
  nthWeekdayOfMonth,
  toEpochDay,
  type Day,
} from './calendar';
import { SEASON_START_MONTH, type HolidayRule } from './vocabulary';

/** Which way an unanchored expression points: from the verbs and cue words near it. */
export type Tense = 'past' | 'future' | 'none';

/** Words that point ahead ("will", "is due to open"; not "due to" a cause: "due to the rain"). */
const FUTURE_CUE =
  /\b(?:(?:will|shall|won't|wo\s+n't)(?:\s+(?:not|also|still|then|likely|probably|soon))?(?:\s+(?:be|have\s+been|have))?(?:\s+\w+)?|going\s+to|(?:is|are|am)\s+to|to\s+be\s+\w+|(?:set|scheduled|slated|poised|due(?=\s+to\s+(?!(?:the|a|an|its|his|her|their|our|this|that|these|those|lower|higher|heavy|poor|bad|lack)\b))|expected|expects?|plans?|planned|planning|intends?|hopes?|aims?|wants?|promised|vows?|vowed|agreed|likely|about)\s+to(?:\s+(?:be|have)\s+\w+)?|(?:is|are|was|were|be|been)\s+(?:scheduled|slated|set|due|planned)\s+(?:for|on|in)|(?:is|are|be)\s+expected|(?:begins|starts|opens|ends|closes|expires|resumes|takes\s+effect|goes\s+into\s+effect|kicks\s+off|is\s+due)|(?:could|might|may|should|must|would)\s+(?!have\b|not\s+have\b|\w+ed\b)\w+|as\s+soon\s+as|upcoming|next|coming|from\s+now|later\s+this)\b|'ll\b/gi;

const PAST_CUE =
  /\b(?:was|were|had|did|has\s+been|have\s+been|ago|last|earlier|yesterday|began|came|fell|rose|met|held|took|gave|made|said|told|went|saw|won|lost|sold|bought|paid|left|led|spent|struck|sent|became|brought|built|chose|drew|fought|found|got|grew|heard|kept|knew|meant|ran|sank|shook|spoke|stood|swept|threw|wrote|hit|cut|shut|quit)\b|\b\w+[^e\W\d]ed\b/gi;

const BOUNDARY =
  /(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Jr|Sr|No|Inc|Corp|Co|Ltd|Gov|Sen|Rep|Gen|Lt|Col|Capt|Prof|vs|[A-Z]))[.!?]["'”’)]?\s+(?=["'“‘(]?[A-Z])|\n/g;

/** Start and end offsets of the sentence (or line) around [start, end). */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  let s = Math.max(0, start - 300);
  let e = Math.min(text.length, end + 300);
  BOUNDARY.lastIndex = s;
  let m: RegExpExecArray | null;
  let sentStart = s;
  while ((m = BOUNDARY.exec(text)) !== null && m.index < start) {
    sentStart = m.index + m[0].length;
  }
  s = sentStart;
  BOUNDARY.lastIndex = end;
  m = BOUNDARY.exec(text);
  if (m && m.index < e) e = m.index;
  return [s, e];
}

interface Cue {
  start: number;
  end: number;
  future: boolean;
}

function cues(chunk: string, offset: number): Cue[] {
  const found: Cue[] = [];
  for (const [re, future] of [
    [FUTURE_CUE, true],
    [PAST_CUE, false],
  ] as const) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(chunk)) !== null) {
      found.push({ start: offset + m.index, end: offset + m.index + m[0].length, future });
    }
  }
  // A past-looking word inside a future phrase ("to be held", "expected to") is part of it.
  return found.filter(
    (c) => c.future || !found.some((f) => f.future && f.start <= c.start && f.end >= c.end),
  );
}

/**
 * The tense that governs the expression at [start, end): the nearest tense cue before it in its
 * sentence, else the nearest after it; 'none' when the sentence has no cue.
 */
export function tenseAt(text: string, start: number, end: number): Tense {
  const [s, e] = sentenceAround(text, start, end);
  const before = cues(text.slice(s, start), s);
  if (before.length) {
    const nearest = before.reduce((a, b) =>
      b.end > a.end || (b.end === a.end && b.end - b.start > a.end - a.start) ? b : a,
    );
    return nearest.future ? 'future' : 'past';
  }
  const after = cues(text.slice(end, e), end);
  if (after.length) {
    const nearest = after.reduce((a, b) => (b.start < a.start ? b : a));
    return nearest.future ? 'future' : 'past';
  }
  return 'none';
}

/**
 * A four-digit year written earlier in the same sentence (within `reach` characters), which a
 * month or day named without a year belongs to: "In fiscal 1989, which ended June 30".
 */
export function yearEarlierInSentence(text: string, start: number, reach = 80): number | undefined {
  const [s] = sentenceAround(text, start, start);
  const left = text.slice(Math.max(s, start - reach), start);
  let found: number | undefined;
  const re = /(?<![\w$€£.,-])((?:1[0-9]|20)\d\d)(?![\w%]|[.,]\d)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(left)) !== null) {
    const before = left.slice(Math.max(0, m.index - 12), m.index);
    found = /\b(?:since|before|after|until|till|by|from|to|than)\s+$/i.test(before)
      ? undefined
      : Number(m[1]);
  }
  return found;
}

/** How a weekday is qualified: plain ("Tuesday"), "last", "next" or "this". */
export type WeekdayMode = 'plain' | 'last' | 'next' | 'this';

/**
 * The day meant by a weekday name, seen from `anchor` (news is past-biased): plain, in past or
 * no tense → on or before the anchor; future → on or after; "last" → strictly before; "next" →
 * strictly after.
 */
export function resolveWeekday(anchor: Day, weekday: number, tense: Tense, mode: WeekdayMode): Day {
  const back = (isoWeekday(anchor) - weekday + 7) % 7;
  const forward = (weekday - isoWeekday(anchor) + 7) % 7;
  switch (mode) {
    case 'last':
      return addDays(anchor, -(back === 0 ? 7 : back));
    case 'next':
      return addDays(anchor, forward === 0 ? 7 : forward);
    case 'this':
      return tense === 'past' ? addDays(anchor, -back) : addDays(anchor, forward);
    default:
      return tense === 'future' ? addDays(anchor, forward) : addDays(anchor, -back);
  }
}

/** The year of a month named without one: the last such month on or before the anchor, or the next on or after it in future tense. */
export function resolveMonthYear(anchor: Day, month: number, tense: Tense): number {
  if (tense === 'future') return month >= anchor.m ? anchor.y : anchor.y + 1;
  return month <= anchor.m ? anchor.y : anchor.y - 1;
}

/**
 * The year of a month and day named without one: the nearest such day to the anchor; if it lies
 * on the wrong side of the tense (past: more than two weeks ahead; future: more than two months
 * back), a year earlier or later.
 */
export function resolveMonthDayYear(anchor: Day, month: number, day: number, tense: Tense): number {
  const candidates = [anchor.y - 1, anchor.y, anchor.y + 1].filter((y) => isValidDay(y, month, day));
  if (!candidates.length) return anchor.y;
  const a = toEpochDay(anchor);
  const distance = (y: number): number => toEpochDay({ y, m: month, d: day }) - a;
  let best = candidates.reduce((p, q) => (Math.abs(distance(q)) < Math.abs(distance(p)) ? q : p));
  if (tense === 'past' && distance(best) > 14 && candidates.includes(best - 1)) best -= 1;
  if (tense === 'future' && distance(best) < -60 && candidates.includes(best + 1)) best += 1;
  return best;
}

/** The year (as TIMEX3 names it: the year its first month falls in) of a season named without one. */
export function resolveSeasonYear(anchor: Day, code: string, tense: Tense): number {
  const startMonth = SEASON_START_MONTH[code] ?? 6;
  // The season containing or last starting before the anchor, in months since year 0.
  const anchorIndex = anchor.y * 12 + anchor.m - 1;
  let index = anchor.y * 12 + startMonth - 1;
  while (index > anchorIndex) index -= 12;
  const current = anchorIndex - index < 3;
  if (tense === 'future' && !current) index += 12;
  return Math.floor(index / 12);
}

/** The year of a quarter (1–4, or halves as 1–2 with `months` 6) named without one. */
export function resolvePeriodYear(anchor: Day, ordinal: number, months: number, tense: Tense): number {
  const startMonth = (ordinal - 1) * months + 1;
  const endMonth = startMonth + months - 1;
  if (tense === 'future') return endMonth >= anchor.m ? anchor.y : anchor.y + 1;
  return startMonth <= anchor.m ? anchor.y : anchor.y - 1;
}

/** The quarter (1–4) containing a month. */
export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

/** The day a holiday falls on in year `y`. */
export function holidayDay(rule: HolidayRule, y: number): Day {
  switch (rule.kind) {
    case 'fixed':
      return { y, m: rule.m, d: rule.d };
    case 'nth':
      return addDays(nthWeekdayOfMonth(y, rule.m, rule.weekday, rule.n), rule.offset ?? 0);
    case 'easter':
      return addDays(easterSunday(y), rule.offset);
  }
}

/** A holiday named without a year: the last one on or before the anchor, or the next in future tense. */
export function resolveHoliday(anchor: Day, rule: HolidayRule, tense: Tense): string {
  const thisYear = holidayDay(rule, anchor.y);
  if (tense === 'future') {
    return formatDay(compareDays(thisYear, anchor) >= 0 ? thisYear : holidayDay(rule, anchor.y + 1));
  }
  return formatDay(compareDays(thisYear, anchor) <= 0 ? thisYear : holidayDay(rule, anchor.y - 1));
}

/** Shifts a month anchor by `n` months, giving YYYY-MM parts. */
export function shiftMonth(anchor: Day, n: number): { y: number; m: number } {
  return addMonths(anchor.y, anchor.m, n);
}
