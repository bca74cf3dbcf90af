/**
 * The main event of a sentence: a quotation and its speaker ("…,” Lavrov said), "according to X",
 * the first finite event verb with a named subject, a stated position ("is open to"), a nominal
 * claim ("claims by X that …"), a dated happening with no acting subject, or an event named by a
 * noun ("his inauguration on January 20"). Codes it, dates it and writes its title.
 */
import { rememberActors } from './actors';
import { cameoOf, intentOf } from './cameo';
import type { Clause } from './clauses';
import { anchoredDate, dateFromTimex, pickEventTimex, reportedDate, type EventDate } from './dates';
import type { Draft, SentenceContext } from './draft';
import {
  ADVERBS,
  AUXILIARIES,
  COMMENTARY_VERBS,
  COPULAS,
  phraseCodes,
  PREDICATES,
  SPEECH_VERBS,
  verbInfo,
  type VerbInfo,
} from './lexicon';
import type { ActorContext, Mention } from './mention';
import { inside, type Region } from './quotes';
import { actorsOf } from './roles';
import { finiteAt, subjectBefore, unnamedSubject } from './subject';
import { accordingTitle, happeningTitle, makeTitle, nominalTitle, quoteTitle } from './title';
import type { Token } from './tokens';

interface Found {
  source: Mention;
  verbIndex: number;
  verb: VerbInfo | undefined;
  /** Token index where the event's clause starts (after an anchor like "weeks after"). */
  clauseFrom: number;
  quoteFirst: boolean;
  /** "According to X, …": X's account. */
  according?: boolean;
  /** A quotation attributed to its speaker ("…,” said X). */
  attributed?: boolean;
  /** The speaker is not named; the actor is one the quotation names. */
  unnamedSpeaker?: boolean;
  /** No actor is the subject: a dated happening that involves actors named after the verb. */
  dated?: boolean;
  /** The event is named by a noun ("claims by X that …"). */
  nominal?: boolean;
}

const EVENT_NOUNS =
  /\b(?:inauguration|election|visit|summit|resignation|arrest|death|funeral|wedding|speech|address|keynote|press conference|swearing-in|trial|verdict|ceasefire|invasion|attack|launch|release|ipo|merger|acquisition)\b/i;

/** Nouns that name an act; with "by X" or "of X to …" they tell who did it. */
const ACT_NOUNS =
  'bailout|takeover|rescue|purchase|acquisition|sale|refusal|decision|threat|offer|bid|plan|proposal|invitation|announcement|approval|rejection|veto|ban|intervention|arrest|resignation|withdrawal|attempt|failure|agreement|pledge|promise|order|ruling';
const ACT_BY = new RegExp(
  `\\b(?:${ACT_NOUNS})\\s+of\\s+[^,.;:]{1,60}?\\s+by\\s+(?:the\\s+)?(?<agent>\\p{Lu}[\\p{L}&.-]*)`,
  'u',
);
const ACT_TO = new RegExp(
  `\\b(?:${ACT_NOUNS})\\s+(?:of|by)\\s+(?:the\\s+)?(?<agent>\\p{Lu}[\\p{L}&.-]*)[^,.;:]{0,60}?\\s+to\\s+\\p{Ll}`,
  'u',
);

