/**
 * Who a clause's verb group is about: the actor right before it (not one inside a prepositional
 * phrase or an aside), a name set beside a role, or the owner of a body or a role that acts for it.
 */
import type { ActorKind } from '../shared/model';
import { bodyKindOf } from './body-words';
import { ORG_HEADS } from './gazetteer-names';
import {
  DAY_NAME,
  FIGURE_NOUNS,
  INTRODUCING_NOUNS,
  PARTITIVES,
  PERSON_ROLES,
  PLACE_PREPOSITIONS,
} from './lexicon';
import type { Mention } from './mention';
import { isTitle } from './name-words';
import { isPeoplePlural, namesPeople } from './person-nouns';
import { posAt, type SentenceView } from './sentence-view';
import type { Token } from './tokens';
import { verbInfo } from './verb-forms';

/** Conjunctions of a subordinate clause that tells an act of its own (not "that", "whether", "if"). */
export const SUBCLAUSE = new Set([
  'after',
  'before',
  'when',
  'as',
  'because',
  'since',
  'until',
  'once',
  'although',
  'though',
]);

/** Pronouns that are never a clause's subject: possessive determiners and object forms. */
const NOT_SUBJECT_PRONOUNS = new Set('his her its their our my your him them us me whose'.split(' '));

/** The subject of the verb group starting at `g`, within [from, g): the actor right before it. */
export function subjectOf(view: SentenceView, g: number, from: number, scene = 0): Mention | undefined {
  const { tokens, mentions } = view;
  let k = g - 1;
  // "the Nifty 50 rose": digits right after a name are part of it
  while (k > from && posAt(view, k) === 'NUM' && mentions.some((x) => x.to === k && !x.absorbed)) k--;
  // ("The council on Monday voted …", "Kelby Mining yesterday closed …": a day told between the
  // subject and its verb)
  if (
    k > from &&
    /^(?:morning|afternoon|evening|night)$/.test(tokens[k]?.key ?? '') &&
    DAY_NAME.test(tokens[k - 1]?.key ?? '')
  )
    k--;
  if (k > from && DAY_NAME.test(tokens[k]?.key ?? '')) {
    k--;
    if (k > from && tokens[k]?.key === 'on') k--;
  }
  // an aside in brackets that names no one: "Kristi Noem (R) is defending …"
  if (k > from && /\)\s*$/.test(view.gap(k, g))) {
    let j = k;
    while (j > from && !/\(/.test(view.gap(j - 1, j))) j--;
    if (j > from && !mentions.some((x) => !x.absorbed && x.from >= j && x.to <= k + 1)) k = j - 1;
  }
  // an aside closed by a comma: "Dana Perino, a spokesperson for the White House, commented"
  if (k >= from && /,\s*$/.test(view.gap(k, g))) {
    for (let j = k; j > from; j--) {
      if (/,/.test(view.gap(j - 1, j))) {
        // "The firm's former director, Stephen Reyes, was acquitted": a name set beside a role
        // noun is who the role is, and the subject
        // (after its titles: "The chairman of the talks, former US Senator George Mitchell, paid")
        const named = mentions.find(
          (x) =>
            x.to === k + 1 &&
            x.kind === 'person' &&
            !x.absorbed &&
            x.from >= j &&
            tokens.slice(j, x.from).every((t) => t.cap || t.key === 'former' || t.key === 'the'),
        );
        // (or an office's name: "The former Speaker of the Assembly, Peter Marek, was re-elected")
        const office = mentions.some((x) => x.to === j && !x.absorbed && x.kind !== 'person');
        if (named && (/^(?:NOUN|ADJ)$/.test(posAt(view, j - 1)) || office)) return named;
        k = j - 1;
        break;
      }
    }
  }
  const m = mentions.find(
    (x) => !x.absorbed && x.from >= from && x.from <= k && k < x.to && !view.inQuote(tokens[x.from] as Token),
  );
  if (m) {
    // an actor inside a prepositional phrase ("the bailout of AIG by the Fed") is not the subject
    // (walking back over a coordination: "tensions between Russia and the West")
    let head = m;
    for (;;) {
      let lead = head.from - 1;
      if (tokens[lead]?.key === 'the') lead--;
      if (tokens[lead]?.key === 'both' || tokens[lead]?.key === 'either') lead--;
      const link = tokens[lead]?.key;
      // "X and Y", and the comma list "X, Y, and Z" before it
      const before =
        link === 'and' || link === 'or'
          ? mentions.find((x) => x.to === lead && !x.absorbed)
          : mentions.find(
              (x) =>
                x.to === lead + 1 && x.from >= scene && !x.absorbed && /,/.test(view.gap(lead, lead + 1)),
            );
      if (before && before !== head) {
        head = before;
        continue;
      }
      const walked = head !== m;
      const opener = lead === from && SUBCLAUSE.has(link ?? '');
      // ("Moving on, Jobs announced": a comma closes the phrase before the subject)
      const closed = /,/.test(view.gap(lead, head.from));
      // "thousands of protesters marched": a count of the body is the body acting
      const partitive =
        link === 'of' && (PARTITIVES.has(tokens[lead - 1]?.key ?? '') || posAt(view, lead - 1) === 'NUM');
      // "the value of the yen fell", "shares of Citigroup rose": a figure of the actor moves for it
      // (the figure's phrase opens the clause, or follows a comma: "On Friday, the value of …")
      let np = lead - 2;
      while (np >= from && /^(?:DET|ADJ|NOUN)$/.test(posAt(view, np)) && !tokens[np]?.cap) np--;
      const figure =
        (link === 'of' || link === 'for') &&
        FIGURE_NOUNS.has(tokens[lead - 1]?.key ?? '') &&
        (np < from || /,/.test(view.gap(np, np + 1)));
      if (
        (lead >= from || walked) &&
        !opener &&
        !closed &&
        !partitive &&
        !figure &&
        posAt(view, lead) === 'ADP' &&
        // ("Councilmen at-Large Jack Baird …": a hyphenated word is no preposition)
        !(link ?? '').includes('-') &&
        link !== 'like' &&
        // "…, with Baku accusing Paris …": the subject of an absolute clause that tells an act
        // follows its "with" ("with NATO walking a fine line" tells how things stand)
        !(link === 'with' && lead === from && !!verbInfo(tokens[g]?.key ?? '')?.code)
      )
        return walked ? undefined : headBefore(view, lead, from);
      break;
    }
    // "Lavrov's comments underscore …": what an actor said or felt is the subject, not the actor
    if (tokens[m.to - 1]?.possessive) return undefined;
    // "finishing their orders": a pronoun that owns a noun (or stands as an object) is no subject ("his lawyer" is)
    if (m.via === 'pronoun' && NOT_SUBJECT_PRONOUNS.has(tokens[m.from]?.key ?? '') && m.to === m.from + 1)
      return undefined;
    // ("Governor Marrow, her deputies and some senior party officials are …": people described
    // after a named actor act with it)
    return (m.via === 'description' && joinedToName(view, m.to - 1, from)) || m;
  }
  // "Apple shares", "the company's profits": the owner named right before the noun stands for it
  for (let j = k; j >= from && j >= k - 2; j--) {
    const owner = mentions.find((x) => !x.absorbed && x.to === j && x.via !== 'pronoun');
    const pos = posAt(view, j);
    if (owner && (FIGURE_NOUNS.has(tokens[j]?.key ?? '') || INTRODUCING_NOUNS.has(tokens[j]?.key ?? '')))
      return owner;
    // "Kabila's forces took the capital", "CERN's director said": a body or a role that acts for
    // its owner is the owner acting ("head" is also a part of the body: not a role here)
    if (owner && tokens[j - 1]?.possessive && actsForOwner(tokens[j]?.key ?? '')) return owner;
    // "A Reuters witness heard …", "a Google engineer said": a body's person, named by the body
    if (owner && owner.kind !== 'person' && j === k && STAFF.test(tokens[j]?.key ?? '')) return owner;
    if (pos !== 'NOUN' && pos !== 'ADJ') break;
  }
  return joinedToName(view, k, from) ?? headBefore(view, phraseStart(view, k, from) - 1, from);
}

