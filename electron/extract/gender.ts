/**
 * A person's gender as the article tells it, for pronouns: an honorific before the name ("Mrs.
 * Ruth Merseal", "Mr Disney", "Queen Elizabeth") or a given name that only one of the name lists
 * holds ("Susana", "Jorge"). "He said" is then never Susana Villaran, and "she" never Brian.
 */
import { genderOfGivenName } from './given-names';
import type { ActorContext, Mention } from './mention';
import type { Token } from './tokens';

export type Gender = 'female' | 'male';

/** Words before a name that say the person's gender. */
const HONORIFICS = new Map<string, Gender>([
  ...'mrs ms miss madam madame lady dame queen princess duchess countess sister mother'
    .split(' ')
    .map((w) => [w, 'female'] as const),
  ...'mr sir lord king prince duke count father brother sheikh'.split(' ').map((w) => [w, 'male'] as const),
]);

/** Words for a relative, with the gender they say ("his wife Ana", "her son Tom"). */
const KIN = new Map<string, Gender>([
  ...'wife widow daughter mother sister girlfriend fiancee granddaughter grandmother niece aunt'
    .split(' ')
    .map((w) => [w, 'female'] as const),
  ...'husband widower son father brother boyfriend fiance grandson grandfather nephew uncle'
    .split(' ')
    .map((w) => [w, 'male'] as const),
]);
/** Words that make the noun after them someone's ("his wife", "the minister's son"). */
const OWNERS = /^(?:his|her|their|my|our)$/;

/**
 * Remembers the gender an honorific gives a person named in the sentence ("Mrs. Ruth Merseal"), or
 * the noun of a relative ("flanked by his wife Ana, …": "he said" after it is not Ana).
 */
export function noteGenders(tokens: Token[], mentions: Mention[], ctx: ActorContext): void {
  for (const m of mentions) {
    if (m.kind !== 'person' || m.absorbed || m.via === 'pronoun') continue;
    const said = HONORIFICS.get(tokens[m.from - 1]?.key ?? '') ?? HONORIFICS.get(tokens[m.from]?.key ?? '');
    if (said) ctx.genders.set(m.name, said);
    const noun = tokens[m.from - 1];
    const owner = tokens[m.from - 2];
    const kin = noun && KIN.get(noun.key);
    if (kin && owner && (OWNERS.test(owner.key) || owner.possessive)) ctx.genders.set(m.name, kin);
  }
}

/** The gender of the person `name`, where the article or the given name tells it. */
export function genderOf(name: string, ctx: ActorContext): Gender | undefined {
  return ctx.genders.get(name) ?? genderOfGivenName(name.split(' ')[0] ?? '');
}

/** The gender a pronoun refers to ("he", "his" → male). */
export function pronounGender(word: string): Gender | undefined {
  if (/^(?:he|his|him|himself)$/.test(word)) return 'male';
  if (/^(?:she|her|hers|herself)$/.test(word)) return 'female';
  return undefined;
}

/** True unless what is known of the person `name` contradicts the pronoun's gender. */
export function agrees(name: string, gender: Gender | undefined, ctx: ActorContext): boolean {
  const known = gender && genderOf(name, ctx);
  return !known || known === gender;
}
