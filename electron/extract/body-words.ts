/**
 * The words of bodies described rather than named (`described`): the head nouns of a body and the
 * kind of actor each makes, the bodies that act unnamed, and the modifiers that pin one down (a
 * reach, a branch, a commodity, a currency).
 */
import type { ActorKind } from '../shared/model';
import { ADVERBS, SPEECH_VERBS } from './lexicon';
import type { Tags } from './nlp';
import { singulars } from './noun-number';
import { isPeoplePlural } from './person-nouns';
import type { Token } from './tokens';
import { verbInfo } from './verb-forms';

/** Head nouns of described actors, with the kind of actor they make. */
const HEADS: Array<[ActorKind, string]> = [
  ['market', 'markets market stocks shares exchanges bourses indices indexes prices futures'],
  ['group', 'investors traders'],
  [
    'organization',
    'police government ministry commission committee council agency authority tribunal party court army military navy forces troops soldiers commandos paratroopers marines artillery warplanes warships helicopters gunmen parliament congress senate regulators prosecutors prosecution investigators authorities officials sources lawmakers legislators negotiators diplomats rebels militants protesters protestors demonstrators rescuers firefighters jury jurors unions scientists researchers organization organisation',
  ],
];
export const HEAD_KIND = new Map(
  HEADS.flatMap(([kind, words]) => words.split(' ').map((w) => [w, kind] as const)),
);

/**
 * Bodies that act as themselves even unnamed: "police searched the area", "protesters blocked
 * traffic", "the jury acquitted him". Unlike "officials" or "markets", each is one body in a story.
 */
const ACTING_ALONE = new Set(
  'police troops soldiers commandos paratroopers marines prosecutors prosecution investigators rebels militants protesters protestors demonstrators rescuers firefighters jury jurors scientists researchers'.split(
    ' ',
  ),
);

/** The kind of actor a body's head noun makes ("police" → organisation), if it is one. */
export function bodyKindOf(head: string): ActorKind | undefined {
  return HEAD_KIND.get(head);
}

/** The kind of body a plural of a body's word makes ("governments", "ministries"), if it is one. */
export function bodyOfPlural(word: string): ActorKind | undefined {
  for (const one of singulars(word)) {
    const kind = HEAD_KIND.get(one);
    if (kind === 'organization') return kind;
  }
  return undefined;
}

/** True when the head noun names a body that acts in a story without being pinned down. */
export function actsAlone(head: string): boolean {
  return ACTING_ALONE.has(head);
}

/**
 * True when the body's word at `i` names a thing of the body, not the body: a noun follows that is
 * no noun for people ("prosecution papers were sent", "a police car hit a wall"), unless
 * the thing speaks for it ("the police report says that …").
 */
export function namesAThing(tokens: Token[], tags: Tags, i: number): boolean {
  const next = tokens[i + 1];
  if (!next || next.cap || tags.at(next.start) !== 'NOUN' || isPeoplePlural(next.key)) return false;
  let k = i + 2;
  if (tags.at(tokens[k]?.start ?? -1) === 'ADV' || ADVERBS.has(tokens[k]?.key ?? '')) k++;
  return !SPEECH_VERBS.has(verbInfo(tokens[k]?.key ?? '')?.base ?? '');
}

/** Adjectives that give a body its reach (not names, but as good as one for a market). */
export const SCOPE_ADJECTIVES = new Set(
  'global world worldwide international european asian african american western eastern federal national regional state local foreign'.split(
    ' ',
  ),
);
/** Adjectives of a body's branch or field, which tell one court or force from another ("the criminal court"). */
export const BRANCH_ADJECTIVES = new Set(
  'criminal civil military supreme constitutional administrative appellate provincial municipal juvenile electoral'.split(
    ' ',
  ),
);
/** Goods whose prices are a market of their own ("oil prices", "wheat futures"). */
export const COMMODITIES = new Set(
  'oil crude gas gasoline petrol diesel gold silver copper iron aluminium aluminum nickel zinc wheat corn maize soybean soybeans rice sugar coffee cocoa cotton food energy commodity commodities house home housing property'.split(
    ' ',
  ),
);

/** Currencies that move as one market, and the name they go by where no nationality is written. */
export const CURRENCIES = new Map<string, string>([
  ['pound', 'British pound'],
  ['sterling', 'British pound'],
  ['dollar', 'US dollar'],
  ['euro', 'Euro'],
  ['yen', 'Japanese yen'],
  ['yuan', 'Chinese yuan'],
  ['renminbi', 'Chinese yuan'],
  ['rouble', 'Russian rouble'],
  ['ruble', 'Russian rouble'],
  ['rupee', 'Indian rupee'],
  ['lira', 'Turkish lira'],
  ['franc', 'Swiss franc'],
]);

/** People who follow or oppose a person and act on their own ("Holt's supporters marched"). */
const FOLLOWERS = new Set(
  'supporters followers fans opponents critics relatives loyalists backers admirers sympathisers sympathizers'.split(
    ' ',
  ),
);

/** True when the plural names followers of a person, who act as a group of their own. */
export function followsAPerson(word: string): boolean {
  return FOLLOWERS.has(word);
}

/** True when the token is "country's" or "nation's", which stands for the country named before. */
export function namesTheCountry(t: Token): boolean {
  return t.possessive && /^(?:country|nation)['’]s?$/i.test(t.text);
}
