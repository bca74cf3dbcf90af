/**
 * Short event titles, written from the sentence: who (canonical name), the verb as written, and
 * the first words of what follows, without dates, asides or the rest of the sentence.
 */
import { AUXILIARIES, CATENATIVES } from './lexicon';
import type { Token } from './tokens';

const TRAILING =
  /\s+(?:he|she|they|it|we|when|where|whether|if|that|to|the|of|and|or|with|for|a|an|in|on|at|by|from|its|his|her|their|as|but|while|which|who|is|are|was|were|has|have|had|late|early)$/i;
const MAX_WORDS = 9;

function words(text: string, n: number): string {
  const list = text.trim().split(/\s+/).filter(Boolean);
  let out = list.slice(0, n).join(' ');
  while (TRAILING.test(out)) out = out.replace(TRAILING, '');
  return list.length > n ? `${out}…` : out;
}

/** Builds a title "Source verb what…" for the event whose verb is token `verbIndex`. */
export function makeTitle(
  source: string,
  tokens: Token[],
  verbIndex: number,
  text: string,
  offset: number,
  quotes: Array<[number, number]>,
  dateExpression?: string,
): string {
  const verb = tokens[verbIndex];
  if (!verb) return source;
  let first = verbIndex;
  // keep what changes the meaning: auxiliaries, negation, "attempted to" before the verb
  for (;;) {
    const prev = tokens[first - 1]?.key ?? '';
    if (first > 0 && (AUXILIARIES.has(prev) || prev === 'not' || prev === 'never')) first--;
    else if (first > 1 && prev === 'to' && CATENATIVES.has(tokens[first - 2]?.key ?? '')) first -= 2;
    else break;
  }
  const verbPhrase = text.slice((tokens[first]?.start ?? verb.start) - offset, verb.end - offset);
  let rest = text.slice(verb.end - offset);
  if (dateExpression) rest = rest.replace(dateExpression, ' ');
  rest = rest.replace(/^\s*(?:on|in|at)\s+(?=\s)/i, ' ');
  const cut = rest.search(/(?<!\d),|,(?!\d)|[;:(“”"]|\s[-—–]\s/);
  let object = (cut >= 0 ? rest.slice(0, cut) : rest).replace(/[.!?]+\s*$/, '');
  object = object.replace(/\s+/g, ' ').trim();
  if (!object) {
    // a quotation attributed by the verb: quote its first words
    const q =
      quotes.find(([a]) => a >= verb.end && a <= verb.end + 3) ?? quotes.find(([a]) => a < verb.start);
    if (q) {
      const said = text.slice(q[0] - offset + 1, q[1] - offset - 1).replace(/[,.]\s*$/, '');
      return `${source} ${verbPhrase}: “${words(said, 7)}”`;
    }
    // "…, killing two people, Polish officials said": what was said is the sentence before the attribution
    const said = text.slice(0, Math.max(0, (tokens[first]?.start ?? verb.start) - offset));
    const clause = said.replace(/,?\s*[^,]*$/, '').trim();
    if (clause.split(/\s+/).length >= 3) return `${source} ${verbPhrase}: ${words(clause, 9)}`;
    return `${source} ${verbPhrase}`;
  }
  return `${source} ${verbPhrase} ${words(object, MAX_WORDS)}`;
}
