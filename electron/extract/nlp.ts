/**
 * The linguistic layer: part-of-speech tags from wink-nlp with its English model
 * (wink-eng-lite-web-model), loaded once per process from the installed package, never fetched.
 * Only the `pos` stage of wink's pipeline runs (no sentence split, entities or sentiment): the
 * sentences, names and dates are ours, the tags are what rules read to tell a verb from a noun.
 *
 * Why wink-nlp: measured on this project's data, it tags ~0.45 ms per KB on one core (compromise
 * needs ~15× longer), its tokenization is lossless so tags map back to character offsets, and it
 * ships its model in an npm package (see README, "Linguistic layer").
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { countryOfDemonym } from './gazetteer';
import { writtenInLowerCase } from './letter-case';
import { PLAIN_CATENATIVES } from './lexicon';
import { isPastForm, verbInfo } from './verb-forms';

/** Universal Dependencies part-of-speech tag of a word ("VERB", "NOUN", "PROPN", "AUX", …). */
export type Pos = string;

/** The tags of one text, looked up by the character offset where a word starts. */
export interface Tags {
  /** The tag of the word starting at `offset`, if a word starts there. */
  at(offset: number): Pos | undefined;
}

/** Tags of wink's English model, coded in one byte each (0: no word starts here). */
const CODES = new Map<string, number>();
const NAMES: string[] = ['', 'X'];

function codeOf(tag: string): number {
  let code = CODES.get(tag);
  if (code === undefined) {
    code = NAMES.length;
    NAMES.push(tag);
    CODES.set(tag, code);
  }
  return code;
}

/** True when the word at `at` opens a sentence: the text's start, or after a stop or a line break. */
function opensSentence(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '"' || text[k] === '“' || text[k] === '‘')) k--;
  return k < 0 || /[.!?\n]/.test(text[k] ?? '');
}

/**
 * "Work was suspended …", "Excavations resumed …": a capitalised word opening a sentence that the
 * tagger read as a name, though the text writes it in lower case elsewhere and no name goes on
 * after it, is the common noun it is elsewhere.
 */
function commonWord(text: string, value: string, next: string | undefined): boolean {
  if (next === 'PROPN' || !/^\p{Lu}\p{Ll}+$/u.test(value)) return false;
  return writtenInLowerCase(text, value);
}

/**
 * "Bold plans for a pier …", "Heavy rain fell": a capitalised word opening a sentence that the
 * tagger read as a name before a common noun, though written in lower case before that noun it
 * reads as an adjective, is that adjective ("Apple shares fell" keeps its name: "apple shares" is
 * two nouns).
 */
function openingAdjective(text: string, value: string, next: string | undefined): boolean {
  if (!next || !/^\p{Lu}\p{Ll}+$/u.test(value) || !/^\p{Ll}+$/u.test(next)) return false;
  // (a people's or a party's adjective is so written anywhere: "Danish officials", "Tory MPs")
  if (countryOfDemonym(value) || new RegExp(`[\\p{Ll},;] ${value}\\b`, 'u').test(text)) return false;
  const nlp = load();
  return nlp.readDoc(`${value.toLowerCase()} ${next}`).tokens().out(nlp.its.pos)[0] === 'ADJ';
}

/**
 * "The opposition claims the measure …", "The government plans to …", "The company reports that
 * sales rose": a verb of the present the tagger read as a plural noun, right after "the" and a
 * singular noun, with what it governs after it (a determiner, a pronoun, "to", or "that" opening a
 * clause with its own subject).
 */
function presentVerbAfterSubject(values: string[], pos: string[], i: number): boolean {
  const word = values[i] ?? '';
  if (!/^\p{Ll}+s$/u.test(word) || !verbInfo(word)?.present) return false;
  const subject = values[i - 1] ?? '';
  if (pos[i - 1] !== 'NOUN' || /s$/.test(subject) || values[i - 2]?.toLowerCase() !== 'the') return false;
  const next = pos[i + 1];
  if (values[i + 1] === 'that') return pos[i + 2] !== 'VERB' && pos[i + 2] !== 'AUX';
  return next === 'DET' || next === 'PRON' || (next === 'PART' && values[i + 1] === 'to');
}

/**
 * "The presiding judge pronounced the verdict", "Tomas Brandvik excused himself …": a past form the
 * tagger read as an adjective or a noun, right after its subject (a noun that "the" opens, or a
 * name) and before a determiner or a pronoun that opens its object, is the subject's verb.
 */
