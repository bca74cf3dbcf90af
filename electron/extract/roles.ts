/**
 * Roles of an event's actors: the subject is the source, actors joined to it ("Poland and
 * Hungary", "Estonia, Latvia and Lithuania") act with it, the other actors named after the clause
 * start are targets.
 */
import type { EventActor } from '../shared/model';
import type { Mention } from './mention';
import type { Tags } from './nlp';
import { isModifier } from './institutions';
import { INSTITUTIONS, ORG_SUFFIXES, REGION_WORDS } from './lexicon';
import { isTitle } from './name-words';
import { isPeoplePlural, isPersonNoun } from './person-nouns';
import type { Gap } from './subject';
import type { Token } from './tokens';

/**
 * "Several charities, including the Kelby Food Trust and Ardent Aid, have condemned …": the named
 * members an aside lists right after a subject that names no one act with it.
 */
function listedMembers(mentions: Mention[], source: Mention, tokens: Token[], gap: Gap): Mention[] {
  const opener = tokens[source.to];
  const last = tokens[source.to - 1];
  if (!source.thing || !opener || !last) return [];
  if (opener.key !== 'including' || !/^,\s*$/.test(gap(last, opener))) return [];
  const out: Mention[] = [];
  const first = tokens[source.to + 1]?.key === 'the' ? source.to + 2 : source.to + 1;
  let m = mentions.find((x) => x.from === first && !x.absorbed && x.via !== 'pronoun');
  while (m) {
    out.push(m);
    // (on over a list: "X, Y and the Z")
    const end = tokens[m.to - 1] as Token;
    m = mentions.find(
      (x) =>
        x.from >= (m?.to ?? 0) &&
        !x.absorbed &&
        x.via !== 'pronoun' &&
        LIST_GAP.test(gap(end, tokens[x.from] as Token).replace(/\bthe\s*$/i, '')),
    );
  }
  return out;
}

/**
 * The actors of an event whose subject is `source`, from token `from` on. With the sentence's
 * `tokens` and `gap`, actors joined to the subject are sources too, and a country named as the
 * place of the event ("in France") is none.
 */
