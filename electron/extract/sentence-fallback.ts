/**
 * The last resort of a sentence no clause reads: a named actor before a verb of what happened is
 * the sentence's actor; failing that, a thing the main clause tells of in the past ("A state of
 * emergency was declared throughout the city", "The container ship caused havoc"), dated by its
 * sentence or its article (`events` asks only where the sentence gave no other event); failing
 * both, the plainest report of a thing the sentence's first verb group tells, or of the words that
 * open its clause (`lastResort`, `phraseBefore`); the resorts after that are in `sentence-resorts`.
 */
import type { Clause } from './clauses';
import { saying } from './clause-segments';
import type { Mention } from './mention';
import { describedKind } from './passive-things';
import { BE_FORMS, MODALS, PARTITIVES, PAST_AUXILIARIES, PAST_STATES } from './lexicon';
import { modalityOf } from './modality';
import { groupVerb, NOUN_PHRASE, phraseName, posAt, type SentenceView } from './sentence-view';
import type { Token } from './tokens';
import { standsForWhatFollows } from './unnamed-subject';
import { isPastForm } from './verb-forms';

/** Auxiliaries that tell what happened or is to happen ("had", "has been", "will"), not how things are or might be. */
const TELLING_AUXILIARIES = new Set(['was', 'were', 'had', 'has', 'have', 'will', 'did']);
/** Words that open a clause of contrast, condition or cause. */
export const BACKGROUND_OPENERS = new Set([
  'while',
  'whilst',
  'although',
  'though',
  'if',
  'unless',
  'whether',
  'because',
]);

/** A clause over the whole sentence, as the fallbacks and resorts read one: main, not shared. */
export function sentenceClause(
  view: SentenceView,
  c: Pick<Clause, 'verbIndex' | 'groupFrom' | 'subject' | 'passive' | 'modality'>,
): Clause {
  return { ...c, from: 0, to: view.tokens.length, shared: false, subordinate: false };
}

/** "In Paris, the minister …", "a pass from Khedira": an actor after a preposition is no subject. */
export function placeOrObject(view: SentenceView, m: Mention): boolean {
  const lead = view.tokens[m.from - 1]?.key === 'the' ? m.from - 2 : m.from - 1;
  const word = view.tokens[lead];
  // ("a meeting of the Authority decided", "the president of France said": a body of it acts)
  if (!word || view.tags.at(word.start) !== 'ADP' || word.key === 'of') return false;
  return !(word.key === 'to' && view.tokens[lead - 1]?.key === 'according');
}

/**
 * The clause of a sentence where no clause made an actor its subject: its first actor named
 * outside quotations, before the first verb, and that verb's group, when it tells what happened or
 * is to happen ("… was responsible for several discoveries", "Rui Costa was third", "the King will
 * remain at Balmoral"), not how things are ("is a sprinter") or might be ("could remain").
 */
