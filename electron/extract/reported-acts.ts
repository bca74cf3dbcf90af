/**
 * Acts told inside reported speech, with a date of their own: "Major said he had telephoned Mr
 * Blair an hour earlier", "Gorbachev recalled that Reagan first offered the zero-option six years
 * ago", "the company said it had released steam on Wednesday". The statement is one event, dated
 * when it was made; what it reports happened at the time its own words give, and is another, of
 * the subject of the reported clause. A reported clause without a date of its own stays part of
 * the statement.
 */
import { pronounFor } from './clause-subject';
import { actorsOf } from './roles';
import { pickEventTimex } from './date-pick';
import { dateFromTimex, reportedDate } from './dates';
import { tagOf, type Draft, type SentenceContext } from './draft';
import type { Mention } from './mention';
import { AUXILIARIES, SPEECH_VERBS } from './lexicon';
import { inside } from './quotes';
import { makeTitle } from './title';
import type { Token } from './tokens';
import { isPastForm, verbInfo } from './verb-forms';

/** Auxiliaries of a reported act that happened ("had telephoned", "has released", "was told"). */
const PAST_AUXILIARIES = new Set(['had', 'has', 'have', 'was', 'were']);
/** Words between a reported clause's subject and its verb ("first", "already", "just"). */
const MAX_GAP = 3;
/** Words between the verb of saying and the reported clause ("on Thursday that", "reporters"). */
const MAX_LEAD = 6;
/** Words of a phrase set off by commas after "that" ("that in response to the incident, …"). */
const MAX_ASIDE = 12;

/**
 * The acts `taken` (the sentence's events) report with dates of their own. A statement whose
 * date was taken from the reported clause is dated when it was reported instead.
 */
export function reportedActs(sentence: SentenceContext, taken: Draft[]): Draft[] {
  const { run, s, tokens, mentions, regions } = sentence;
  const pos = (i: number): string => tagOf(sentence, i);
  // the verb of a reported act after its subject ("had telephoned", "first offered"): past, not
  // a saying of its own; -1 where there is none
  const reportedVerb = (from: number): number => {
    let k = from;
    let past = false;
    while (k < tokens.length && k < from + MAX_GAP && pos(k) !== 'VERB') {
      const key = tokens[k]?.key ?? '';
      if (PAST_AUXILIARIES.has(key)) past = true;
      else if (!AUXILIARIES.has(key) && pos(k) !== 'ADV') return -1;
      k++;
    }
    const verb = tokens[k];
    if (!verb || pos(k) !== 'VERB' || inside(regions, verb)) return -1;
    const info = verbInfo(verb.key);
    if (!past && !isPastForm(verb.key)) return -1;
    return info && SPEECH_VERBS.has(info.base) ? -1 : k;
  };
  // "the hospital launched …": a body or thing the article names by its noun, as the article writes it
  const describedAt = (at: number): Mention | undefined => {
    if (tokens[at]?.key !== 'the') return undefined;
    let k = at + 1;
    while (k < tokens.length && /^(?:NOUN|ADJ)$/.test(pos(k)) && !tokens[k]?.cap) k++;
    if (k === at + 1 || pos(k - 1) !== 'NOUN') return undefined;
    const words = tokens.slice(at + 1, k).map((t) => t.text);
    const name = words.join(' ').replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    return { from: at, to: k, name, kind: 'organization', via: 'description', thing: true };
  };
  const out: Draft[] = [];
  for (const statement of taken) {
    if (!statement.speech || !statement.source) continue;
    // the verb of saying, outside quotations, inside the statement's words
    const v = tokens.findIndex(
      (t) =>
        t.start >= statement.start &&
        t.end <= statement.end &&
        !inside(regions, t) &&
        run.tags.at(t.start) === 'VERB' &&
        SPEECH_VERBS.has(verbInfo(t.key)?.base ?? ''),
    );
    if (v < 0) continue;
    // its clause, a few words on ("said on Thursday that it had …", "told reporters she had …"):
    // an actor, or a pronoun for the speaker, then a verb group of what happened
    let found: { subject: Mention; k: number } | undefined;
    // ("said that in response to the incident, the hospital launched …": a phrase set off by
    // commas after "that" leaves the reported clause after it)
    let aside = tokens[v + 1]?.key === 'that' && pos(v + 2) === 'ADP';
    let lead = aside ? v + MAX_ASIDE : v + MAX_LEAD;
    for (let at = v + 1; at <= lead && at < tokens.length && !found; at++) {
      const before = tokens[at - 1];
      const word = tokens[at];
      if (!before || !word) break;
      if (/[,;:“”"]/.test(sentence.gap(before, word))) {
        if (!aside || !/^,\s*$/.test(sentence.gap(before, word))) break;
        aside = false;
        lead = at + MAX_LEAD;
      }
      const subject =
        mentions.find((m) => m.from === at && !m.absorbed && !m.thing) ??
        pronounFor(word, at, statement.source) ??
        describedAt(at);
      const k = subject ? reportedVerb(subject.to) : -1;
      if (subject && k >= 0) found = { subject, k };
    }
    if (!found) continue;
    const { subject, k } = found;
    const verb = tokens[k] as Token;
    const info = verbInfo(verb.key);
    const start = tokens[subject.from]?.start ?? verb.start;
    const quote = s.text.slice(start - s.start).replace(/[\s.,;:]+$/, '');
    const pick = pickEventTimex(
      run.timexes,
      { start, end: start + quote.length, text: quote },
      { start: verb.start, end: verb.end, speech: false, base: info?.base ?? verb.key },
      run.published,
      regions,
    );
    // only a date of its own makes the reported act an event apart from the statement
    if (!pick || pick.timex.start < verb.start) continue;
    const date = dateFromTimex(pick);
    if (statement.date.timex === pick.timex.value && statement.ownDate) {
      statement.date = reportedDate(run.published);
      statement.ownDate = false;
    }
    const inClause = mentions.filter((m) => m.from >= subject.from && !m.absorbed);
    out.push({
      articleId: run.articleId,
      published: run.published,
      paragraph: sentence.paragraph,
      order: sentence.order,
      source: { name: subject.name, kind: subject.kind },
      actors: actorsOf(inClause, subject, subject.from, sentence),
      verb: info?.base ?? verb.key,
      speech: false,
      cameo: null,
      date,
      ownDate: true,
      quote,
      start,
      end: start + quote.length,
      title: makeTitle(subject.name, tokens, k, s.text, s.start, regions, date.expression, false),
      fromTable: false,
      pronounSubject: subject.via === 'pronoun',
      quoteFirst: false,
      additive: false,
      codes: [],
    });
  }
  return out;
}
