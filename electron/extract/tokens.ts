/** Word tokens with offsets, shared by actor finding, verb finding and titles. */

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Lower case, curly apostrophes made straight, a trailing possessive 's removed. */
  key: string;
  /** The token ends in a possessive: 's, or a plural's apostrophe before a name ("Growers' Party"). */
  possessive: boolean;
  /** Starts with an upper-case letter or a digit-free acronym. */
  cap: boolean;
}

/** A word: an acronym with stops, a number with thousands ("220,000-ton") or letters and digits. */
const WORD =
  /(?:\p{Lu}\.){2,}|(?:\d{1,3}(?:,\d{3})+(?!\d)|[\p{L}\p{N}]+)(?:[’'&-][\p{L}\p{N}]+)*(?:[’']s\b|(?<=\p{Lu}\p{Ll}*s)[’'](?= \p{Lu}))?/gu;

/**
 * How many characters of a word are its possessive ending: 2 for 's (curly or straight apostrophe,
 * not "'s" alone), 1 for a plural's apostrophe (`WORD` takes one only before a capitalised word:
 * "Growers' Party", "Fishers’ Union"), else 0.
 */
function possessiveEnding(raw: string): number {
  const n = raw.length;
  const apostrophe = (c: string | undefined): boolean => c === '’' || c === "'";
  if (apostrophe(raw[n - 1])) return 1;
  return n > 2 && (raw[n - 1] === 's' || raw[n - 1] === 'S') && apostrophe(raw[n - 2]) ? 2 : 0;
}

/** A verb and its negation written as one word: "didn't", "wasn’t", "can't" ("cannot" is one word). */
const NEGATED = /^(\p{L}+)(n['’]t)$/iu;
/** The verbs whose contracted form is not the verb's own first letters ("won't", "can't", "shan't"). */
const CONTRACTED: Record<string, string> = { wo: 'will', ca: 'can', sha: 'shall', ai: 'is' };

/** True when a word opens on a capital letter (ASCII looked up first, as most words are). */
function capitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && /^\p{Lu}/u.test(word));
}

/** Splits `text` into word tokens; offsets are relative to `text` plus `offset`. */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const raw = m[0];
    const start = offset + m.index;
    const n = raw.length;
    // ("didn't" is "did" and "n't", as the tagger reads it: the verb and its negation)
    const negated = n > 4 ? NEGATED.exec(raw) : null;
    if (negated) {
      const verb = negated[1] ?? '';
      const key = verb.toLowerCase();
      out.push(
        {
          text: verb,
          start,
          end: start + verb.length,
          key: CONTRACTED[key] ?? key,
          possessive: false,
          cap: capitalised(verb),
        },
        {
          text: negated[2] ?? '',
          start: start + verb.length,
          end: start + n,
          key: "n't",
          possessive: false,
          cap: false,
        },
      );
      continue;
    }
    const ending = possessiveEnding(raw);
    const possessive = ending > 0;
    const base = possessive ? raw.slice(0, n - ending) : raw;
    out.push({
      text: raw,
      start,
      end: start + n,
      key: (base.includes('’') ? base.replace(/’/g, "'") : base).toLowerCase(),
      possessive,
      cap: capitalised(raw),
    });
  }
  return out;
}

/** A token's words without its possessive ending ("Kelby's" → "Kelby", "Growers'" → "Growers"). */
export const bareText = (t: Token): string =>
  t.possessive ? t.text.slice(0, t.text.length - possessiveEnding(t.text)) : t.text;

/** Lower-cased word keys of a phrase, the way `tokenize` makes them. */
export function keysOf(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.key);
}
