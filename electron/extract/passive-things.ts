/**
 * Things that something happens to: "The Soviet flag over the Kremlin was lowered at 7:38 p.m.",
 * "A state of emergency was declared on Thursday". A passive clause whose subject names no actor
 * still tells a dated happening when its own words date it; the thing it happened to then stands
 * as the clause's actor (acted upon), by the words the article used. Whether the clause is dated is
 * for the event stage to check (`clause-events`): without a date of its own, no event.
 */
import type { ActorKind } from '../shared/model';
import { bodyKindOf } from './body-words';
import { ORG_HEADS } from './gazetteer-names';
import { CLAUSE_OPENERS, DAY_NAME, ORG_NOUNS, ORG_SUFFIXES } from './lexicon';
import type { Mention } from './mention';
import { isPeoplePlural, isPersonNoun } from './person-nouns';
import { posAt, type SentenceView } from './sentence-view';
import { bareText } from './tokens';

/** Words of a noun phrase's modifiers and head. */
const NOMINAL = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
/** Words of a count before a noun phrase. */
const QUANTIFIERS = new Set([
  'about',
  'around',
  'nearly',
  'almost',
  'some',
  'over',
  'more',
  'than',
  'at',
  'least',
  'up',
  'to',
]);
/** Nouns of a person (or people) no one named. */
const PEOPLE = new Set(
  'man woman boy girl child patient victim suspect driver pilot passenger soldier officer doctor nurse teenager student worker climber diver gunman attacker survivor men women boys girls children patients victims suspects drivers passengers soldiers officers doctors nurses teenagers students workers divers gunmen survivors'.split(
    ' ',
  ),
);
/** Determiners that open a noun phrase that names a thing (not "some", "many", "this"). */
const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * The subject noun phrase of a passive verb group starting at `g` in the segment starting at
 * `from`, when the words between are one noun phrase and its prepositional phrases ("The Soviet flag
 * over the Kremlin's Senate in Moscow"). Its name is the first noun phrase, with an "of" phrase
 * ("state of emergency"), without its article.
 */
export function passiveThing(view: SentenceView, g: number, from: number): Mention | undefined {
  const { tokens } = view;
  let i = from;
  while (i < g && CLAUSE_OPENERS.has(tokens[i]?.key ?? '')) i++;
  // "On the last day of the championships the team collected …": an opening phrase of time or
  // place without its comma; the thing is the noun phrase an article right after its noun opens
  // (not one inside a phrase of the thing: "demonstrations by the striking workers")
  if (posAt(view, i) === 'ADP' && !QUANTIFIERS.has(tokens[i]?.key ?? '')) {
    for (let k = i + 2; k < g; k++)
      if (ARTICLES.has(tokens[k]?.key ?? '') && /^(?:NOUN|PROPN|NUM)$/.test(posAt(view, k - 1)))
        return passiveThing(view, g, k);
  }
  const start = i;
  // ("about 1,100 buildings", "more than 40 homes": a count before the noun; not "To date, …")
  let q = i;
  while (q < g && QUANTIFIERS.has(tokens[q]?.key ?? '')) q++;
  if (q > i && posAt(view, q) === 'NUM') i = q;
  if (ARTICLES.has(tokens[i]?.key ?? '')) i++;
  const words = i;
  // ("disputed elections": a participle before the noun is one of its modifiers)
  const modifier = (k: number): boolean =>
    /ed$/.test(tokens[k]?.key ?? '') && posAt(view, k) === 'VERB' && posAt(view, k + 1) === 'NOUN';
  while (i < g && (NOMINAL.has(posAt(view, i)) || /^\d[\d,]*$/.test(tokens[i]?.text ?? '') || modifier(i)))
    i++;
  // the head is a common noun: "Moscow was …" names a place, which the actor layer reads (and a
  // capitalised word opening the sentence is no thing of this kind: "Ridership fell" stays no actor)
  if (i === words || posAt(view, i - 1) !== 'NOUN') return undefined;
  let end = i;
  // "state of emergency": one "of" phrase belongs to the name
  if (tokens[i]?.key === 'of' && i + 1 < g) {
    let k = i + 1;
    if (ARTICLES.has(tokens[k]?.key ?? '')) k++;
    const head = k;
    while (k < g && (NOMINAL.has(posAt(view, k)) || modifier(k))) k++;
    if (k > head && posAt(view, k - 1) === 'NOUN') {
      i = k;
      end = k;
    }
  }
  // "Tuesday's earthquake and equally strong aftershock": a second noun phrase joined by "and"
  if (tokens[i]?.key === 'and' && i + 1 < g) {
    let k = i + 1;
    if (ARTICLES.has(tokens[k]?.key ?? '')) k++;
    while (k < g && (NOMINAL.has(posAt(view, k)) || posAt(view, k) === 'ADV' || modifier(k))) k++;
    if (k > i + 1 && posAt(view, k - 1) === 'NOUN') i = k;
  }
  // then only prepositional phrases up to the verb group
  while (i < g) {
    if (posAt(view, i) !== 'ADP') return undefined;
    i++;
    if (ARTICLES.has(tokens[i]?.key ?? '')) i++;
    const head = i;
    // ("of the proposed changes": a participle before the noun too)
    while (i < g && (NOMINAL.has(posAt(view, i)) || modifier(i))) i++;
    if (i === head) return undefined;
  }
  // an actor inside the first noun phrase makes it the actor's ("Apple shares"), unless it is a
  // country that only says whose the thing is ("the Soviet flag")
  if (view.mentions.some((m) => !m.absorbed && m.kind !== 'country' && m.from < end && m.to > words))
    return undefined;
  // named as written, without its count or measure ("1,100 buildings" → "Buildings", "the
  // 220,000-ton container ship" → "Container ship")
  // (and without the day that owns it: "Tuesday's earthquake" → "Earthquake")
  let first = words;
  while (
    first < end - 1 &&
    (/^\d/.test(tokens[first]?.text ?? '') ||
      (!!tokens[first]?.possessive && DAY_NAME.test((tokens[first]?.key ?? '').replace(/['’]s$/, ''))))
  )
    first++;
  let name = '';
  for (let k = first; k < end; k++) {
    const t = tokens[k];
    if (!t) break;
    name += (k > first ? view.gap(k - 1, k) : '') + bareText(t);
  }
  name = name.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  const head = tokens[end - 1]?.key ?? '';
  return { from: start, to: end, name, kind: describedKind(head), via: 'description', head, thing: true };
}

/**
 * What a noun phrase with the head noun `head` (lower case) describes: a body an organisation word
 * heads ("the dock workers union"), a market ("bank shares"), a person ("the patient", "a fisherman") or people ("voters",
 * "the hostages") no one named, else a thing (`product`; see `isPlainThing`).
 */
export function describedKind(head: string): ActorKind {
  const body = ORG_NOUNS.test(head) || bodyKindOf(head) === 'organization';
  if (ORG_HEADS.test(head) || (ORG_SUFFIXES.has(head) && body)) return 'organization';
  if (bodyKindOf(head) === 'market') return 'market';
  if (PEOPLE.has(head) || isPersonNoun(head)) return 'person';
  return isPeoplePlural(head) ? 'group' : 'product';
}
