/**
 * The main event of a sentence: who acts in it and with which verb, as the readers of
 * `event-finders` find it (a quotation and its speaker, "according to X", a finite event verb with
 * a named subject, a stated position, a nominal claim, a dated happening with no acting subject),
 * or else an event named by a noun ("his inauguration on January 20"). Codes it, dates it (or
 * finds it refers to an earlier event) and writes its title.
 */
import { rememberActors } from './actors';
import { cameoOf, intentOf } from './cameo';
import type { Clause } from './clauses';
import { anchorCue, anchorDayOf, anchoredDate } from './anchored-dates';
import { pickEventTimex } from './date-pick';
import { dateFromTimex, reportedDate, type EventDate } from './dates';
import { asidesBesides, isPersonal, thingOf, type Draft, type SentenceContext } from './draft';
import { datedEvent, findEvent, type Found } from './event-finders';
import { byIndex, participleAside } from './subject';
import { ACCOUNT_FIRST, ADDITIVE, AUXILIARIES, saysAt } from './lexicon';
import { phraseCodes } from './verb-forms';
import type { ActorContext } from './mention';
import { quotedAct, type Region } from './quotes';
import { actorsOf } from './roles';
import { accordingTitle, happeningTitle, makeTitle, nominalTitle, quoteTitle } from './title';
import type { Token } from './tokens';

const EVENT_NOUNS =
  /\b(?:inauguration|election|visit|summit|resignation|arrest|death|funeral|wedding|speech|address|keynote|press conference|swearing-in|trial|verdict|ceasefire|invasion|attack|launch|release|ipo|merger|acquisition)\b/i;

/**
 * The main event of sentence `s`, with the index of its verb (-1 for an event named by a noun);
 * remembers the actors it names for the sentences after.
 */
