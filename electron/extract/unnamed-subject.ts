/**
 * Bodies and people an article leaves unnamed that open a clause as its subject: "Officials on the
 * ground stopped traffic", "the parliament chose …", "A relative of the family said …". Named as
 * written, or by the body the article pinned down before ("U.S. officials" … "an official"); and
 * the "it" that names no one ("It was announced that …").
 */
import { BE_FORMS, CLAUSE_OPENERS, INSTITUTIONS, SPOKESPEOPLE } from './lexicon';
import type { ActorContext, Mention } from './mention';
import type { Tags } from './nlp';
import { isPersonNoun } from './person-nouns';
import type { Token } from './tokens';

/** Bodies of people one collective noun names, only after "the" and before a verb ("The public voted …"). */
const COLLECTIVES = new Set(['public']);
/** Bodies and people an article may leave unnamed ("officials said", "a witness said"). */
const UNNAMED_BODIES = new Set(['officials', 'authorities', 'crew', 'witnesses', 'sources', ...COLLECTIVES]);
// ("a spokesman said" is left to the statement it goes on with: he speaks for the body quoted before)
const UNNAMED_ONES = new Set(['official', 'witness', 'source']);
/** Bodies that are one of their kind in a story ("the parliament chose …", "the court ruled …"). */
const LISTED_BODIES = new Set(
  'parliament court council committee cabinet senate legislature assembly tribunal army military navy junta opposition'.split(
    ' ',
  ),
);
/** Bodies that are a country's armed forces. */
const ARMED = new Set(['army', 'military', 'navy', 'junta']);

/**
 * Token `i` heads its noun phrase: a noun with no noun after it ("a passenger train" is a train),
 * or a word the tagger read as an adjective, right after the article and with nothing after it
 * that it could describe ("A relative of the family").
 */
function headNoun(tokens: Token[], tags: Tags, i: number): boolean {
  const pos = tags.at(tokens[i]?.start ?? -1);
  const next = tags.at(tokens[i + 1]?.start ?? -1);
  if (next === 'NOUN' || next === 'PROPN' || next === 'ADJ') return false;
  return pos === 'NOUN' || (pos === 'ADJ' && /^(?:a|an|the)$/.test(tokens[i - 1]?.key ?? ''));
}

/**
 * "Officials on the ground stopped traffic", "An official said", "the crew onboard notified …":
 * an unnamed body (or one unnamed person of a body) that opens a clause and is followed by its
 * verb, with at most a short phrase between (which the mention spans, up to the verb). Named "as
 * written", or by the body the article pinned down before ("U.S. officials" … "an official").
 */
