/**
 * Dates counted from another event: "eight months after American troops swept into Baghdad",
 * "just weeks after Trump criticized …". The cue dates the clause after it, from the day of the
 * clause before (`main-event`, `clause-events`).
 */
import { addDays, humanDay, parseDay, type EventDate } from './dates';

/** Counts written as words, by their value ("a day", "eight months"). */
const COUNT_WORDS = new Map(
  'a an one two three four five six seven eight nine ten eleven twelve'
    .split(' ')
    .map((w, i) => [w, Math.max(1, i - 1)] as const),
);
/** A cue's parts: a vague amount, a count, its unit. */
const VAGUE = '(?:just|only|mere|barely|a few|several|some)';
const COUNT = `(?:\\d{1,3}|${[...COUNT_WORDS.keys()].join('|')})`;
const UNIT = '(?:days?|weeks?|months?|years?)';
/** "just weeks after", "eight months before": a cue that counts from another event. */
const ANCHOR = new RegExp(`\\b(${VAGUE}\\s+)?(?:(${COUNT})\\s+)?(${UNIT})\\s+(after|before)\\s+`, 'i');
/** The same cue at the end of a text, its "after" or "before" perhaps still to come. */
const CUE_BEFORE = new RegExp(
  `(?:\\b${VAGUE}\\s+)?(?:\\b${COUNT}\\s+)?\\b${UNIT}\\s+((?:after|before)\\s+)?$`,
  'i',
);

/** The day `n` months (or years: 12n months) from `day`, as the month or year it falls in. */
function monthsFrom(day: string, n: number, precision: 'month' | 'year'): string {
  const d = parseDay(day);
  const shifted = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
  return precision === 'year' ? String(shifted.getUTCFullYear()) : shifted.toISOString().slice(0, 7);
}

/**
 * Where an anchoring cue ("eight months after") that leads into the clause at offset `at` of the
 * sentence text begins, if one does: the clause's own words then start there.
 */
export function cueStartBefore(sentenceText: string, at: number): number | undefined {
  const m = CUE_BEFORE.exec(sentenceText.slice(0, at));
  if (!m) return undefined;
  if (!m[1] && !/^(?:after|before)\b/i.test(sentenceText.slice(at))) return undefined;
  return m.index;
}

/** The day a cue counts from: `date`'s, when it is one whole day, else `fallback`. */
export function anchorDayOf(date: EventDate | undefined, fallback: string): string {
  return date && date.precision === 'day' && !date.end ? date.start : fallback;
}

/** Where the first anchoring cue ("eight months after") of a sentence's text starts, if any. */
export function anchorCue(sentenceText: string): number | undefined {
  return ANCHOR.exec(sentenceText)?.index;
}

/**
 * "X … just weeks after Y did Z", "eight months after troops swept into Baghdad": the event after
 * the cue is dated before X's date (or after it for "before"): at the precision of the unit when the
 * count is written, as a range when it is vague. Returns the cue's offsets in the sentence text and
 * the date.
 */
export function anchoredDate(
  sentenceText: string,
  anchorDay: string,
): { cueStart: number; cueEnd: number; date: EventDate } | undefined {
  const m = ANCHOR.exec(sentenceText);
  if (!m) return undefined;
  const unit = (m[3] ?? '').toLowerCase().replace(/s$/, '');
  const after = (m[4] ?? '').toLowerCase() === 'after';
  const written = m[2]?.toLowerCase();
  const count = written ? (COUNT_WORDS.get(written) ?? Number(written)) : undefined;
  // "days after" alone is vague; a count goes with its unit ("two days", "a day", "just two days")
  if (count === undefined && !/s$/i.test(m[3] ?? '')) return undefined;
  const cue = { cueStart: m.index, cueEnd: m.index + m[0].length };
  const expression = m[0].trim();
  const sign = after ? -1 : 1;
  if (count !== undefined && Number.isFinite(count) && count > 0) {
    const date: EventDate =
      unit === 'day'
        ? { start: addDays(anchorDay, sign * count), precision: 'day', basis: 'relative', expression }
        : unit === 'week'
          ? {
              start: addDays(anchorDay, sign * 7 * count - 3),
              end: addDays(anchorDay, sign * 7 * count + 3),
              precision: 'approximate',
              basis: 'relative',
              expression,
            }
          : {
              start: monthsFrom(
                anchorDay,
                sign * count * (unit === 'year' ? 12 : 1),
                unit === 'year' ? 'year' : 'month',
              ),
              precision: unit === 'year' ? 'year' : 'month',
              basis: 'relative',
              expression,
            };
    return { ...cue, date };
  }
  const span: Record<string, [number, string]> = {
    day: [13, 'D'],
    week: [56, 'W'],
    month: [330, 'M'],
    year: [3650, 'Y'],
  };
  const [days, letter] = span[unit] ?? [56, 'W'];
  const start = after ? addDays(anchorDay, -days) : addDays(anchorDay, 1);
  const end = after ? addDays(anchorDay, -1) : addDays(anchorDay, days);
  return {
    ...cue,
    date: {
      start,
      end,
      precision: 'approximate',
      basis: 'relative',
      expression,
      timex: `PX${letter}`,
      approximation: {
        relation: after ? 'before' : 'after',
        anchor: humanDay(anchorDay),
        amount: `${m[1] ?? ''}${m[3] ?? ''}`.trim(),
      },
    },
  };
}
