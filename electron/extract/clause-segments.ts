/**
 * A sentence's segments, each holding at most one clause: cut at a semicolon, a colon before a
 * sentence of its own, a comma before a word that opens a clause ("…, and", "…, which"), a
 * subordinating word ("… came as rebels said …"), a second act of the same subject ("filed … and
 * sued …"), a name and its past verb listed after another ("Kelby Bank rose 2%, Norvik Steel fell
 * 1%") and what a "news that" clause tells.
 */
import { SUBCLAUSE } from './clause-subject';
import { CONTRAST_CONJUNCTIONS, DAY_OR_MONTH, RELATIVE_PRONOUNS, SPEECH_VERBS } from './lexicon';
import type { Mention } from './mention';
import { posAt, type SentenceView } from './sentence-view';
import type { Token } from './tokens';
import { isPastForm, verbInfo } from './verb-forms';

/** Words that open a new clause after a comma (or anywhere, for the contrastive ones). */
export const AFTER_COMMA = new Set([
  'and',
  'but',
  'while',
  'whilst',
  'whereas',
  'then',
  'which',
  'who',
  'although',
  'though',
  'yet',
  'with',
]);
/** Nouns of news whose "that" clause tells an act ("the news that", "reports that"). */
const NEWS_NOUNS = new Set([
  'news',
  'word',
  'report',
  'reports',
  'announcement',
  'confirmation',
  'revelation',
]);
/** A verb of saying ("announced", "said"). */
export const saying = (key: string): boolean => SPEECH_VERBS.has(verbInfo(key)?.base ?? '');

/** A dash with spaces around it ("General Tor Berg -- who …", "the three workers — A, B and C — sued …"). */
const DASH = /(?:^|\s)(?:--|[–—])(?:\s|$)/;

/** A word that opens a date: a number, a month or a day of the week. */
const dateWord = (word: string): boolean => /^\d/.test(word) || DAY_OR_MONTH.test(word);

/** True when a verb comes from token `i` on before the next comma or the end of the sentence. */
function verbBeforeComma(view: SentenceView, i: number): boolean {
  for (let k = i; k < view.tokens.length; k++) {
    if (k > i && /[,;:]/.test(view.gap(k - 1, k))) return false;
    const pos = posAt(view, k);
    if (pos === 'VERB' || pos === 'AUX') return true;
  }
  return false;
}

