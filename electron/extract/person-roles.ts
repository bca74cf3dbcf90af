/**
 * People named by their role and the titles in front of them, steps of `findMentions` after the
 * names: "the Russian foreign minister" is the gazetteer person with that country and role;
 * "U.S." in "U.S. President Donald Trump" is part of the title, not an actor of its own.
 */
import type { Mention, MentionScan } from './mention';
import { isPersonNoun } from './person-nouns';
import type { Tags } from './nlp';
import type { Token } from './tokens';
import { countryOfDemonym, gazetteerEntries, type GazetteerEntry } from './gazetteer';
import { isNameToken, isTitle } from './name-words';

/** Gazetteer people by country and last word of their role ("Russia|minister"). */
const PERSON_GAZ = new Map<string, GazetteerEntry[]>();
for (const e of gazetteerEntries()) {
  if (e.kind !== 'person' || !e.affiliation || !e.description) continue;
  const last = e.description.split(' ').pop() ?? '';
  const key = `${e.affiliation}|${last}`;
  PERSON_GAZ.set(key, [...(PERSON_GAZ.get(key) ?? []), e]);
}

/** 3. "the Russian foreign minister": a gazetteer person named by country and role. */
export function peopleByRole(scan: MentionScan): void {
  const { tokens, used, mark } = scan;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (used[i] || used[i + 1]) continue;
    const country = countryOfDemonym(tokens[i]?.key ?? '');
    if (!country || !/^the$/i.test(tokens[i - 1]?.text ?? '')) continue;
    let k = i + 1;
    while (isTitle(tokens[k]) && !isNameToken(tokens[k + 1])) k++;
    if (k === i + 1 || isNameToken(tokens[k])) continue;
    const role = tokens[k - 1]?.key ?? '';
    const people = PERSON_GAZ.get(`${country.name}|${role}`) ?? [];
    if (people.length === 1 && people[0])
      mark({ from: i - 1, to: k, name: people[0].name, kind: 'person', via: 'description' });
  }
}

/** Titles that go with any name and so single no one out. */
const COURTESY = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'lord', 'lady', 'prof', 'rev']);

/** 4. Titles and affiliations in front of a person are not actors of their own. */
export function absorbTitles(scan: MentionScan): void {
  const { tokens, mentions, gap: gapText } = scan;
  for (const m of mentions) {
    if (m.kind !== 'person') continue;
    let k = m.from - 1;
    let sawTitle = false;
    while (k >= 0) {
      const t = tokens[k];
      if (!t || t.possessive) break;
      // the title stops at punctuation: "According to the White House, President Joe Biden …"
      if (k + 1 < tokens.length && /[,;:()]/.test(gapText(k, k + 1))) break;
      if (isTitle(t)) sawTitle = true;
      else if (!(t.cap || /^(?:and|of|the|former|incoming|outgoing)$/i.test(t.text))) break;
      k--;
    }
    // "President George Bush", "Pope Benedict XVI": "the president" and "the Pope" are this person
    // (a vice president or a deputy minister is not "the president" or "the minister")
    for (let j = k + 1; j < m.to; j++) {
      const t = tokens[j];
      const second = /^(?:vice|deputy)-?$/.test(tokens[j - 1]?.key ?? '');
      if (t && isTitle(t) && !COURTESY.has(t.key) && !second) scan.ctx.roles.set(t.key, m.name);
    }
    if (!sawTitle) continue;
    for (const other of mentions) {
      if (other !== m && other.from > k && other.to <= m.from && other.kind !== 'person')
        other.absorbed = true;
    }
  }
}

/**
 * The person a body's title or role names right after the body ("Mighty Ducks general manager Jack
 * Ferreira", "Tarnby County Lt. Joe Brent", "Kelby Party's Tor Berg"): the first person mention
 * after `body` with only titles and person nouns between them. A name right after a person noun is
 * that person whatever its shape made of it ("a Kelby resident, Tor Berg").
 */
export function roleHolder(
  tokens: Token[],
  mentions: Mention[],
  body: Mention,
  plain: (x: Mention) => boolean = () => true,
): Mention | undefined {
  const holder = mentions.find(
    (x) =>
      !x.absorbed &&
      x.via !== 'pronoun' &&
      (x.kind === 'person' || (x.kind === 'organization' && isPersonNoun(tokens[x.from - 1]?.key ?? ''))) &&
      // (or right after its possessive: "said Kelby Party's Tor Berg")
      (x.from > body.to || (x.from === body.to && !!tokens[body.to - 1]?.possessive)) &&
      plain(x) &&
      tokens.slice(body.to, x.from).every((t) => isTitle(t) || isPersonNoun(t.key)),
  );
  return holder && holder.kind !== 'person' ? { ...holder, kind: 'person' } : holder;
}

/** Ranks that head a party or a body: "the Kelby Party leader" is a person, not the party. */
const RANKS = new Set(['leader', 'chairman', 'chairwoman', 'chair', 'president', 'head', 'chief', 'boss']);

/**
 * Where "the" opens the description ending in the role noun at `i`: lower-case adjectives, nouns
 * and ages between ("the 56-year-old rebel leader"), at most three, and before a rank the name of
 * what it heads ("the Kelby Party leader"); -1 when there is none.
 */
export function describedFrom(tokens: Token[], tags: Tags, i: number): number {
  const rank = RANKS.has(tokens[i]?.key ?? '');
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const t = tokens[k];
    if (!t) return -1;
    if (t.key === 'the') return k < i - 1 ? k : -1;
    const pos = tags.at(t.start);
    // ("the newly elected leader", "the newly-elected leader": an adverb and a participle describe too)
    const describing =
      pos === 'ADJ' ||
      pos === 'NOUN' ||
      /^\d+-\p{L}+(?:-\p{L}+)*$/u.test(t.text) ||
      (pos === 'ADV' && /(?:ly|-\p{Ll}+ed)$/u.test(t.key)) ||
      (pos === 'VERB' && /ed$/.test(t.key));
    if (t.cap ? !(rank && pos === 'PROPN') : !describing) return -1;
  }
  return -1;
}
