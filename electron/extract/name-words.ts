/**
 * Words that may be part of a name, by themselves: a person's title ("President", "minister";
 * "vice-president") and a capitalised word that is none of a title, a nationality, a common word
 * or a pronoun written with its verb.
 */
import { countryOfDemonym } from './gazetteer';
import { NOT_NAMES, PERSON_TITLES } from './lexicon';
import type { Token } from './tokens';

/** A word and a verb written as one ("they're", "we've", "I'd"). */
const CONTRACTION = /'(?:re|ve|ll|d|m)$/;

/** A person's title ("President", "foreign", "minister"; "vice-president"), not in the possessive. */
export const isTitle = (t: Token | undefined): boolean =>
  !!t &&
  !t.possessive &&
  (PERSON_TITLES.has(t.key) || (t.key.includes('-') && t.key.split('-').every((p) => PERSON_TITLES.has(p))));
/** A capitalised word that may be part of a name: not a title, a nationality or a common word. */
export const isNameToken = (t: Token | undefined): boolean =>
  !!t &&
  t.cap &&
  !NOT_NAMES.has(t.key) &&
  !/^\d/.test(t.text) &&
  // ("They’re", "We’ll": a pronoun and its verb, written as one word)
  !CONTRACTION.test(t.key) &&
  !isTitle(t) &&
  !countryOfDemonym(t.key);

/** An initial ("F" in "John F. Kennedy") or an abbreviation ("St. Louis", "Mt. Hood") whose stop stays inside a name. */
export const keepsStop = (t: Token | undefined): boolean => !!t && /^(?:\p{Lu}|St|Mt|Ft)$/u.test(t.text);
