/**
 * The day of the story: an article's undated events happened on the day its lead dates with a
 * relative expression ("yesterday", "on Friday"), not on the day of publication.
 */
import { basisOf, dateOfValue, type EventDate } from './dates';
import type { Draft } from './draft';
import type { Timex } from './timex';

/**
 * How many days before publication a lead's date may lie and still be the day of the story (a
 * Sunday's events in a Tuesday paper).
 */
const STORY_DAY_SPAN = 3;

/** The day a lead's relative date names, when it lies one to three days before publication. */
function storyDate(date: EventDate, published: string): boolean {
  return (
    date.precision === 'day' &&
    !date.end &&
    date.basis === 'relative' &&
    date.start < published &&
    Date.parse(published) - Date.parse(date.start) <= STORY_DAY_SPAN * 86_400_000
  );
}

/** Words before a date in its sentence that make it another day's ("although this follows a fall on Tuesday"). */
const AWAY = /\b(?:although|though|after|since|before|follows|followed|following|despite|compared|than)\b/i;

/**
 * The story's day from the words of the lead when no event took its date ("Fireworks heralded the
 * new currency Tuesday as the euro made its debut"): the first time expression of a day in
 * `lead` (the text range of the first paragraph), outside quotations.
 */
export function leadDay(
  timexes: Timex[],
  lead: { start: number; end: number; text: string },
  quoted: (at: number) => boolean,
): EventDate | undefined {
  const t = timexes.find(
    (x) =>
      x.start >= lead.start &&
      x.end <= lead.end &&
      x.type === 'DATE' &&
      !quoted(x.start) &&
      !AWAY.test(
        lead.text
          .slice(0, x.start - lead.start)
          .split(/[.!?]\s/)
          .pop() ?? '',
      ),
  );
  const day = t && dateOfValue(t.value);
  if (!t || !day) return undefined;
  return { ...day, basis: basisOf(t.text), expression: t.text, timex: t.value };
}

/**
 * News is written about a day: "Yesterday, at its conference, Apple unveiled …" dates the story,
 * and what the article goes on to report without a date of its own happened that day too, not on
 * the day of publication. The day comes from the first event dated by a relative expression
 * ("yesterday", "late Sunday") up to three days before publication, else from the lead's words
 * (`words`); what the article reports undated before that event happened that day too (the day is
 * the story's, wherever it is first written: "… was revealed yesterday" in the fifth paragraph).
 */
export function storyDay(drafts: Draft[], published: string, words?: EventDate): void {
  // the article's first event dated to a day sets the day (on the day of publication: nothing moves)
  const lead = drafts.find((d) => !d.headline && d.ownDate && d.date.precision === 'day' && !d.date.end);
  const day = lead ? lead.date : words;
  if (!day || !storyDate(day, published)) return;
  for (const d of drafts) {
    if (!d.headline && d.date.basis === 'reported' && !d.fromTable) d.date = { ...day };
  }
}
