/**
 * Which time expression of a sentence dates its event: the one nearest the verb at the finest
 * precision, not one inside what was said, a contrast, a participle's aside, a date that modifies
 * a noun or a weekday that the date beside it names; a plan told in what was said dated ahead.
 */
import type { Precision } from '../shared/model';
import { dateOfValue, WEEKDAY, type DatePick, type EventDate } from './dates';
import type { Timex } from './timex';
import { HAPPENINGS, PROCEEDINGS } from './lexicon';
import { verbInfo } from './verb-forms';

const COPULA_OR_MODAL = /^(?:is|are|was|were|will|would|has|have|had|could|can|should|may|might)$/i;

/**
 * The days a range of days written around a day's date covers: "18 to 21 March", "between 18
 * and 21 March" (the date is the last day), "March 18-21", "March 18 to 21" (the first).
 */
function dayRange(
  value: string,
  before: string,
  after: string,
): { date: Omit<EventDate, 'basis'>; lead: string; tail: string } | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const day = (d: string): string => `${value.slice(0, 8)}${d.padStart(2, '0')}`;
  const first = /(?:(?:from|between)\s+)?(\d{1,2})\s*(?:to|and|-|–)\s*$/.exec(before);
  if (first?.[1] && day(first[1]) < value)
    return { date: { start: day(first[1]), end: value, precision: 'day' }, lead: first[0], tail: '' };
  const last = /^\s*(?:to|-|–)\s*(\d{1,2})\b(?![,.]?\d)/.exec(after);
  if (last?.[1] && day(last[1]) > value && Number(last[1]) <= 31)
    return { date: { start: value, end: day(last[1]), precision: 'day' }, lead: '', tail: last[0] };
  return undefined;
}

/** Verbs that tell what will be, as against calling for it ("said", "told", "announced"). */
const STATING = new Set([
  'say',
  'tell',
  'announce',
  'state',
  'confirm',
  'report',
  'add',
  'disclose',
  'reveal',
]);
/** Words of what was said that put it ahead ("will", "is to", "would be held"). */
const PLANNED_SAID = /\b(?:will|would|shall|is to|are to|due to|set to|scheduled to|expected to)\b/i;

/** True when a TIMEX3 value of a day or month lies after the day `published`. */
export function isAhead(value: string, published: string): boolean {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value > published;
  if (/^\d{4}-\d{2}$/.test(value)) return value > published.slice(0, 7);
  return false;
}

/**
 * A date a span runs to or from, or a comparison is made against ("until May", "since 2002",
 * "levels last seen in 1985"): not the date of the act.
 */
export const BOUNDARY =
  /\b(?:until|till|through|since|by|from|to|ahead of|as of|born(?: on| in)?|(?:last|not) seen(?: in| since)?)\s*$/i;

/** Verbs of beginning: a date after "from" is the day they begin. */
const BEGINNING = new Set(['start', 'begin', 'open', 'reopen', 'resume', 'commence', 'launch']);

/** Words that open a clause or phrase of its own after the event's verb. */
// (", but his suspension was due to end Feb. 28": a contrasting clause after a comma too)
const SUBORDINATE = /\b(?:although|though|whereas|while|after|following|follows|followed)\b|,\s*but\b/i;

/**
 * "after 19 moves", "after two hours": "after" measuring how long, not opening another event; nor
 * "a school named after his deputy", which honours someone.
 */
const MEASURED_AFTER =
  /\bafter\s+(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)\s|\b(?:re)?named after\b/gi;

const RANK: Record<Precision, number> = { day: 3, approximate: 2, month: 1, year: 0 };

/**
 * Chooses the time expression that dates an event among the sentence's timexes (file offsets).
 * `verbAt` is the event verb's offset; `speech` limits a verb of saying to dates next to it
 * ("announced on Tuesday that …"), not dates inside what was said.
 */
