/** Word tokens with offsets, shared by actor finding, verb finding and titles. */

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Lower case, curly apostrophes made straight, a trailing possessive 's removed. */
  key: string;
  /** The token ends in a possessive 's. */
  possessive: boolean;
  /** Starts with an upper-case letter or a digit-free acronym. */
  cap: boolean;
}

const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[’'&\-][\p{L}\p{N}]+)*(?:[’']s\b)?/gu;

/** Splits `text` into word tokens; offsets are relative to `text` plus `offset`. */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const start = offset + (m.index ?? 0);
    const straight = raw.replace(/’/g, "'");
    const possessive =
      /[^s]'s$/i.test(straight) || /^[A-Z].*s'$/.test(straight) ? /'s$/i.test(straight) : false;
    const base = possessive ? straight.slice(0, -2) : straight;
    out.push({
      text: raw,
      start,
      end: start + raw.length,
      key: base.toLowerCase(),
      possessive,
      cap: /^\p{Lu}/u.test(raw),
    });
  }
  return out;
}

/** Lower-cased word keys of a phrase, the way `tokenize` makes them. */
export function keysOf(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.key);
}
