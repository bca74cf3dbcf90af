/**
 * Short event titles, written from the sentence: who (canonical name), the verb as written, and
 * the first words of what follows, without dates, asides or the rest of the sentence.
 */
import {
  ACCOUNT_FIRST,
  ADDITIVE,
  ADVERBS,
  CONNECTIVES,
  AUXILIARIES,
  CATENATIVES,
  DAY_OR_MONTH,
  MODALS,
  PERSON_TITLES,
} from './lexicon';
import type { Region } from './quotes';
import { beTo } from './sentence-view';
import type { Token } from './tokens';

// ("late", "early": what is left of "late yesterday", but not "the ferry was late")
const TRAILING =
  /\s+(?:he|she|they|it|we|when|where|whether|if|that|to|the|of|and|or|with|for|a|an|in|on|at|by|from|its|his|her|their|as|but|while|which|who|is|are|was|were|has|have|had|(?<!\b(?:is|are|was|were|be|been|being|too|very|so)\s+)(?:late|early))$/i;
const MAX_WORDS = 11;

/** Words that open a phrase: a title cut short stops before one, never inside the phrase. */
const PHRASE_OPENERS = new Set(
  'to in on at by for with from into about as and or but that which who whom whose while when where after before because since until over under during against between through'.split(
    ' ',
  ),
);

/** Words that open a phrase with the word before them ("due to", "according to", "ahead of"). */
const OPENER_LEADS = new Set([
  'due',
  'according',
  'owing',
  'thanks',
  'prior',
  'ahead',
  'instead',
  'rather',
  'along',
]);