/** Finds the event of a sentence: who acts (or speaks) and with which verb. */
function findEvent(
  sentence: SentenceContext,
  anchorCueEnd: number | undefined,
  temporal = false,
): Found | undefined {
  const { tokens, mentions, regions, gap } = sentence;
  const { text, start: offset } = sentence.s;
  // 1. a quotation and who said it: "…,” Lavrov said / "…,” said Uralsib analyst Chris Weafer
  const close = /[”"]\s*,?\s*/g;
  for (const m of text.matchAll(close)) {
    const at = offset + (m.index ?? 0);
    if (!regions.some(([a, b]) => b === at + 1 && a < at)) continue;
    const afterAt = at + m[0].length;
    const idx = tokens.findIndex((t) => t.start >= afterAt);
    if (idx < 0) break;
    // speaker then verb (within 8 words), or verb then speaker
    for (let k = idx; k < Math.min(tokens.length, idx + 9); k++) {
      const word = tokens[k]?.text.toLowerCase() ?? '';
      const info = /^(?:added|adds)$/.test(word) ? verbInfo('stated') : verbInfo(word);
      if (!info || !SPEECH_VERBS.has(info.base) || info.ing) continue;
      const speaker =
        mentions.find((x) => !x.absorbed && x.from >= idx && x.to <= k) ??
        mentions.find((x) => !x.absorbed && x.from > k && x.from <= k + 6 && x.via !== 'pronoun');
      const quoted = mentions.find(
        (x) => !x.absorbed && x.via !== 'pronoun' && (tokens[x.from]?.start ?? 0) < at,
      );
      const source = speaker ?? quoted;
      if (source)
        return {
          source,
          verbIndex: k,
          verb: info,
          clauseFrom: 0,
          quoteFirst: /^\s*[“"”]/.test(text),
          attributed: true,
          ...(speaker ? {} : { unnamedSpeaker: true }),
        };
      break;
    }
  }
  // 2. "According to X, …": X's statement, unless the clause after it has an acting subject
  const according = /^\s*according to\b/i.test(text);
  const floor = anchorCueEnd !== undefined ? tokens.findIndex((t) => t.start >= offset + anchorCueEnd) : 0;
  // 3. the first finite event verb outside quotations with a subject before it
  for (let i = Math.max(0, floor); i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || inside(regions, t)) continue;
    // "This approach reflects the balance NATO seeks …": what follows a commentary verb is its object
    if (COMMENTARY_VERBS.has(t.key) && !verbInfo(t.key) && !mentions.some((m) => m.to === i && !m.absorbed))
      break;
    // "He added that …": a verb of saying when what follows is what was said
    const info =
      /^add(?:ed|s)$/.test(t.key) && tokens[i + 1]?.key === 'that' ? verbInfo('stated') : verbInfo(t.key);
    if (!info || info.ing) continue;
    // a capitalised word inside a sentence is a name ("the US Open"), not a verb
    if (t.cap && i > 0) continue;
    const passive = info.past && /^(?:been|was|were|is|are)$/.test(tokens[i - 1]?.key ?? '');
    if (unnamedSubject(tokens, mentions, i, gap)) continue;
    let source = subjectBefore(mentions, i, Math.max(0, floor), tokens, regions, gap, passive, temporal);
    if (!source) continue;
    if (passive) {
      // "… have been met with strong rebuttals from Western leaders": the agent acts
      const agent = mentions.find(
        (m) =>
          m.from > i &&
          !m.absorbed &&
          m.via !== 'pronoun' &&
          /^(?:by|from)$/.test(tokens[m.from - 1]?.key ?? '') &&
          m.from - i <= 6,
      );
      if (agent) source = agent;
    }
    const lead = tokens[source.from - 1]?.key === 'the' ? source.from - 1 : source.from;
    if (according && tokens[lead - 1]?.key === 'to' && tokens[lead - 2]?.key === 'according') continue;
    if (!finiteAt(tokens, i, info, source.to)) continue;
    const subjectToken = tokens[source.to - 1];
    if (subjectToken?.possessive) {
      // "Lavrov’s statement … highlighted": the event noun acts; "Trump’s bold promises … have added": commentary
      if (!info.past || COMMENTARY_VERBS.has(t.key)) continue;
    }
    if (COMMENTARY_VERBS.has(t.key) && info.present && source.to < i - 1) continue;
    return { source, verbIndex: i, verb: info, clauseFrom: Math.max(0, floor), quoteFirst: false };
  }
  // 4. "has been critical of", "is open to": an adjective that states a position
  for (let i = Math.max(0, floor) + 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || inside(regions, t) || !PREDICATES.has(t.key)) continue;
    let k = i - 1;
    while (k >= 0 && ADVERBS.has(tokens[k]?.key ?? '')) k--;
    if (!COPULAS.has(tokens[k]?.key ?? '')) continue;
    const source = subjectBefore(mentions, k, Math.max(0, floor), tokens, regions, gap, false, temporal);
    if (!source || tokens[source.to - 1]?.possessive) continue;
    const code = PREDICATES.get(t.key) ?? null;
    return {
      source,
      verbIndex: i,
      verb: { base: t.key, code, ing: false, past: false, present: true },
      clauseFrom: Math.max(0, floor),
      quoteFirst: false,
    };
  }
  // 5. "claims by X that …", "accusations by X": X's statement
  const byActor =
    /\b(?:claims?|accusations?|allegations?|statements?|remarks|warnings?|calls?|demands?|criticism|threats?)\s+(?:made\s+)?by\s+/i.exec(
      text,
    );
  if (byActor) {
    const at = offset + byActor.index + byActor[0].length;
    const source = mentions.find(
      (m) =>
        !m.absorbed &&
        m.via !== 'pronoun' &&
        (tokens[m.to - 1]?.end ?? 0) > at &&
        (tokens[m.from]?.start ?? 0) - at < 60,
    );
    const idx = tokens.findIndex((tk) => tk.start >= offset + byActor.index);
    if (source && idx >= 0)
      return {
        source,
        verbIndex: idx,
        verb: verbInfo('claimed'),
        clauseFrom: idx,
        quoteFirst: false,
        nominal: true,
      };
  }
  // 6. "the bailout of AIG by the Federal Reserve", "the refusal of the Federal Reserve to bail
  // out …", "the threat by President X to resign": an act named by a noun, with its agent
  const byAgent = ACT_BY.exec(text);
  const act = byAgent ?? ACT_TO.exec(text);
  if (act?.groups?.agent !== undefined) {
    // where the agent's name starts: the end of "… by Y", or the first name after "of"/"by"
    const agentAt = byAgent
      ? act[0].length - act.groups.agent.length
      : act[0].indexOf(act.groups.agent, act[0].search(/\s(?:of|by)\s/));
    const at = offset + act.index + agentAt;
    // (the agent's name may come after a title: "by President Xanana Gusmão")
    const source = mentions.find((m) => {
      const from = tokens[m.from]?.start ?? -1;
      return !m.absorbed && m.via !== 'pronoun' && from >= at && from - at < 40;
    });
    const idx = tokens.findIndex((tk) => tk.start >= offset + act.index);
    if (source && idx >= 0 && !inside(regions, tokens[idx] as Token))
      return { source, verbIndex: idx, verb: undefined, clauseFrom: idx, quoteFirst: false, nominal: true };
  }
  if (according) {
    const comma = text.indexOf(',');
    const source = mentions.find(
      (m) => !m.absorbed && (tokens[m.from]?.start ?? 0) < offset + (comma < 0 ? text.length : comma),
    );
    if (source) {
      const idx = tokens.findIndex((tk) => tk.key === 'according');
      return {
        source,
        verbIndex: Math.max(0, idx),
        verb: verbInfo('stated'),
        clauseFrom: 0,
        quoteFirst: false,
        according: true,
      };
    }
  }
  // "The death toll has risen to 193, according to the Home Ministry": the same account, told last
  const trailing = /,\s*according to\s+(?:the\s+)?/i.exec(text);
  if (trailing) {
    const at = offset + trailing.index + trailing[0].length;
    const source = mentions.find((m) => !m.absorbed && m.via !== 'pronoun' && tokens[m.from]?.start === at);
    const idx = tokens.findIndex((tk) => tk.key === 'according' && tk.start > offset + trailing.index);
    if (source && idx >= 0)
      return {
        source,
        verbIndex: idx,
        verb: verbInfo('stated'),
        clauseFrom: 0,
        quoteFirst: false,
        according: true,
      };
  }
  return undefined;
}

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
  const anchorDay =
    anchorBase && anchorBase.precision === 'day' && !anchorBase.end ? anchorBase.start : run.published;
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
    rememberActors(ctx, mentions, clauses[0]?.subject);
    return noun ? { draft: { ...noun, paragraph, order }, verbIndex: -1 } : undefined;
  }
  const verbToken = tokens[found.verbIndex];
  const verbStart = verbToken?.start ?? s.start;
  const verbEnd = verbToken?.end ?? s.start;
  const speech = !!found.verb && SPEECH_VERBS.has(found.verb.base);
  const clauseFromOffset = tokens[found.clauseFrom]?.start ?? s.start;
  const actors = actorsOf(mentions, found.source, found.clauseFrom, sentence);
  const sources = actors.filter((a) => a.role === 'source').map((a) => a.name);
  const jointName =
    sources.length > 1 ? `${sources.slice(1).join(', ')} and ${sources[0] ?? ''}` : found.source.name;
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
  if (anchored && found.clauseFrom > 0) {
    date = anchored.date;
    ownDate = true;
  } else {
    const excluded: Region[] = [...regions];
    const acc = /,?\s*according to\b[^,;]*/i.exec(s.text);
    if (acc) excluded.push([s.start + acc.index, s.start + acc.index + acc[0].length]);
    const pick = pickEventTimex(
      run.timexes,
      s,
      { start: verbStart, end: verbEnd, speech, base: found.verb?.base },
      run.published,
      excluded,
    );
    if (pick) {
      date = dateFromTimex(pick);
      ownDate = true;
    }
  }
  const pronounSubject = found.source.via === 'pronoun';
  const additive = /\b(?:also|further|additionally|moreover|meanwhile|separately)\b/i.test(
    s.text.slice(0, Math.max(0, verbEnd - s.start)),
  );
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
  const quoteStart = anchored && found.clauseFrom > 0 ? clauseFromOffset : s.start;
  const quote = s.text.slice(quoteStart - s.start);
  const draft: Draft = {
    articleId: run.articleId,
    published: run.published,
    paragraph,
    order,
    source: { name: found.source.name, kind: found.source.kind },
    actors,
    verb: found.verb?.base ?? 'state',
    speech,
    cameo,
    date,
    ownDate,
    quote,
    start: quoteStart,
    end: s.end,
    title: found.dated
      ? happeningTitle(s.text, verbEnd - s.start, date.expression)
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
    quoteFirst: found.quoteFirst,
    ...(found.unnamedSpeaker ? { unnamedSpeaker: true } : {}),
    additive,
    codes,
  };
  rememberActors(ctx, mentions, found.source);
  return { draft, verbIndex: found.verbIndex };
}

