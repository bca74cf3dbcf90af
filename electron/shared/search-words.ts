/**
 * Searching events by word: case- and accent-insensitive, words in any order, phrases in quotation
 * marks kept whole. An event matches when every word and phrase of the query occurs somewhere in
 * its title, its quotes or its actors' names. The services search with these (the page asks them,
 * services/event-search.ts); the page marks the same words. No run-time imports: the page loads
 * this module too.
 */
import type { NewsEvent } from './model';

/**
 * Lower case without accents or other marks, with typographic apostrophes and dashes made plain,
 * so that "LAVRÓV" and "lavrov", "Côte d’Ivoire" and "cote d'ivoire" compare equal.
 */
export function foldText(text: string): string {
  // plain ASCII has no marks, typographic apostrophes or dashes: lower case is all it needs
  if (!NOT_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .toLowerCase();
}

const NOT_ASCII = /[^ -~\s]/;
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

/** The folded text an event is searched in: its title, every quote and every actor's name. */
export function searchText(event: Pick<NewsEvent, 'title' | 'sources' | 'actors'>): string {
  const parts = [event.title, ...event.sources.map((s) => s.quote), ...event.actors.map((a) => a.name)];
  // (white space made single spaces, so a phrase matches across a line break or a double space)
  return foldText(parts.join('\n')).replace(/\s+/g, ' ');
}

/** True when every word occurs in the event's title, quotes or actor names (no words: every event matches). */
export function matchesWords(
  event: Pick<NewsEvent, 'title' | 'sources' | 'actors'>,
  words: readonly string[],
): boolean {
  return words.length === 0 || hasWords(searchText(event), words);
}

/** True when every word occurs in a text folded as `searchText` folds it. */
export function hasWords(text: string, words: readonly string[]): boolean {
  return words.every((w) => text.includes(w));
}