/** Prepositions of a phrase that may follow the noun of a subject ("shopkeepers in Kelby", "the coroner at the town hall"). */
const POSTMODIFIERS = new Set(['in', 'at', 'of', 'from', 'for', 'near']);

/** Where the plain noun phrase ending at token `k` starts ("the Dunmore District Court", "Kelby"), within 6 words. */
function phraseStart(view: SentenceView, k: number, from: number): number {
  let j = k;
  while (j > from && k - j < 6 && NOMINAL.test(posAt(view, j - 1)) && !/[,;:()]/.test(view.gap(j - 1, j)))
    j--;
  return j;
}

/**
 * "Shopkeepers in Kelby backed …", "The magistrate at Dunmore Court said …": the actor right before a
 * phrase of place or belonging that ends at the verb is the subject (`prep`: the phrase's preposition).
 * A spokesperson's phrase names whom they speak for, which the sentence reads elsewhere.
 */
function headBefore(view: SentenceView, prep: number, from: number): Mention | undefined {
  const { tokens, mentions } = view;
  const word = tokens[prep];
  if (!word || prep <= from || !POSTMODIFIERS.has(word.key) || /[,;:(]/.test(view.gap(prep - 1, prep)))
    return undefined;
  const head = mentions.find((x) => x.to === prep && x.from >= from && !x.absorbed);
  const first = head && tokens[head.from];
  if (!head || !first || view.inQuote(first) || tokens[head.to - 1]?.possessive) return undefined;
  if (head.via === 'pronoun' && view.tags.at(first.start) === 'PRON') return undefined;
  if (STAFF.test(tokens[head.to - 1]?.key ?? '')) return undefined;
  // ("the chair of the board said": a role of a body speaks for it, as the sentence reads elsewhere)
  if (word.key === 'of' && head.via === 'description' && head.kind === 'person') return undefined;
  // (the head itself in a phrase: "talks between voters in Kelby …")
  let lead = head.from - 1;
  if (tokens[lead]?.key === 'the') lead--;
  if (lead >= from && posAt(view, lead) === 'ADP' && !/,/.test(view.gap(lead, lead + 1))) return undefined;
  return head;
}

/** Words of a plain noun phrase ("his ministers", "some ruling MMD officials"). */
const NOMINAL = /^(?:DET|PRON|ADJ|NOUN|PROPN|NUM)$/;

/**
 * "Chiluba and his ministers are planning …", "President Chiluba, his ministers and some ruling MMD
 * officials are …": people joined after a named actor, the noun phrase ending at `k`, act with it;
 * the name is the subject.
 */
function joinedToName(view: SentenceView, k: number, from: number): Mention | undefined {
  const { tokens, mentions } = view;
  // ("Gatewood and others say …": "others" joined to a name are people too)
  const key = tokens[k]?.key ?? '';
  if (posAt(view, k) !== 'NOUN' || !(isPeoplePlural(key) || key === 'others')) return undefined;
  let j = k;
  for (;;) {
    // back over the noun phrase to the word that joins it
    while (j > from && NOMINAL.test(posAt(view, j - 1)) && !/,/.test(view.gap(j - 1, j))) j--;
    const link = tokens[j - 1]?.key;
    const comma = /,/.test(view.gap(j - 1, j));
    // ("Labor and Liberal councillors": names joined before one noun are its modifiers)
    if (tokens[j]?.cap) return undefined;
    const at = link === 'and' ? j - 1 : comma ? j : -1;
    if (at <= from) return undefined;
    const named = mentions.find((x) => x.to === at && !x.absorbed && x.via !== 'pronoun');
    if (named) {
      // (the first of a list: "X, Y and Z")
      let first = named;
      for (;;) {
        const prev = mentions.find(
          (x) => x.to === first.from && !x.absorbed && /,|and/.test(view.gap(x.to - 1, first.from)),
        );
        if (!prev) break;
        first = prev;
      }
      // (not after a preposition: "with Anthony Smellie and other speakers addressing …")
      let lead = first.from - 1;
      while (lead > 0 && (isTitle(tokens[lead]) || tokens[lead]?.key === 'the')) lead--;
      if (lead >= 0 && posAt(view, lead) === 'ADP') return undefined;
      return first.from >= from && !view.inQuote(tokens[first.from] as Token)
        ? { ...first, joinedTo: k + 1 }
        : undefined;
    }
    // ("X, his ministers and some officials": a comma list of phrases before the last)
    j = at;
    if (!NOMINAL.test(posAt(view, j - 1))) return undefined;
    j--;
  }
}

/** People who act for the body named before them ("a Reuters witness", "a Google engineer"). */
const STAFF =
  /^(?:witness|reporter|correspondent|photographer|official|engineer|employee|analyst|spokes(?:man|woman|person))$/;

/** True when an actor is named in [from, to) of the sentence. */
export const namedBefore = (view: SentenceView, from: number, to: number): boolean =>
  view.mentions.some(
    (m) =>
      !m.absorbed &&
      m.from >= from &&
      m.from < to &&
      // (a place after a preposition names no doer: "A woman visitor to Christchurch left …"; a
      // country's body after "from" may: "Statements from Russian officials deepened …")
      !(m.kind === 'country' && placeAfter(view.tokens[m.from - 1]?.key ?? '')),
  );
const placeAfter = (key: string): boolean => key !== 'from' && PLACE_PREPOSITIONS.has(key);

/** A body or a role that acts for whoever owns it ("Kabila's forces", "CERN's director"). */
function actsForOwner(key: string): boolean {
  return bodyKindOf(key) === 'organization' || (key !== 'head' && PERSON_ROLES.test(key));
}

/**
 * `actor` as the pronoun `word` at token `at`, where the pronoun fits it: a person for "he" and
 * "she", a body or a thing for "it" and "they", people named by a plural for "they" only ("Taylor
 * ruled until he agreed", "the airline said it had grounded"; "Ferry officials met. It opens in
 * May …" is no act of the officials).
 */
export function pronounFor(
  word: Token,
  at: number,
  actor: { name: string; kind: ActorKind },
): Mention | undefined {
  const person = actor.kind === 'person';
  const fits =
    ((word.key === 'he' || word.key === 'she') && person) ||
    (word.key === 'it' && !person && !namesPeople(actor.name)) ||
    (word.key === 'they' && !person);
  return fits ? { from: at, to: at + 1, name: actor.name, kind: actor.kind, via: 'pronoun' } : undefined;
}

/**
 * The actor a relative clause opening at `from` describes: the one right before it, or for "who"
 * the person before an apposition of a body ("Ana Ruiz, leader of the Civic party, who …").
 */
export function antecedentOf(view: SentenceView, from: number): Mention | undefined {
  // ("the ruling Druk Phuensum Tshogpa (DPT) party, which won …": the body a noun after its name
  // and its bracketed letters says it is)
  let end = from;
  if (ORG_HEADS.test(view.tokens[end - 1]?.key ?? '')) {
    end--;
    const letters = view.tokens[end - 1];
    if (letters && /^\p{Lu}{2,}$/u.test(letters.text) && /\(\s*$/.test(view.gap(end - 2, end - 1))) end--;
  }
  // ("Stanislav Shulajev, 17, who …": an age set off by commas stands between the name and "who")
  const aged = /^\d{1,3}$/.test(view.tokens[from - 1]?.text ?? '') && /,/.test(view.gap(from - 2, from - 1));
  // ("the Kelby Lions (12-1), who …": words in brackets stand between the name and "who")
  let named = aged ? from - 1 : from;
  if (/\)\s*,?\s*$/.test(view.gap(from - 1, from)))
    for (let k = from - 1; k > 0 && from - k <= 6; k--)
      if (/\(\s*$/.test(view.gap(k - 1, k))) {
        named = k;
        break;
      }
  const before =
    view.mentions.find((m) => m.to === named && !m.absorbed) ??
    (end < from ? view.mentions.find((m) => m.to === end && m.kind === 'organization') : undefined);
  if (view.tokens[from]?.key !== 'who' || before?.kind === 'person') return before;
  const person = view.mentions.filter((m) => m.to < from && !m.absorbed && m.kind === 'person').pop();
  const apposition = person && /^,/.test(view.gap(person.to - 1, person.to));
  return apposition ? person : before;
}
