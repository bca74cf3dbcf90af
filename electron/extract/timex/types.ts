/** Types shared by the temporal tagger's modules. */

/** TimeML TIMEX3 types. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** One time expression found in a text. */
export interface Timex {
  /** Offsets into the text given to the tagger. */
  start: number;
  end: number;
  text: string;
  type: TimexType;
  /** TIMEX3 value: 2025-01-14, 2025-01, 2025-W03, 2025-SU, P3Y, PRESENT_REF, XXXX-XX-XX … */
  value: string;
  /** TIMEX3 mod where the text gives one: START, MID, END, APPROX, MORE_THAN, LESS_THAN, … */
  mod?: string;
  /**
   * A time of day written with no day in its sentence ("at 10:15 a.m."): its day is the document's
   * only for want of another, not one the text gives.
   */
  dayless?: boolean;
}

/** Granularity of an anaphoric anchor ("the same day", "the following year"). */
export type AnchorUnit = 'D' | 'W' | 'M' | 'Q' | 'Y';

/** What a pattern rule makes of one match, before anaphora and times of day are resolved. */
export interface RuleResult {
  type: TimexType;
  /** The value; ignored when `anchor` is set (filled in from the last date mentioned). */
  value: string;
  mod?: string;
  /** Span inside the match, when narrower than the whole match (absolute offsets). */
  start?: number;
  end?: number;
  /**
   * Resolve against the last date of this granularity mentioned before, shifted by `offset` units;
   * with `weekday`, the nearest such weekday before (offset < 0) or after (offset > 0) that date;
   * with `part`, that part of the day (a TIME: "that night" → …TNI); with `near`, only a date
   * mentioned shortly before counts, else the document date; with `day` (unit M), that day of the
   * month ("on the 23rd").
   */
  anchor?: {
    unit: AnchorUnit;
    offset: number;
    weekday?: number;
    part?: string;
    near?: boolean;
    day?: number;
  };
  /** A time of day ("T14:00", "TMO") whose date comes from the sentence or the document. */
  timeOfDay?: string;
}
