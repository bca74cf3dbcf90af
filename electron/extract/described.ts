/**
 * Actors described rather than named: "US stock markets", "stock markets around the world",
 * "British police", "the Japanese government". A noun phrase whose head is a word for a body
 * that acts (markets, police, government, court …) is an actor when something pins it down: a
 * name, nationality or noun before it ("hospital officials"), a scope after it ("worldwide"), or
 * "police in Cornwall". A bare "officials" or "markets" pins nothing down and stays no actor.
 */
import {
  BRANCH_ADJECTIVES,
  COMMODITIES,
  CURRENCIES,
  HEAD_KIND,
  SCOPE_ADJECTIVES,
  bodyKindOf,
  bodyOfPlural,
  followsAPerson,
  namesTheCountry,
} from './body-words';
import { countryOfDemonym } from './gazetteer';
import { CLAUSE_OPENERS, ORG_SUFFIXES, PERSON_TITLES, SPEECH_VERBS, SPOKESPEOPLE } from './lexicon';
import type { Mention } from './mention';
import { isPeoplePlural } from './person-nouns';
import type { Tags } from './nlp';
import type { Token } from './tokens';
import { verbInfo } from './verb-forms';

/**
 * "The pound fell", "the Australian dollar rose": a currency that does something is a market. Only
 * as the subject of a verb, so "a pound of flour" and "billions of dollars" name none.
 */
function currencyAt(tokens: Token[], tags: Tags, i: number): Mention | undefined {
  const head = tokens[i];
  const written = head && CURRENCIES.get(head.key);
  if (!head || !written) return undefined;
  const next = tokens[i + 1];
  const pos = next ? tags.at(next.start) : undefined;
  if (pos !== 'VERB' && pos !== 'AUX') return undefined;
  const prev = tokens[i - 1];
  if (prev?.key === 'the')
    return { from: i - 1, to: i + 1, name: written, kind: 'market', via: 'description', head: head.key };
  if (prev?.cap && tokens[i - 2]?.key === 'the')
    return {
      from: i - 2,
      to: i + 1,
      name: `${prev.text} ${head.key}`,
      kind: 'market',
      via: 'description',
      head: head.key,
    };
  return undefined;
}

/**
 * "dissidents", "strikers", "villagers", "stewards", "hostesses": a plural of a noun for people
 * (WordNet's noun.person; not "cars", "goods", "documents").
 */
function peoplePlural(head: Token, tags: Tags, first: boolean): boolean {
  // (the tagger reads a capitalised word opening a sentence as a name: "Farmers blocked …")
  const pos = tags.at(head.start);
  return (pos === 'NOUN' || (first && pos === 'PROPN')) && isPeoplePlural(head.key);
}

/** Words that may open a subject made of a plural of people ("The farmers", "Some residents"). */
const OPENING_DETERMINERS = new Set(['the', 'some', 'many', 'several']);
/** Counts of a crowd before "of" ("Thousands of enraged citizens"). */
const CROWDS = new Set(['thousands', 'hundreds', 'dozens', 'scores', 'millions', 'tens']);

/** Words that count some of a group before "of" ("some of the protesters", "most of the workers"). */
const PART_OF = new Set(['some', 'many', 'most', 'all', 'several', 'none', 'both', 'each', 'one', 'few']);

/**
 * Where the count of people whose description starts at `from` opens ("Thousands of enraged
 * citizens", "Two of the plane's four hostesses", "Some of the protesters"), or -1.
 */
function countedFrom(tokens: Token[], tags: Tags, from: number): number {
  let k = from - 1;
  while (k >= 0 && tags.at(tokens[k]?.start ?? -1) === 'NUM') k--;
  if (tokens[k]?.possessive) k--;
  if (tokens[k]?.key === 'the') k--;
  const count = tokens[k - 1];
  if (tokens[k]?.key !== 'of' || !count) return -1;
  const counts =
    CROWDS.has(count.key) ||
    PART_OF.has(count.key) ||
    tags.at(count.start) === 'NUM' ||
    /^\d+$/.test(count.key);
  return counts ? k - 1 : -1;
}

/**
 * "Some consumers who sought help on launch day reported …": the verb of the people at `i` after
 * the relative clause that follows them, its one verb first, then within a few words a verb of
 * their own (not a gerund, nor after "to", "and" or a comma); -1 when there is none.
 */
function verbAfterRelative(tokens: Token[], tags: Tags, i: number): number {
  if (tokens[i + 1]?.key !== 'who') return -1;
  const tag = (j: number): string => tags.at(tokens[j]?.start ?? -1) ?? '';
  let k = i + 2;
  // (a verb of one word: "who were evacuated" is told as the passive it is)
  while (tag(k) === 'ADV') k++;
  if (tag(k) !== 'VERB') return -1;
  for (let j = k + 1; j < k + 8 && j < tokens.length; j++) {
    const t = tokens[j];
    if (!t || /^(?:and|or|but|to|that|which|who)$/.test(t.key)) return -1;
    if ((tag(j) === 'VERB' || tag(j) === 'AUX') && !/ing$/.test(t.key)) return j;
  }
  return -1;
}

