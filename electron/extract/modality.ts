/**
 * How a clause tells its act: asserted, negated ("did not sign"), planned ("will visit") or
 * reported ("reportedly"); and whether it only states how things are ("Loughner remains in
 * custody") rather than what happened.
 */
import { subjectOf } from './clause-subject';
import { BELIEVING_VERBS, MODALS, PAST_AUXILIARIES, SPEECH_VERBS } from './lexicon';
import { singulars } from './noun-number';
import { verbInfo } from './verb-forms';
import { beTo, groupStart, MOVES, NEGATORS, posAt, type SentenceView } from './sentence-view';
import type { Token } from './tokens';

export type Modality = 'asserted' | 'negated' | 'planned' | 'reported';

/** Adverbs that tell an act as reported, not asserted. */
const REPORTING = new Set(['reportedly', 'allegedly', 'purportedly', 'supposedly']);

/** Words of a verb group that put its act in the future: "is expected to", "plans to", "set to". */
const PLANNING = new Set(
  'expected likely set due scheduled slated poised going plan plans planned planning intend intends intended aim aims hope hopes hoped'.split(
    ' ',
  ),
);

/** Present forms of planning an act, whatever follows them. */
const PRESENT_PLANS = new Set(['plan', 'plans', 'planning', 'intends', 'intend', 'intending', 'preparing']);

/** Planning words a day follows ("set for May 16", "due on Friday"). */
const SCHEDULING = new Set(['set', 'scheduled', 'slated', 'due']);

/** A verb group of "be" and "to" before its verb, news's future ("is to become", "are to meet"). */
const isToPlan = (group: Token[]): boolean => group.some((t, k) => t.key === 'to' && beTo(group, k - 1));

/**
 * How the clause whose verb is token `v` tells its act: negated ("did not sign"), planned ("will
 * visit", "is expected to rule"), reported ("reportedly", "allegedly") or asserted. `from` is where
 * its clause starts.
 */
export function modalityOf(view: SentenceView, v: number, from = 0): Modality {
  const g = groupStart(view, v);
  const group = view.tokens.slice(g, v + 1);
  const last = group[group.length - 1];
  if (group.some((t) => NEGATORS.has(t.key))) return 'negated';
  // "Neither Swenson nor Glover specified …", "No one has claimed …": a subject that denies the act
  if (view.tokens.slice(from, g).some((t) => NEGATING_SUBJECTS.has(t.key))) return 'negated';
  if (group.some((t) => MODALS.has(t.key) || (PLANNING.has(t.key) && t !== last))) return 'planned';
  // ("Holt is to become minister": "be" and "to" before the verb)
  if (isToPlan(group)) return 'planned';
  // "is scheduled to be sentenced", "plans to appeal": the group ends on the planning word
  // ("a hearing was set for May 16", "is due on Friday": the day it is planned for follows)
  const next = view.tokens[v + 1]?.key;
  if (
    last &&
    PLANNING.has(last.key) &&
    (next === 'to' || (SCHEDULING.has(last.key) && (next === 'for' || next === 'on')))
  )
    return 'planned';
  // "is planning a referendum in March", "plans new elections": a plan told in the present
  if (last && PRESENT_PLANS.has(last.key) && !group.some((t) => PAST_AUXILIARIES.has(t.key)))
    return 'planned';
  if (view.tokens.slice(from, v + 1).some((t) => REPORTING.has(t.key))) return 'reported';
  return 'asserted';
}

/** Modals of what may be, not what happened or is planned ("can", "could", "might"). */
const POSSIBILITY = new Set(['can', 'could', 'may', 'might']);

/**
 * True when the clause whose verb is token `v` tells only what may be ("Berg can name two more
 * ministers", "fares could go up", "Kelby could have won"): a hypothetical, no event. "Could not"
 * is a negated act.
 */
export function mayOnly(view: SentenceView, v: number): boolean {
  const group = view.tokens.slice(groupStart(view, v), v + 1);
  // ("could not confirm" tells an act that did not happen: a negated event)
  return group.some((t) => POSSIBILITY.has(t.key)) && !group.some((t) => NEGATORS.has(t.key));
}