export function sentenceFallback(view: SentenceView, clauses: Clause[]): Clause | undefined {
  if (clauses.length) return undefined;
  const subject = view.mentions.find(
    (m) =>
      !m.absorbed &&
      m.via !== 'pronoun' &&
      !view.inQuote(view.tokens[m.from] as Token) &&
      !view.tokens[m.to - 1]?.possessive &&
      !placeOrObject(view, m),
  );
  if (!subject) return undefined;
  // "While the U.S. has supported Ukraine, …": a clause of contrast, condition or cause that opens
  // the sentence is its background, not what it reports
  if (BACKGROUND_OPENERS.has(view.tokens[0]?.key ?? '')) return undefined;
  // the actor stands before the sentence's first verb, where a subject stands
  for (let i = 0; i < subject.from; i++) {
    const pos = view.tags.at(view.tokens[i]?.start ?? -1);
    if (pos === 'VERB' || pos === 'AUX') return undefined;
  }
  // the first verb after the actor: a past form or a group an auxiliary of what happened leads
  // ("are concerned", "reflects": how things stand)
  const verbIndex = view.tokens.findIndex((t, i) => {
    if (i < subject.to || view.inQuote(t)) return false;
    const pos = view.tags.at(t.start);
    return pos === 'VERB' || pos === 'AUX';
  });
  const head = view.tokens[verbIndex];
  if (!head) return undefined;
  // an auxiliary leads a verb group ("has been", "will remain", "was forced") or is the verb itself
  // ("was second", "were present": a past copula tells a fact of its day)
  let v = verbIndex;
  if (view.tags.at(head.start) === 'AUX') {
    if (!TELLING_AUXILIARIES.has(head.key)) return undefined;
    for (let k = verbIndex + 1; k < view.tokens.length; k++) {
      const t = view.tokens[k] as Token;
      const pos = view.tags.at(t.start);
      if (pos === 'VERB') v = k;
      if (pos !== 'AUX' && pos !== 'ADV' && pos !== 'PART') break;
    }
  } else if (!isPastForm(head.key)) return undefined;
  if (v === verbIndex && view.tags.at(head.start) === 'AUX' && !/^(?:was|were)$/.test(head.key))
    return undefined;
  return sentenceClause(view, {
    verbIndex: v,
    groupFrom: verbIndex,
    subject,
    passive: false,
    modality: modalityOf(view, v),
  });
}

/**
 * The first clause of a thing that happened or acted, told in the past in the sentence's main
 * clause and asserted: "A state of emergency was declared throughout the city", "A wave of outages
 * swept across the globe". Not in a sentence that opens on background ("While …", "If …"), nor a
 * clause that only describes ("The plan is …") or might be ("could collapse").
 */
export function thingFallback(
  view: SentenceView,
  clauses: Clause[],
  dated: (from: number, to: number) => boolean = () => false,
): Clause | undefined {
  if (BACKGROUND_OPENERS.has(view.tokens[0]?.key ?? '')) return undefined;
  return clauses.find((c) => {
    if (!c.subject.thing || c.subordinate || c.shared || c.ownDateOnly) return false;
    // ("The next session will take place Oct. 28", "Their contract expires the next day": a thing's
    // happening its own words date, planned or told in the present, is on the timeline too)
    const own = dated(c.from, c.to) && !view.inQuote(view.tokens[c.verbIndex] as Token);
    if (own && (c.modality === 'planned' || c.modality === 'asserted')) return true;
    if (c.modality !== 'asserted') return false;
    if (view.inQuote(view.tokens[c.verbIndex] as Token)) return false;
    // ("The situation remained uncertain", "The toll was high": how a thing stood, not what happened)
    if (PAST_STATES.has(view.tokens[c.verbIndex]?.key ?? '')) return false;
    // (after an adverb the group opens on: ", however, was awarded")
    let at = c.groupFrom;
    while (at < c.verbIndex && posAt(view, at) === 'ADV') at++;
    const group = view.tokens.slice(at, c.verbIndex + 1);
    const lead = group[0]?.key ?? '';
    return TELLING_AUXILIARIES.has(lead) || (group.length === 1 && isPastForm(lead));
  });
}

/**
 * The very last resort of a sentence that told no event: its first verb group, when it reports
 * what happened or is to happen in the plainest forms news uses (a past verb right after its
 * subject, "had" and a participle, or a passive in any tense: "free tickets are given", "the
 * meeting will be held", "two leopards have been collared"), with the thing the noun phrase right
 * before it names as its subject (no actor: `isPlainThing`), a body no name was found for among
 * them ("the tribunal approved …"). Not after an opening of background ("As …", "While …"), not the
 * forms commentary takes ("has raised alarms", "remains divided", "could leave"), and not where
 * that phrase names an actor or people, whom the clause stages read.
 */