/** Words of a short phrase after a noun that says which ones ("in his own party", "of the union"). */
const PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);

/**
 * True when the word after token `i` is a verb (past an adverb or two), or a comma opens an aside
 * before one, or a short phrase after a preposition says which ones they are ("Some deputies in
 * his own party had declined …").
 */
function actsNext(tokens: Token[], tags: Tags, i: number, text: string, offset: number): boolean {
  // ("Councillors also debated …", "Farmers then blocked …": an adverb or two before the verb)
  let k = i + 1;
  while (k < i + 3 && tags.at(tokens[k]?.start ?? -1) === 'ADV' && !tokens[k]?.cap) k++;
  if (k > i + 1 && /^(?:VERB|AUX)$/.test(tags.at(tokens[k]?.start ?? -1) ?? '')) return true;
  const next = tokens[i + 1];
  if (!next) return false;
  const pos = tags.at(next.start);
  if (
    pos === 'VERB' ||
    pos === 'AUX' ||
    /,/.test(text.slice((tokens[i]?.end ?? 0) - offset, next.start - offset))
  )
    return true;
  if (next.key === 'who') return verbAfterRelative(tokens, tags, i) >= 0;
  return verbAfterPhrase(tokens, tags, i, text, offset);
}

/**
 * True when a short phrase after a preposition follows token `i` and a verb comes right after it
 * (past an adverb): "deputies in his own party had declined", "shopkeepers in Kelby also backed",
 * "the magistrate at Dunmore Court said". `text` is the sentence's text, starting at `offset`.
 */
export function verbAfterPhrase(
  tokens: Token[],
  tags: Tags,
  i: number,
  text: string,
  offset: number,
): boolean {
  const next = tokens[i + 1];
  if (!next || tags.at(next.start) !== 'ADP' || !/^(?:in|of|from|at|on|with)$/.test(next.key)) return false;
  for (let k = i + 2; k < i + 7 && k < tokens.length; k++) {
    const t = tokens[k];
    const tag = tags.at(t?.start ?? -1) ?? '';
    // (no punctuation inside the phrase)
    if (!t || !/^\s+$/.test(text.slice((tokens[k - 1]?.end ?? 0) - offset, t.start - offset))) return false;
    if (tag === 'VERB' || tag === 'AUX') return k > i + 2;
    // ("… in Kelby also backed": an adverb before the verb)
    if (tag === 'ADV' && !t.cap && k > i + 2) continue;
    if (!PHRASE_TAGS.has(tag)) return false;
  }
  return false;
}

/**
 * The body an unnamed spokesperson speaks for, where it acts: "a police spokesman said" is the
 * police speaking; "a plant spokesman" and "a spokeswoman for the airline" name no body, so the
 * speaker goes by the role and the noun of the body ("Plant spokesman", "Airline spokeswoman").
 * A named body ("a Vatican spokesman") is read as that body acting (`clause-subject`); a bare "a
 * spokesman" says nothing of whose.
 */
function speakerAt(
  tokens: Token[],
  tags: Tags,
  i: number,
  text: string,
  offset: number,
  taken: (i: number) => boolean,
): Mention | undefined {
  const head = tokens[i] as Token;
  // ("a company spokesman, Jon Berg, said": the name set beside the role is who speaks)
  const next = tokens[i + 1];
  if (next && taken(i + 1) && /^,\s*$/.test(text.slice(head.end - offset, next.start - offset)))
    return undefined;
  const before = tokens[i - 1];
  const modifier =
    before &&
    !taken(i - 1) &&
    tags.at(before.start) === 'NOUN' &&
    /^\s+$/.test(text.slice(before.end - offset, head.start - offset))
      ? before
      : undefined;
  // "a spokesman for the airline": the body's noun after "for (the)"
  const of = tokens[i + 1]?.key === 'for' ? (tokens[i + 2]?.key === 'the' ? i + 3 : i + 2) : -1;
  const after =
    of > 0 && tokens[of] && !taken(of) && tags.at((tokens[of] as Token).start) === 'NOUN' ? of : -1;
  const body = modifier ?? tokens[after];
  if (!body) return undefined;
  const to = modifier ? i + 1 : after + 1;
  if (!actsNext(tokens, tags, to - 1, text, offset)) return undefined;
  const from = modifier ? i - 1 : i;
  const kind = bodyKindOf(body.key);
  const name = kind === 'organization' ? body.key : `${body.key} ${head.key}`;
  return {
    from,
    to,
    name: name.charAt(0).toUpperCase() + name.slice(1),
    kind: 'organization',
    via: 'description',
    head: kind === 'organization' ? body.key : head.key,
  };
}

