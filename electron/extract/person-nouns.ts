/**
 * Common nouns for people ("relative", "steward", "hostesses", "protesters"), from WordNet's
 * noun.person through assets/person-nouns.json (scripts/build-person-nouns.ts). A noun phrase
 * headed by one names people the article leaves unnamed ("A relative of the family said …",
 * "Shop stewards are manning the gates"): a word class, so no list of the sentences' own words.
 */
import nouns from '../../assets/person-nouns.json';
import { singulars } from './noun-number';

const PERSON_NOUNS = new Set<string>(nouns);

/** WordNet's American spelling of a British one ("neighbour" → "neighbor", "labourer" → "laborer"). */
const american = (word: string): string => word.replace(/our(er)?$/, 'or$1');

/** True when `word` (lower case) is a singular noun for a person ("relative", "hostess", "neighbour"). */
export function isPersonNoun(word: string): boolean {
  return PERSON_NOUNS.has(word) || PERSON_NOUNS.has(american(word));
}

/** True when `word` (lower case) is the plural of a noun for a person ("stewards", "hostesses"). */
export function isPeoplePlural(word: string): boolean {
  if (word === 'people') return true;
  return !isPersonNoun(word) && singulars(word).some((s) => isPersonNoun(s));
}

/**
 * True when an actor's name ends on a plural of people written in lower case ("Court officials",
 * "striking nurses") or is one ("Officers"): a group that "it" never stands for.
 */
export function namesPeople(name: string): boolean {
  const words = name.split(' ');
  const head = words[words.length - 1] ?? '';
  // (a lone plural is written with a capital where it opened a sentence: "Nurses voted …")
  return (/^\p{Ll}/u.test(head) || words.length === 1) && isPeoplePlural(head.toLowerCase());
}
