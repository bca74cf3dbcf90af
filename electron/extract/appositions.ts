/**
 * What an apposition after a name says the name is: "Kestrel Mining, a maker of drills" (an
 * organisation, later "the maker"), "Richard Kofi Jordan, the General Secretary of the union" and
 * "Andreas Gross, a parliamentarian for the Social Democratic Party" (people: the apposition's head
 * is a noun for a person, whatever body it names after; "Ardo Kivistik, 17," too: an age).
 */
import { ORG_NOUNS, PERSON_ROLES } from './lexicon';
import { isPersonNoun } from './person-nouns';

/** The apposition in `follow` (the text after a name), up to its end: ", a maker of drills". */
export function appositionText(follow: string): string {
  return follow.replace(/^,/, '').split(/[;,]\s|\.\s+(?=\p{Lu})/u)[0] ?? '';
}

/** Offices that make an apposition naming a body a person's ("its chief executive"). */
const OFFICES = /\b(?:ceo|chief|executive|founder|president|minister|spokes\w+|analyst|official)\b/i;

/**
 * The kind an apposition after a name gives it, with the organisation's noun where it names one
 * (for a later "the firm"); undefined when the text after the name is no apposition.
 */
export function appositionKind(
  follow: string,
): { kind?: 'person' | 'organization'; noun?: string } | undefined {
  // ("Ardo Kivistik, 17, who …", "Maria Lind, 45, said": an age set off by commas is a person's)
  if (/^,\s*\d{1,3}\s*,/.test(follow)) return { kind: 'person' };
  if (!/^,\s*(?:(?:the|a|an|its|his|her|formerly|former|now|who|which|currently)\b)/i.test(follow))
    return undefined;
  const appositive = appositionText(follow);
  // its head: the last word before a preposition, a relative pronoun or the end ("a
  // parliamentarian for …", "an architect who lives in …")
  const head =
    /^\s*(?:\S+\s+)*?(\p{Ll}+)(?=\s+(?:for|of|at|with|in|from|to|on|who|whose|which|that)\b|\s*$)/u.exec(
      appositive,
    )?.[1];
  if (head && isPersonNoun(head) && !ORG_NOUNS.test(head)) return { kind: 'person' };
  const noun = ORG_NOUNS.exec(appositive)?.[0];
  if (noun && !OFFICES.test(appositive) && !PERSON_ROLES.test(appositive))
    return { kind: 'organization', noun: noun.toLowerCase() };
  return PERSON_ROLES.test(appositive) ? { kind: 'person' } : {};
}
