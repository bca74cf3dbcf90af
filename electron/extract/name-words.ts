/**
 * Words that may be part of a name, by themselves: a person's title ("President", "minister";
 * "vice-president") and a capitalised word that is none of a title, a nationality, a common word
 * or a pronoun written with its verb; and a capitalised word the article otherwise writes as an
 * ordinary word ("Seats won:" … "seats").
 */
import { countryOfDemonym } from './gazetteer';
import {
  AREA_ENDS,
  NAME_PARTICLES,
  NOT_NAMES,
  OFFICE_LETTERS,
  ORG_SUFFIXES,
  PERSON_TITLES,
  POST_NOMINALS,
  REGION_WORDS,
} from './lexicon';
import { occurs, writtenInLowerCase } from './letter-case';
import type { ActorContext } from './mention';
import { bareText, type Token } from './tokens';

/** A word and a verb written as one ("they're", "we've", "I'd"). */
const CONTRACTION = /'(?:re|ve|ll|d|m)$/;
/** A pronoun and its verb written as one word ("I’m", "They’re", "We’ll"): never a name. */
export const isContraction = (t: Token): boolean => CONTRACTION.test(t.key);

/** A person's title ("President", "foreign", "minister"; "vice-president"), not in the possessive. */
export const isTitle = (t: Token | undefined): boolean =>
  !!t &&
  !t.possessive &&
  (PERSON_TITLES.has(t.key) || (t.key.includes('-') && t.key.split('-').every((p) => PERSON_TITLES.has(p))));
/**
 * True when title word `j` of `tokens` is part of a body's name: capitalised, right before the word
 * that ends the name ("Kelby State University", "Kelby Trade Organisation", "the Tarvo Health
 * Service"), or joined by "&" to a capitalised word that no title follows ("the Bank for Trade &
 * Transport"); not before a person's title ("Kelby Finance Minister Tor Berg", "Kelby Trade &
 * Industry Minister Tor Berg"). `gap` gives the text between two tokens.
 */
export function titleInBody(tokens: Token[], j: number, gap: (a: number, b: number) => string): boolean {
  const t = tokens[j];
  const next = tokens[j + 1];
  if (!t?.cap || !next?.cap || t.possessive || isTitle(next)) return false;
  const joined = gap(j, j + 1);
  if (joined === ' & ') return !isTitle(tokens[j + 2]);
  return ORG_SUFFIXES.has(next.key) && joined === ' ';
}

/** An amount written after its currency's short name as one word ("Rs500", "Kshs40", "Kshs2bn"). */
const PREFIXED_AMOUNT = /^\p{Lu}\p{Ll}{1,3}\d/u;

/** "Varna-based", "Kelby-born", "state-run": a name made into an adjective, which names no one. */
export const isCompoundAdjective = (t: Token | undefined): boolean =>
  !!t && /\p{L}-(?:[Bb]ased|[Bb]orn|[Oo]wned|[Ll]ed|[Rr]un|[Bb]acked|\p{Ll}{2,}ed)$/u.test(t.text);

/** A capitalised word that may be part of a name: not a title, a nationality or a common word. */
export const isNameToken = (t: Token | undefined): boolean =>
  !!t &&
  t.cap &&
  !NOT_NAMES.has(t.key) &&
  !POST_NOMINALS.has(t.text) &&
  !/^\d/.test(t.text) &&
  !PREFIXED_AMOUNT.test(t.text) &&
  // ("They’re", "We’ll": a pronoun and its verb, written as one word)
  !isContraction(t) &&
  !isTitle(t) &&
  !countryOfDemonym(t.key) &&
  !isCompoundAdjective(t);

/**
 * True when the words name an area by their shape ("Kelby County", "North Tarvo"): two words, a
 * word for an area last or a word of direction first. A place's name, no person's (longer names
 * with such a word are often a body's: "the Kelby Health District").
 */
export function isAreaName(words: string[]): boolean {
  const [first, last] = words.map((w) => w.toLowerCase());
  return words.length === 2 && (AREA_ENDS.has(last ?? '') || REGION_WORDS.has(first ?? ''));
}

/**
 * Lower-case words inside a name: "Department of Labor", "Charles de Gaulle", "Ursula von der
 * Leyen", "Mohammed bin Salman".
 */
export const NAME_LINKS = new Set(['of', 'for', 'the', ...NAME_PARTICLES]);
/** A surname that opens on an article particle: "al-Assad", "el-Sisi", "ad-Din". */
export const ARTICLE_PREFIXED = /^(?:al|el|ad|as|ash|at|az|an|ar)-\p{Lu}\p{L}+$/u;

/** Last words of the name of a place of nature or a square ("Tamsin River", "Kelby Square"). */
const FEATURE_ENDS = new Set(
  'river lake slope island islands creek mountain mountains valley gorge canyon glacier peninsula strait gulf reef forest desert roundabout square'.split(
    ' ',
  ),
);

/** True when the words name a river, a lake, a square or another such place, which never acts. */
export const isFeatureName = (words: string[]): boolean =>
  words.length >= 2 && FEATURE_ENDS.has((words[words.length - 1] ?? '').toLowerCase());

/** An initial ("F" in "John F. Kennedy") or an abbreviation ("St. Louis", "Mt. Hood") whose stop stays inside a name. */
export const keepsStop = (t: Token | undefined): boolean => !!t && /^(?:\p{Lu}|St|Mt|Ft)$/u.test(t.text);

/**
 * True when a capitalised word is an ordinary word of the article: it is written in lower case
 * elsewhere ("Seats won:" … "seats") and never capitalised inside a sentence.
 */
export function ordinaryWord(ctx: ActorContext, word: string): boolean {
  const cached = ctx.ordinary.get(word);
  if (cached !== undefined) return cached;
  const inside = occurs(
    ctx.text,
    word,
    (before, beforeThat) => before === ' ' && /[\p{L}\p{N},;]/u.test(beforeThat),
  );
  const lower = writtenInLowerCase(ctx.text, word);
  const answer = !inside && (lower || /^\p{Lu}\p{Ll}+ing$/u.test(word));
  ctx.ordinary.set(word, answer);
  return answer;
}

/**
 * Tokens `from` to `to` as a name's `words`, a lone capital before the last written as an initial
 * with its stop ("John F. Kennedy") but not beside an "&" ("K & R Bakeries"); `spell` joins some of
 * them, the first `at` words in, putting back each "&" ("Kelby Trade & Transport").
 */
export function spelledName(
  tokens: Token[],
  from: number,
  to: number,
  gap: (a: number, b: number) => string,
): { words: string[]; spell: (part: string[], at?: number) => string } {
  const words = tokens.slice(from, to).map((t, k) => {
    const n = from + k;
    if (n === to - 1) return bareText(t);
    const initial = /^\p{Lu}$/u.test(t.text) && gap(n - 1, n) !== ' & ' && gap(n, n + 1) !== ' & ';
    return initial ? `${t.text}.` : t.text;
  });
  const spell = (part: string[], at = 0): string =>
    part.map((w, k) => (k > 0 && gap(from + at + k - 1, from + at + k) === ' & ' ? `& ${w}` : w)).join(' ');
  return { words, spell };
}

/**
 * How many of a person's name's `words` name them: all but the letters of an office, an honour or
 * a degree after the name ("Tor Berg MP" is Tor Berg, later "Berg"), at least two.
 */
export function personWordCount(words: string[]): number {
  let n = words.length;
  while (n > 2 && (POST_NOMINALS.has(words[n - 1] ?? '') || OFFICE_LETTERS.has(words[n - 1] ?? ''))) n--;
  return n;
}
