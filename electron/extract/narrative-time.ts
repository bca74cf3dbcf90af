/**
 * Narrative time: a story told in order from a day it writes ("On March 3 a man stole a bus. He
 * drove off … Two patrol cars followed him …") goes on on that day. An act told in the simple past
 * with no date of its own, after an event dated to a day well before publication, happened on that
 * day, until the text writes another date or tells something as of now.
 */
import { daysFrom, type EventDate } from './dates';
import type { Draft } from './draft';
import type { Tags } from './nlp';
import { STORY_DAY_SPAN } from './story-day';
import { isPastForm, verbInfo } from './verb-forms';

/** Words before a past form that make it no act of that day ("has left", "will have left"). */
const NOT_THEN =
  /\b(?:has|have|is|are|am|will|would|shall|could|can|may|might|must|should)\s+(?:\p{Ll}+\s+)?$/u;

/** How the draft's verb is told: in the simple past, as of now, or neither of them. */
function tense(d: Draft): 'past' | 'now' | 'other' {
  for (const m of d.quote.matchAll(/\p{Ll}+/gu)) {
    const info = verbInfo(m[0]);
    const listed = info?.base === d.verb;
    // (a verb the lexicon does not hold is named as written: "drove")
    if (!listed && m[0] !== d.verb) continue;
    if (info?.present) return 'now';
    if (!(listed ? info.past : isPastForm(m[0]))) return 'other';
    return NOT_THEN.test(d.quote.slice(0, m.index)) ? 'now' : 'past';
  }
  return 'other';
}

/** True when the draft's date is written before a noun, as that thing's ("the July 31 march"). */
function attributive(d: Draft, tags: Tags): boolean {
  const written = d.date.expression ?? '';
  const at = written ? d.quote.indexOf(written) : -1;
  if (at < 0) return false;
  const next = /^\s+(?=\p{L})/u.exec(d.quote.slice(at + written.length));
  return !!next && tags.at(d.start + at + written.length + next[0].length) === 'NOUN';
}

/**
 * Dates the undated acts of an article (`drafts`, in text order) that go on a story told from a
 * day written earlier. The lead (paragraphs up to `lead`) and the days just before publication are
 * `story-day`'s: only a day written after the lead, more than that span before publication, starts
 * one ("… was charged. Early on June 3 he broke into a kiosk. A passer-by called the police.").
 */
export function narrativeDays(drafts: Draft[], published: string, tags: Tags, lead: number): void {
  let focus: EventDate | undefined;
  // (the first clause of a sentence that writes a date sets the day: "The court ruled on Thursday,
  // after the ministry asked on May 8 …" goes on on Thursday)
  let decided = -1;
  for (const d of drafts) {
    if (d.headline || d.fromTable) continue;
    if (d.ownDate) {
      // (a date told in passing is that thing's, no day the story goes on from: "… the march of
      // July 31, which the police broke up", "charged over the July 31 march")
      if (d.background || d.order === decided || attributive(d, tags)) continue;
      // (the lead's dates are the story's day's to set or to leave: `story-day`)
      if (d.paragraph <= lead) {
        focus = undefined;
        continue;
      }
      decided = d.order;
      const day = d.date.precision === 'day' && !d.date.end;
      focus = day && daysFrom(d.date.start, published) > STORY_DAY_SPAN ? d.date : undefined;
      continue;
    }
    if (!focus || d.date.basis !== 'reported') continue;
    // (what was said in the past was said when it was reported, not on the story's day)
    const told = tense(d);
    if (told === 'now') focus = undefined;
    else if (told === 'past' && !d.speech) d.date = { ...focus };
  }
}
