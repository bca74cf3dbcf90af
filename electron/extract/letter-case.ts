/** Letter case tests cheaper than a Unicode regex for the common ASCII words. */

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