export function lastResort(view: SentenceView): Clause | undefined {
  const { tokens } = view;
  if (BACKGROUND_OPENERS.has(tokens[0]?.key ?? '') || /^(?:as|when|whether)$/.test(tokens[0]?.key ?? ''))
    return undefined;
  const tag = (i: number): string => posAt(view, i);
  const g = tokens.findIndex((t, i) => !view.inQuote(t) && (tag(i) === 'VERB' || tag(i) === 'AUX'));
  if (g < 1) return undefined;
  // the group: auxiliaries and adverbs up to its verb
  const v = groupVerb(view, g);
  const verb = tokens[v];
  // ("The mood remained tense": how a thing stood, not what happened)
  if (!verb || tag(v) !== 'VERB' || !isPastForm(verb.key) || PAST_STATES.has(verb.key)) return undefined;
  const group = tokens.slice(g, v);
  // ("could be set", "are to be added": what may or is to be, told by a modal or "to", is no report)
  if (
    group.some((t) => (MODALS.has(t.key) && t.key !== 'will') || t.key === 'to') ||
    tokens[g - 1]?.key === 'to'
  )
    return undefined;
  const passive = group.some((t) => BE_FORMS.has(t.key));
  const pluperfect = group.some((t) => t.key === 'had');
  const simplePast = v === g && /^(?:NOUN|PROPN|PRON|NUM)$/.test(tag(g - 1));
  if (!passive && !pluperfect && !simplePast) return undefined;
  const modality = modalityOf(view, v);
  if (modality !== 'asserted' && modality !== 'planned') return undefined;
  if (modality === 'planned' && !passive) return undefined;
  // (a body counts, as a thing: "The tribunal approved the new fees")
  // (or, told in the past, the words that open the clause: "Both of them voted against it", "It
  // was sold at a loss"; not "It is spread by contact", a state; a speaker no stage named is the
  // speech resort's)
  const past = simplePast || group.some((t) => PAST_AUXILIARIES.has(t.key));
  const subject =
    thingBefore(view, g, { anyKind: describedKind(tokens[g - 1]?.key ?? '') === 'organization' }) ??
    (past && !saying(verb.key) ? phraseBefore(view, g) : undefined);
  if (!subject) return undefined;
  return sentenceClause(view, { verbIndex: v, groupFrom: g, subject, passive, modality });
}

/** Nouns of a part of a whole whose thing follows "of" ("most of the crew"), beside `PARTITIVES`. */
const PARTS =
  /^(?:billions|lots?|number|majority|most|many|some|all|none|part|half|rest|share|percent|couple)$/;
/** Words that open a subject of what did not happen ("No cause was found", "None of them was hurt"). */
const NONE = /^(?:no|none)$/;

/** Pronouns that open or end a relative clause. */
const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'that']);
/** Tags of the words a subject no clause stage read may hold. */
const SUBJECT_WORDS = /^(?:DET|ADJ|NOUN|PROPN|NUM|PRON)$/;

/**
 * The words that open the clause of the verb group at token `g`, as its subject, where no actor
 * and no thing stands there ("It was another day of record heat on Monday", "Both of them voted
 * against it in May", "This was followed by two surveys in 1961"): a pronoun or noun phrase read
 * as written, no actor. They open the sentence, or follow the comma that ends an opening phrase.
 */
