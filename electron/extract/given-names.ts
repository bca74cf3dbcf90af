/**
 * Common English given names ("Jack", "Victoria"), from stdlib's data sets through
 * assets/given-names.json (scripts/build-given-names.ts). A run of two or three capitalised words
 * that opens on one is a person's name ("Jack Baird and Victor Stewart did not attend"), where
 * nothing else says what it is.
 */
import names from '../../assets/given-names.json';
import { lookupActor } from './gazetteer';
import { writtenInLowerCase } from './letter-case';

const FEMALE = new Set<string>(names.female);
const MALE = new Set<string>(names.male);
const GIVEN = new Set<string>([...FEMALE, ...MALE]);

/** The gender a given name (any case) tells, where only one of the lists holds it ("Susana", "Jorge"). */
export function genderOfGivenName(word: string): 'female' | 'male' | undefined {
  const key = word.toLowerCase();
  const female = FEMALE.has(key);
  if (female === MALE.has(key)) return undefined;
  return female ? 'female' : 'male';
}

/** True when `word` (any case) is a common given name. */
const isGivenName = (word: string): boolean => GIVEN.has(word.toLowerCase());

/**
 * True when a run opening on `first` is a person's name by its given name: a common one that the
 * gazetteer does not know as a place or body and that the article `text` never writes in lower
 * case ("Jack Baird", not "Jordan Valley" or "Will Power").
 */
export const givenFirst = (first: string, text: string): boolean =>
  isGivenName(first) && !lookupActor(first) && !writtenInLowerCase(text, first);
