/**
 * The day of the story: an article's undated events happened on the day its lead dates ("yesterday",
 * "on Friday", "on April 24" in its first paragraph), not on the day of publication.
 */
import { basisOf, dateOfValue, daysFrom, WEEKDAY, type EventDate } from './dates';
import type { Draft } from './draft';
import type { Timex } from './timex';
import { verbInfo } from './verb-forms';

/**
 * How many days before publication a lead's date may lie and still be the day of the story (a
 * Sunday's events in a Tuesday paper).
 */
export const STORY_DAY_SPAN = 3;

/**
 * True when `date` may be the story's day: a day one to three days before publication, written
 * relative to it ("yesterday", "on Sunday") or, `inLead`, in full in the first paragraph.
 */
function storyDate(date: EventDate, published: string, inLead: boolean): boolean {
  // (a weekday written with its date in the lead, "Tuesday night, May 27", names the story's day
  // up to a week and a half back: a weekly's)
  const span = inLead && weekdayAndDate(date.expression ?? '') ? WEEKLY_SPAN : STORY_DAY_SPAN;
  return (
    date.precision === 'day' &&
    !date.end &&
    (date.basis === 'relative' || inLead) &&
    date.start < published &&
    daysFrom(date.start, published) <= span
  );
}

/** How many of the body's paragraphs of prose may write the story's day: the lead and the one after it. */
const STORY_PARAGRAPHS = 2;

/**
 * The opening of a story: its lead (the first paragraph of prose) and the last paragraph that may
 * still write the story's day. A byline ("- Ana Ruiz"), a "Posted: Friday, May 8" line or a
 * photo credit is no paragraph of prose, so it takes no place among the two.
 */
export interface StoryOpening {
  lead?: { start: number; end: number; text: string };
  leadParagraph: number;
  through: number;
  prose: number;
}

/** An opening with no paragraph noted yet. */
export const newOpening = (): StoryOpening => ({ leadParagraph: 1, through: 0, prose: 0 });

/** Notes paragraph number `paragraph` of the body (its text starting at file offset `start`). */
export function noteParagraph(opening: StoryOpening, paragraph: number, text: string, start: number): void {
  if (opening.prose >= STORY_PARAGRAPHS) return;
  opening.through = paragraph;
  const prose = (text.match(/\p{L}+/gu) ?? []).length >= 6;
  if (prose) opening.prose++;
  // (the first paragraph stands for the lead until one of prose comes)
  if (!opening.lead || (prose && opening.prose === 1)) {
    opening.lead = { start, end: start + text.length, text };
    opening.leadParagraph = paragraph;
  }
}

/** A weekday and the date beside it ("Tuesday night, May 27"). */
const weekdayAndDate = (expression: string): boolean =>
  WEEKDAY.test(expression) && /,\s*(?:\S+\s+)?\d/.test(expression);
/** How many days before publication such a day may lie. */
const WEEKLY_SPAN = 10;

/** Words before a date in its sentence that make it another day's ("although this follows a fall on Tuesday"). */
const AWAY = /\b(?:although|though|after|since|before|follows|followed|following|despite|compared|than)\b/i;

/**
 * The story's day from the words of the lead when no event took its date ("Fireworks heralded the
 * new currency Tuesday as the euro made its debut"): the first time expression of a day in
 * `lead` (the text range of the first paragraph), outside quotations ("this year" names no day).
 */
export function leadDay(
  timexes: Timex[],
  lead: { start: number; end: number; text: string },
  quoted: (at: number) => boolean,
): { date: EventDate; at: number } | undefined {
  const t = timexes.find(
    (x) =>
      x.start >= lead.start &&
      x.end <= lead.end &&
      x.type === 'DATE' &&
      dateOfValue(x.value)?.precision === 'day' &&
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
  return { date: { ...day, basis: basisOf(t.text), expression: t.text, timex: t.value }, at: t.start };
}

/**
 * News is written about a day: "Yesterday, at its conference, Apple unveiled …" dates the story,
 * and what the article goes on to report without a date of its own happened that day too, not on
 * the day of publication. The day is the first one the article writes in its first two
 * paragraphs, up to three days before publication: an event's date ("yesterday", "late Sunday"),
 * or the lead's words (`lead`) where they come first. What the article reports undated before it
 * happened that day too. (A day written further on is one item's: after "Tarnby Rail carried 4
 * million riders in May", a fourth paragraph's "It added on Friday that …" leaves the rest at
 * publication.)
 */
export function storyDay(
  drafts: Draft[],
  published: string,
  opening: StoryOpening,
  lead?: { date: EventDate; at: number },
): void {
  // (a date a fact told in passing took is no story's: "… the contract that expired on Tuesday")
  const words = drafts.some((d) => d.background && lead && d.start <= lead.at && lead.at < d.end)
    ? undefined
    : lead;
  // the article's first event dated to a day sets the day (on the day of publication: nothing moves)
  const first = drafts.find(
    (d) =>
      !d.headline &&
      !d.background &&
      d.ownDate &&
      d.date.precision === 'day' &&
      !d.date.end &&
      d.paragraph <= opening.through,
  );
  // (a date written in full names the story's day only in the first paragraph: "King Mahendra on
  // April 24 declared …"; further on it is a fact's, "His inauguration on January 20 marked …")
  const byEvent =
    first && storyDate(first.date, published, first.paragraph <= opening.leadParagraph)
      ? first.date
      : undefined;
  // (the lead's words set it where their date comes before that event's; words that name the day
  // of publication itself, a dateline's, leave it to the event: "DATIYA, 4 October 2005 — … yesterday")
  const at = first && first.start + Math.max(0, first.quote.indexOf(first.date.expression ?? ''));
  const wordsFirst = !!words && (!first || words.at < (at ?? 0));
  const day = wordsFirst && storyDate(words.date, published, true) ? words.date : byEvent;
  if (!day) return;
  // (a statement in the present that writes the day itself tells of that day: "Police say that on
  // Sunday, officers arrested …")
  const dayAt = wordsFirst ? words.at : at;
  const writesDay = (d: Draft): boolean => dayAt !== undefined && d.start <= dayAt && dayAt < d.end;
  for (const d of drafts) {
    if (!d.headline && d.date.basis === 'reported' && !d.fromTable && (!toldNow(d) || writesDay(d)))
      d.date = { ...day };
  }
}

/**
 * "Rosenberg says investors were …", "He estimates the damage at …": an act told in the present
 * tense is told as of the writing, so it stays at publication, whatever day the story is about.
 */
function toldNow(d: Draft): boolean {
  return (d.quote.match(/\b\p{Ll}+s\b/gu) ?? []).some((w) => {
    const info = verbInfo(w);
    return !!info?.present && info.base === d.verb;
  });
}
