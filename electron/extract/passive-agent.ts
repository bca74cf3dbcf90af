/**
 * The passive voice and its agent: "Rell was later sentenced to two years by the Kelby
 * court", "the suspects were arrested by the force's mobile patrol unit". The one named after
 * "by" acted; the subject is what it acted on.
 */
import { ADVERBS, BE_FORMS } from './lexicon';
import type { Mention } from './mention';
import { isTitle } from './name-words';
import type { Token } from './tokens';
import { isPastForm, type VerbInfo } from './verb-forms';

/** How many words after the verb its agent may come ("sentenced to two years and Velo to one by …"). */
const AGENT_REACH = 12;

/** True when the verb at `i` is a participle after a form of "be", past an adverb or two ("was later arrested"). */
export function isPassiveAt(tokens: Token[], i: number, info: VerbInfo): boolean {
  if (!info.past) return false;
  let k = i - 1;
  while (k > i - 3 && ADVERBS.has(tokens[k]?.key ?? '')) k--;
  const be = tokens[k]?.key ?? '';
  return BE_FORMS.has(be) || be === 'being';
}

/**
 * The agent of the passive verb at `i`: the actor named after "by" (past a determiner, a title
 * or an owner's word: "by the force's unit") or right after "from", within the verb's clause
 * (no comma, semicolon or other verb between; `gap` is the text between two tokens).
 */
export function passiveAgent(
  tokens: Token[],
  mentions: Mention[],
  i: number,
  gap: (a: number, b: number) => string,
): Mention | undefined {
  for (let b = i + 1; b < tokens.length && b <= i + AGENT_REACH; b++) {
    if (/[,;:]/.test(gap(b - 1, b))) return undefined;
    const key = tokens[b]?.key ?? '';
    // ("detained under an order signed by the council": the agent of another verb)
    if (b > i + 1 && isPastForm(key)) return undefined;
    if (key !== 'by' && key !== 'from') continue;
    // (the longest name that starts there: "a Varna court", not "Varna")
    const agent = mentions
      .filter((m) => m.from > b && !m.absorbed && m.via !== 'pronoun' && m.from - b <= 4)
      .sort((x, y) => x.from - y.from || y.to - x.to)[0];
    if (!agent) continue;
    if (key === 'from' && agent.from !== b + 1) continue;
    // (only small words or titles between "by" and the name: "the", an owner's "command's",
    // "by President Touadera's forces")
    const lead = tokens.slice(b + 1, agent.from);
    const small = (t: Token): boolean =>
      isTitle(t) || (!t.cap && (/^(?:the|a|an|its|their)$/.test(t.key) || t.possessive));
    if (lead.every(small)) return agent;
  }
  return undefined;
}
