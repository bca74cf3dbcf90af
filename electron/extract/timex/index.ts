/**
 * Temporal tagger: finds time expressions in any text and gives their TIMEX3 values, resolved
 * against the document's date. (Stub: being written.)
 */

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface Timex {
  /** Offsets into the text given to the tagger. */
  start: number;
  end: number;
  text: string;
  type: TimexType;
  /** TIMEX3 value: 2025-01-14, 2025-01, 2025-W03, 2025-SU, P3Y, PRESENT_REF, XXXX-XX-XX … */
  value: string;
}

/**
 * Tags every time expression of `text`. `documentDate` (YYYY-MM-DD) anchors relative
 * expressions; news is past-biased, so "on Tuesday" is the Tuesday on or before it.
 */
export function tagTimexes(_text: string, _documentDate: string): Timex[] {
  return [];
}
