/**
 * Events of one article: walks its lines (paragraphs and table rows; headings, rules, footers and
 * datelines are skipped) and assembles the events of each sentence from the stages: its actors
 * (`sentence-actors`), its clauses (`clauses`), its main event (`main-event`) and the events of its
 * other clauses (`clause-events`); table rows have their own reading (`table-rows`). Last, the
 * story's undated events take the day of its lead (`story-day`).
 */
import { newActorContext, noteActing, notePerson } from './actors';
import { clauseDraft } from './clause-events';
import { endBeforeMain } from './earlier-clauses';
import { findClauses, isRelative, type Clause } from './clauses';
import { gerundActs } from './gerund-acts';
import { headlineClause, headlineContext } from './headline';
import { sayingActs } from './saying-acts';
import { cueStartBefore } from './anchored-dates';
import { aheadForPlan, upToPublication } from './dates';
import { tellFrom, type ArticleRun, type Draft, type SentenceContext } from './draft';
import { classifyLines, DATELINE_PREFIX } from './lines';
import { mainEvent } from './main-event';
import type { ActorContext } from './mention';
import { habitual, modalityOf, statesOnly } from './modality';
import { pastFacts } from './past-facts';
import { inside, quoteRegions } from './quotes';
import { reportedActs } from './reported-acts';
import { datedRelatives, relativeFacts } from './relative-facts';
import { sentenceMentions } from './sentence-actors';
import { lastResort, sentenceFallback, thingFallback } from './sentence-fallback';
import { datedResort, quotedStatement, speechResort } from './sentence-resorts';
import type { SentenceView } from './sentence-view';
import { splitSentences } from './sentences';
import { isBareQuote, isThinPart, tellsNoEvent, tellsTooLittle } from './skip';
import { SPEECH_VERBS } from './lexicon';
import { narrativeDays } from './narrative-time';
import { leadDay, newOpening, noteParagraph, storyDay } from './story-day';
import { gapOf } from './subject';
import { tableRowEvents } from './table-rows';
import { eventTitle, finishTitle } from './title';
import { tokenize, type Token } from './tokens';
import { isPastForm, verbInfo } from './verb-forms';
import { voteResult } from './vote-results';

/** Walks one article and returns its events in text order. */
export function extractArticleEvents(run: ArticleRun): Draft[] {
  const ctx: ActorContext = newActorContext(run.text);
  const lines = classifyLines(run.text);
  const drafts: Draft[] = [];
  let order = run.orderBase;
  let paragraph = 0;
  let sawHeadline = false;
  let lastDated: Draft | undefined;
  const opening = newOpening();
  const emit = (d: Draft): void => {
    if (tellsTooLittle(d)) return;
    d.title = eventTitle(d.title, d.quote);
    drafts.push(d);
    if (d.date.basis !== 'reported') lastDated = d;
  };

  for (const line of lines) {
    if (line.kind === 'blank') continue;
    if (!sawHeadline) {
      sawHeadline = true;
      if (line.kind === 'heading') {
        // the headline's event joins the body's report of it when merged
        const h = headlineClause(run, {
          start: run.offset + line.start,
          end: run.offset + line.start + line.text.length,
          text: line.text,
        });
        const scratch = headlineContext(ctx);
        for (const d of sentenceEvents(run, h, scratch, 0, order++, drafts, lastDated, true)) emit(d);
        continue;
      }
    }
    if (line.kind === 'table-row') {
      paragraph++;
      for (const d of tableRowEvents(run, line.text, run.offset + line.start, ctx, paragraph, order++))
        emit(d);
      continue;
    }
    if (line.kind !== 'paragraph') continue;
    paragraph++;
    // (the lead, where the story's day is written, and the paragraph after it)
    noteParagraph(opening, paragraph, line.text, run.offset + line.start);
    // "BRUSSELS (Reuters) - …": the dateline that opens a wire story is not part of any event
    // a list marker or quote mark of Markdown ("- ", "1. ", "> ") is not part of the sentence
    const marker = /^\s*(?:[-*+•]|\d{1,2}[.)]|>)\s+/.exec(line.text);
    const dateline = DATELINE_PREFIX.exec(line.text.slice(marker?.[0].length ?? 0));
    const skip = (marker?.[0].length ?? 0) + (dateline ? dateline[0].length : 0);
    // ("Closing the pool: DENIED, 6-5."; its order lies between the sentences', next to neither)
    const vote = voteResult(line.text, run.offset + line.start, drafts, { paragraph, order: order + 0.5 });
    if (vote) emit(vote);
    else
      for (const s of splitSentences(line.text.slice(skip), run.offset + line.start + skip)) {
        order++;
        // (a quotation no one is named as saying goes on with the speaker quoted just before)
        const statement = isBareQuote(s.text) ? quotedStatement(run, s, paragraph, order, drafts) : undefined;
        if (statement) emit(statement);
        if (tellsNoEvent(s.text)) continue;
        for (const clause of clausesOf(s))
          for (const d of sentenceEvents(run, clause, ctx, paragraph, order, drafts, lastDated)) emit(d);
      }
  }
  narrativeDays(drafts, run.published, run.tags, opening.leadParagraph);
  const { lead } = opening;
  const quoted = lead ? quoteRegions(lead.text, lead.start) : [];
  storyDay(
    drafts,
    run.published,
    opening,
    lead && leadDay(run.timexes, lead, (at) => quoted.some(([a, b]) => at >= a && at < b)),
  );
  return drafts;
}

