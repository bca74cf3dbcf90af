/**
 * The resorts of a sentence no clause reader and no fallback (`sentence-fallback`) took: in a
 * sentence that dates what it tells, its first verb group whatever its form (`datedResort`); in one
 * where someone no reader named speaks, its first verb of saying (`speechResort`); a sentence all
 * in quotation marks goes on with the statement of the speaker quoted just before
 * (`quotedStatement`).
 */
import type { Clause } from './clauses';
import type { ArticleRun, Draft } from './draft';
import { saying } from './clause-segments';
import type { Mention } from './mention';
import { BE_FORMS, MODALS, PAST_AUXILIARIES, RELATIVE_PRONOUNS } from './lexicon';
import { modalityOf } from './modality';
import { isAhead } from './date-pick';
import { describedKind } from './passive-things';
import {
  BACKGROUND_OPENERS,
  phraseBefore,
  placeOrObject,
  sentenceClause,
  thingBefore,
} from './sentence-fallback';
import { quoteRegions } from './quotes';
import { groupStart, groupVerb, posAt, type SentenceView } from './sentence-view';
import type { Timex } from './timex';
import { quoteTitle } from './title';
import type { Token } from './tokens';
import { isParticiple, isPastForm } from './verb-forms';

/**
 * The resort of a sentence that dates what it tells but gave no event ("The loan was signed on 3
 * May", "On Monday the ward reopened", "Talks resume on Friday", "The spring fair is on 4 June"):
 * a date of its own, outside its asides, makes it a report of its day. Its first verb group
 * outside quotations and asides is the act, and the actor named before it, or the one a pronoun
 * just before it names, or else the thing the noun phrase before it names, or else the words that
 * open its clause (`phraseBefore`), is its subject. Not a question, not after an opening of
 * background, not what only may be ("could resume").
 */
export function datedResort(
  view: SentenceView,
  sentence: { timexes: readonly Timex[]; published: string; question: boolean },
): Clause | undefined {
  const { tokens } = view;
  if (sentence.question || BACKGROUND_OPENERS.has(tokens[0]?.key ?? '')) return undefined;
  const tag = (i: number): string => posAt(view, i);
  const asides = relativeAsides(view);
  const aside = (i: number): boolean => asides.some(([a, b]) => i >= a && i < b);
  const { dated, ahead } = datesOf(view, sentence.timexes, sentence.published);
  // (a date in a relative clause dates what that clause tells: "the software, which will be
  // available on June 17")
  let from = 0;
  let ownDate = false;
  for (const [a, b] of [...asides, [tokens.length, tokens.length] as [number, number]]) {
    if (a > from && dated(from, a)) ownDate = true;
    from = b;
  }
  if (!ownDate) return undefined;
  const g = tokens.findIndex(
    (t, i) =>
      !view.inQuote(t) &&
      !aside(i) &&
      // (a finite group: "meeting" alone is a noun's gerund, not the act)
      (tag(i) === 'AUX' || (tag(i) === 'VERB' && !t.key.endsWith('ing'))),
  );
  if (g < 1) return undefined;
  const v = groupVerb(view, g);
  const verb = tokens[v];
  // (a copula tells a fact of its day: "was the largest since 1991", "is on September 4")
  const copula = !!verb && tag(v) !== 'VERB' && BE_FORMS.has(verb.key);
  if (!verb || (tag(v) !== 'VERB' && !copula)) return undefined;
  // ("The verdict was long-awaited on Tuesday": a copula before an adjective tells how a thing was)
  if (copula && tag(v + 1) === 'ADJ' && !/^(?:ADJ|NOUN|NUM)$/.test(tag(v + 2))) return undefined;
  if (tokens.slice(g, v).some((t) => MODALS.has(t.key) && t.key !== 'will')) return undefined;
  const start = skipBack(view, g);
  // (the noun phrase a subject is stands before the asides that describe it)
  let before = start;
  for (let a = asides.find(([, b]) => b === before); a; a = asides.find(([, b]) => b === before))
    before = a[0];
  const subject =
    view.mentions.find(
      (m) =>
        !m.absorbed &&
        m.to <= g &&
        !aside(m.from) &&
        // (a pronoun just before, not "it" before a copula: "It was the first win since 2011")
        (m.via !== 'pronoun' || (m.to >= start - 1 && !copula)) &&
        // ("the Kemsey council vote": a name before a noun only qualifies it)
        (m.to === before || !/^(?:NOUN|PROPN)$/.test(tag(m.to))) &&
        !view.inQuote(tokens[m.from] as Token) &&
        !tokens[m.to - 1]?.possessive &&
        !placeOrObject(view, m) &&
        !inPhrase(view, m),
    ) ??
    thingBefore(view, before, { anyKind: true, afterAside: before < start }) ??
    phraseBefore(view, before);
  // ("Today was calm": the date is no subject)
  if (!subject || dated(subject.from, subject.to)) return undefined;
  const passive = tokens.slice(g, v).some((t) => BE_FORMS.has(t.key));
  // ("The spring fair is on 4 June", "The rule takes effect on 1 May": the present with a day
  // ahead tells what is scheduled)
  const modality = modalityOf(view, v);
  const present = tokens.slice(g, v + 1).every((t) => !isPastForm(t.key) && !PAST_AUXILIARIES.has(t.key));
  return sentenceClause(view, {
    verbIndex: v,
    groupFrom: start,
    subject,
    passive,
    modality: modality === 'asserted' && present && ahead ? 'planned' : modality,
  });
}

/**
 * "The road between Varo and Kemsey opens": an actor after a preposition of its clause (other than
 * "of") is part of a phrase, not its subject.
 */
