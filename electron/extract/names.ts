/**
 * Names by shape: a run of proper nouns (as the tagger reads them) that the gazetteer and the
 * name rules of `name-rules.ts` left unclaimed ("Dow Jones Industrial Average", "Nikkei 225",
 * "Peter Cardillo"). Digits right after a name belong to it ("FTSE 100", "iPhone 4"), "&" and
 * "of" join two capitalised parts ("S&P", "Bank of Japan"). The kind comes from context: an
 * organisation word in the name, a person's title or role around it, else the name's length.
 */
import type { ActorKind } from '../shared/model';
import type { Mention } from './mention';
import { countryOfDemonym } from './gazetteer';
import { givenFirst } from './given-names';
import { isPeoplePlural, isPersonNoun } from './person-nouns';
import { isAreaName, isCompoundAdjective, isContraction, isFeatureName, keepsStop } from './name-words';
import {
  LAW_ENDS,
  NAME_PARTICLES,
  NOT_NAMES,
  ORG_SUFFIXES,
  PERSON_ROLES,
  PERSON_TITLES,
  PLACE_PREPOSITIONS,
  POST_NOMINALS,
} from './lexicon';
import type { Tags } from './nlp';
import { inPortfolio, isOffice } from './portfolios';
import type { Token } from './tokens';

const CALENDAR = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday utc gmt est pm am'.split(
    ' ',
  ),
);
/** Last words of market and product names: not people. */
const MARKET_WORDS = new Set('average index composite'.split(' '));
const BODY_WORDS = new Set('exchange reserve street'.split(' '));
/** Last words of the names of places, which do nothing themselves ("Eden Park", "Pacific Ocean"). */
const PLACE_WORDS = new Set(
  'ocean sea river lake bay island islands mountain mountains valley avenue ave road rd st boulevard blvd lane highway square bridge beach coast peninsula desert canal strait gulf harbour harbor falls creek plaza stadium arena park monument jail prison annex cemetery village'.split(
    ' ',
  ),
);

