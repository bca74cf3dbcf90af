/**
 * The day of the story: an article's undated events happened on the day its lead dates with a
 * relative expression ("yesterday", "on Friday"), not on the day of publication.
 */
import type { Draft } from './draft';

/**
 * How many days before publication a lead's date may lie and still be the day of the story (a
 * Sunday's events in a Tuesday paper).
 */
const STORY_DAY_SPAN = 3;

/**
 * News is written about a day: "Yesterday, at its conference, Apple unveiled …" dates the story,
 * and what the article goes on to report without a date of its own happened that day too, not on
 * the day of publication. The day comes from the first event dated by a relative expression
 * ("yesterday", "late Sunday") up to three days before publication; events before it keep their dates.
 */
export function storyDay(drafts: Draft[], published: string): void {
  // the article's first event dated to a day sets the day (on the day of publication: nothing moves)
  const lead = drafts.find((d) => !d.headline && d.ownDate && d.date.precision === 'day' && !d.date.end);
  if (
    !lead ||
    lead.date.basis !== 'relative' ||
    lead.date.start >= published ||
    Date.parse(published) - Date.parse(lead.date.start) > STORY_DAY_SPAN * 86_400_000
  )
    return;
  for (const d of drafts) {
    if (d.order > lead.order && d.date.basis === 'reported' && !d.fromTable) d.date = { ...lead.date };
  }
}
