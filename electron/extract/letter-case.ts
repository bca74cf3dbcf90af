/** Letter case: tests cheaper than a Unicode regex for the common ASCII words, and where a text writes a word. */

const UPPER = /\p{Lu}/u;

/** Whether `word` holds an upper-case letter: the same answer as `/\p{Lu}/u.test(word)`. */
export function hasUpper(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
    // past ASCII: the regex decides for the rest (the words before were ASCII, no pair split)
    if (c > 127) return UPPER.test(word.slice(i));
  }
  return false;
}

/** True when `word` occurs in `text` as a whole word whose preceding characters pass `ok`. */
export function occurs(
  text: string,
  word: string,
  ok: (before: string, beforeThat: string) => boolean,
): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const after = text[at + word.length] ?? ' ';
    if (/[\p{L}-]/u.test(after)) continue;
    if (ok(text[at - 1] ?? '', text[at - 2] ?? '')) return true;
  }
  return false;
}

/** True when `text` writes `word` in lower case somewhere, as a word of its own ("will", "hope"). */
export const writtenInLowerCase = (text: string, word: string): boolean =>
  occurs(text, word.toLowerCase(), (before) => !/[\p{L}'’-]/u.test(before));