/** Endings of nationality words ("Zairian", "Japanese", "British", "Iraqi"). */
const DEMONYM = /^\p{Lu}\p{Ll}{3,}(?:ian|ese|ish|ean)$|^(?:Western|Eastern|Northern|Southern)$/u;
/** "al-Sadr", "el-Sisi", "bin-Laden": a surname's article or particle joined to it by a hyphen. */
const HYPHENED_PARTICLE = /^(?:al|el|ad|ar|ash|az|bin|ibn|abu|abd|ul)-\p{Lu}\p{L}+(?:['’]s)?$/u;
/** "iPhone", "iTunes", "eBay": a name written in camel case, mostly a product's. */
const CAMEL = /^\p{Ll}{1,2}\p{Lu}\p{L}+$/u;
/** "A380", "F-35", "777X": a model designation. */
const MODEL = /^(?:\p{Lu}{1,3}-?\d{2,4}\p{Lu}?|\d{3}\p{Lu})$/u;

/** `CAMEL.test(word)`, answered without the regex for a word with no capital second or third. */
function camelCase(word: string): boolean {
  if (word.length < 3) return false;
  const b = word.charCodeAt(1);
  const c = word.charCodeAt(2);
  // (ASCII letters there: the capital CAMEL needs is one of them, else it is not there)
  if (b < 128 && c < 128 && !(b >= 65 && b <= 90) && !(c >= 65 && c <= 90) && word.charCodeAt(0) < 128)
    return false;
  return CAMEL.test(word);
}

function properAt(tokens: Token[], tags: Tags, i: number, first = true): boolean {
  const t = tokens[i];
  if (!t) return false;
  // (cheap checks first: most words are lower case and hold no digit)
  if (!t.cap) return camelCase(t.text);
  if (MODEL.test(t.text)) return true;
  if (CALENDAR.has(t.key) || (first && NOT_NAMES.has(t.key)) || POST_NOMINALS.has(t.text) || isContraction(t))
    return false;
  // ("Union-brokered deal", "Court-appointed monitors": a word made an adjective names no one)
  if (isCompoundAdjective(t)) return false;
  const pos = tags.at(t.start);
  if (pos === 'PROPN') return true;
  // a capitalised word that goes on a name is part of it, whatever else it could be ("Marta Quell")
  if (!first && pos !== 'DET' && pos !== 'ADP' && pos !== 'PRON' && pos !== 'CCONJ') return true;
  // inside a sentence, a capitalised noun or adjective is part of a name ("Industrial Average")
  return i > 0 && (pos === 'NOUN' || pos === 'ADJ') && /^\p{Lu}/u.test(t.text);
}

/**
 * "Rajat Gupta … Gupta said": news names a person in full once, then by surname alone. A name whose
 * last word stands alone elsewhere in the article is a person's; "Goldman Sachs" or "Grand Slam",
 * always written whole, are not.
 */
export function surnameAlone(text: string, name: string, surname: string): boolean {
  if (surname.length < 3) return false;
  let alone = 0;
  const whole = text.split(name).length - 1;
  for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
    if (!/\p{L}/u.test(text[at + surname.length] ?? ' ') && !/\p{L}/u.test(text[at - 1] ?? ' ')) alone++;
  }
  return alone > whole;
}

/**
 * The words after a name that may say its role: up to four, stopping before the title of the next
 * person named ("in Colombo, where Chief Justice Jayantha Jayasuriya": no role of Colombo's).
 */
function roleAfter(tokens: Token[], to: number, known: Mention[]): string {
  let stop = Math.min(tokens.length, to + 4);
  const next = known.find((m) => m.kind === 'person' && m.from >= to && m.from < to + 7);
  if (next) {
    stop = Math.min(stop, next.from);
    for (let k = next.from; k > to && tokens[k - 1]?.cap && PERSON_TITLES.has(tokens[k - 1]?.key ?? ''); k--)
      stop = Math.min(stop, k - 1);
  }
  return tokens
    .slice(to, stop)
    .map((t) => t.key)
    .join(' ');
}

/**
 * True when the name that ends before token `to` is said, with "is" or "was" and an article, to be
 * one of the nouns for a person, within three words and before a preposition ("Tor Berg is a deputy
 * commander", "… was the team's coach").
 */
function namedAsPerson(tokens: Token[], to: number): boolean {
  if (!/^(?:is|was)$/.test(tokens[to]?.key ?? '') || !/^(?:a|an|the)$/.test(tokens[to + 1]?.key ?? ''))
    return false;
  for (let k = to + 2; k < to + 5; k++) {
    const t = tokens[k];
    if (!t || t.cap || /^(?:of|for|with|in|at|from|to|who|that|which)$/.test(t.key)) return false;
    if (isPersonNoun(t.key) && !t.possessive) return true;
  }
  return false;
}

/**
 * "Sheriff's Office", "Magistrate's Court", "People's Bank": a body named for the people it
 * serves goes on over their possessive, where a noun for a person (`owner`) owns an
 * organisation's word (`body`) written right after it (`gap` between them).
 */
export function ownersBody(owner: Token | undefined, body: Token | undefined, gap: string): boolean {
  return (
    !!owner &&
    !!body?.cap &&
    ORG_SUFFIXES.has(body.key) &&
    gap === ' ' &&
    (isPersonNoun(owner.key) || isPeoplePlural(owner.key))
  );
}

/** "People's Party", "Children's Hospital": a capitalised possessive that opens its body's name. */
export const ownedBody = (tokens: Token[], i: number, gap: (a: number, b: number) => string): boolean =>
  !!tokens[i]?.cap && !!tokens[i]?.possessive && ownersBody(tokens[i], tokens[i + 1], gap(i, i + 1));

/** True when the token at `i` is a capital letter alone before a capitalised word ("A" in "Robert A Plane"). */
export const bareInitial = (tokens: Token[], i: number): boolean =>
  /^\p{Lu}$/u.test(tokens[i]?.text ?? '') && tokens[i]?.text !== 'I' && !!tokens[i + 1]?.cap;

/** Proper-noun runs not covered by `known`, as mentions with a kind guessed from context. */
export function namesByShape(
  tokens: Token[],
  known: Mention[],
  tags: Tags,
  /** Capitalised words the article uses inside sentences. */
  recurrent: Set<string>,
  /** The article's text: a person is named by surname alone elsewhere in it. */
  text = '',
  /** The text between tokens `a` and `b` ("John F. Kennedy": an initial's stop). */
  gap?: (a: number, b: number) => string,
): Mention[] {
  const out: Mention[] = [];
  const taken = (i: number): boolean => known.some((m) => m.from <= i && i < m.to);
  // the last token of the last office that was someone's portfolio ("as Minister of Trade")
  let officeEnd = -2;
  for (let i = 0; i < tokens.length; i++) {
    if (taken(i) || !properAt(tokens, tags, i) || isCompoundAdjective(tokens[i])) continue;
    let to = i + 1;
    for (;;) {
      const t = tokens[to];
      const prev = tokens[to - 1];
      // (a name runs over single spaces only: "(Newser) – To cheers" names no "Newser To"; an
      // initial's stop stays inside it: "John F. Kennedy")
      const initial = keepsStop(prev) && gap?.(to - 1, to) === '. ';
      if (!t || taken(to) || prev?.possessive || (t.start - (prev?.end ?? t.start) > 1 && !initial)) break;
      if (isCompoundAdjective(t)) break;
      // ("Robert A Plane": an initial written without its stop, after a given name)
      const next = tokens[to + 1];
      if (
        bareInitial(tokens, to) &&
        t.start - (prev?.end ?? 0) === 1 &&
        next &&
        next.start - t.end === 1 &&
        !taken(to + 1) &&
        givenFirst(prev?.text ?? '', text)
      ) {
        to += 2;
        continue;
      }
      if (properAt(tokens, tags, to, false)) to++;
      else if (/^\d[\d.]*$/.test(t.text) && t.start === (tokens[to - 1]?.end ?? 0) + 1 && to - i <= 3) {
        to++;
        break;
      } else if ((t.key === 'of' || t.key === '&') && properAt(tokens, tags, to + 1) && !taken(to + 1))
        to += 2;
      // ("Hassan al-Rawi", "Samir el-Haddad": an Arabic surname's article joined by a hyphen)
      else if (HYPHENED_PARTICLE.test(t.text) && t.start - (tokens[to - 1]?.end ?? 0) === 1) to++;
      // "Vincent van Gogh", "Kika de la Garza": a surname's particles in lower case join its parts
      else if (!t.cap && NAME_PARTICLES.has(t.key)) {
        const part = NAME_PARTICLES.has(tokens[to + 1]?.key ?? '') && !tokens[to + 1]?.cap ? to + 2 : to + 1;
        if (!properAt(tokens, tags, part) || taken(part) || !/^\p{Lu}\p{Ll}/u.test(tokens[part]?.text ?? ''))
          break;
        to = part + 1;
      } else break;
    }
    // ("a San Jose-based firm": a place made into an adjective names no one, nor does a river)
    if (isCompoundAdjective(tokens[to]) || isFeatureName(tokens.slice(i, to).map((t) => t.text))) {
      i = to;
      continue;
    }
    // "Councilor Edward Crane": a person's title that opens the run is no part of the name
    // ("General Motors" keeps its first word)
    while (
      to - i >= 2 &&
      PERSON_TITLES.has(tokens[i]?.key ?? '') &&
      !!tokens[i + 1]?.cap &&
      !ORG_SUFFIXES.has(tokens[to - 1]?.key ?? '') &&
      !tokens.slice(i, to).every((w) => PERSON_TITLES.has(w.key))
    )
      i++;
    // ("Minister of Lands and Coastal Affairs": the words of a portfolio name no one; "named Tom
    // Varn as Minister of Rural Development", "Minister of Finance Ana Coll": nor does an office and its
    // portfolio that someone is given or holds, but "The Minister of Trade said" acts)
    // (and the next of a list of them: "the portfolios of Minister of Trade, Minister of …")
    const lead = tokens[i - 1];
    if (inPortfolio(tokens, i, to)) {
      i = to - 1;
      continue;
    }
    if (
      isOffice(tokens, i, to) &&
      (lead?.key === 'as' ||
        lead?.key === 'of' ||
        (officeEnd === i - 1 && !!lead) ||
        (officeEnd === i - 2 && lead?.key === 'and') ||
        (!!lead && tags.at(lead.start) === 'VERB') ||
        known.some((m) => m.from === to && m.kind === 'person'))
    ) {
      officeEnd = to - 1;
      i = to - 1;
      continue;
    }
    const words = tokens.slice(i, to);
    // "Zairian rebels", "Japanese officials": a nationality before a common noun describes it
    const nextToken = tokens[to];
    if (
      words.length === 1 &&
      (DEMONYM.test(words[0]?.text ?? '') || !!countryOfDemonym(words[0]?.text ?? '')) &&
      nextToken &&
      !nextToken.cap &&
      tags.at(nextToken.start) === 'NOUN'
    )
      continue;
    // a sentence's first word alone ("Ridership fell"), or "The Spaniard", is too often an ordinary
    // word written with a capital: a name only if the article capitalises it inside sentences too
    const opening =
      i === 0 || (i === 1 && tokens[0]?.key === 'the' && /^(?:,|who|which)$/.test(tokens[to]?.key ?? ','));
    // (an acronym is written so anywhere: "CERN's director said"; those of things, "TV", are no names)
    const acronym = /^\p{Lu}{2,}(?:[’']s)?$/u.test(words[0]?.text ?? '');
    if (words.length === 1 && opening && !acronym && !recurrent.has(words[0]?.text ?? '')) continue;
    // "Russian Foreign Minister Sergey Lavrov": the title before a person's name is not an actor
    if (
      known.some((m) => m.from === to && m.kind === 'person') &&
      PERSON_TITLES.has(words[words.length - 1]?.key ?? '')
    )
      continue;
    // "Director-General", "CEO": a title, not a name
    if (
      words.every((w) => w.key.split('-').every((part) => PERSON_TITLES.has(part) || PERSON_ROLES.test(part)))
    )
      continue;
    // "at Eden Park", "across the Pacific Ocean": a place, not an actor
    if (PLACE_WORDS.has(words[words.length - 1]?.key ?? '') && words.length >= 2) {
      i = to - 1;
      continue;
    }
    const name = words
      .map((w, k) =>
        k < words.length - 1 && gap?.(i + k, i + k + 1) === '. '
          ? `${w.text}.`
          : w.text.replace(/[’']s$/, ''),
      )
      .join(' ');
    // (initials do not count as words of a person's name: "John F. Kennedy" has two)
    const full = words.filter(
      (w, k) => k === 0 || (!/^\p{Lu}$/u.test(w.text) && !NAME_PARTICLES.has(w.text)),
    );
    const last = words[words.length - 1]?.key ?? '';
    const before = tokens[i - 1]?.key ?? '';
    let kind: ActorKind = 'organization';
    let weak = false;
    if (MARKET_WORDS.has(last) || MARKET_WORDS.has(tokens[to]?.key ?? '')) kind = 'market';
    else if (words.some((w) => CAMEL.test(w.text) || MODEL.test(w.text))) kind = 'product';
    else if (ORG_SUFFIXES.has(last) || BODY_WORDS.has(last)) kind = 'organization';
    else if (/\d/.test(last)) kind = 'product';
    else if (LAW_ENDS.has(last)) weak = true;
    // ("Kelby County", "North Tarvo": a place's name, whatever its first word; a subject only)
    else if (isAreaName(words.map((w) => w.text))) weak = true;
    else if (
      PERSON_TITLES.has(before) ||
      // ("CERN's director": the role is the owner's staff, not the name's)
      (!words[words.length - 1]?.possessive && PERSON_ROLES.test(roleAfter(tokens, to, known)))
    )
      // ("the Apple chief executive": a name between an article and a role is the employer)
      kind =
        full.length <= 3 && !(/^(?:the|a|an)$/.test(before) && PERSON_ROLES.test(tokens[to]?.key ?? ''))
          ? 'person'
          : 'organization';
    else if (
      full.length >= 2 &&
      full.length <= 3 &&
      full.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w.text)) &&
      (surnameAlone(text, name, words[words.length - 1]?.text ?? '') ||
        givenFirst(words[0]?.text ?? '', text))
    )
      kind = 'person';
    else if (initialsAndSurname(words, i, gap)) kind = 'person';
    else if (full.length >= 2 && full.length <= 3 && namedAsPerson(tokens, to)) kind = 'person';
    else weak = true;
    // "in Cupertino", "from Tokyo": a place, not an actor, unless its name says it is a body or a
    // person ("a pass from Sami Khedira"); the whole name goes ("at Windsor Castle" leaves no "Castle")
    if (PLACE_PREPOSITIONS.has(before) && !ORG_SUFFIXES.has(last) && kind !== 'person') {
      i = to - 1;
      continue;
    }
    // a product is an actor when it does something ("the A380 made its first flight"), not when named
    if (kind === 'product') weak = true;
    out.push({ from: i, to, name, kind, via: 'shape', ...(weak ? { weak } : {}) });
    i = to - 1;
  }
  return out;
}

/** "D. Halvorsen", "R. J. Tveiten": initials and a surname (tokens from `from` on), the shape of a person's name. */
export function initialsAndSurname(
  words: Token[],
  from: number,
  gap?: (a: number, b: number) => string,
): boolean {
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    words.slice(0, -1).every((w, k) => /^\p{Lu}$/u.test(w.text) && gap?.(from + k, from + k + 1) === '. ') &&
    /^\p{Lu}\p{Ll}+$/u.test(words[words.length - 1]?.text ?? '')
  );
}