/**
 * "At least 14 people drowned on Sunday … in the country": a happening no actor did stands at the
 * country where it happened, named in the sentence or, as "the country", the one named last.
 */
function placeOfHappening(tokens: Token[], mentions: Mention[], ctx: ActorContext): Mention | undefined {
  const named = mentions.find((m) => m.kind === 'country' && !m.absorbed);
  if (named) return named;
  const at = tokens.findIndex((t, k) => /^(?:country|nation)$/.test(t.key) && tokens[k - 1]?.key === 'the');
  if (at < 0 || !ctx.lastCountry) return undefined;
  return { from: at - 1, to: at + 1, name: ctx.lastCountry, kind: 'country', via: 'pronoun' };
}

/**
 * "Pre-orders of the iPhone 4 began Tuesday, overwhelming Apple": no actor as subject, but a dated
 * happening that involves actors; the first actor named after the verb stands for it.
 */
function datedEvent(sentence: SentenceContext, ctx: ActorContext): Found | undefined {
  const { run, s, tokens, mentions, regions } = sentence;
  if (!run.timexes.some((x) => x.start >= s.start && x.end <= s.end)) return undefined;
  // a past verb the lexicon knows, or one the tagger reads as a verb ("drowned", "collapsed")
  const infoAt = (t: Token): VerbInfo | undefined =>
    verbInfo(t.key) ??
    (/\p{Ll}ed$/u.test(t.text) && run.tags.at(t.start) === 'VERB'
      ? { base: t.key, code: null, ing: false, past: true, present: false }
      : undefined);
  const i = tokens.findIndex((t, k) => {
    const v = infoAt(t);
    return !inside(regions, t) && !!v?.past && finiteAt(tokens, k, v, -1);
  });
  const t = tokens[i];
  const info = t ? infoAt(t) : undefined;
  if (!t || !info) return undefined;
  if (mentions.some((m) => m.to <= i && !m.absorbed)) return undefined;
  const source =
    mentions.find((m) => m.from > i && m.from <= i + 8 && !m.absorbed && m.via !== 'pronoun') ??
    placeOfHappening(tokens, mentions, ctx);
  if (!source) return undefined;
  const pick = pickEventTimex(
    run.timexes,
    s,
    { start: t.start, end: t.end, speech: false },
    run.published,
    regions,
  );
  if (!pick || pick.date.precision !== 'day') return undefined;
  return { source, verbIndex: i, verb: info, clauseFrom: 0, quoteFirst: false, dated: true };
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