function inPhrase(view: SentenceView, m: Mention): boolean {
  for (let k = m.from - 1; k >= 0; k--) {
    if (/[,;:]/.test(view.gap(k, k + 1))) return false;
    if (posAt(view, k) === 'ADP' && view.tokens[k]?.key !== 'of') return true;
  }
  return false;
}

/**
 * The dates of a sentence's time expressions: whether tokens [from, to) hold one that dates an act
 * (not a noun it qualifies: "a tense Monday", "the 2021 final"), and whether the sentence names a
 * day or month after its article's publication.
 */
function datesOf(
  view: SentenceView,
  timexes: readonly Timex[],
  published: string,
): { dated: (from: number, to: number) => boolean; ahead: boolean } {
  const { tokens } = view;
  const first = tokens[0]?.start ?? 0;
  const last = tokens[tokens.length - 1]?.end ?? 0;
  const own = timexes.filter((x) => x.start >= first && x.end <= last && /^\d{4}/.test(x.value));
  const dated = (from: number, to: number): boolean => {
    const a = tokens[from]?.start ?? first;
    const b = tokens[to - 1]?.end ?? last;
    return own.some((x) => {
      if (x.start < a || x.end > b) return false;
      const k = tokens.findIndex((t) => t.start >= x.start) - 1;
      return k < 0 || !/^(?:DET|ADJ)$/.test(posAt(view, k));
    });
  };
  const ahead = own.some((x) => isAhead(x.value.slice(0, 10), published));
  return { dated, ahead };
}

/** Where the adverbs before token `i` begin ("formerly called", "both left"). */
function skipBack(view: SentenceView, i: number): number {
  let k = i;
  while (k > 0 && posAt(view, k - 1) === 'ADV' && !/[,;:]/.test(view.gap(k - 1, k))) k--;
  return k;
}

/**
 * Token ranges of the asides a comma opens with a relative pronoun or a participle (", which was
 * filed in May,", ", formerly called Tarnby Athletic,"): they describe, they tell no act.
 */
function relativeAsides(view: SentenceView): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  view.tokens.forEach((t, i) => {
    if (i === 0 || !/,/.test(view.gap(i - 1, i))) return;
    let w = i;
    while (posAt(view, w) === 'ADV') w++;
    const word = view.tokens[w]?.key ?? '';
    const participle =
      posAt(view, w) === 'VERB' && (isPastForm(word) || word.endsWith('ing') || isParticiple(word));
    // (", which has been tested, approved the plan": the comma that closes an aside leads back to
    // the clause it interrupted)
    const closing = out.some(([, b]) => b === i);
    if (!RELATIVE_PRONOUNS.has(t.key) && (!participle || closing)) return;
    let end = i + 1;
    while (end < view.tokens.length && !/[,;:]/.test(view.gap(end - 1, end))) end++;
    out.push([i, end]);
  });
  return out;
}

/**
 * The resort of a sentence where someone no reader named tells something ("The doctor said that
 * …", "…, the inspectors noted", "A later statement said …"): the first verb of saying outside
 * quotations, past or present, with the noun phrase right before it as its subject, or the words
 * that open its clause ("He explained that …", `phraseBefore`). The speaker is no actor
 * (`thingBefore`); the statement is the event. Not after an opening of background.
 */
export function speechResort(view: SentenceView): Clause | undefined {
  const { tokens } = view;
  if (BACKGROUND_OPENERS.has(tokens[0]?.key ?? '')) return undefined;
  const v = tokens.findIndex(
    (t, i) => !view.inQuote(t) && posAt(view, i) === 'VERB' && !t.key.endsWith('ing') && saying(t.key),
  );
  if (v < 1) return undefined;
  const g = skipBack(view, v);
  // ("It was also announced that …": a statement no one is named as making, told in the passive)
  const passiveFrom = groupStart(view, v);
  const passive = tokens.slice(passiveFrom, v).some((t) => BE_FORMS.has(t.key));
  const from = passive ? passiveFrom : g;
  const subject = passive
    ? phraseBefore(view, from)
    : (thingBefore(view, g, { anyKind: true }) ?? phraseBefore(view, g));
  // ("Residents described a tense day": people of no body who speak are the story's colour)
  if (!subject || describedKind(subject.head ?? '') === 'group') return undefined;
  return sentenceClause(view, {
    verbIndex: v,
    groupFrom: from,
    subject,
    passive,
    modality: modalityOf(view, v),
  });
}

/** Sentences back a speaker is still the one quoted. */
const SPEAKER_REACH = 3;

/**
 * The statement of the last speaker `drafts` quoted that `s`, a sentence all in quotation marks
 * (`skip.isBareQuote`), goes on with; none where no named speaker was quoted just before.
 */
export function quotedStatement(
  run: ArticleRun,
  s: { start: number; end: number; text: string },
  paragraph: number,
  order: number,
  drafts: Draft[],
): Draft | undefined {
  const last = drafts[drafts.length - 1];
  if (
    !last ||
    !last.speech ||
    !last.source ||
    last.articleId !== run.articleId ||
    last.unnamedSpeaker ||
    paragraph - last.paragraph > 1 ||
    order - last.order > SPEAKER_REACH
  )
    return undefined;
  const regions = quoteRegions(s.text, s.start);
  return {
    ...last,
    paragraph,
    order,
    actors: last.actors.filter((a) => a.role === 'source'),
    quote: s.text,
    start: s.start,
    end: s.end,
    title: quoteTitle(last.source.name, last.verb, s.text, s.start, regions, s.end),
    quoteFirst: true,
    pronounSubject: false,
    additive: false,
    ownDate: false,
    codes: [],
  };
}