export function pickEventTimex(
  timexes: Timex[],
  sentence: { start: number; end: number; text: string },
  verb: { start: number; end: number; speech: boolean; base?: string; planned?: boolean },
  published: string,
  excluded: Array<[number, number]>,
): DatePick | undefined {
  // (two time expressions with only a comma between: "Tuesday night, May 27")
  const commaApart = (a: Timex, b: Timex): boolean =>
    a.end < b.start && /^,\s*$/.test(sentence.text.slice(a.end - sentence.start, b.start - sentence.start));
  let best: (DatePick & { rank: number; distance: number; plan: boolean }) | undefined;
  for (const t of timexes) {
    if (t.start < sentence.start || t.end > sentence.end) continue;
    if (t.type !== 'DATE' && t.type !== 'TIME') continue;
    // ("spotted him at about 12:15 p.m."): a time of day with no day written dates no day; the
    // event takes the story's day as an undated one does
    if (t.dayless) continue;
    if (excluded.some(([a, b]) => t.start >= a && t.end <= b)) continue;
    const before = sentence.text.slice(Math.max(0, t.start - sentence.start - 14), t.start - sentence.start);
    const after = sentence.text.slice(t.end - sentence.start, t.end - sentence.start + 12);
    const range = dayRange(t.value, before, after);
    // ("resumes from 3 March", "reopens from Monday": the day a beginning runs from is its day)
    const beginsFrom = /\bfrom\s*$/i.test(before) && BEGINNING.has(verb.base ?? '');
    if (BOUNDARY.test(before) && !range && !beginsFrom) continue;
    // "born in San Francisco on February 24, 1955": a date of birth, not of the event
    if (
      /\bborn\b[^,.;]*$/i.test(
        sentence.text.slice(Math.max(0, t.start - sentence.start - 60), t.start - sentence.start),
      )
    )
      continue;
    // "to add a trophy to her 2016 French Open title": a year an owner's thing was won or made in
    // is that thing's date, not the act's
    if (/^\d{4}$/.test(t.text) && /\b(?:her|his|its|their|our|my)\s+$/i.test(before)) continue;
    // "this year's conference": a modifier, not the event's date; "won Sunday's election" dates the act
    if (/^['’]s\b/.test(after) && (verb.speech || !/^\d{4}-\d{2}-\d{2}$/.test(t.value))) continue;
    // ("Tuesday night, May 27": the date written beside a weekday is the day it names)
    const apposed =
      WEEKDAY.test(t.text) &&
      timexes.some((x) => x.type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(x.value) && commaApart(t, x));
    if (apposed) continue;
    let plan = false;
    if (verb.speech && t.start > verb.end) {
      const between = sentence.text.slice(verb.end - sentence.start, t.start - sentence.start);
      // "announced on Tuesday", "told reporters two days ago"; not dates inside what was said
      // "claimed victory late on Sunday": a short object (no clause) may stand between
      const words = between.trim().split(/\s+/).filter(Boolean);
      const clause =
        /\b(?:that|he|she|it|they|we|i|you|would|will|could|had|has|have|was|were|is|are)\b|[,“”"]/i;
      // (unless what was said is a plan with a day ahead: "said the fare hike will push through
      // on Jan. 4 next year" is the plan, at its day)
      // (told plainly in one clause: not a call to act, "encouraged citizens to regroup on …")
      plan =
        STATING.has(verb.base ?? '') &&
        PLANNED_SAID.test(between) &&
        !/[“”",;]/.test(between) &&
        isAhead(t.value, published);
      // ("told farmers at a meeting in the Kelby Town Hall, Varna on Saturday, that …": a day
      // right before "that" closes the telling, whatever place stood between)
      const closes =
        /^\s*,?\s*that\b/i.test(after) && !/[“”"]/.test(between) && !clause.test(between.replace(/,/g, ' '));
      if (!plan && !closes && (clause.test(between) || words.length > (verb.base === 'say' ? 2 : 8)))
        continue;
      // "reported a hint of the signal in March": a longer object is fine when no verb follows the date
      // (up to a clause of time or cause after it: "announced a new fund on Monday after hunters killed …")
      const rest =
        (sentence.text.slice(t.end - sentence.start).split(/[,.;:!?]/)[0] ?? '').split(
          /\b(?:after|before|when|while|because|since|until|following)\b/i,
        )[0] ?? '';
      const finite = rest
        .split(/\s+/)
        .some((w) => COPULA_OR_MODAL.test(w) || !!verbInfo(w)?.past || !!verbInfo(w)?.present);
      // (a plan's day stays its own whatever follows: "… will be held April 3 and that X has …")
      if (!plan && words.length > 3 && finite) continue;
    }
    // "ended up 1.2%, although this follows a fall … yesterday": a date in a clause or phrase of
    // its own after the verb (a contrast, an earlier cause) dates that, not the event
    if (t.start > verb.end) {
      const between = sentence.text.slice(verb.end - sentence.start, t.start - sentence.start);
      // (not a measure: "gave up after 19 moves … last night")
      if (SUBORDINATE.test(between.replace(MEASURED_AFTER, ''))) continue;
      // "lost support compared with the election in 2014", "sold more than in 2019", "rose to 60%,
      // up from 48% in 2016": the date a figure is measured against, not the act's
      if (COMPARED.test(between)) continue;
      // "was opened by Dubcek, champion of the reforms crushed in 1968": a participle after a noun
      // in an aside dates what that noun names
      if (APPOSITIVE_PARTICIPLE.test(between)) continue;
      // "breaking the record set in 1972", "under the law passed in 2010": likewise right after the noun
      if (NOUN_PARTICIPLE.test(between)) continue;
      // "convicted Vane of assaulting a driver in 2013", "arrested for robbing a bank in 2006":
      // a year or month inside the act a gerund names dates that act
      if (/^\d{4}(?:-\d{2})?$/.test(t.value) && GERUND_ACT.test(between)) continue;
      // "pleaded guilty to a charge that she struck a neighbour during an assault on March 2", "was
      // charged over a brawl on Saturday": the day written after what happened dates that, not the plea
      if (PROCEEDINGS.has(verb.base ?? '') && HAPPENING_BEFORE.test(between)) continue;
    }
    // "a week ago, when he needlessly resigned in a drawn position, Kasparov gave up": a date before
    // a clause of time set off by commas dates that clause, not the verb after it
    if (t.end <= verb.start) {
      const between = sentence.text.slice(t.end - sentence.start, verb.start - sentence.start);
      if (/^\s*,\s*(?:when|as|after|before|while|because|since|until)\b[^,]*,/i.test(between)) continue;
    }
    const date = range?.date ?? dateOfValue(t.value);
    if (!date) continue;
    // a report tells what has happened; a planned act ("will take office on June 30") may lie ahead
    if (!verb.planned && !plan) {
      if (date.start.slice(0, 10) > published && date.precision === 'day') continue;
      if (date.precision === 'month' && date.start > published.slice(0, 7)) continue;
      if (date.precision === 'year' && date.start > published.slice(0, 4)) continue;
      // ("quit as mayor to lead the port authority next summer": a span ahead)
      if (date.precision === 'approximate' && date.start.slice(0, 10) > published) continue;
    }
    // ("decided yesterday to appeal the May 26 approval": a date between "the" and its noun names
    // that thing's day; another date of the same precision dates the act)
    const modifier = /\b(?:the|a|an)\s+$/i.test(before) && NOUN_AFTER.test(after);
    const rank = RANK[date.precision] - (modifier ? 0.5 : 0);
    const distance = t.end <= verb.start ? verb.start - t.end : Math.max(0, t.start - verb.end);
    if (!best || rank > best.rank || (rank === best.rank && distance < best.distance)) {
      // (the weekday written before it is part of how the day is told: "Tuesday night, May 27")
      const weekday = timexes.find((x) => WEEKDAY.test(x.text) && commaApart(x, t));
      const lead = range
        ? range.lead
        : weekday
          ? sentence.text.slice(weekday.start - sentence.start, t.start - sentence.start)
          : (/\b(?:on|in|at|during|last|this|early|late|earlier)\s+$/i.exec(before)?.[0] ?? '');
      best = { timex: t, date, rank, distance, expression: `${lead}${t.text}${range?.tail ?? ''}`, plan };
    }
  }
  if (!best) return undefined;
  const pick: DatePick = { timex: best.timex, date: best.date, expression: best.expression };
  return best.plan ? { ...pick, planned: true } : pick;
}

/** The words of a comparison that end right before its date ("compared with the vote in ", "than in "). */
const COMPARED =
  /(?:\bcompared\s+(?:to|with)\b[^,;]*|\bthan\s+(?:in\s+|on\s+|during\s+|at\s+)?|\b(?:up|down)\s+from\s+[$€£]?\d[^,;]{0,25}?(?:in|on|during|at)?\s*)$/i;

/** A noun of something that happened, with its determiner, right before a date ("an assault on "). */
const HAPPENING_BEFORE = new RegExp(
  `\\b(?:a|an|the|that|this)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${[...HAPPENINGS].join('|')})(?:es|s)?\\s+(?:on|in|at|during)?\\s*$`,
  'u',
);

/** A lower-case word after a date that is no preposition, conjunction or verb: the noun it modifies. */
const NOUN_AFTER =
  /^\s+(?!(?:of|to|and|or|in|on|at|for|by|with|from|was|were|is|are|will|would|has|had|when|after|before)\b)\p{Ll}{3,}/u;

/** An aside after a comma ending in a noun and its participle ("…, champion of the reforms crushed in "). */
const APPOSITIVE_PARTICIPLE =
  /,\s[^,;]*\b(?!(?:was|were|been|be|is|are|had|has|have|and|or|but)\s)\p{Ll}+\s+\p{Ll}{2,}(?:ed|en)\s+(?:in|on|during|since)\s+$/u;

/**
 * A noun phrase and the participle that dates it ("the record set in ", "a treaty signed on "); not a
 * passive ("the man was arrested on ": the participle is the clause's verb).
 */
const NOUN_PARTICIPLE =
  /\b(?:the|a|an|its|his|her|their)\s+(?:\p{Ll}+\s+)?(?!(?:was|were|been|being|is|are|had|has|have)\s)\p{Ll}{3,}\s+(?:\p{Ll}{2,}(?:ed|en)|set|won|held|made|built|hit|cut|shot)\s+(?:in|on|during)\s+$/u;

/**
 * An act a gerund names after "of" or "for", right after the verb or the person it is about, up to
 * the date ("convicted Vane of assaulting a driver in ", "guilty of raping … in "; not a noun's
 * "the option of eliminating …").
 */
const GERUND_ACT =
  /(?:^\s*|\b(?:him|her|them|guilty|innocent|accused|suspected|\p{Lu}\p{L}+)\s+)(?:of|for)\s+(?:\p{Ll}+ly\s+)?\p{Ll}{3,}ing\b[^,;]*$/u;