export function mainEvent(
  sentence: SentenceContext,
  ctx: ActorContext,
  drafts: Draft[],
  lastDated: Draft | undefined,
  clauses: Clause[],
): { draft: Draft; verbIndex: number } | undefined {
  const { run, s, paragraph, order, tokens, mentions, regions } = sentence;
  const prev = drafts[drafts.length - 1];
  const prevSameParagraph = prev && prev.paragraph === paragraph ? prev : undefined;

  // the date the main clause stands at, for "just weeks after" cues
  const anchorBase = prevSameParagraph?.date ?? lastDated?.date;
  const cueAt = anchorCue(s.text);
  // (a day written before the cue is the one it counts from: "told a news conference Sunday, eight months after")
  const before = run.timexes.filter(
    (x) =>
      cueAt !== undefined &&
      x.start >= s.start &&
      x.end <= s.start + cueAt &&
      /^\d{4}-\d{2}-\d{2}$/.test(x.value),
  );
  const anchorDay = before.at(-1)?.value ?? anchorDayOf(anchorBase, run.published);
  const anchored = anchoredDate(s.text, anchorDay);

  let found = findEvent(sentence, anchored?.cueEnd);
  if (found && anchored && found.clauseFrom > 0) {
    // "weeks after Trump criticized …" introduces a clause; "Five years after its launch, …" does not
    const verbAt = (tokens[found.verbIndex]?.start ?? s.start) - s.start;
    if (/[,;]/.test(s.text.slice(anchored.cueEnd, verbAt))) found = findEvent(sentence, undefined);
  }
  // the clause after the cue has no acting actor: the main clause may still hold the event
  if (!found && anchored) found = findEvent(sentence, undefined);
  found ??= datedEvent(sentence, ctx);
  if (!found && /^\s*(?:when|after|before|since|once)\b/i.test(s.text)) {
    // "When Kestrel Mining closed the pit in 2019, the town lost 400 jobs": the main clause has no
    // named actor; the dated clause of time states what the actor did
    const comma = s.text.indexOf(',');
    const dated = run.timexes.some((x) => x.start >= s.start && x.end <= s.start + (comma < 0 ? 0 : comma));
    if (dated) {
      found = findEvent(sentence, undefined, true);
    }
  }
  if (!found) {
    const noun = clauses.length ? undefined : nounEvent(sentence);
    // ("Tor Berg is a deputy commander …", "Tor Berg had been abroad": a person who opens a sentence
    // of no event, right before its auxiliary, is its subject, and the one "he" means next)
    const opening = mentions.find((m) => m.from === 0 && m.kind === 'person' && m.via !== 'pronoun');
    const subject = opening && AUXILIARIES.has(tokens[opening.to]?.key ?? '') ? opening : undefined;
    rememberActors(ctx, mentions, subject ?? clauses[0]?.subject);
    return noun ? { draft: { ...noun, paragraph, order }, verbIndex: -1 } : undefined;
  }
  const verbToken = tokens[found.verbIndex];
  const verbStart = verbToken?.start ?? s.start;
  const verbEnd = verbToken?.end ?? s.start;
  const speech = !!found.verb && saysAt(found.verb.base, tokens[found.verbIndex + 1]?.key);
  const clauseFromOffset = tokens[found.clauseFrom]?.start ?? s.start;
  const actors = actorsOf(mentions, found.source, found.clauseFrom, sentence, !!found.dated);
  const joined = (names: string[], one: string): string =>
    names.length > 1 ? `${names.slice(1).join(', ')} and ${names[0] ?? ''}` : one;
  // ("A, B and C were denied bail by a court": those the agent acted on are its targets, and the
  // title's subject)
  const acted = found.passiveSubject
    ? actorsOf(mentions, found.passiveSubject, found.clauseFrom, sentence).filter((a) => a.role === 'source')
    : [];
  for (const a of acted) if (!actors.some((b) => b.name === a.name)) actors.push({ ...a, role: 'target' });
  const sources = actors.filter((a) => a.role === 'source').map((a) => a.name);
  const jointName = found.passiveSubject
    ? joined(
        acted.map((a) => a.name),
        found.passiveSubject.name,
      )
    : joined(sources, found.source.name);
  let phraseFrom = found.verbIndex;
  while (phraseFrom > found.clauseFrom && AUXILIARIES.has(tokens[phraseFrom - 1]?.key ?? '')) phraseFrom--;
  const phraseStart = Math.max(clauseFromOffset, tokens[phraseFrom]?.start ?? verbStart);
  const passiveVerb = /^(?:was|were|is|are|been|be|being)$/.test(tokens[found.verbIndex - 1]?.key ?? '');
  const cameo = found.dated
    ? null // "an earthquake struck Peru": the actor named after the verb did not act
    : intentOf(
        cameoOf(found.verb, s.text.slice(phraseStart - s.start).toLowerCase(), passiveVerb),
        speech,
        s.text.slice(verbEnd - s.start).toLowerCase(),
      );
  const codes = [
    ...new Set([
      ...phraseCodes(s.text.slice(phraseStart - s.start).toLowerCase()),
      ...(cameo && cameo !== '01' ? [cameo] : []),
    ]),
  ];

  // date: anchored to another event, written in the clause, continued, or reported
  let date: EventDate | undefined;
  let ownDate = false;
  // (what was said is a plan with a day ahead: the event is that plan)
  let plan = false;
  if (anchored && found.clauseFrom > 0) {
    date = anchored.date;
    ownDate = true;
  } else {
    const excluded: Region[] = [...regions, ...asidesBesides(sentence, verbStart)];
    const acc = /,?\s*according to\b[^,;]*/i.exec(s.text);
    if (acc) excluded.push([s.start + acc.index, s.start + acc.index + acc[0].length]);
    // (a plan its clause tells, "plan to stage a strike on Thursday", may lie ahead)
    const planned = clauses.some(
      (c) => c.modality === 'planned' && c.groupFrom <= found.verbIndex && found.verbIndex <= c.verbIndex,
    );
    // ("According to police, the man was arrested on May 3": an account told first dates what it
    // tells, as one told last does)
    const accountFirst = !!found.according && ACCOUNT_FIRST.test(s.text);
    const pick = pickEventTimex(
      run.timexes,
      s,
      { start: verbStart, end: verbEnd, speech: speech && !accountFirst, base: found.verb?.base, planned },
      run.published,
      excluded,
    );
    if (pick) {
      date = dateFromTimex(pick);
      ownDate = true;
      plan = !!pick.planned;
    }
  }
  const pronounSubject = found.source.via === 'pronoun';
  const additive = ADDITIVE.test(s.text.slice(0, Math.max(0, verbEnd - s.start)));
  if (!date) {
    // a clause that continues an event of the same actor keeps that event's date
    const refers = pronounSubject || found.quoteFirst || !!tokens[found.source.to - 1]?.possessive;
    const continued =
      refers &&
      prevSameParagraph &&
      prevSameParagraph.source?.name === found.source.name &&
      prevSameParagraph.date.basis !== 'reported'
        ? prevSameParagraph
        : referencesEvent(s.text, tokens, found, lastDated, paragraph);
    date = continued ? { ...continued.date } : reportedDate(run.published);
  }
  // (the cue that dates the clause is part of its words: "eight months after American troops swept …")
  const quoteStart =
    anchored && found.clauseFrom > 0 ? Math.min(clauseFromOffset, s.start + anchored.cueStart) : s.start;
  const quote = s.text.slice(quoteStart - s.start);
  const draft: Draft = {
    articleId: run.articleId,
    published: run.published,
    paragraph,
    order,
    source: { name: found.source.name, kind: found.source.kind },
    actors,
    ...thingOf(found.source),
    verb: found.verb?.base ?? 'state',
    speech,
    cameo,
    date,
    ownDate,
    ...(plan ? { modality: 'planned' as const } : {}),
    quote,
    start: quoteStart,
    end: s.end,
    title: found.dated
      ? happeningTitle(s.text, verbEnd - s.start, date.expression, asideBefore(sentence, found.verbIndex))
      : tokens[found.source.to - 1]?.possessive && !found.attributed && !found.according
        ? // "Trump’s criticism of … have raised concerns": the subject is what the actor said or did
          happeningTitle(
            s.text.slice((tokens[found.source.from]?.start ?? s.start) - s.start),
            verbEnd - (tokens[found.source.from]?.start ?? s.start),
            date.expression,
          )
        : found.attributed
          ? quoteTitle(
              found.source.name,
              tokens[found.verbIndex]?.text ?? 'said',
              s.text,
              s.start,
              regions,
              verbStart,
            )
          : found.according
            ? accordingTitle(found.source.name, s.text)
            : found.nominal
              ? nominalTitle(found.source.name, s.text.slice(clauseFromOffset - s.start))
              : makeTitle(
                  jointName,
                  tokens,
                  found.verbIndex,
                  s.text,
                  s.start,
                  regions,
                  date.expression,
                  speech,
                ),
    fromTable: false,
    pronounSubject,
    personalSubject: isPersonal(sentence, found.source),
    quoteFirst: found.quoteFirst,
    ...(found.quoteFirst && quotedAct(tokens, run.tags, regions) ? { quotedAct: true } : {}),
    ...(found.unnamedSpeaker ? { unnamedSpeaker: true } : {}),
    additive,
    codes,
  };
  rememberActors(ctx, mentions, found.source);
  return { draft, verbIndex: found.verbIndex };
}

