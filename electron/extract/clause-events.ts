/**
 * Clause events: the event of each clause `findClauses` finds beside a sentence's main event; its
 * subject acts, and its date is its own, else the main event's own date, else the reported one.
 */
import { cameoOf, intentOf } from './cameo';
import type { Clause } from './clauses';
import { anchorDayOf, anchoredDate, cueStartBefore } from './anchored-dates';
import { pickEventTimex } from './date-pick';
import { dateFromTimex, dateOfValue, reportedDate, type EventDate } from './dates';
import { asidesBesides, isPersonal, thingOf, type Draft, type SentenceContext } from './draft';
import { ADDITIVE, saysAt } from './lexicon';
import { verbInfo } from './verb-forms';
import type { Mention } from './mention';
import { passiveAgent } from './passive-agent';
import { actorsOf } from './roles';
import { byIndex } from './subject';
import { isThinPart } from './skip';
import { makeTitle } from './title';

/** The event of one clause found by `findClauses`: its subject acts, dated by its own words first. */
export function clauseDraft(
  sentence: SentenceContext,
  c: Clause,
  main: Draft | undefined,
  clauses: Clause[],
): Draft | undefined {
  const { run, s, paragraph, order, tokens, mentions, regions, gap } = sentence;
  let lead = c.from;
  while (
    lead < c.verbIndex &&
    /^(?:and|but|while|whilst|whereas|then|yet|although|though)$/.test(tokens[lead]?.key ?? '')
  )
    lead++;
  const startTok = tokens[lead];
  // the quote runs on over what follows that is no clause of its own ("…, before going back up")
  // (a clause of time that dates its own act runs on too: "until he agreed …, after being granted …")
  const closed = c.subordinate && !c.ownDateOnly;
  const next = closed ? undefined : clauses.find((x) => x.from > c.from && !x.subordinate);
  const to = closed ? c.to : (next?.from ?? tokens.length);
  const endTok = tokens[to - 1];
  const verbTok = tokens[c.verbIndex];
  if (!startTok || !endTok || !verbTok) return undefined;
  const own = c.shared
    ? startTok.start
    : Math.min(startTok.start, tokens[c.subject.from]?.start ?? startTok.start);
  // "eight months after American troops swept into Baghdad": the cue that dates the clause is its own
  const cue = c.subordinate ? cueStartBefore(s.text, own - s.start) : undefined;
  const start = cue === undefined ? own : cue + s.start;
  let end = to >= tokens.length ? s.end : endTok.end;
  const quote = s.text.slice(start - s.start, end - s.start).replace(/[\s,;:]+$/, '');
  end = start + quote.length;
  if (quote.length < 8) return undefined;
  const inClause = mentions.filter((m) => m.from >= c.from && m.to <= c.to);
  const actors = actorsOf([c.subject, ...inClause.filter((m) => m !== c.subject)], c.subject, 0, sentence);
  // "The Shuffle was introduced": the subject of a passive is acted upon
  const first = actors[0];
  if (c.passive && first) {
    actors[0] = { ...first, role: 'target' };
    // "… was opened by Alexander Dubcek": the agent after "by" is who acted
    const agent = passiveAgent(tokens, inClause, c.verbIndex, byIndex(tokens, gap));
    const at = agent ? actors.findIndex((a) => a.name === agent.name) : -1;
    const doer = actors[at];
    if (doer) {
      actors.splice(at, 1);
      actors.unshift({ ...doer, role: 'source' });
    }
  }
  const info = verbInfo(verbTok.key);
  const lemma = verbTok.key;
  const speech = !!info && saysAt(info.base, tokens[c.verbIndex + 1]?.key);
  const lower = quote.toLowerCase();
  const cameo = intentOf(
    cameoOf(info, lower, c.passive),
    speech,
    s.text.slice(verbTok.end - s.start, end - s.start).toLowerCase(),
  );
  const pick = pickEventTimex(
    run.timexes,
    { start, end, text: quote },
    {
      start: verbTok.start,
      end: verbTok.end,
      speech,
      base: info?.base ?? lemma,
      planned: c.modality === 'planned',
    },
    run.published,
    [...regions, ...asidesBesides(sentence, verbTok.start)],
  );
  // (dated by the cue from the main event's day: "Sunday, eight months after …")
  const anchored =
    cue === undefined
      ? undefined
      : anchoredDate(s.text.slice(cue - s.start), anchorDayOf(main?.date, run.published))?.date;
  // ("in prison since April 2019, when the court raised his sentence": "when" after a date and its
  // comma is the time just named)
  const named = pick ? undefined : timeNamedBefore(sentence, c.from);
  const date: EventDate = pick
    ? dateFromTimex(pick)
    : named
      ? named
      : (anchored ??
        (main && main.ownDate && !main.fromTable ? { ...main.date } : reportedDate(run.published)));
  const d: Draft = {
    articleId: run.articleId,
    published: run.published,
    paragraph,
    order,
    source:
      actors[0]?.role === 'source'
        ? { name: actors[0].name, kind: actors[0].kind }
        : { name: c.subject.name, kind: c.subject.kind },
    actors,
    ...thingOf(c.subject),
    verb: info?.base ?? lemma,
    speech,
    cameo,
    date,
    ownDate: !!pick || !!named,
    quote,
    start,
    end,
    // (a clause that opens the sentence, or that another clause follows, tells no more than its
    // own words: "set out the new fares | and asked riders to …")
    title: makeTitle(
      joinedName(sentence, c.subject),
      tokens,
      c.verbIndex,
      c.leading || next ? s.text.slice(0, end - s.start) : s.text,
      s.start,
      regions,
      date.expression,
      speech,
    ),
    fromTable: false,
    pronounSubject: c.subject.via === 'pronoun',
    personalSubject: isPersonal(sentence, c.subject),
    quoteFirst: false,
    // ("The president also inaugurated …": another item of the same actor, not the same act again)
    additive: ADDITIVE.test(
      s.text.slice((tokens[c.subject.from]?.start ?? s.start) - s.start, verbTok.end - s.start),
    ),
    codes: cameo && cameo !== '01' ? [cameo] : [],
    modality: pick?.planned ? 'planned' : c.modality,
  };
  // ("… at noon after the union quit": a short clause of time told after the main event, with no
  // date of its own, is a detail of that event: `isThinPart`)
  return main && c.subordinate && !c.leading && isThinPart(d, s) ? undefined : d;
}

/** The subject as a title names it, with the people joined after it ("Chiluba and his ministers"). */
function joinedName(sentence: SentenceContext, subject: Mention): string {
  const { s, tokens } = sentence;
  const last = tokens[subject.to - 1];
  const end = subject.joinedTo === undefined ? undefined : tokens[subject.joinedTo - 1];
  return last && end ? subject.name + s.text.slice(last.end - s.start, end.end - s.start) : subject.name;
}

/**
 * The date of the time expression right before a clause that "when" opens, with a comma between or
 * none ("the march turned ugly on Friday when farmers fought with the guards").
 */
function timeNamedBefore(sentence: SentenceContext, from: number): EventDate | undefined {
  const { tokens, run, s } = sentence;
  const when = tokens[from];
  if (when?.key !== 'when') return undefined;
  const before = s.text.slice(0, when.start - s.start);
  const t = run.timexes.find(
    (x) =>
      (x.type === 'DATE' || x.type === 'TIME') &&
      x.start >= s.start &&
      x.end <= when.start &&
      /^,?\s*$/.test(before.slice(x.end - s.start)),
  );
  const date = t && dateOfValue(t.value);
  return t && date ? dateFromTimex({ timex: t, date, expression: t.text }) : undefined;
}
