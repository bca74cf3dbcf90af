/**
 * Common English given names ("Jack", "Victoria"), from stdlib's data sets through
 * assets/given-names.json (scripts/build-given-names.ts). A run of two or three capitalised words
 * that opens on one is a person's name ("Jack Baird and Victor Stewart did not attend"), where
 * nothing else says what it is; places and ordinary words the article writes in lower case are
 * checked by the callers.
 */
import names from '../../assets/given-names.json';

const GIVEN = new Set<string>(names);

/** True when `word` (any case) is a common given name. */
export const isGivenName = (word: string): boolean => GIVEN.has(word.toLowerCase());
