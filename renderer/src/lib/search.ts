/**
 * Marking searched words in what the page shows (the search itself runs in the services, with
 * electron/shared/search-words.ts, whose folding these marks follow).
 */
import { foldText } from '../../../electron/shared/search-words';

export { foldText, searchWords } from '../../../electron/shared/search-words';

/** A stretch of text to show as found (`match`) or not. */
export interface TextPart {
  text: string;
  match: boolean;
}

/** A text folded as `searchText` folds it, with where each folded character comes from in the original. */
interface FoldedText {
  folded: string;
  /** Start and end (exclusive) in the original text of each folded character. */
  from: number[];
  to: number[];
}

/**
 * Folds a text character by character (white space runs made one space, as `searchText` does),
 * keeping for each folded character the stretch of the original it comes from: a letter with an
 * accent, a ligature ("ﬁ") or an ellipsis ("…" folds to "...") map back to their own place.
 */
function foldMapped(text: string): FoldedText {
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  let at = 0;
  for (const ch of text) {
    const end = at + ch.length;
    const f = /\s/.test(ch) ? (folded.endsWith(' ') ? '' : ' ') : foldText(ch);
    for (let k = 0; k < f.length; k++) {
      from.push(at);
      to.push(end);
    }
    folded += f;
    at = end;
  }
  return { folded, from, to };
}

/** True when a searched word occurs in `text` (folded as the search folds it). */
export function containsWord(text: string, word: string): boolean {
  return foldMapped(text).folded.includes(word);
}

/**
 * Cuts a text into parts where the words occur, for highlighting in a list of results: every
 * occurrence of every word and phrase, found in the text folded as the search folds it (case,
 * accents, typographic marks, white space) and marked on the original characters.
 */
export function markWords(text: string, words: readonly string[]): TextPart[] {
  if (words.length === 0 || text.length === 0) return [{ text, match: false }];
  const { folded, from, to } = foldMapped(text);
  const marked = new Uint8Array(text.length);
  for (const w of words) {
    if (!w) continue;
    for (let i = folded.indexOf(w); i >= 0; i = folded.indexOf(w, i + 1))
      marked.fill(1, from[i] ?? 0, to[i + w.length - 1] ?? text.length);
  }
  const parts: TextPart[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || marked[i] !== marked[start]) {
      parts.push({ text: text.slice(start, i), match: marked[start] === 1 });
      start = i;
    }
  }
  return parts;
}

/**
 * The stretch of `text` around the first occurrence of any of the words, about `room` characters
 * each side, cut at spaces and marked "…" where cut; null when none occurs.
 */
export function excerptAround(text: string, words: readonly string[], room = 60): string | null {
  const { folded, from, to } = foldMapped(text);
  let first = -1;
  let last = -1;
  for (const w of words) {
    const i = w ? folded.indexOf(w) : -1;
    if (i >= 0 && (first < 0 || i < first)) {
      first = i;
      last = i + w.length - 1;
    }
  }
  if (first < 0) return null;
  let start = Math.max(0, (from[first] ?? 0) - room);
  let end = Math.min(text.length, (to[last] ?? text.length) + room);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < (from[first] ?? 0)) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > (to[last] ?? 0)) end = space;
  }
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}
