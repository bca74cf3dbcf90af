/**
 * What opens a sentence before its main clause: a phrase of place, time or concession, a
 * participle's phrase or a subordinate clause that sets the scene ("In Europe,", "Despite …,",
 * "As tensions … escalate,"), or a clause of time or cause that tells an act of its own ("After
 * the judge cleared that hurdle,"). `findClauses` reads the main clause after it.
 */
import { SUBCLAUSE } from './clause-subject';
import { CONTRAST_CONJUNCTIONS } from './lexicon';
import { posAt, type SentenceView } from './sentence-view';
import type { Token } from './tokens';
import { verbInfo } from './verb-forms';

/** Words that open a subordinate clause: before the first comma they set the scene. */
const SUBORDINATORS = new Set([
  'as',
  'if',
  'although',
  'though',
  'because',
  'unless',
  'whether',
  'while',
  'whilst',
  'since',
  'amid',
]);

/** Words of a verb group in the past tense. */
export const PAST_GROUP = /^(?:was|were|had|did|\p{Ll}+ed)$/u;

/** Tags that open a phrase of place, time or manner before the subject ("In Europe,", "Despite …,", "Earlier,"). */
const SCENE_OPENERS = new Set(['ADP', 'ADV']);

/**
 * Where the clause after an opening phrase starts, at the sentence's first comma: a subordinate
 * clause ("As tensions … continue to escalate, …"), or a phrase of place, time, concession or a
 * participle's that holds no finite verb ("In Europe, markets dropped", "Despite the worries about
 * the banks, bank shares climbed", "Helped by troops from Rwanda, the army …", "Despite being
 * summonsed twice, Sokha refused …"); 0 where the sentence opens on its subject.
 */
export function openingPhrase(view: SentenceView): number {
  const first = view.tokens[0]?.key ?? '';
  const subordinate = SUBORDINATORS.has(first);
  const participle = posAt(view, 0) === 'VERB' && /(?:ed|ing)$/.test(first);
  if (!subordinate && ((!SCENE_OPENERS.has(posAt(view, 0)) && !participle) || first === 'according'))
    return 0;
  for (let i = 1; i < view.tokens.length; i++) {
    const pos = posAt(view, i);
    // (a verb that is no finite one goes on with the phrase: "Despite being summonsed twice in May,")
    if (!subordinate && (pos === 'VERB' || pos === 'AUX') && !nonFinite(view, i)) return 0;
    if (/,/.test(view.gap(i - 1, i))) return i;
  }
  return 0;
}

/** A gerund or participle ("being", "meeting"), or a past participle after one ("being summonsed"). */
function nonFinite(view: SentenceView, i: number): boolean {
  const key = view.tokens[i]?.key ?? '';
  return /\p{Ll}{2,}ing$/u.test(key) || /^(?:being|having)$/.test(view.tokens[i - 1]?.key ?? '');
}

/** Words of a measure of time before a conjunction of time ("a year after", "shortly before"). */
const MEASURES =
  /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|just|only|shortly|soon|long|right|immediately|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/;

/**
 * Where the main clause starts after a clause of time or cause that opens the sentence with a
 * finite past verb of its own, at its comma ("After the judge cleared that hurdle, the attorney
 * said …", "As messages poured in last night, the league announced …", "While the mayor phoned
 * the board, her deputy left"); 0 where there is none.
 */
export function leadingClause(view: SentenceView): number {
  const { tokens } = view;
  // ("A year after he took over the party, …", "Shortly before …": a measure of time before it)
  let at = 0;
  while (at < 3 && (MEASURES.test(tokens[at]?.key ?? '') || posAt(view, at) === 'NUM')) at++;
  const opener = tokens[at]?.key ?? '';
  // ("With skipper Tendulkar opting to keep away from the press, chairman Wadekar faced …": an
  // absolute clause of "with" and a gerund opens it too)
  const absolute = opener === 'with' && at === 0;
  const contrast = at === 0 && CONTRAST_CONJUNCTIONS.has(opener);
  if ((!SUBCLAUSE.has(opener) && !absolute && !contrast) || !/^(?:SCONJ|ADP|ADV)$/.test(posAt(view, at)))
    return 0;
  let past = false;
  for (let i = at + 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (view.inQuote(t)) return 0;
    // ("While the U.S. has supported Ukraine, …": a contrast in the present perfect is background)
    if (contrast && /^(?:has|have|is|are)$/.test(t.key)) return 0;
    if (/,/.test(view.gap(i - 1, i))) return past && i >= 3 ? i : 0;
    const pos = posAt(view, i);
    const acting = absolute ? /ing$/.test(t.key) : PAST_GROUP.test(t.key) || !!verbInfo(t.key)?.past;
    if ((pos === 'VERB' || pos === 'AUX') && acting) past = true;
  }
  return 0;
}