export function actorsOf(
  mentions: Mention[],
  source: Mention,
  from: number,
  sentence?: { tokens: Token[]; gap: Gap; run?: { tags: Tags } },
  /** A happening no one did ("Fires raged in …, in Portugal"): the places it struck are its actors. */
  happening = false,
): EventActor[] {
  const out: EventActor[] = [{ name: source.name, kind: source.kind, role: 'source' }];
  // "Poland and Hungary voted …": actors joined to the subject act with it
  const joint = new Set<Mention>();
  if (sentence) {
    const { tokens, gap: gapText } = sentence;
    let head = source;
    for (;;) {
      // (over the titles before a name: "Dr Jerry Cowley and Dr Liam Twomey")
      let start = head.from;
      while (start > 0 && isTitle(tokens[start - 1])) start--;
      const gap = head.from - start + (tokens[start - 1]?.key === 'the' ? 2 : 1);
      const link = tokens[head.from - gap]?.key;
      // ("Dr Jerry Cowley (Mayo) and Dr Liam Twomey": over a bracketed aside)
      const aside = mentions.find((m) => m.to === head.from - gap && m.absorbed);
      const end = aside ? aside.from : head.from - gap;
      const prev = mentions.find((m) => m.to === end && !m.absorbed && m.via !== 'pronoun');
      // "Estonia, Latvia and Lithuania agreed": a comma list goes on before the "and"
      const listed = mentions.find(
        (m) =>
          m.to === head.from &&
          joint.size > 0 &&
          !m.absorbed &&
          m.via !== 'pronoun' &&
          !!tokens[m.to - 1] &&
          !!tokens[head.from] &&
          /^,\s*$/.test(gapText(tokens[m.to - 1] as Token, tokens[head.from] as Token)),
      );
      if (listed) {
        joint.add(listed);
        head = listed;
        continue;
      }
      if (!prev || (link !== 'and' && link !== 'or')) break;
      joint.add(prev);
      head = prev;
    }
    for (const m of listedMembers(mentions, source, tokens, gapText)) joint.add(m);
  }
  const after = sentence?.tokens[source.to];
  const end = sentence?.tokens[source.to - 1];
  const apposed = !!sentence && !!after && !!end && /^,/.test(sentence.gap(end, after));
  let lastTarget: Mention | undefined;
  let slots = 0;
  for (const m of mentions) {
    if (m.absorbed || m.via === 'pronoun' || m.from < from) continue;
    if (m.weak && !joint.has(m) && m !== source) continue;
    // ("said dozens of workers had been moved", "had threatened his wife": people named by what they are
    // or by whose they are act as a subject, and are no actor the event is done to)
    if (((m.kind === 'group' && m.via === 'description') || m.relative) && !joint.has(m) && m !== source)
      continue;
    // ("Ann Roe, a deputy, told …": a role set off right after the source's name is the source)
    if (m.via === 'description' && m.from === source.to && apposed) continue;
    // ("flights to Oslo", "between Varna, Tarvo and Oslo": a capital named as a place the
    // event went to or from is the city; "provoking Moscow" is its government still)
    if (sentence && m.capital && !joint.has(m) && m !== source && placeOfMovement(sentence.tokens, m.from))
      continue;
    // ("Tom Rell, 38, of Kelby Street, Tarvo, was jailed": where a person named with their age lives)
    if (sentence && m !== source && !joint.has(m) && homeOfAged(sentence.tokens, m.from)) continue;
    // "talks in Geneva", "fighting across Ukraine": a place where it happened is the setting
    if (
      sentence &&
      !happening &&
      m !== source &&
      !joint.has(m) &&
      isSetting(sentence.tokens, m, sentence.gap)
    )
      continue;
    // ("a Varna resident", "a Kelby officer": a word known by its shape alone that qualifies
    // the common noun after it names where that noun's people or things are, and is no actor)
    if (
      sentence?.run &&
      m !== source &&
      !joint.has(m) &&
      qualifiesNoun(sentence.tokens, m, sentence.run.tags)
    )
      continue;
    // ("told Citi News", "told the BBC": the outlet a statement was made to is no actor of it)
    if (
      sentence &&
      m !== source &&
      !joint.has(m) &&
      m.kind === 'organization' &&
      TOLD.test(sentence.tokens[m.from - 1]?.key ?? '') &&
      MEDIA.test(m.name)
    )
      continue;
    // ("Egypt's Suez Canal Authority", "Egypt's President Sisi said", "Norway's top runner, Ivo
    // Marek, won": a country whose possessive opens the name of one of its bodies, or the subject's
    // title or role, tells whose they are, and is no actor of its own)
    if (
      sentence &&
      m !== source &&
      m.kind === 'country' &&
      sentence.tokens[m.to - 1]?.possessive &&
      (mentions.some((x) => x.from === m.to && x !== m) ||
        (source.from > m.to &&
          source.from - m.to <= 6 &&
          sentence.tokens.slice(m.to, source.from).every((t) => !t.cap || isTitle(t))))
    )
      continue;
    // ("Norway's presidential election", "a Norway court ruled", "U.S. car sales": a country
    // written before a common noun it qualifies tells whose or where that is, and is no actor;
    // its people are the country still: "praised Norway's coaches")
    if (
      sentence?.run &&
      m !== source &&
      !joint.has(m) &&
      m.kind === 'country' &&
      isModifier(sentence.tokens, sentence.run.tags, m.to, true) &&
      !(sentence.tokens[m.to - 1]?.possessive && qualifiesPeople(sentence.tokens, sentence.run.tags, m.to))
    )
      continue;
    if (out.some((a) => a.name === m.name)) continue;
    // ("met Tor Berg and Ana Coll at the offices of Kelby Mining": a clause's act is done to its
    // object and at most one more; a list joined by commas and "and" is one of them, and the
    // names after them are where, whose or about what)
    if (sentence && !joint.has(m)) {
      const listed =
        !!lastTarget &&
        LIST_GAP.test(
          sentence.gap(sentence.tokens[lastTarget.to - 1] as Token, sentence.tokens[m.from] as Token),
        );
      if (!listed && ++slots > MOST_TARGETS) continue;
      lastTarget = m;
    }
    out.push({ name: m.name, kind: m.kind, role: joint.has(m) ? 'source' : 'target' });
  }
  return out;
}

