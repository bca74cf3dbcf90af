/**
 * A sentence as the clause readers see it (its tokens, actor mentions, quotations and
 * part-of-speech tags), and the verb group around a verb ("has fallen", "continued to fall").
 */
import { ADVERBS, AUXILIARIES, MODALS } from './lexicon';
import type { Mention } from './mention';
import type { Tags } from './nlp';
import type { Token } from './tokens';

/** What a clause finder needs of a sentence. */
export interface SentenceView {
  tokens: Token[];
  mentions: Mention[];
  /** Text between two tokens (punctuation and spaces). */
  gap: (a: number, b: number) => string;
  inQuote: (t: Token) => boolean;
  tags: Tags;
  /** A headline: present-tense verbs the tagger often reads as nouns. */
  headline: boolean;
}

/** Words that negate a verb group ("did not sign"). */
export const NEGATORS = new Set(['not', "n't", 'never', 'no']);
/** After a copula, words that make it a movement ("was up 25 points", "closed flat"). */
export const MOVES = new Set(['up', 'down', 'higher', 'lower', 'flat', 'even', 'unchanged', 'off']);

/** Tags of the words of a noun phrase. */
export const NOUN_PHRASE = /^(?:DET|ADJ|NOUN|PROPN|NUM)$/;

/**
 * The part-of-speech tag of token `i` (`X` when there is none). A token the tagger read as part of
 * the word before it ("000" of "600,000", written with no space between) has that word's tag.
 */
export function posAt(view: SentenceView, i: number): string {
  let k = i;
  for (let t = view.tokens[k]; t; t = view.tokens[--k]) {
    const tag = view.tags.at(t.start);
    if (tag) return tag;
    if (view.tokens[k - 1]?.end !== t.start - 1 || !/^[,.]$/.test(view.gap(k - 1, k))) break;
  }
  return 'X';
}

/** Tokens [from, to) as written, with the spaces and marks between them, capitalised: a phrase as a name. */
export function phraseName(view: SentenceView, from: number, to: number): string {
  return view.tokens
    .slice(from, to)
    .map((t, j) => (j > 0 ? view.gap(from + j - 1, from + j) : '') + t.text)
    .join('')
    .replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

/** The verb of the group that starts at `g`: over auxiliaries, adverbs and particles to its verb. */
export function groupVerb(view: SentenceView, g: number): number {
  let v = g;
  while (posAt(view, v) !== 'VERB' && /^(?:AUX|ADV|PART|VERB)$/.test(posAt(view, v + 1))) v++;
  return v;
}

/**
 * True when token `k` is the "is" or "are" that puts an act ahead with "to" ("Holt is to become
 * minister"), not the "is" of what someone would do ("all it would do is to wait").
 */
export function beTo(tokens: Token[], k: number): boolean {
  return (
    /^(?:is|are)$/.test(tokens[k]?.key ?? '') && !/^(?:do|does|did|done)$/.test(tokens[k - 1]?.key ?? '')
  );
}

/** The verb group ending at `i`: auxiliaries, adverbs, "to" after a verb ("continued to fall"). */
export function groupStart(view: SentenceView, i: number): number {
  let k = i;
  for (;;) {
    const prev = view.tokens[k - 1];
    // (a group ends at a comma: "The plan is not enough, says …" is no copula's)
    if (!prev || /[,;:]/.test(view.gap(k - 1, k))) break;
    if (
      AUXILIARIES.has(prev.key) ||
      MODALS.has(prev.key) ||
      NEGATORS.has(prev.key) ||
      ADVERBS.has(prev.key)
    ) {
      k--;
      continue;
    }
    if (posAt(view, k - 1) === 'ADV' && !prev.cap) {
      k--;
      continue;
    }
    // ("continued to fall"; "is to become", "are to meet": a plan, news's future)
    if (prev.key === 'to' && (posAt(view, k - 2) === 'VERB' || beTo(view.tokens, k - 2))) {
      k -= 2;
      continue;
    }
    break;
  }
  return k;
}