function pastVerbAfterSubject(values: string[], pos: string[], i: number): boolean {
  const word = values[i] ?? '';
  if (!/^\p{Ll}+ed$/u.test(word) || !isPastForm(word) || !/^(?:DET|PRON)$/.test(pos[i + 1] ?? ''))
    return false;
  if (pos[i - 1] === 'PROPN') return pos[i] === 'NOUN';
  if (pos[i - 1] !== 'NOUN' || pos[i] !== 'ADJ') return false;
  for (let k = i - 2; k >= Math.max(0, i - 4); k--) if (values[k]?.toLowerCase() === 'the') return true;
  return false;
}

/**
 * "The harbour fair will run …", "the fair, called …": a word the tagger read as an adjective that
 * ends a noun phrase "the" opens, right before an auxiliary or a comma, is the phrase's noun.
 */
function nounEndingPhrase(values: string[], pos: string[], i: number): boolean {
  const next = pos[i + 1];
  if (next !== 'AUX' && !(next === 'PUNCT' && values[i + 1] === ',')) return false;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (/^(?:the|a|an)$/i.test(values[k] ?? '')) return true;
    if (pos[k] !== 'ADJ' && pos[k] !== 'NOUN') return false;
  }
  return false;
}

/**
 * "About 2,400 nurses plan to stage a strike": a plain verb that takes "to" and another verb, read
 * as a noun right after a plural noun, is the plural's verb.
 */
function catenativeAfterPlural(values: string[], pos: string[], i: number): boolean {
  const word = values[i]?.toLowerCase() ?? '';
  if (
    !PLAIN_CATENATIVES.has(word) ||
    !/^(?:NOUN|PROPN)$/.test(pos[i - 1] ?? '') ||
    !/\p{Ll}s$/u.test(values[i - 1] ?? '')
  )
    return false;
  return values[i + 1]?.toLowerCase() === 'to' && pos[i + 2] === 'VERB';
}

/**
 * "The farmers cast their votes", "Dock workers set their terms": a verb form the lexicon knows,
 * read as a noun right after a plural noun and before a determiner or a pronoun that opens its
 * object, is the plural's verb (a noun is seldom followed by "their" or "the").
 */
function verbAfterPlural(values: string[], pos: string[], i: number): boolean {
  const word = values[i] ?? '';
  const info = /^\p{Ll}+$/u.test(word) ? verbInfo(word) : undefined;
  if (!info || info.ing || info.present) return false;
  if (pos[i - 1] !== 'NOUN' || !/\p{Ll}s$/u.test(values[i - 1] ?? '')) return false;
  return /^(?:DET|PRON)$/.test(pos[i + 1] ?? '');
}

let tagger: ReturnType<typeof winkNLP> | undefined;

function load(): ReturnType<typeof winkNLP> {
  tagger ??= winkNLP(model, ['pos']);
  return tagger;
}

/**
 * Tags `text`; offsets in the answer are offsets into `text` plus `offset`. Pure apart from the
 * model, which is loaded on first use and shared (it holds no per-text state). The tags sit in a
 * byte per character of the text, so a look-up costs no hashing.
 */
export function tagText(text: string, offset = 0): Tags {
  const nlp = load();
  const its = nlp.its;
  const tokens = nlp.readDoc(text).tokens();
  const values = tokens.out(its.value);
  const spaces = tokens.out(its.precedingSpaces);
  const pos = tokens.out(its.pos);
  const codes = new Uint8Array(text.length + 1);
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += (spaces[i] ?? '').length;
    const value = values[i] ?? '';
    const tag = pos[i] ?? 'X';
    if (tag === 'SPACE' || tag === 'PUNCT') {
      at += value.length;
      continue;
    }
    // wink is lossless, but a value it normalised (rare) must not shift every later offset
    // (never further than a few characters: a later copy of the word is not this one)
    let found = at;
    if (!text.startsWith(value, at)) {
      const near = text.indexOf(value, at);
      found = near >= 0 && near - at <= 8 ? near : -1;
    }
    if (found < 0) continue;
    const common = tag === 'PROPN' && opensSentence(text, found) && commonWord(text, value, pos[i + 1]);
    const verb =
      (tag === 'NOUN' &&
        (presentVerbAfterSubject(values, pos, i) ||
          catenativeAfterPlural(values, pos, i) ||
          verbAfterPlural(values, pos, i))) ||
      pastVerbAfterSubject(values, pos, i);
    const noun = tag === 'ADJ' && !verb && nounEndingPhrase(values, pos, i);
    const adjective =
      tag === 'PROPN' &&
      pos[i + 1] === 'NOUN' &&
      !common &&
      opensSentence(text, found) &&
      openingAdjective(text, value, values[i + 1]);
    codes[found] = codeOf(common || noun ? 'NOUN' : adjective ? 'ADJ' : verb ? 'VERB' : tag);
    at = found + value.length;
  }
  return {
    at: (start) => {
      const code = codes[start - offset];
      return code ? NAMES[code] : undefined;
    },
  };
}