export function unnamedSubject(
  tokens: Token[],
  tags: Tags,
  i: number,
  ctx: ActorContext,
): Mention | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  const plural = UNNAMED_BODIES.has(t.key);
  // (an institution written with a capital is a name the article gives it: "the Board has granted …")
  const body = LISTED_BODIES.has(t.key) || (INSTITUTIONS.has(t.key) && !t.cap);
  const one = UNNAMED_ONES.has(t.key);
  // (any one person a noun names, brought in with "a": "A relative of the family said …"; a
  // spokesperson speaks for the body the statement goes on with)
  const someone = !one && !SPOKESPEOPLE.has(t.key) && isPersonNoun(t.key);
  if (!plural && !body && !someone && !one) return undefined;
  if (tags.at(t.start) === 'VERB' || (someone && !headNoun(tokens, tags, i))) return undefined;
  // (its verb right after it: "the public health measures" is no body)
  const verbNext = /^(?:VERB|AUX)$/.test(tags.at(tokens[i + 1]?.start ?? -1) ?? '');
  if (COLLECTIVES.has(t.key) && (tokens[i - 1]?.key !== 'the' || !verbNext)) return undefined;
  // "the new 400-member multiracial parliament", "a local resident", "a union official": describing
  // words after the article
  let det = i - 1;
  if (!plural)
    while (
      det > i - 4 &&
      tokens[det] &&
      !tokens[det]?.cap &&
      /^(?:ADJ|NUM|NOUN)$/.test(tags.at(tokens[det]?.start ?? -1) ?? '')
    )
      det--;
  const article = tokens[det];
  const from =
    article &&
    (body ? article.key === 'the' : (someone ? /^(?:a|an|one)$/ : /^(?:the|a|an)$/).test(article.key))
      ? det
      : i;
  if (!plural && from === i) return undefined;
  const opener = tokens[from - 1];
  // (tokens hold no punctuation: a comma or dash before it leaves a gap wider than a space)
  const first = tokens[from];
  // ("Later the council approved …": an adverb or a conjunction opening the sentence leaves it open)
  // ("On Friday the new board elected …": so does a short phrase of time or place opening it)
  const opens =
    (from === 1 && /^(?:ADV|CCONJ)$/.test(tags.at(opener?.start ?? -1) ?? '')) ||
    openingPhrase(tokens, tags, from);
  if (opener && first && !opens && !CLAUSE_OPENERS.has(opener.key) && first.start - opener.end < 2)
    return undefined;
  // its verb: next, or after an adverb or a short phrase ("on the ground", "onboard")
  let v = i + 1;
  for (let k = 0; k < 4 && v < tokens.length; k++) {
    const pos = tags.at(tokens[v]?.start ?? -1);
    if (pos === 'VERB' || pos === 'AUX') break;
    if (pos !== 'ADV' && pos !== 'ADP' && pos !== 'DET' && pos !== 'NOUN') return undefined;
    v++;
  }
  const verb = tokens[v];
  if (!verb || (tags.at(verb.start) !== 'VERB' && tags.at(verb.start) !== 'AUX')) return undefined;
  const pinned = ctx.bodies.get(plural || body ? t.key : `${t.key}s`);
  if (pinned) return { from, to: v, name: pinned.name, kind: pinned.kind, via: 'pronoun' };
  // "the army", "the military": the forces of the country named last, as "Russian forces" are Russia's
  if (ARMED.has(t.key) && ctx.lastCountry)
    return { from, to: v, name: ctx.lastCountry, kind: 'country', via: 'pronoun' };
  if (body) {
    // ("the health department", "the new board": named by the nouns before it, not its adjectives)
    let first = i;
    while (first > from + 1 && tags.at(tokens[first - 1]?.start ?? -1) === 'NOUN') first--;
    // ("the ministry of health": and the noun its "of" names)
    const last = tokens[i + 1]?.key === 'of' && tags.at(tokens[i + 2]?.start ?? -1) === 'NOUN' ? i + 2 : i;
    const words = tokens
      .slice(first, last + 1)
      .map((x) => x.text.toLowerCase())
      .join(' ');
    const name = words.charAt(0).toUpperCase() + words.slice(1);
    return { from, to: v, name, kind: 'organization', via: 'description', head: t.key };
  }
  const words = tokens.slice(from, i + 1).map((x) => x.text.toLowerCase());
  if (words[0] === 'the') words.shift();
  const name = words.join(' ').replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  return { from, to: v, name, kind: plural ? 'organization' : 'person', via: 'description', head: t.key };
}

/** Tags of the words of a short opening phrase ("On Friday", "At the meeting", "In May 2024"). */
const PHRASE = /^(?:DET|ADJ|NOUN|PROPN|NUM)$/;

/** Tokens [0, from) are a short phrase a preposition opens: "On Friday", "At its first meeting". */
function openingPhrase(tokens: Token[], tags: Tags, from: number): boolean {
  if (from < 2 || from > 5 || tags.at(tokens[0]?.start ?? -1) !== 'ADP') return false;
  for (let k = 1; k < from; k++) if (!PHRASE.test(tags.at(tokens[k]?.start ?? -1) ?? '')) return false;
  return true;
}

/** Words between "it" and the participle or adjective of "It was announced that …". */
const EXPLETIVE_GROUP = new Set(
  'is was has had been be will would also further now widely generally not yet still'.split(' '),
);

/**
 * True when "it" at token `i` stands for the clause that follows, not for anyone ("It was announced
 * that …", "It is expected that …", "It is important to …", "It was not yet decided whether
 * …"): a form of "be", a participle or an adjective, then "that", "to" or a question word.
 */
export function standsForWhatFollows(tokens: Token[], tags: Tags, i: number): boolean {
  let k = i + 1;
  let be = false;
  while (EXPLETIVE_GROUP.has(tokens[k]?.key ?? '')) {
    if (BE_FORMS.has(tokens[k]?.key ?? '')) be = true;
    k++;
  }
  const pos = tags.at(tokens[k]?.start ?? -1);
  return (
    be &&
    (pos === 'VERB' || pos === 'ADJ') &&
    /^(?:that|to|whether|if|where|when|why|how|who|what)$/.test(tokens[k + 1]?.key ?? '')
  );
}
