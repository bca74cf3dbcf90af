/**
 * Searching events by word: case- and accent-insensitive, words in any order, phrases in quotation
 * marks kept whole. An event matches when every word and phrase of the query occurs somewhere in
 * its title, its quotes or its actors' names.
 */
import type { NewsEvent } from '../../../electron/shared/model';

/**
 * Lower case without accents or other marks, with typographic apostrophes and dashes made plain,
 * so that "LAVRÓV" and "lavrov", "Côte d’Ivoire" and "cote d'ivoire" compare equal.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .toLowerCase();
}

const WORD = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;
/** A quoted phrase of a query ("security council", “security council”), or one word. */
const TERM = /["“”]([^"“”]*)["“”]?|[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;

/**
 * The terms of a query, folded, in the order typed and without repeats: words (runs of letters,
 * digits and inner apostrophes or hyphens: "d'Ivoire", "co-operation"), and phrases in quotation
 * marks, kept whole ("security council" matches those two words together, not each anywhere).
 */
export function searchWords(query: string): string[] {
  const terms: string[] = [];
  for (const m of foldText(query).matchAll(TERM)) {
    const term = m[1] === undefined ? m[0] : (m[1].match(WORD) ?? []).join(' ');
    if (term) terms.push(term);
  }
  return [...new Set(terms)];
}

const haystacks = new WeakMap<object, string>();

/** The folded text an event is searched in: its title, every quote and every actor's name. */
export function searchText(event: Pick<NewsEvent, 'title' | 'sources' | 'actors'>): string {
  let text = haystacks.get(event);
  if (text === undefined) {
    const parts = [event.title, ...event.sources.map((s) => s.quote), ...event.actors.map((a) => a.name)];
    // (white space made single spaces, so a phrase matches across a line break or a double space)
    text = foldText(parts.join('\n')).replace(/\s+/g, ' ');
    haystacks.set(event, text);
  }
  return text;
}

/** True when every word occurs in the event's title, quotes or actor names (no words: every event matches). */
export function matchesWords(
  event: Pick<NewsEvent, 'title' | 'sources' | 'actors'>,
  words: readonly string[],
): boolean {
  if (words.length === 0) return true;
  const text = searchText(event);
  return words.every((w) => text.includes(w));
}

/** A stretch of text to show as found (`match`) or not. */
export interface TextPart {
  text: string;
  match: boolean;
}

/**
 * Cuts a text into parts where the words occur, for highlighting in a list of results. Works on
 * the original text: folding keeps one folded character per original character for Latin letters
 * with accents, and where it does not (ligatures, for example) the text is returned unmarked.
 */
export function markWords(text: string, words: readonly string[]): TextPart[] {
  if (words.length === 0 || text.length === 0) return [{ text, match: false }];
  const folded = foldText(text);
  if (folded.length !== text.length) return [{ text, match: false }];
  const marked = new Uint8Array(text.length);
  for (const w of words) {
    for (let i = folded.indexOf(w); i >= 0; i = folded.indexOf(w, i + 1)) marked.fill(1, i, i + w.length);
  }
  const parts: TextPart[] = [];
  let from = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || marked[i] !== marked[from]) {
      parts.push({ text: text.slice(from, i), match: marked[from] === 1 });
      from = i;
    }
  }
  return parts;
}