/** "Lavrov’s statement, made during …": a clause about an earlier event of the same actor. */
function referencesEvent(
  text: string,
  tokens: Token[],
  found: Found,
  lastDated: Draft | undefined,
  paragraph: number,
): Draft | undefined {
  if (!lastDated || lastDated.source?.name !== found.source.name) return undefined;
  if (lastDated.paragraph < paragraph - 1) return undefined;
  const first = tokens[found.source.to - 1];
  if (first?.possessive) return lastDated;
  if (
    /^\s*(?:the|this|that)\s+(?:statement|remarks?|comments?|announcement|move|decision|speech|meeting|event|conference)\b/i.test(
      text,
    )
  )
    return lastDated;
  return undefined;
}

/** "His inauguration on january 20 …": an event named by a noun, with a date of its own. */
function nounEvent(sentence: SentenceContext): Omit<Draft, 'paragraph' | 'order'> | undefined {
  const { run, s, tokens, mentions, regions } = sentence;
  const m = EVENT_NOUNS.exec(s.text);
  if (!m) return undefined;
  const nounAt = s.start + m.index;
  const owner = mentions.find(
    (x) =>
      !x.absorbed &&
      (tokens[x.to - 1]?.possessive || /^(?:his|her|their)$/i.test(tokens[x.from]?.text ?? '')) &&
      (tokens[x.to]?.start ?? 0) >= nounAt - 1 &&
      (tokens[x.to - 1]?.end ?? 0) <= nounAt,
  );
  if (!owner) return undefined;
  const pick = pickEventTimex(
    run.timexes,
    s,
    { start: nounAt, end: nounAt + m[0].length, speech: false },
    run.published,
    regions,
  );
  if (!pick) return undefined;
  const date = dateFromTimex(pick);
  const actors = actorsOf(mentions, owner, 0);
  return {
    articleId: run.articleId,
    published: run.published,
    source: { name: owner.name, kind: owner.kind },
    actors,
    verb: m[0].toLowerCase(),
    speech: false,
    cameo: null,
    date,
    ownDate: true,
    quote: s.text,
    start: s.start,
    end: s.end,
    title: `${owner.name}: ${m[0].toLowerCase()} ${pick.timex.text}`.trim(),
    fromTable: false,
    pronounSubject: false,
    quoteFirst: false,
    additive: false,
    codes: [],
  };
}

/** Where an aside a participle opens lies before the verb at `verbIndex`, in the sentence's text. */
function asideBefore(sentence: SentenceContext, verbIndex: number): [number, number] | undefined {
  const { tokens, s, gap } = sentence;
  const aside = participleAside(tokens, verbIndex, 0, byIndex(tokens, gap));
  const before = aside && tokens[aside[0] - 1];
  const after = aside && tokens[aside[1]];
  return before && after ? [before.end - s.start, after.start - s.start] : undefined;
}