/**
 * The reach written after a body's word: the world, or the place it belongs to ("police in
 * Cornwall", "a court in the industrial city of Varna").
 */
const SCOPE_AFTER =
  /^\s*(?:worldwide|around the (?:world|globe)|across the (?:world|globe)|in (?:the (?:\p{Ll}+ )?(?:city|town|village|capital|province|state|region|district|county) of )?(?:\p{Lu}\p{L}*(?:\.\p{L}+)*(?:\s\p{Lu}\p{L}*(?:\.\p{L}+)*)*))/u;

/** The last word of a street's name ("Mill St", "Queen Street", "Harbour Road"). */
const STREET_END = /\s(?:St|Street|Rd|Road|Ave|Avenue|Blvd|Boulevard|Lane|Drive|Highway|Hwy)\.?$/;

/**
 * Mentions of described actors in a sentence, not overlapping the named ones. `text` and
 * `offset` are the sentence's text and where it starts; `country`, the country the article named
 * last, is the one "the country's" stands for.
 */
export function describedActors(
  tokens: Token[],
  named: Mention[],
  tags: Tags,
  text: string,
  offset: number,
  country?: string,
): Mention[] {
  const out: Mention[] = [];
  const taken = (i: number): boolean => named.some((m) => m.from <= i && i < m.to);
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i];
    if (!head || taken(i)) continue;
    const currency = taken(i - 1) || taken(i - 2) ? undefined : currencyAt(tokens, tags, i);
    if (currency) {
      out.push(currency);
      continue;
    }
    const speaker = SPOKESPEOPLE.has(head.key) ? speakerAt(tokens, tags, i, text, offset, taken) : undefined;
    if (speaker) {
      out.push(speaker);
      i = speaker.to - 1;
      continue;
    }
    // ("governments around the world": a plural of a body's word is a body too)
    const listed = HEAD_KIND.get(head.key) ?? bodyOfPlural(head.key);
    const kind = listed ?? (peoplePlural(head, tags, i === 0) ? 'group' : undefined);
    if (!kind || tags.at(head.start) === 'VERB') continue;
    // modifiers before the head: names, nationalities, adjectives and nouns ("US stock markets")
    let from = i;
    let pinned = false;
    while (from > 0) {
      const prev = tokens[from - 1];
      if (!prev || taken(from - 1)) break;
      const pos = tags.at(prev.start) ?? 'X';
      const gap = text.slice(prev.end - offset, (tokens[from]?.start ?? 0) - offset);
      if (!/^\s+$/.test(gap) && !/^\.\s*$/.test(gap)) break;
      if (pos === 'DET' || pos === 'ADP' || pos === 'PRON' || pos === 'CCONJ' || pos === 'SCONJ') break;
      // ("so many prints police were smiling": a count opens another noun phrase; its words are no
      // part of the body's name)
      if (PART_OF.has(prev.key) && kind !== 'group') {
        from = i;
        pinned = false;
        break;
      }
      if (pos === 'PROPN' || (prev.cap && from - 1 > 0)) pinned = true;
      else if (pos === 'ADJ' && SCOPE_ADJECTIVES.has(prev.key)) pinned = true;
      else if (kind === 'market' && COMMODITIES.has(prev.key)) pinned = true;
      else if (kind === 'organization' && BRANCH_ADJECTIVES.has(prev.key)) pinned = true;
      else if (kind === 'organization' && pos === 'NOUN' && HEAD_KIND.has(head.key)) pinned = true;
      else if (pos !== 'ADJ' && pos !== 'NOUN') break;
      if (/^(?:the|a|an|this|that|these|those|its|their|his|her|our)$/.test(prev.key)) break;
      from--;
    }
    // a country before the head pins the body down ("US stock markets", "Japanese police"); any other
    // name before it is its owner ("Apple shares" are Apple's)
    // ("Camp Hill residents", "Codelco workers": people of a place or a body are a group of it)
    const owner = named.find((m) => m.to === from && !m.absorbed);
    // ("Ana Holt's supporters blocked the road": a person's followers act as a group of their own,
    // where "Ana Holt's lawyers appealed" acts for her)
    const followers =
      owner?.kind === 'person' && !!tokens[owner.to - 1]?.possessive && followsAPerson(head.key);
    if (
      owner &&
      owner.kind !== 'country' &&
      (kind !== 'group' || (owner.kind === 'person' && owner.via !== 'shape' && !followers))
    )
      continue;
    // a plural of people no list holds is a body only with its nation ("Burmese dissidents")
    // and only where it acts, its verb next or after an aside ("Burmese dissidents, however, said")
    // (or as the subject that opens the sentence: "Farmers blocked roads", "Dock workers walked out")
    const national = tokens.slice(from, i).some((t) => countryOfDemonym(t.text));
    // ("Thousands of enraged citizens collared the troops": a crowd counted opens it too, named by
    // its noun, not its mood)
    // ("Two of the plane's four hostesses had broken down": so does a count of them)
    const countAt = countedFrom(tokens, tags, from);
    const crowd =
      countAt === 0 ||
      (countAt > 0 &&
        (CLAUSE_OPENERS.has(tokens[countAt - 1]?.key ?? '') ||
          /,/.test(
            text.slice((tokens[countAt - 1]?.end ?? 0) - offset, (tokens[countAt]?.start ?? 0) - offset),
          )));
    if (crowd) while (from < i && tags.at(tokens[from]?.start ?? -1) === 'ADJ') from++;
    // (or one that opens the clause after an opening phrase: "To pay for them, board members reallocated …")
    // ("Meanwhile supporters faced queues …": an adverb or a conjunction opening the sentence leaves it open)
    const clauseStart = (k: number): boolean =>
      k === 0 ||
      /,/.test(text.slice((tokens[k - 1]?.end ?? 0) - offset, (tokens[k]?.start ?? 0) - offset)) ||
      (k === 1 && /^(?:ADV|CCONJ)$/.test(tags.at(tokens[0]?.start ?? -1) ?? ''));
    // (people of a place open the clause where the place's name does)
    let lead = owner && kind === 'group' && owner.kind !== 'country' ? owner.from : from;
    // (and the title before a person's name: "Mr Holt's supporters")
    while (owner && lead > 0 && PERSON_TITLES.has(tokens[lead - 1]?.key ?? '')) lead--;
    const opening =
      !listed &&
      (clauseStart(lead) ||
        crowd ||
        (OPENING_DETERMINERS.has(tokens[lead - 1]?.key ?? '') && clauseStart(lead - 1)));
    // (people unnamed and unpinned act, they do not speak for anyone: "Residents described a tense
    // day" is colour; people of a body do: "Board members said …", "Union officials said …")
    const ofABody = tokens.slice(from, i).some((t) => ORG_SUFFIXES.has(t.key));
    const says = !ofABody && SPEECH_VERBS.has(verbInfo(tokens[i + 1]?.key ?? '')?.base ?? '');
    if (!listed && !((national || (opening && !says)) && actsNext(tokens, tags, i, text, offset))) continue;
    if (opening && !national) pinned = true;
    if (owner) {
      from = owner.from;
      pinned = true;
    }
    let to = i + 1;
    // ("the Malawi Police Force", "Solvan Police Service": a body's word written as a name goes on
    // with the organisation's words after it)
    while (
      head.cap &&
      tokens[to]?.cap &&
      ORG_SUFFIXES.has(tokens[to]?.key ?? '') &&
      text.slice((tokens[to - 1]?.end ?? 0) - offset, (tokens[to]?.start ?? 0) - offset) === ' '
    )
      to++;
    let scopeEnd = tokens[to - 1]?.end ?? head.end;
    const scope = to > i + 1 ? null : SCOPE_AFTER.exec(text.slice(head.end - offset));
    // "police in Cornwall" is a body of that place; "shares in Nordwagen" are Nordwagen's
    // ("police in Mill St": a street is where they were, not whose police they are)
    const after =
      scope && (kind === 'organization' || !/^\s*in\s/.test(scope[0])) && !STREET_END.test(scope[0])
        ? scope
        : null;
    if (after) {
      pinned = true;
      scopeEnd = head.end + after[0].length;
      while (to < tokens.length && (tokens[to]?.end ?? Infinity) <= scopeEnd) to++;
    }
    if (!pinned) continue;
    const words = tokens
      .slice(from, to)
      // ("the country's parliament": the country the article named last, else none pinned down)
      .flatMap((t) => (!namesTheCountry(t) ? [t.text.replace(/[’']s$/, '')] : country ? [country] : []));
    // "police in Cornwall" reads "Cornwall police"; a market's scope stays as written
    const name =
      after && /^\s*in\s/.test(after[0]) && kind === 'organization'
        ? `${text.slice(head.end - offset + after[0].search(/\p{Lu}/u), scopeEnd - offset)} ${words.slice(0, i - from + 1).join(' ')}`
        : words.join(' ');
    // (the relative clause after them too: their verb comes after it)
    const relativeEnd = verbAfterRelative(tokens, tags, to - 1);
    out.push({
      // (the count is part of the subject, not of its name)
      from: crowd && !owner ? countAt : from,
      to: relativeEnd > 0 ? relativeEnd : to,
      name: name.charAt(0).toUpperCase() + name.slice(1),
      kind,
      via: 'description',
      head: head.key,
    });
    i = to - 1;
  }
  return out;
}