/** Words of a subject that deny the act ("neither … nor", "nobody"). */
const NEGATING_SUBJECTS = new Set(['neither', 'nobody', 'none']);

const PRESENT_COPULA = new Set([
  'is',
  'are',
  'am',
  "'s",
  'remains',
  'remain',
  'seems',
  'seem',
  'stays',
  'stay',
]);

/**
 * True when the clause whose verb is token `v` states how things are rather than what happened:
 * a present copula or passive ("Alkatiri is widely blamed", "Loughner remains in custody", "the
 * country is the second to …"). A movement ("the index is up 2%") and a headline's present
 * ("Apple unveils …") report acts.
 */
export function statesOnly(view: SentenceView, v: number): boolean {
  if (view.headline) return false;
  const g = groupStart(view, v);
  const group = view.tokens.slice(g, v + 1);
  const present = group.find((t) => PRESENT_COPULA.has(t.key));
  if (!present) return false;
  if (group.some((t) => MODALS.has(t.key) || PLANNING.has(t.key))) return false;
  // ("is to become minister": a plan, no state)
  if (isToPlan(group)) return false;
  const next = view.tokens[v + 1];
  if (next && (MOVES.has(next.key) || posAt(view, v + 1) === 'NUM')) return false;
  const verb = view.tokens[v];
  // "is leaving the board", "is attempting to contact": a progressive tells what is happening
  if (group.some((t, k) => t !== present && /ing$/.test(t.key) && posAt(view, g + k) === 'VERB'))
    return false;
  return verb === present || !!verbInfo(verb?.key ?? '')?.past || posAt(view, v) === 'VERB';
}

/**
 * True when the clause whose verb is token `v` is a simple present of a verb that names no act and
 * no statement ("Kelby Steel employs 450 workers", "It makes steel for shipyards"): a state or a
 * habit. Not in a headline or a deck (`text`, the sentence, ends on no stop), whose present reports
 * an act ("Kelby court jails two men").
 */
export function habitual(view: SentenceView, v: number, text: string): boolean {
  const head = view.tokens[v];
  if (!head || view.headline || groupStart(view, v) !== v || PRESENT_PLANS.has(head.key)) return false;
  if (!/[.!?]["”’)]*\s*$/.test(text)) return false;
  const info = verbInfo(head.key);
  // (a verb no list knows, in the third person: "employs", "includes", by the singular's spellings)
  const third = !info && posAt(view, v) === 'VERB' && /^\p{Ll}+[^s]s$/u.test(head.key);
  const bases = info ? [info.base] : third ? singulars(head.key) : [];
  if (!bases.length || bases.some((b) => SPEECH_VERBS.has(b) || BELIEVING_VERBS.has(b))) return false;
  // ("Ana Ruiz takes the tourism portfolio", "He retains the justice brief": a person taking or
  // keeping a post, told in the present, is the change the news reports)
  if (bases.some((b) => POST_CHANGES.has(b)) && subjectOf(view, v, 0)?.kind === 'person') return false;
  return !info || (info.present && !info.past && info.code === null);
}

/** Verbs of taking, keeping or giving up a post. */
const POST_CHANGES = new Set([
  'become',
  'take',
  'assume',
  'retain',
  'keep',
  'inherit',
  'join',
  'succeed',
  'replace',
]);

/** Conjunctions of a condition: what follows is no act that happened. */
const CONDITIONS = new Set(['if', 'unless']);

/**
 * True when token `i` stands in a condition ("… will close the pit if the council raises the tax"):
 * "if" or "unless" comes before it within its part of the sentence (no comma between).
 */
export function inCondition(
  tokens: Array<{ key: string }>,
  gap: (a: number, b: number) => string,
  i: number,
): boolean {
  for (let k = i - 1; k >= 0; k--) {
    if (CONDITIONS.has(tokens[k]?.key ?? '')) return true;
    if (/[,;:]/.test(gap(k, k + 1))) return false;
  }
  return false;
}