/** The most objects a clause's act is done to ("gave Tor Berg the prize"). */
const MOST_TARGETS = 2;
/** The words between two names of one list: a comma, "and" or "or". */
const LIST_GAP = /^\s*,?\s*(?:(?:and|or)\s+)?$/i;

/** True when shape-found one-word mention `m` is written right before a common noun it qualifies. */
const qualifiesNoun = (tokens: Token[], m: Mention, tags: Tags): boolean =>
  m.via === 'shape' &&
  m.to - m.from === 1 &&
  m.kind !== 'person' &&
  !tokens[m.from]?.possessive &&
  isModifier(tokens, tags, m.to);

/** True when the words from token `k` on are a noun phrase headed by people ("top coaches"). */
function qualifiesPeople(tokens: Token[], tags: Tags, k: number): boolean {
  let i = k;
  while (tokens[i + 1] && /^(?:ADJ|NOUN)$/.test(tags.at(tokens[i + 1]?.start ?? -1) ?? '')) i++;
  const head = tokens[i]?.key ?? '';
  return isPersonNoun(head) || isPeoplePlural(head);
}

/** Verbs of telling someone, and the outlets a statement is made to. */
const TOLD = /^(?:told|tells|tell|to)$/;
const MEDIA =
  /\b(?:News|Times|Post|Radio|TV|Television|Press|Agency|Journal|Herald|Chronicle|Tribune|Gazette|Reuters|AFP|AP|BBC|CNN|Xinhua)\b/;

/** Prepositions of place: an actor after one is where the event happened. */
const PLACE_WORDS = new Set(['in', 'at', 'near', 'across', 'throughout', 'inside', 'outside', 'within']);

/** Prepositions of a place gone to, from or through, or where something is. */
const MOVEMENT_WORDS = new Set([...PLACE_WORDS, 'to', 'from', 'into', 'between', 'via', 'through', 'around']);

/**
 * The index of the word in `stops` that opens the name at token `from`, or the list of names it
 * ends ("to Oslo", "between Kelby, Varna and Oslo"; over a "the" before the name where `overThe`),
 * or -1.
 */
function listOpener(tokens: Token[], from: number, stops: Set<string>, overThe: boolean): number {
  let k = from - 1;
  if (overThe && tokens[k]?.key === 'the') k--;
  for (let steps = 0; steps < 8 && k >= 0; steps++) {
    const t = tokens[k];
    if (!t) break;
    if (stops.has(t.key)) return k;
    if (!t.cap && t.key !== 'and' && t.key !== 'or') return -1;
    k--;
  }
  return -1;
}

/** True when the name at token `from` follows a preposition of place or movement ("to Oslo"). */
const placeOfMovement = (tokens: Token[], from: number): boolean =>
  listOpener(tokens, from, MOVEMENT_WORDS, true) >= 0;

const OF = new Set(['of']);

/**
 * True when the name at token `from` follows "of" after a person's age, over the capitalised words
 * of the address before it ("Tom Rell, 38, of Tarvo", "…, 38, of Kelby Street, Tarvo").
 */
function homeOfAged(tokens: Token[], from: number): boolean {
  const k = listOpener(tokens, from, OF, false);
  return k >= 0 && /^\d{1,3}$/.test(tokens[k - 1]?.text ?? '');
}

/** Prepositions of a route: from, between, via; "to" after "from". */
const ROUTE_WORDS = new Set(['from', 'between', 'via', 'to']);

/** Words of travel that make the names after a route's prepositions its stops. */
const TRAVEL_WORDS = new Set(
  'flight flights fly flies flew flying route routes service services train trains bus buses coach coaches ferry ferries sailing sailings voyage voyages crossing crossings travel travels travelled traveled travelling traveling journey journeys trip trips connection connections link links rail railway line lines road roads drive drove run runs ran'.split(
    ' ',
  ),
);

