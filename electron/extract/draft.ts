/**
 * The event-draft types shared by the event stages: an event as found in one place before merging
 * (`Draft`), one article to walk (`ArticleRun`) and one sentence as the stages read it
 * (`SentenceContext`). Imports nothing from the stages, so each of them (and
 * `events`, which runs them) can import it; helpers read a sentence's asides and the text
 * between its tokens, and one builds an event told in passing.
 */
import type { ActorKind, CameoCode, EventActor } from '../shared/model';
import type { EventDate } from './dates';
import { isPlainThing, type Mention } from './mention';
import type { Modality } from './modality';
import type { Tags } from './nlp';
import type { Region } from './quotes';
import type { Gap } from './subject';
import type { Timex } from './timex';
import type { Token } from './tokens';

/** An event as found in one place, before merging. */
export interface Draft {
  articleId: string;
  published: string;
  paragraph: number;
  /** Order of the sentence in the file. */
  order: number;
  source?: { name: string; kind: ActorKind };
  actors: EventActor[];
  /** The name of a thing no one named that its clause tells of (`isPlainThing`): no actor of the event. */
  thing?: string;
  verb: string;
  speech: boolean;
  cameo: CameoCode | null;
  date: EventDate;
  /** The clause has a date of its own (written, or anchored to another event). */
  ownDate: boolean;
  quote: string;
  start: number;
  end: number;
  title: string;
  fromTable: boolean;
  /** Subject is a pronoun or a description that refers back ("He claims …", "The company said …"). */
  pronounSubject: boolean;
  /** That subject is a personal pronoun ("he", "they"), not a description ("the company"). */
  personalSubject?: boolean;
  /** The sentence opens with the quotation that the verb attributes. */
  quoteFirst: boolean;
  /** Its quotation tells an act done (`quotedAct`): words of their own, not more of a statement. */
  quotedAct?: boolean;
  /** The speaker is not named ("…,” a spokesperson said): the actor is one the quotation names. */
  unnamedSpeaker?: boolean;
  /** "also", "further", "additionally": a new item by the same actor. */
  additive: boolean;
  /** Specific CAMEO roots the clause names: more than one means a compound event. */
  codes: string[];
  /** Asserted, negated ("did not sign"), planned ("will visit") or reported ("reportedly"). */
  modality?: Modality;
  /** Found in the article's headline: merges with the body's report of it. */
  headline?: boolean;
  /** Told in passing, of a thing or as a past fact ("the contract that expired on Tuesday"): no story's day. */
  background?: boolean;
}

/** One article to walk: its text, where it lies in the file body, its date and time expressions. */
export interface ArticleRun {
  articleId: string;
  published: string;
  /** The article's text and where it starts in the file body. */
  text: string;
  offset: number;
  timexes: Timex[];
  /** Index of the first sentence, so orders are unique in a file. */
  orderBase: number;
  /** Part-of-speech tags of the article (offsets into the file body). */
  tags: Tags;
}

/** One sentence (or a part of it between semicolons) as the event stages read it. */
export interface SentenceContext {
  run: ArticleRun;
  /** The sentence's text and its range in the file body. */
  s: { start: number; end: number; text: string };
  paragraph: number;
  /** Order of the sentence in the file. */
  order: number;
  tokens: Token[];
  /** Actors it names, in text order. */
  mentions: Mention[];
  /** Its quotations. */
  regions: Region[];
  /** The text between two of its tokens. */
  gap: Gap;
  /** Subordinate clauses that date an act of their own ("… until he agreed … in August 2003"). */
  asides?: Region[];
}

/** The clauses of `sentence` that date an act of their own, besides the one at `verbAt`. */
export function asidesBesides(sentence: SentenceContext, verbAt: number): Region[] {
  return (sentence.asides ?? []).filter(([a, b]) => verbAt < a || verbAt >= b);
}