/** A word that begins a name or a title ("Donald", "U.S.", "President"), its opening mark aside. */
const capital = (w: string | undefined): boolean => !!w && /^[“"‘'(]?\p{Lu}/u.test(w);
/** Whether keeping the first `k` words of `list` cuts a name ("U.S. President | Donald Trump", "Bank | of Kelby"). */
const cutsName = (list: string[], k: number): boolean =>
  ((capital(list[k - 1]) || PERSON_TITLES.has(list[k - 1] ?? '')) &&
    (capital(list[k]) || (list[k] === 'of' && capital(list[k + 1])))) ||
  (list[k - 1] === 'of' && capital(list[k - 2]) && capital(list[k]));
/** A possessive, whose thing follows it ("NATO's", "the city’s"). */
const possessive = (w: string | undefined): boolean => !!w && /\p{L}['’]s?$/u.test(w) && !/[”"]$/.test(w);

/**
 * How many of `list`'s words to keep when at most `n` fit: before the last phrase that would be
 * left unfinished ("…would appeal | to the regional court", "…a defensive measure | against
 * NATO's expansion"), or after a comma; where no phrase begins in the second half of what fits,
 * `n` words, with `backOut` backed out of a name or a possessive they would cut ("…President |
 * Donald Trump").
 */
function phraseCut(list: string[], n: number, backOut = true): number {
  if (list.length <= n) return list.length;
  for (let i = n; i >= Math.max(3, Math.ceil(n / 2)); i--) {
    const word = bare(list[i] ?? '');
    // (not where the words kept would end on one that needs more: "… has not been | as big")
    if (PHRASE_OPENERS.has(word) && !FUNCTION_WORDS.has(bare(list[i - 1] ?? ''))) {
      return OPENER_LEADS.has(bare(list[i - 1] ?? '')) && i - 1 > 2 ? i - 1 : i;
    }
    if (/[,;]$/.test(list[i - 1] ?? '')) return i;
  }
  let keep = n;
  while (backOut && keep > 3 && (possessive(list[keep - 1]) || cutsName(list, keep))) keep--;
  return keep;
}

/**
 * The first `n` words of `text`; when it is longer, cut before the last phrase that would be left
 * unfinished ("…would appeal to the regional" becomes "…would appeal").
 */
function words(text: string, n: number): string {
  const list = text.trim().split(/\s+/).filter(Boolean);
  let keep = phraseCut(list, n, false);
  // never inside a name or a possessive cut short of its thing: "…the freedoms of Hong Kong",
  // not "…of Hong"; "…the city's budget", not "…the city's"
  for (let extra = 0; extra < 3 && keep < list.length; extra++) {
    if (cutsName(list, keep) || possessive(list[keep - 1])) keep++;
    else break;
  }
  let out = list.slice(0, keep).join(' ');
  while (TRAILING.test(out)) out = out.replace(TRAILING, '');
  return out;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Words of a verb group before its verb: auxiliaries, modals and negation ("has not yet won"). */
const inGroup = (key: string): boolean =>
  AUXILIARIES.has(key) || MODALS.has(key) || key === 'not' || key === "n't" || key === 'never';

/** Words a statement cannot end on: articles, prepositions, conjunctions, pronouns, auxiliaries. */
const FUNCTION_WORDS = new Set(
  'a an the of to in on at by for with from into onto about as and or but nor so yet that which who whom whose whether if than this these those it its his her hers their theirs our my your he she they we i you him them us me is are was were be been being am has have had do does did will would can could should may might must shall not no also very more most such own other another each every both either neither some any all said says told stated added amid after before over under while although though because since until per via like including beside besides near toward towards across through throughout against among amongst between behind beyond within without upon during despite along'.split(
    ' ',
  ),
);
/** Participles of saying whose words a title cuts off ("…, saying"): no end either. */
const CUT_SAYING = new Set(['saying', 'adding', 'noting', 'stating', 'explaining']);
const MAX_TITLE_WORDS = 16;
const MAX_TITLE_CHARS = 96;

const bare = (w: string): string =>
  w
    .toLowerCase()
    .replace(/^[“"‘'([]+/, '')
    .replace(/[”"’'.,;:!?)\]…-]+$/, '');

/**
 * A title as a complete short statement: at most 16 words, never cut with "…", never ending on a
 * function word or pronoun, quotation marks closed.
 */
export function finishTitle(raw: string): string {
  // (the same words as replacing each run of spaces by one, trimming and splitting at spaces)
  const ending = raw.includes('…') || raw.includes('...');
  const text = (ending ? raw.replace(/\s*(?:…|\.\.\.)(?=\s*[”"]?\s*$)/, '') : raw).trim();
  const all = text ? text.split(/\s+/) : [];
  const list = all.slice(0, phraseCut(all, MAX_TITLE_WORDS));
  const trim = (): void => {
    for (;;) {
      const last = list[list.length - 1];
      if (last === undefined || list.length <= 2) return;
      const b = bare(last);
      if (!b || FUNCTION_WORDS.has(b) || CUT_SAYING.has(b)) list.pop();
      else return;
    }
  };
  trim();
  // ("The port will close, Chairman": a speaker's title cut from the name after it ends no title)
  let k = list.length - 1;
  while (k > 1 && PERSON_TITLES.has(bare(list[k] ?? ''))) k--;
  if (k < list.length - 1 && list[k]?.endsWith(',')) {
    list.length = k + 1;
    trim();
  }
  // short enough to read at a glance on the timeline, cut where a phrase begins
  if (list.join(' ').length > MAX_TITLE_CHARS) {
    let fit = list.length;
    while (fit > 3 && list.slice(0, fit).join(' ').length > MAX_TITLE_CHARS) fit--;
    list.length = phraseCut(list, fit);
    trim();
  }
  let out = list
    .join(' ')
    .replace(/[\s,;:(\-–—]+$/, '')
    .replace(/[.]+$/, '');
  // a quotation cut short is closed where it stops
  const opened = (out.match(/“/g) ?? []).length - (out.match(/”/g) ?? []).length;
  if (opened > 0) out = `${out.replace(/[,;:.\s]+$/, '')}”`;
  const straight = (out.match(/"/g) ?? []).length;
  if (straight % 2 === 1) out = `${out.replace(/[,;:.\s]+$/, '')}"`;
  return out;
}

/**
 * The finished title of an event, or, where the title built from its clause stays incomplete
 * ("Scientists said", cut at a quotation), the sentence itself as a short statement.
 */
export function eventTitle(title: string, sentence: string): string {
  const finished = finishTitle(title);
  const last = bare(finished.split(' ').pop() ?? '');
  return last && !FUNCTION_WORDS.has(last) ? finished : finishTitle(sentence);
}

/** `text` without a time expression and the words that lead into it ("left open at around 2.30pm"). */
function withoutTime(text: string, expression: string): string {
  const at = text.indexOf(expression);
  return at < 0 ? text : `${text.slice(0, at).replace(TIME_LEAD, '')} ${text.slice(at + expression.length)}`;
}
/** Words that lead into a time expression, left out of a title with it. */
const TIME_LEAD =
  /(?:\b(?:at|on|in|around|about|by|until|after|before|since|approximately|roughly|nearly|just)\s+)+$/i;

/** Builds a title "Source verb what…" for the event whose verb is token `verbIndex`. */
export function makeTitle(
  source: string,
  tokens: Token[],
  verbIndex: number,
  text: string,
  offset: number,
  quotes: Array<[number, number]>,
  dateExpression?: string,
  /** A verb of saying: with nothing after it, what was said is the sentence before it. */
  speech = true,
): string {
  const verb = tokens[verbIndex];
  if (!verb) return source;
  let first = verbIndex;
  // keep what changes the meaning: auxiliaries, negation, "attempted to" before the verb
  for (;;) {
    const prev = tokens[first - 1]?.key ?? '';
    if (first > 0 && inGroup(prev)) first--;
    else if (first > 1 && prev === 'to' && CATENATIVES.has(tokens[first - 2]?.key ?? '')) first -= 2;
    // ("is to become": a plan)
    else if (first > 1 && prev === 'to' && beTo(tokens, first - 2)) first -= 2;
    // ("has also been reduced": an adverb inside the group stays with it)
    else if (first > 1 && ADVERBS.has(prev) && inGroup(tokens[first - 2]?.key ?? '')) first--;
    else break;
  }
  // ("weren't as good": a verb written with its negation ends after it)
  const end = tokens[verbIndex + 1]?.key === "n't" ? (tokens[verbIndex + 1]?.end ?? verb.end) : verb.end;
  const verbPhrase = text.slice((tokens[first]?.start ?? verb.start) - offset, end - offset);
  let rest = text.slice(end - offset);
  // the date is shown apart, but "rejected it" needs its date to read as a statement
  // (a date that opens or closes a range stays: "between Dec. 14 and Dec. 19")
  const ranged =
    !!dateExpression &&
    new RegExp(
      `(?:[Bb]etween|[Ff]rom)\\s+${escapeRegExp(dateExpression)}|${escapeRegExp(dateExpression)}\\s+(?:and|to|through|until)\\s+[\\d\\p{Lu}]`,
      'u',
    ).test(rest);
  // (a day that owns a thing stays with it: "followed Tuesday's storm")
  const owns = !!dateExpression && new RegExp(`${escapeRegExp(dateExpression)}['’]s\\b`, 'u').test(rest);
  const undated = dateExpression && !ranged && !owns ? withoutTime(rest, dateExpression) : rest;
  if (!/^\s*(?:it|them|him|her|this|that)\s*(?:[,.;:]|$)/i.test(undated)) rest = undated;
  rest = rest.replace(/^\s*(?:on|in|at)\s+(?=\s)/i, ' ');
  // ("told the board on Friday (May 3) that the ferries …": words in brackets before what was said
  // restate the day)
  rest = rest.replace(/^\s*\([^()]{1,30}\)(?=\s)/, ' ');
  // ("added, however, that …", "reports that, at their height, the losses …": an aside is no part
  // of what was said)
  rest = rest.replace(/^\s*,(?:\s*[\p{L}'’-]+){1,3}\s*,/u, ' ').replace(/^(\s*that)\s*,[^,]{1,40},/i, '$1');
  // ("said that the new routes, which will come into effect in May, are …": a relative clause set
  // off by commas is no part of what was said, nor its end)
  rest = rest.replace(/,\s*(?:which|who)\s[^,;:“”"]{1,80},(?=\s+\p{Ll})/u, '');
  // ("recently “renewed” the permit": the mark that closes a word set off is no end)
  rest = rest.replace(/^[”"](?=\s)/, '');
  // (a clause joined after the object is no part of it: "… have been recovered and it is feared …")
  const cut = rest.search(
    /(?<!\d),|,(?!\d)|(?<!\d):|:(?!\d)|[;(“”"]|\s(?:--|[-—–])\s|\s(?:and|but|while|whereas)\s+(?:it|he|she|they|we|there)\s/,
  );
  let object = (cut >= 0 ? rest.slice(0, cut) : rest).replace(/[.!?]+\s*$/, '');
  object = object.replace(/\s+/g, ' ').trim();
  // a quotation attributed by the verb: its first words (one begun in the sentence before starts at
  // the sentence, with no mark to skip)
  const quoting = ([a, b]: [number, number]): string => {
    const from = a - offset + (/[“"”]/.test(text.charAt(a - offset)) ? 1 : 0);
    const to = b - offset - (/[“"”]/.test(text.charAt(b - offset - 1)) ? 1 : 0);
    // (its first words end on no comma: "“Soon, once the hearing ends”")
    return `${source} ${verbPhrase}: “${words(text.slice(from, to).replace(/[,.]\s*$/, ''), 7).replace(/[,;:]$/, '')}”`;
  };
  // ("said that "I don't think …"": the quotation is what was said)
  const quoted = /^\s*that\s*[“"]/i.test(rest) ? quotes.find(([a]) => a >= verb.end) : undefined;
  if (quoted) return quoting(quoted);
  // ("“…,” Ann Roe told the Kelby Herald", "…, Ann Roe told reporters": who was told is no part of
  // what was said, which the quotation or the clause before the speaker tells)
  const listener = /^(?:told|tells|tell)$/.test(verb.key) && object.split(' ').length <= 4;
  // (or after them: "told reporters: “…”")
  const told = listener
    ? (quotes.find(([, b]) => b <= verb.start) ??
      quotes.find(([a]) => a > end && a - end <= object.length + 6))
    : undefined;
  if (told) return quoting(told);
  if (listener && speech) {
    const clause = clauseBefore(text.slice(0, Math.max(0, (tokens[first]?.start ?? verb.start) - offset)));
    if (clause) return `${source} ${verbPhrase} ${object}: ${words(clause, 9)}`;
  }
  if (!object) {
    const q =
      quotes.find(([a]) => a >= verb.end && a <= verb.end + 3) ?? quotes.find(([a]) => a < verb.start);
    if (q) return quoting(q);
    // "…, killing two people, Polish officials said": what was said is the sentence before the attribution
    if (!speech) return `${source} ${verbPhrase}`;
    const said = text.slice(0, Math.max(0, (tokens[first]?.start ?? verb.start) - offset));
    const clause = withoutSpeaker(said);
    // ("The levy, she said, will pay for ferries": an attribution set off inside what was said; its
    // words go on after it)
    const goesOn = /^\s*,\s*([^,;:“”"()]+)/u
      .exec(rest)?.[1]
      ?.replace(/[.!?]+\s*$/, '')
      .trim();
    // (not a participle of the speaker's: "…, she added, standing beside the pier")
    if (
      goesOn &&
      clause &&
      /,\s*[^,]*$/.test(said) &&
      goesOn.split(/\s+/).length >= 2 &&
      !/^\p{L}+ing\b/u.test(goesOn)
    ) {
      // ("Meanwhile, she said, the ferries …": a word that links the sentence to the one before is
      // no part of what was said)
      if (CONNECTIVES.test(clause) || (ADDITIVE.test(clause) && !clause.includes(' ')))
        return `${source} ${verbPhrase}: ${words(
          goesOn.replace(/^\p{Ll}/u, (c) => c.toUpperCase()),
          11,
        )}`;
      return `${source} ${verbPhrase}: ${words(`${clause} ${goesOn}`, 11)}`;
    }
    if (clause.split(/\s+/).length >= 3) return `${source} ${verbPhrase}: ${words(clause, 9)}`;
    return `${source} ${verbPhrase}`;
  }
  // (as many words as the title has room for beside who and the verb, at least MAX_WORDS)
  const room = Math.max(MAX_WORDS, MAX_TITLE_WORDS - `${source} ${verbPhrase}`.split(/\s+/).length);
  return `${source} ${verbPhrase} ${words(object, room)}`;
}

/** Words that open a phrase of time or place, no statement ("After the meeting, Ann Roe told …"). */
const OPENERS = /^(?:after|before|during|following|in|on|at|when|as|while|since|meanwhile|later|earlier)\b/i;

/** The statement an attribution after a comma follows ("The pool will close, Ann Roe told …"), if any. */
function clauseBefore(said: string): string | undefined {
  // (the speaker's words after the comma: "Ann Roe, 22, who denied it, told …" has none)
  if (!/,\s*[^,\s][^,]*$/.test(said)) return undefined;
  const clause = withoutSpeaker(said);
  return clause.split(/\s+/).length >= 4 && !OPENERS.test(clause) ? clause : undefined;
}

/** The words before an attribution without its last part, the speaker's ("The pool will close, Ann Roe"). */
const withoutSpeaker = (said: string): string => said.replace(/,?\s*[^,]*$/, '').trim();

/** Title of "claims by X that Y …": "X claims that Y …" in a few words. */
export function nominalTitle(source: string, clause: string): string {
  const m = /^(\w+)\s+(?:made\s+)?by\s+.*?\b(that\b.*)$/i.exec(clause);
  const said = (m ? `${m[1]} ${m[2]}` : clause).replace(/[“”"]/g, '');
  const head = words(said, 10).replace(/[,.;:]+$/, '');
  return `${source}: ${head}${said.split(/\s+/).length > 10 ? '…' : ''}`;
}

/** Title of a happening with no acting subject: the sentence up to its verb and a few words more. */
export function happeningTitle(
  text: string,
  verbEnd: number,
  expression?: string,
  aside?: [number, number],
): string {
  // ("The new law, drafted last year, was passed": without the aside before the verb)
  const head = aside ? `${text.slice(0, aside[0])} ${text.slice(aside[1], verbEnd)}` : text.slice(0, verbEnd);
  let rest = text.slice(verbEnd);
  if (expression) rest = withoutTime(rest, expression);
  const told = `${head} ${rest.split(/[,;:(]/)[0] ?? ''}`.replace(/\s+/g, ' ').trim();
  return `${words(told, 12).replace(/[.,;:]+$/, '')}${told.split(' ').length > 12 ? '…' : ''}`;
}

/** Title of a quotation: "X said: “first words …”". */
export function quoteTitle(
  source: string,
  verb: string,
  text: string,
  offset: number,
  regions: Region[],
  verbAt: number,
): string {
  // (with no quotation marks, what was said is the sentence before its attribution: "…, said X")
  const marked = regions.filter(([a]) => a < verbAt).pop() ?? regions[0];
  const q = marked ?? [offset, verbAt];
  // a quotation begun in the sentence before starts at the sentence, with no mark to skip
  const from = q[0] - offset + (/[“"”]/.test(text.charAt(q[0] - offset)) ? 1 : 0);
  const said = text
    .slice(from, q[1] - offset)
    .replace(/[”"]$/, '')
    .replace(/[,.\s]+$/, '');
  const count = said.split(/\s+/).length;
  // as many of its words as the title has room for beside the speaker and the verb
  const room = Math.max(7, MAX_TITLE_WORDS - 2 - source.split(/\s+/).length);
  const shown = `${words(said, room)}${count > room ? '…' : ''}`;
  return `${source} ${verb.toLowerCase()}: ${marked ? `“${shown}”` : shown}`;
}

/** Words that open a phrase of time ("around 9 p.m.", "on May 3", "late yesterday"). */
const TIME_LEADS =
  /^(?:at|on|in|around|about|shortly|late|early|just|before|after|by|last|this|earlier|later|until)$/i;
/** A word that names a time: a clock time, "a.m." or "p.m.", a day, a month or "yesterday". */
const timeWord = (w: string): boolean =>
  DAY_OR_MONTH.test(w) || /^(?:\d{1,2}:\d{2}|[ap]\.m\.?|yesterday|today|tonight)$/i.test(w);

/**
 * `account` without a phrase of time set off by a comma at its start ("around 9:15 p.m. on May 3,
 * an officer …" → "an officer …").
 */
function withoutLeadingTime(account: string): string {
  const comma = account.indexOf(',');
  const words = account.slice(0, Math.max(0, comma)).trim().split(/\s+/);
  const first = words[0] ?? '';
  return comma > 0 && words.length <= 8 && (TIME_LEADS.test(first) || timeWord(first)) && words.some(timeWord)
    ? account.slice(comma + 1)
    : account;
}

/** Title of "According to X, Y …": "X: Y …" in a few words. */
export function accordingTitle(source: string, text: string): string {
  // "…, according to X": the account is what comes before; "According to X, …": what comes after
  // (a sentence that opens on it has its account after the first comma, whatever it cites later)
  const trailing = ACCOUNT_FIRST.test(text) ? null : /,?\s*according to\b/i.exec(text);
  const comma = text.indexOf(',');
  const told = trailing ? text.slice(0, trailing.index) : comma >= 0 ? text.slice(comma + 1) : text;
  // ("According to the board, around 9:15 p.m. on May 3, an officer …": the time set off before the
  // account is no part of what it says happened)
  const account = withoutLeadingTime(told);
  const head = words(account, 9).replace(/[,.;:]+$/, '');
  return `${source}: ${head}${account.trim().split(/\s+/).length > 9 ? '…' : ''}`;
}