/**
 * True when the name at token `from` is a stop of a route the sentence tells of before it ("flights
 * from Kelby", "sailings between Kelby and Varna", "buses would run from Kelby to Varna").
 */
function onRoute(tokens: Token[], from: number): boolean {
  const k = listOpener(tokens, from, ROUTE_WORDS, false);
  if (k < 0) return false;
  if (tokens[k]?.key === 'to' && !tokens.slice(Math.max(0, k - 5), k).some((w) => w.key === 'from'))
    return false;
  return tokens.slice(0, k).some((w) => TRAVEL_WORDS.has(w.key));
}

/** Nouns of a country's bodies: a country named before one is part of its name ("the Fiji team"). */
const BODY_NOUNS = new Set([
  ...INSTITUTIONS,
  ...'government team squad army navy forces federation association embassy union'.split(' '),
]);

/** Places of a country named by its name or people ("the Ethiopian capital", "Kenyan soil"). */
const COUNTRY_PLACES = new Set(
  'capital city cities town towns village villages border borders coast coastline region regions province provinces countryside port ports waters territory soil airspace mainland interior'.split(
    ' ',
  ),
);

/**
 * True when a country, body or place is named as the place of the event ("in France", "in eastern
 * Turkey", "in Queensland, Australia", "at Varna University"), or a country as the first words of
 * one of its bodies ("advice from the Solomon Islands government").
 */
function isSetting(tokens: Token[], m: Mention, gap: Gap): boolean {
  // ("in Harlan Brook", "at Kelby Ridge": a name known by its shape alone, right after a word of
  // place, is a place, whatever its words made it)
  if (m.kind === 'person') return m.via === 'shape' && PLACE_WORDS.has(tokens[m.from - 1]?.key ?? '');
  // ("flights from Tarvo to Varna", "sailings between Kelby, Tarvo and Varna": a name with no
  // body's word in it, on a route, is a place)
  if (
    m.kind === 'organization' &&
    m.via !== 'gazetteer' &&
    !m.name.split(' ').some((w) => ORG_SUFFIXES.has(w.toLowerCase()) || INSTITUTIONS.has(w.toLowerCase())) &&
    onRoute(tokens, m.from)
  )
    return true;
  const after = tokens[m.to];
  // (a country named for one of its bodies or places: "the Solomon Islands government", "talks in
  // the Ethiopian capital", "off the Kenyan coast")
  if (
    m.kind === 'country' &&
    after &&
    ((!after.cap && BODY_NOUNS.has(after.key)) || COUNTRY_PLACES.has(after.key)) &&
    !/[,;:(]/.test(gap(tokens[m.to - 1] as Token, after))
  )
    return true;
  let lead = m.from - 1;
  // ("in the Ethiopian capital, Addis Ababa": the place's name set beside its noun)
  const noun = tokens[lead];
  if (noun && COUNTRY_PLACES.has(noun.key) && /^,\s*$/.test(gap(noun, tokens[m.from] as Token))) return true;
  // (a place named after another and a comma: "in Langford, Canada", "in Mill St, Kelby, on May 2";
  // a body's, only where its name ends the phrase: "in Varna, the Tarvo news agency reported …" is none)
  const before = tokens[lead];
  const ends = m.kind === 'country' || !after || /^\s*[,.;:)]/.test(gap(tokens[m.to - 1] as Token, after));
  if (ends && before?.cap && /^,\s*$/.test(gap(before, tokens[m.from] as Token)))
    while (tokens[lead]?.cap) lead--;
  // ("lives in Brno", "developed at Varna University", "treated at the Tarnby General Hospital")
  if (tokens[lead]?.key === 'the') lead--;
  // (a word for part of a country: "in eastern Turkey")
  if (m.kind === 'country') while (REGION_WORDS.has(tokens[lead]?.key ?? '')) lead--;
  return PLACE_WORDS.has(tokens[lead]?.key ?? '');
}
