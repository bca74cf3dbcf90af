/**
 * What the verb right after a capitalised name says about it, for the name rules (`name-rules`):
 * a verb of market movement makes it an index or a company ("the Dow Jones plunged 400 points"); a
 * finite verb makes it the subject of an act.
 */
import { ADVERBS, AUXILIARIES, MARKET_VERBS } from './lexicon';
import type { Token } from './tokens';
import { verbInfo } from './verb-forms';

/** True when a verb of market movement follows ("the Dow Jones plunged 400 points"). */
export function marketVerbAfter(tokens: Token[], j: number): boolean {
  let k = j;
  while (tokens[k] && (AUXILIARIES.has(tokens[k]?.key ?? '') || ADVERBS.has(tokens[k]?.key ?? ''))) k++;
  const verb = tokens[k];
  return (
    !!verb &&
    MARKET_VERBS.has(verb.key) &&
    /^(?:\d|by\b|to\b|as\b|more|sharply|slightly)/.test(tokens[k + 1]?.text ?? '')
  );
}

/** True when a finite verb follows the name ending before token `j` (after an age, auxiliaries and adverbs). */
export function finiteVerbAfter(tokens: Token[], j: number): boolean {
  let k = j;
  // "Djokovic, 36, called …": an age between the name and its verb
  if (/^\d{1,3}$/.test(tokens[k]?.text ?? '')) k++;
  let aux = false;
  while (tokens[k] && (AUXILIARIES.has(tokens[k]?.key ?? '') || ADVERBS.has(tokens[k]?.key ?? ''))) {
    if (AUXILIARIES.has(tokens[k]?.key ?? '')) aux = true;
    k++;
  }
  const v = verbInfo(tokens[k]?.key ?? '');
  if (!v || v.ing) return false;
  // "The Shuffle was introduced": the subject of a passive undergoes the event, it does not act
  if (v.past && /^(?:was|were|is|are|been|be|being)$/.test(tokens[k - 1]?.key ?? '')) return false;
  return v.past || v.present || aux;
}
