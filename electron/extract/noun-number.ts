/** The number of English nouns: the singulars a plural may come from ("stewards", "hostesses", "businessmen"). */

/** Plurals that are no singular with -s or -es. */
const IRREGULAR = new Map([
  ['people', 'person'],
  ['children', 'child'],
  ['men', 'man'],
  ['women', 'woman'],
]);

/** Plurals with no singular of their own ("police"). */
const PLURAL_ONLY = new Set(['police']);

/** True for a plural noun that ends in no "s" ("police", "people", "women"). */
export const isIrregularPlural = (word: string): boolean => IRREGULAR.has(word) || PLURAL_ONLY.has(word);

/** The singular a plural noun may come from (one guess per spelling rule, most likely first). */
export function singulars(word: string): string[] {
  const irregular = IRREGULAR.get(word);
  if (irregular) return [irregular];
  if (word.endsWith('men')) return [`${word.slice(0, -3)}man`];
  if (word.endsWith('ies')) return [`${word.slice(0, -3)}y`];
  if (/(?:s|x|z|ch|sh)es$/.test(word)) return [word.slice(0, -2), word.slice(0, -1)];
  if (/[^s]s$/.test(word)) return [word.slice(0, -1)];
  return [];
}
