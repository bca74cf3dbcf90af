/**
 * Common nouns for people ("relative", "steward", "hostesses", "protesters"), from WordNet's
 * noun.person through assets/person-nouns.json (scripts/build-person-nouns.ts). A noun phrase
 * headed by one names people the article leaves unnamed ("A relative of the family said …",
 * "Shop stewards are manning the gates"): a word class, so no list of the sentences' own words.
 */
import nouns from '../../assets/person-nouns.json';

const PERSON_NOUNS = new Set<string>(nouns);

/** Plurals that are no singular with -s or -es. */
const IRREGULAR = new Map([
  ['people', 'person'],
  ['children', 'child'],
  ['men', 'man'],
  ['women', 'woman'],
]);

/** The singular a plural noun may come from (one guess per spelling rule, most likely first). */
function singulars(word: string): string[] {
  const irregular = IRREGULAR.get(word);
  if (irregular) return [irregular];
  if (word.endsWith('men')) return [`${word.slice(0, -3)}man`];
  if (word.endsWith('ies')) return [`${word.slice(0, -3)}y`];
  if (/(?:s|x|z|ch|sh)es$/.test(word)) return [word.slice(0, -2), word.slice(0, -1)];
  if (/[^s]s$/.test(word)) return [word.slice(0, -1)];
  return [];
}

/** True when `word` (lower case) is a singular noun for a person ("relative", "hostess"). */
export function isPersonNoun(word: string): boolean {
  return PERSON_NOUNS.has(word);
}

/** True when `word` (lower case) is the plural of a noun for a person ("stewards", "hostesses"). */
export function isPeoplePlural(word: string): boolean {
  if (word === 'people') return true;
  return !PERSON_NOUNS.has(word) && singulars(word).some((s) => PERSON_NOUNS.has(s));
}