/** Clauses of a sentence that may each hold an event: split at semicolons. */
function clausesOf(s: {
  start: number;
  end: number;
  text: string;
}): Array<{ start: number; end: number; text: string }> {
  const parts: Array<{ start: number; end: number; text: string }> = [];
  let from = 0;
  for (const m of s.text.matchAll(/;\s+/g)) {
    const at = m.index ?? 0;
    parts.push({ start: s.start + from, end: s.start + at, text: s.text.slice(from, at) });
    from = at + m[0].length;
  }
  parts.push({ start: s.start + from, end: s.end, text: s.text.slice(from) });
  return parts.filter((p) => p.text.trim().length > 0);
}

/** The events of one sentence (or clause of a table-free line): its main event, then its other clauses. */
function sentenceEvents(
  run: ArticleRun,
  s: { start: number; end: number; text: string },
  ctx: ActorContext,
  paragraph: number,
  order: number,
  drafts: Draft[],
  lastDated: Draft | undefined,
  headline = false,
): Draft[] {
  const tokens = tokenize(s.text, s.start);
  const mentions = sentenceMentions(run, s, tokens, ctx, headline);
  const regions = quoteRegions(s.text, s.start);
  const sentence: SentenceContext = {
    run,
    s,
    paragraph,
    order,
    tokens,
    mentions,
    regions,
    gap: gapOf(s.text, s.start),
  };
  const view: SentenceView = {
    tokens,
    mentions,
    gap: (a, b) => {
      const x = tokens[a];
      const y = tokens[b];
      return x && y ? s.text.slice(x.end - s.start, y.start - s.start) : '';
    },
    inQuote: (t) => inside(regions, t),
    tags: run.tags,
    headline,
  };
  // "Loughner remains in custody", "Kelby Steel employs 450 workers": how things are, not what
  // happened (unless the clause dates it: "is suspected of shooting … on Saturday")
  const dated = (from: number, to: number): boolean => {
    const a = tokens[from]?.start ?? s.start;
    const b = tokens[to - 1]?.end ?? s.end;
    return run.timexes.some((x) => x.start >= a && x.end <= b && /^\d{4}/.test(x.value));
  };
  const state = (v: number, from: number, to: number): boolean =>
    (statesOnly(view, v) || habitual(view, v, s.text)) && !dated(from, to);
  // ("The Soviet flag … was lowered at 7:38 p.m. on Wednesday": a thing's happening is a clause of
  // its own only when dated; undated, it is the last resort of a sentence that tells nothing else)
  const read = findClauses(view).filter((c) => !state(c.verbIndex, c.from, c.to));
  // ("… three weeks after controversial elections returned the ruling party to power": a thing's
  // act in a clause of time or cause after the main verb is the sentence's second event)
  const pastSub = (c: Clause): boolean =>
    c.subordinate &&
    c.modality === 'asserted' &&
    isPastForm(tokens[c.groupFrom]?.key ?? '') &&
    !view.inQuote(tokens[c.verbIndex] as Token);
  const clauses = read.filter(
    (c) =>
      (!c.subject.thing || dated(c.from, c.to) || (pastSub(c) && !c.leading)) &&
      (!c.ownDateOnly || dated(c.from, c.to)),
  );
  // (a subordinate clause that dates an act of its own keeps its date from the others:
  // "Taylor ruled Liberia until he agreed to leave power in August 2003")
  // (and a relative clause dates what it tells, not the clause around it: "The company, which was
  // founded in 1998, reported a loss")
  sentence.asides = clauses
    .filter((c) => c.ownDateOnly || isRelative(tokens, c))
    .map((c) => [tokens[c.from]?.start ?? s.start, tokens[c.to - 1]?.end ?? s.end]);
  // ("… after the contract that expired at midnight Tuesday": so does a thing's dated relative clause)
  const relatives = headline ? [] : datedRelatives(sentence);
  sentence.asides.push(...relatives.map((c) => c.region));
  const main = mainEvent(sentence, ctx, drafts, lastDated, clauses);
  const out: Draft[] = [];
  const mainVerb = main?.verbIndex;
  let first =
    main && main.verbIndex >= 0 && state(main.verbIndex, 0, tokens.length) ? undefined : main?.draft;
  // "The talks resumed as Veska Telecom said …": an actor that is the subject of a subordinate
  // clause after the verb acts in that clause, not in the main one
  if (
    mainVerb !== undefined &&
    clauses.some(
      (c) => c.subordinate && !c.ownDateOnly && c.from > mainVerb && c.subject.name === first?.source?.name,
    )
  )
    first = undefined;
  // ("At least 300 people were feared drowned … on Thursday, the news agency said today": a
  // thing's happening the statement tells, dated by its own words before the speaker, is its own)
  // (a named speaker: what unnamed officials said is the happening's one event)
  const speakerAt =
    mentions.find((m) => m.name === first?.source?.name && !m.absorbed && m.via !== 'description')?.from ??
    -1;
  const toldDated = (c: Clause): boolean =>
    !!c.subject.thing && speakerAt > c.verbIndex && dated(c.from, speakerAt);
  // "Jubilant demonstrators shouted … at news Mubarak had resigned": a clause whose verb no word
  // list names, of another actor, before the main event's verb, is an event of its own
  const earlier = (c: Clause): boolean =>
    mainVerb !== undefined &&
    c.verbIndex < mainVerb &&
    !c.shared &&
    !c.subordinate &&
    c.subject.via !== 'pronoun' &&
    c.subject.name !== first?.source?.name &&
    !first?.quoteFirst &&
    (!first?.speech || toldDated(c));
  // (a clause of its own segment, which ends before the main verb: "…, but the deputy refused …")
  const closesBefore = (c: Clause): boolean =>
    mainVerb !== undefined && c.to <= mainVerb && c.to < tokens.length && !c.subordinate;
  const extra = clauses.filter(
    (c) =>
      mainVerb === undefined ||
      ((c.to <= mainVerb || c.from > mainVerb) && !(first?.quoteFirst && c.verbIndex < mainVerb)) ||
      earlier(c),
  );
  if (!first && extra.length && !extra[0]?.shared) {
    const c = extra.shift() as Clause;
    first = clauseDraft(sentence, c, undefined, clauses);
  }
  let firstCut: number | undefined;
  if (first) {
    if (!first.modality && mainVerb !== undefined && mainVerb >= 0)
      first.modality = modalityOf(view, mainVerb);
    out.push(first);
    // the main event's quote ends where the next clause after its verb begins
    // (a subordinate clause of another actor is its own event: "… resumed as Veska Telecom said …")
    // (a clause before its verb, "Modi, who watched from Johannesburg, said", is told apart below)
    const next = extra.find(
      (c) =>
        (tokens[c.from]?.start ?? 0) > first.start &&
        (mainVerb === undefined || mainVerb < 0 || c.from > mainVerb) &&
        (!c.subordinate || c.ownDateOnly || c.subject.name !== first.source?.name),
    );
    const at = next ? tokens[next.from]?.start : undefined;
    // ("…, eight months after American troops swept into Baghdad": the cue belongs to the clause after it)
    const cut =
      at === undefined ? undefined : (cueStartBefore(s.text, at - s.start) ?? at - s.start) + s.start;
    if (cut !== undefined && cut < first.end && extra.length) {
      const quote = s.text
        .slice(first.start - s.start, cut - s.start)
        .replace(/[\s,;:]+(?:and|but|while|whilst|whereas|then)?\s*$/i, '');
      // (a statement keeps what it says: "Oh said that while Korea had reaped …" is not "Oh said")
      const bare =
        first.speech &&
        SPEECH_VERBS.has(verbInfo(/(\S+)\s+(?:that\s*)?$/i.exec(quote)?.[1] ?? '')?.base ?? '');
      if (quote.length >= 12 && !bare) {
        first.quote = quote;
        first.end = first.start + quote.length;
        firstCut = cut;
      }
    }
  }
  const told: Clause[] = [];
  for (const c of extra) {
    const d = clauseDraft(sentence, c, first, clauses);
    if (!d) continue;
    if (earlier(c) && first) endBeforeMain(sentence, d, c, first, closesBefore(c));
    // "Djokovic took the measure of a serve and delivered a backhand": one actor, one event
    const before = out[out.length - 1];
    // (unless the second is another act, not a word, with an actor of its own: "filed for
    // bankruptcy and sued Dynegy")
    const otherAct =
      !!before &&
      d.verb !== before.verb &&
      !d.speech &&
      tokens[c.from]?.key === 'and' &&
      mentions.some(
        (m) =>
          !m.absorbed && m.via !== 'pronoun' && m.from >= c.from && m.to <= c.to && m.name !== c.subject.name,
      );
    // (two acts each with a date of its own stay two: "left Oslo on March 3 and arrived in Lagos
    // on March 5"; one date written after both dates both: "took the ball and scored on Sunday")
    if (
      before &&
      before.source?.name === d.source?.name &&
      d.start >= before.end &&
      !(d.ownDate && (before.ownDate || c.ownDateOnly)) &&
      !otherAct
    ) {
      if (d.ownDate) {
        before.date = d.date;
        before.ownDate = true;
      }
      before.quote = s.text.slice(before.start - s.start, d.end - s.start);
      before.end = d.end;
      for (const a of d.actors) if (!before.actors.some((x) => x.name === a.name)) before.actors.push(a);
      continue;
    }
    out.push(d);
    told.push(c);
  }
  // a clause before the main verb told as an event of its own, one that opens the sentence ("After
  // the judge cleared that hurdle, the attorney said …") or describes its subject ("Ruiz, who was
  // sworn in on Monday, vowed …"), leaves the main event the words after it
  const toldBefore = told.filter(
    (c) =>
      (c.leading || isRelative(tokens, c) || (earlier(c) && closesBefore(c))) &&
      mainVerb !== undefined &&
      c.to <= mainVerb,
  );
  const ahead = toldBefore[toldBefore.length - 1];
  const mainFrom = ahead && tokens[ahead.to]?.start;
  if (first && mainFrom !== undefined && first.start < mainFrom) tellFrom(first, sentence, mainFrom);
  // a main event still cut where the next clause begins tells no more than its words: its title
  // ends there ("… filed for bankruptcy", not "… and sued Dynegy") and its actors are those named
  // before (the subject stays)
  if (first && firstCut !== undefined && first.end <= firstCut) {
    const lead = s.text.slice(firstCut - s.start).match(/^\S+\s+\S+/)?.[0];
    const at = lead ? first.title.indexOf(` ${lead}`) : -1;
    if (at > 0) first.title = finishTitle(first.title.slice(0, at));
    const before = firstCut;
    const named = new Set(
      mentions.filter((m) => (tokens[m.from]?.start ?? before) < before).map((m) => m.name),
    );
    first.actors = first.actors.filter((a, k) => k === 0 || named.has(a.name));
  }
  if (!out.length && !headline) {
    const found = sentenceFallback(view, clauses) ?? thingFallback(view, read, dated);
    const last = found
      ? undefined
      : (lastResort(view) ??
        // (a date a past fact named in passing takes is that fact's: "since the overthrow of …")
        (pastFacts(sentence, []).length
          ? undefined
          : datedResort(view, {
              timexes: run.timexes,
              published: run.published,
              question: /\?\W*$/.test(s.text),
            })) ??
        speechResort(view));
    const fallback = found ?? last;
    const d = fallback && clauseDraft(sentence, fallback, undefined, [fallback]);
    if (d) out.push(d);
  }
  // (a short part told in passing is a detail of the sentence's event: `isThinPart`)
  const whole = (d: Draft): boolean => headline || !isThinPart(d, s);
  if (!headline)
    out.push(...[...gerundActs(sentence, out[0], out), ...sayingActs(sentence, out[0], out)].filter(whole));
  if (!headline) out.push(...reportedActs(sentence, out).filter(whole));
  // the one event of a sentence quotes the whole sentence ("the whole sentence stays the quote")
  const only = out.length === 1 ? out[0] : undefined;
  if (only && !headline && (only.start > s.start || only.end < s.end)) {
    only.quote = s.text;
    only.start = s.start;
    only.end = s.end;
  }
  if (!headline) out.push(...pastFacts(sentence, out).filter(whole));
  out.push(...relativeFacts(sentence, relatives, out).filter(whole));
  for (const d of out)
    if (d.modality === 'planned' && d.ownDate) d.date = aheadForPlan(d.date, run.published);
    else if (d.ownDate) d.date = upToPublication(d.date, run.published);
  if (headline) for (const d of out) d.headline = true;
  // the last clause's subject is who "it" and "he" refer to next
  // (a thing that happened is no one "it" or "they" refers to)
  const lastClause = extra.filter((c) => !c.subject.thing).pop();
  const lastSubject = lastClause?.subject;
  // (one who acts in a clause of time or a relative clause is named in passing)
  const passing = !lastClause || lastClause.subordinate || isRelative(tokens, lastClause);
  if (lastSubject?.kind === 'person' && !passing) noteActing(ctx, lastSubject.name);
  else if (lastSubject?.kind === 'person') notePerson(ctx, lastSubject.name);
  else if (lastSubject) ctx.lastGroup = { name: lastSubject.name, kind: lastSubject.kind };
  // ("King Letsie and Queen Masenate will … They both attended …": people who acted together are
  // who "they" refers to next, named by the first of them)
  const together = (out[out.length - 1]?.actors ?? []).filter(
    (a) => a.role === 'source' && a.kind === 'person',
  );
  const leader = together[0];
  if (leader && together.length > 1 && !headline) ctx.lastGroup = { name: leader.name, kind: 'person' };
  return out;
}