export function phraseBefore(view: SentenceView, g: number): Mention | undefined {
  const { tokens } = view;
  const tag = (i: number): string => posAt(view, i);
  const boundary = (i: number): boolean => /[,;:(\u2013\u2014]|--/.test(view.gap(i - 1, i));
  let k = g;
  while (k > 0 && SUBJECT_WORDS.test(tag(k - 1)) && !boundary(k) && !view.inQuote(tokens[k - 1] as Token))
    k--;
  // ("Both of them", "most of the fans": a part of a group)
  if (k >= 2 && tokens[k - 1]?.key === 'of' && /^(?:DET|NUM|PRON|ADJ)$/.test(tag(k - 2)) && !boundary(k - 1))
    k -= 2;
  const opens =
    k === 0 ||
    (/,/.test(view.gap(k - 1, k)) && !tokens.slice(0, k).some((_, j) => /^(?:VERB|AUX)$/.test(tag(j))));
  // (nor one a relative pronoun opens or ends: "which villagers described", "the nets that are")
  const relative = (i: number): boolean => RELATIVES.has(tokens[i]?.key ?? '');
  if (!opens || k === g || relative(k) || (g - k > 1 && relative(g - 1))) return undefined;
  // ("No cause was found", "None of them was hurt": what did not happen is no event; "It was not
  // yet decided whether …": nor what is not known)
  if (NONE.test(tokens[k]?.key ?? '')) return undefined;
  const untold = tokens.slice(k, k + 6).some((t) => /^(?:not|n't|unclear|unknown)$/.test(t.key));
  if (tokens[k]?.key === 'it' && untold && standsForWhatFollows(tokens, view.tags, k)) return undefined;
  if (!tokens.slice(k, g).some((_, j) => /^(?:NOUN|PROPN|PRON|NUM)$/.test(tag(k + j)))) return undefined;
  return {
    from: k,
    to: g,
    name: phraseName(view, k, g),
    kind: 'product',
    via: 'description',
    head: tokens[g - 1]?.key ?? '',
    thing: true,
  };
}

/**
 * The thing the noun phrase right before token `g` names ("the new terminal", "Two leopards"), as
 * the subject of the verb group at `g`: none where that phrase names an actor, nor (unless
 * `anyKind`) where it describes people or a body, whom the clause stages read. It is no actor.
 */
export function thingBefore(
  view: SentenceView,
  g: number,
  { anyKind = false, afterAside = false } = {},
): Mention | undefined {
  const { tokens } = view;
  const tag = (i: number): string => posAt(view, i);
  let k = g;
  while (
    k > 0 &&
    NOUN_PHRASE.test(tag(k - 1)) &&
    // (the comma that opens an aside after it does not end it)
    !(/[,;:(]/.test(view.gap(k - 1, k)) && !(afterAside && k === g)) &&
    !view.inQuote(tokens[k - 1] as Token) &&
    // (a determiner only opens it: "At this place the Indian position was held" is the position)
    tag(k) !== 'DET'
  )
    k--;
  if (k === g || !tokens.slice(k, g).some((_, j) => /^(?:NOUN|PROPN)$/.test(tag(k + j)))) return undefined;
  // ("No cause was found": what did not happen is no event)
  if (NONE.test(tokens[k]?.key ?? '')) return undefined;
  // ("Damage at the pier was reported …": the thing is the noun before the phrase of "at"; not
  // after a count, "Hundreds of harbour workers are striking" are the workers, nor before a name
  // other than a country's, "A note from Kelby Mining said" is the company's, which the
  // clause stages read)
  if (
    k >= 2 &&
    tag(k - 1) === 'ADP' &&
    /^(?:NOUN|PROPN)$/.test(tag(k - 2)) &&
    !PARTS.test(tokens[k - 2]?.key ?? '') &&
    !PARTITIVES.has(tokens[k - 2]?.key ?? '') &&
    !/[,;:(]/.test(view.gap(k - 2, k - 1)) &&
    !view.mentions.some((m) => !m.absorbed && m.from < g && m.to > k && m.kind !== 'country')
  )
    return thingBefore(view, k - 1, { anyKind, afterAside });
  // (an actor or people named there had their chance as a clause's subject: only a thing is left)
  if (view.mentions.some((m) => !m.absorbed && m.from < g && m.to > k)) return undefined;
  const first = /^(?:DET|NUM)$/.test(tag(k)) ? k + 1 : k;
  const head = tokens[g - 1]?.key ?? '';
  if (first >= g || (!anyKind && describedKind(head) !== 'product')) return undefined;
  return {
    from: first,
    to: g,
    name: phraseName(view, first, g),
    kind: 'product',
    via: 'description',
    head,
    thing: true,
  };
}