/**
 * Leaves `d` the words of its sentence from offset `at` on, and of its actors those named there
 * (its own actor stays): what came before is an event of its own. An offset at or past the end of
 * its words leaves it as it is (its words were cut before there already).
 */
export function tellFrom(d: Draft, sentence: SentenceContext, at: number): void {
  if (at >= d.end) return;
  const { s, tokens, mentions } = sentence;
  d.quote = s.text.slice(at - s.start, d.end - s.start);
  d.start = at;
  const named = new Set(mentions.filter((m) => (tokens[m.from]?.start ?? 0) >= at).map((m) => m.name));
  d.actors = d.actors.filter((a, k) => k === 0 || named.has(a.name));
}

/**
 * Ends draft `d` before file offset `end` (its words up to there, without the comma or colon
 * before it), where at least 12 characters are left; true when it did.
 */
export function tellUntil(d: Draft, sentence: SentenceContext, end: number): boolean {
  const { s } = sentence;
  const quote = s.text.slice(d.start - s.start, end - s.start).replace(/[\s,;:]+$/, '');
  if (quote.length < 12) return false;
  d.quote = quote;
  d.end = d.start + quote.length;
  return true;
}

/** The text between token `i` of `sentence` and the next ("", ", ", " — "; "" after the last). */
export function gapAfter(sentence: SentenceContext, i: number): string {
  const x = sentence.tokens[i];
  const y = sentence.tokens[i + 1];
  return x && y ? sentence.gap(x, y) : '';
}

/** The part-of-speech tag of token `i` of `sentence` ("" where it has none). */
export const tagOf = (sentence: SentenceContext, i: number): string =>
  sentence.run.tags.at(sentence.tokens[i]?.start ?? -1) ?? '';

/** True when mention `m` of `sentence` is a personal pronoun ("he", "they"), not a description ("the company"). */
export const isPersonal = (sentence: SentenceContext, m: Pick<Mention, 'from' | 'via'>): boolean =>
  m.via === 'pronoun' && tagOf(sentence, m.from) === 'PRON';

/** True when a comma, semicolon, colon or bracket follows token `i` of `sentence`. */
export const breakAfter = (sentence: SentenceContext, i: number): boolean =>
  /[,;:(]/.test(gapAfter(sentence, i));

/** The last token of the words that run on from token `i` up to the next break or the sentence's end. */
export function partEnd(sentence: SentenceContext, i: number): number {
  let last = i;
  while (last + 1 < sentence.tokens.length && !breakAfter(sentence, last)) last++;
  return last;
}

/** `Draft.thing` for a clause whose subject is `m`. */
export const thingOf = (m: Pick<Mention, 'name' | 'kind' | 'thing'>): Pick<Draft, 'thing'> =>
  isPlainThing(m) ? { thing: m.name } : {};

/**
 * An event told in passing, of `owner`, with a date of its own (a past fact, a thing's dated
 * relative clause, an act told by a gerund): the words of the sentence from `start` to `end`.
 */
export function factDraft(
  sentence: SentenceContext,
  owner: Pick<Mention, 'name' | 'kind' | 'via' | 'thing'>,
  fact: Pick<Draft, 'actors' | 'verb' | 'date' | 'start' | 'end' | 'title'>,
): Draft {
  const { run, s } = sentence;
  return {
    articleId: run.articleId,
    published: run.published,
    paragraph: sentence.paragraph,
    order: sentence.order,
    source: { name: owner.name, kind: owner.kind },
    actors: fact.actors,
    ...thingOf(owner),
    verb: fact.verb,
    speech: false,
    cameo: null,
    date: fact.date,
    ownDate: true,
    quote: s.text.slice(fact.start - s.start, fact.end - s.start),
    start: fact.start,
    end: fact.end,
    title: fact.title,
    fromTable: false,
    pronounSubject: owner.via === 'pronoun',
    quoteFirst: false,
    additive: false,
    codes: [],
  };
}