/** The segments of `view` as token ranges, the clause of time or cause that opens it (up to `lead`) one of them. */
export function segmentsOf(view: SentenceView, lead: number): Array<[number, number]> {
  const { tokens } = view;
  const cuts: number[] = [0];
  // the name right after token `i`, or after "the" there
  const nameAfter = (i: number): Mention | undefined =>
    view.mentions.find((m) => !m.absorbed && m.from === (tokens[i + 1]?.key === 'the' ? i + 2 : i + 1));
  // (a name right before its past verb, no verb of saying: "Norvik Steel climbed")
  const actsInTurn = (m: Mention | undefined): boolean =>
    !!m &&
    !/,/.test(view.gap(m.to - 1, m.to)) &&
    posAt(view, m.to) === 'VERB' &&
    isPastForm(tokens[m.to]?.key ?? '') &&
    !saying(tokens[m.to]?.key ?? '');
  // (the name that opens the segment from `from`, after a word that opens a clause: "as Alpha …")
  const openingName = (from: number, to: number): Mention | undefined =>
    view.mentions.find((m) => !m.absorbed && m.from >= from && m.from <= from + 2 && m.to < to);
  let relative = false;
  let dashes = 0;
  for (let i = 1; i < tokens.length; i++) {
    // (a clause that opens the sentence is one segment up to its comma)
    if (i <= lead) {
      if (i === lead) cuts.push(i);
      continue;
    }
    const key = tokens[i]?.key ?? '';
    const gap = view.gap(i - 1, i);
    // (an aside is set off by a comma or by a dash that opens one, not by one that closes a list
    // set off before: "the three workers — A, B and C — who lost their jobs" is about the workers)
    const dash = DASH.test(gap);
    const setOff = /,/.test(gap) || (dash && dashes % 2 === 0);
    const closes = /,/.test(gap) || dash;
    if (dash) dashes++;
    // "Arroyo, who was sworn in on Saturday, spent her first day …": the comma that closes a
    // relative clause before a verb gives the main clause back
    if (relative && closes && (posAt(view, i) === 'VERB' || posAt(view, i) === 'AUX')) {
      cuts.push(i);
      relative = false;
      continue;
    }
    if (setOff) relative = RELATIVE_PRONOUNS.has(key);
    // "… came as Zairian rebels said …": a subordinate clause of time or cause has its own subject
    // ("leaders such as Trump" is no clause)
    // ("when" may be tagged an adverb; "born in 1936 as Jorge Bergoglio, was elected": "as" before
    // a name and a comma is no clause)
    const named = view.mentions.find((m) => m.from === i + 1 && !m.absorbed);
    const asName = key === 'as' && !!named && /,/.test(view.gap(named.to - 1, named.to));
    // ("will run until March 20": a preposition before a date and no verb opens a phrase, not a clause)
    const subordinate =
      SUBCLAUSE.has(key) &&
      (posAt(view, i) === 'SCONJ' ||
        (posAt(view, i) === 'ADP' &&
          !(dateWord(tokens[i + 1]?.text ?? '') && !verbBeforeComma(view, i + 1))) ||
        (key === 'when' && posAt(view, i) === 'ADV')) &&
      !/^(?:such|as|well|so)$/.test(tokens[i - 1]?.key ?? '') &&
      !asName;
    // "Enron filed for bankruptcy and sued Dynegy": a second act of the same subject
    // ("Deep Blue, improved and modified from …": not two participles of one description)
    // ("was shot on Monday but died two days later": and one that turns against the first)
    const secondAct =
      (key === 'and' || key === 'but') &&
      posAt(view, i + 1) === 'VERB' &&
      posAt(view, i - 1) !== 'VERB' &&
      isPastForm(tokens[i + 1]?.key ?? '');
    // "The Senate voted 27-9 and the House voted 135-7": a name and its past verb after "and",
    // not after a noun or a name ("the IMF and World Bank held …", "a man and a woman followed …")
    const nextName = nameAfter(i);
    // (the name that starts here, or after "the")
    const nextAt = nameAfter(i - 1);
    const anotherSubject =
      key === 'and' &&
      !!nextName &&
      posAt(view, nextName.to) === 'VERB' &&
      isPastForm(tokens[nextName.to]?.key ?? '') &&
      !/^(?:NOUN|PROPN|PRON|ADJ)$/.test(posAt(view, i - 1));
    // "Kelby Bank rose 2%, Norvik Steel climbed 3% and …": after a comma, a name and its past verb
    // open a clause of their own where the segment before is one too, a name and its past verb
    // (not a speaker's ", Tor Berg said", nor an aside: "the chief, John Smith, …")
    const listed =
      /,/.test(gap) && actsInTurn(nextAt) && actsInTurn(openingName(cuts[cuts.length - 1] ?? 0, i));
    // "An appeal seems likely: In a statement, Cohen said …": a colon before a capital opens a
    // sentence of its own (not the words a speaker says: "… said: The plan …")
    const colon =
      /:\s*$/.test(gap) &&
      !!tokens[i]?.cap &&
      !saying(tokens[i - 1]?.key ?? '') &&
      !view.inQuote(tokens[i] as Token);
    // "… on the news that Brazil has suspended payments": what the news told, with its own subject
    const told = key === 'that' && NEWS_NOUNS.has(tokens[i - 1]?.key ?? '') && !!nameAfter(i);
    if (
      /;/.test(gap) ||
      colon ||
      told ||
      (/,/.test(gap) && AFTER_COMMA.has(key)) ||
      (setOff && RELATIVE_PRONOUNS.has(key)) ||
      CONTRAST_CONJUNCTIONS.has(key) ||
      subordinate ||
      secondAct ||
      anotherSubject ||
      listed
    )
      cuts.push(i);
  }
  return cuts.map((from, k) => [from, cuts[k + 1] ?? tokens.length]);
}
