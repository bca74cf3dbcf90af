/**
 * In-article coreference. The last step of `findMentions` (`pronounMentions` in `pronouns.ts`)
 * resolves people ("he", "she"), organisations introduced with a noun ("the firm"), "its shares"
 * and "It said"; for the clause layer this adds what a clause needs beyond that:
 * - "It fell 5%": a subject pronoun before a verb is the last actor that acted, if not a person;
 * - "the index", "the market": the last named actor introduced with that noun ("the Nikkei 225
 *   stock index"), else the last actor that acted, if not a person.
 */
import type { ActorContext, Mention } from './mention';
import { actsAlone, bodyKindOf, namesAThing } from './body-words';
import { verbAfterPhrase } from './described';
import { describedFrom } from './person-roles';
import { INTRODUCING_NOUNS, PERSON_ROLE_NOUNS, PROFESSIONS } from './lexicon';
import { isNameToken, isTitle } from './name-words';
import { singulars } from './noun-number';
import { namesPeople } from './person-nouns';
import { standsForWhatFollows, unnamedSubject } from './unnamed-subject';
import type { Tags } from './nlp';
import { bareText, type Token } from './tokens';

/**
 * The article gave `person` an office other than `role` ("defense attorney Mark Cohen" for "the
 * judge"): a profession, not a modifier ("defense", "foreign") or a rank another noun may
 * name ("leader", "commander").
 */
function holdsOtherOffice(ctx: ActorContext, person: string, role: string): boolean {
  for (const [office, name] of ctx.roles)
    if (name === person && office !== role && PROFESSIONS.has(office)) return true;
  return false;
}

/** Bodies that stand for their country ("the government said"). */
const GOVERNING = new Set(['government', 'regime', 'administration', 'authorities']);
/** Words before a noun that make it another thing than the body ("some rebels", "two rebels"). */
const PRE_NOUN = new Set([
  'some',
  'many',
  'few',
  'several',
  'two',
  'three',
  'other',
  'former',
  'no',
  'a',
  'an',
]);
/** Tags of a word that describes a role before it ("the health minister", "the presiding judge"). */
const DESCRIBING = /^(?:NOUN|ADJ|VERB)$/;
/** Definite references that stand for an actor of the article. */
const REFERRING = new Set(['index', 'market', 'exchange', 'average', 'company', 'firm', 'bank', 'group']);

/** Remembers "X stock index" so that a later "the index" is X, and "Zairian rebels" for "rebels". */
export function noteIntroductions(tokens: Token[], mentions: Mention[], tags: Tags, ctx: ActorContext): void {
  for (const m of mentions) {
    if (m.via === 'description' && m.head) ctx.bodies.set(m.head, { name: m.name, kind: m.kind });
    if (m.absorbed || m.via === 'pronoun' || m.kind === 'person') continue;
    // "Hurricane Michael" … "the hurricane", "the Phoenix lander" … "the lander": a common noun in
    // or right after a name is what a later "the <noun>" refers to
    if (m.via !== 'description') {
      const words = tokens.slice(m.from, m.to);
      if (words.length > 1)
        for (const w of words)
          if (/^\p{Lu}\p{Ll}{3,}$/u.test(w.text) && !INTRODUCING_NOUNS.has(w.key)) {
            ctx.described.set(w.key, m.name);
            // ("Solomon Airlines" … "the airline": a body named by a plural is one of them)
            const one = m.kind === 'organization' ? singulars(w.key)[0] : undefined;
            if (one && one.length > 3 && !ctx.described.has(one)) ctx.described.set(one, m.name);
          }
      const after = tokens[m.to];
      if (
        after &&
        /^\p{Ll}{4,}$/u.test(after.text) &&
        tags.at(after.start) === 'NOUN' &&
        !INTRODUCING_NOUNS.has(after.key)
      )
        ctx.described.set(after.key, m.name);
    }
    for (let j = m.to; j < m.to + 3 && j < tokens.length; j++) {
      const key = tokens[j]?.key ?? '';
      if (INTRODUCING_NOUNS.has(key)) {
        ctx.described.set(key.replace(/(?:es|ices)$/, 'ex'), m.name);
        if (key !== 'index') ctx.described.set('index', ctx.described.get('index') ?? m.name);
        break;
      }
      if (!/^(?:stock|share|market|composite|industrial)$/.test(key)) break;
    }
  }
}

/** True when the words from token `from` follow a verb in lower case with only a space between. */
function actedOn(tokens: Token[], tags: Tags, s: { text: string; start: number }, from: number): boolean {
  const verb = tokens[from - 1];
  const at = tokens[from]?.start ?? 0;
  return (
    !!verb &&
    !verb.cap &&
    tags.at(verb.start) === 'VERB' &&
    /^\s+$/.test(s.text.slice(verb.end - s.start, at - s.start))
  );
}

/** Mentions for subject pronouns and definite references that `findMentions` left open. */
export function referringMentions(
  tokens: Token[],
  mentions: Mention[],
  tags: Tags,
  ctx: ActorContext,
  s: { text: string; start: number },
): Mention[] {
  const out: Mention[] = [];
  const taken = (i: number): boolean => mentions.some((m) => m.from <= i && i < m.to);
  const last = ctx.lastGroup && ctx.lastGroup.kind !== 'person' ? ctx.lastGroup : undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || taken(i)) continue;
    const next = tokens[i + 1];
    const nextPos = next ? tags.at(next.start) : undefined;
    const acts = nextPos === 'VERB' || nextPos === 'AUX' || nextPos === 'ADV';
    // (a role's verb may come after a phrase that says which one: "the magistrate at Dunmore Court said")
    const roleActs = (): boolean =>
      nextPos === 'VERB' || nextPos === 'AUX' || verbAfterPhrase(tokens, tags, i, s.text, s.start);
    if (t.key === 'it' && last && !namesPeople(last.name) && acts && !standsForWhatFollows(tokens, tags, i)) {
      out.push({ from: i, to: i + 1, name: last.name, kind: last.kind, via: 'pronoun' });
      continue;
    }
    // "Rebels took over Beni": a bare plural body is the one the article described before
    const body = ctx.bodies.get(t.key);
    if (
      body &&
      /s$/.test(t.key) &&
      (i === 0 || !tokens[i - 1]?.cap) &&
      !PRE_NOUN.has(tokens[i - 1]?.key ?? '')
    ) {
      out.push({
        from: tokens[i - 1]?.key === 'the' ? i - 1 : i,
        to: i + 1,
        name: body.name,
        kind: body.kind,
        via: 'pronoun',
      });
      continue;
    }
    // "Police searched the campus", "thousands of protesters marched": a body that acts unnamed
    // is the one the article pinned down before ("Charlottesville police"), else itself
    const before = tokens[i - 1];
    // (a capitalised word right before it names it: "Houston police" is a name, not a bare body)
    const namedBefore = !!before?.cap && t.start - before.end <= 1 && !/^(?:the|a|an)$/.test(before.key);
    const bare = !namedBefore && !PRE_NOUN.has(before?.key ?? '') && !namesAThing(tokens, tags, i);
    if (actsAlone(t.key) && bare) {
      const kind = bodyKindOf(t.key) ?? 'group';
      const known = ctx.bodies.get(t.key);
      // ("the jury's decision": the body, without its possessive)
      const word = bareText(t);
      const name = known?.name ?? word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
      if (!known) ctx.bodies.set(t.key, { name, kind });
      out.push({
        from: tokens[i - 1]?.key === 'the' ? i - 1 : i,
        to: i + 1,
        name,
        kind: known?.kind ?? kind,
        via: 'description',
        head: t.key,
      });
      continue;
    }
    // "Officials stopped traffic", "An official said …", "the crew notified authorities": a body
    // no one named is an actor when it is the subject of a clause, by the words the article used
    const unnamed = unnamedSubject(tokens, tags, i, ctx);
    // ("Norvik Foods, a maker of frozen meals, said …": one in apposition to a name is that name)
    // (the name opens the sentence: "The strike hit Acme, a union official said" has a speaker)
    const apposed = mentions.some((m) => m.to === unnamed?.from && !m.absorbed && m.from === 0);
    if (unnamed && !apposed) {
      out.push(unnamed);
      i = unnamed.to - 1;
      continue;
    }
    // "the government said": the government of the country named last
    // ("Government discontinued the train in 2009": a headline's or a careless lead's bare
    // "Government" opening the sentence before its verb is "the government")
    const bareOpening = i === 0 && t.cap && (nextPos === 'VERB' || nextPos === 'AUX');
    const definite = tokens[i - 1]?.key === 'the' || bareOpening;
    const governmentFrom = bareOpening ? i : i - 1;
    if (GOVERNING.has(t.key) && definite && ctx.lastCountry) {
      out.push({ from: governmentFrom, to: i + 1, name: ctx.lastCountry, kind: 'country', via: 'pronoun' });
      continue;
    }
    // (with no country named, "the government maintains …" is the government as written)
    if (t.key === 'government' && definite && (nextPos === 'VERB' || nextPos === 'AUX')) {
      out.push({
        from: governmentFrom,
        to: i + 1,
        name: 'Government',
        kind: 'organization',
        via: 'description',
        head: t.key,
      });
      continue;
    }
    // ("Tor Berg, the chairman, said", "Ana Coll, the Prime Minister, said": a role in apposition
    // to a person named right before it is that person, no one else)
    const inApposition =
      PERSON_ROLE_NOUNS.has(t.key) || isTitle(t) ? apposedPerson(tokens, tags, mentions, i) : undefined;
    if (inApposition) {
      // (and "the chairman" later in the article is that person too)
      ctx.roles.set(t.key, inApposition.name);
      i = inApposition.to - 1;
      continue;
    }
    // "the pope", "The King said", "the Prime Minister told the House": the person the article
    // gave that title, else, as a subject, the office as written
    const office = officeAt(tokens, tags, i, ctx);
    if (office) {
      out.push(office);
      i = office.to - 1;
      continue;
    }
    // "the commander said", "the minister added": a person's role refers to the person named last
    // (unless the article gave that person another office: "defense attorney Mark Cohen" is not
    // "the judge")
    const lastPerson =
      ctx.lastPerson && !holdsOtherOffice(ctx, ctx.lastPerson, t.key) ? ctx.lastPerson : undefined;
    // (not one a verb acts on: "Tor Berg berated the chief inspector and ordered …" names a new
    // person, whom only a title the article gave can make someone named before)
    const object = (from: number): boolean => actedOn(tokens, tags, s, from);
    if (
      PERSON_ROLE_NOUNS.has(t.key) &&
      tokens[i - 1]?.key === 'the' &&
      !t.cap &&
      lastPerson &&
      !object(i - 1)
    ) {
      out.push({ from: i - 1, to: i + 1, name: lastPerson, kind: 'person', via: 'pronoun' });
      continue;
    }
    // "The 56-year-old rebel leader pledged …": a described role as a clause's subject, likewise
    // (the one who bears that title, else the person named last)
    const described = PERSON_ROLE_NOUNS.has(t.key) && !t.cap && roleActs();
    const the = described ? describedFrom(tokens, tags, i) : -1;
    const who = the >= 0 ? (ctx.roles.get(t.key) ?? (object(the) ? undefined : lastPerson)) : undefined;
    if (who) {
      out.push({ from: the, to: i + 1, name: who, kind: 'person', via: 'pronoun' });
      continue;
    }
    // "the health minister said", with no one named before: the role is who acts
    const modifier = tokens[i - 1];
    const det =
      modifier?.key === 'the'
        ? i - 1
        : tokens[i - 2]?.key === 'the' &&
            modifier &&
            !modifier.cap &&
            DESCRIBING.test(tags.at(modifier.start) ?? '')
          ? i - 2
          : -1;
    if (PERSON_ROLE_NOUNS.has(t.key) && det >= 0 && !t.cap && !lastPerson && roleActs()) {
      const words = tokens.slice(det + 1, i + 1).map((x) => x.text.toLowerCase());
      const name = words.join(' ').replace(/^\p{Ll}/u, (c) => c.toUpperCase());
      ctx.roles.set(t.key, name);
      out.push({ from: det, to: i + 1, name, kind: 'person', via: 'description' });
      continue;
    }
    if (REFERRING.has(t.key) && tokens[i - 1]?.key === 'the' && !t.cap) {
      // "the share index", "the index": the modifiers in between must be plain nouns
      const named = ctx.described.get(t.key);
      const name = named ?? (/^(?:company|firm|bank)$/.test(t.key) ? firmBefore(ctx) : last?.name);
      if (!name) continue;
      const kind = named ? 'organization' : (last?.kind ?? 'organization');
      out.push({ from: i - 1, to: i + 1, name, kind, via: 'pronoun' });
    } else if (
      tokens[i - 1]?.key === 'the' &&
      !t.cap &&
      tags.at(t.start) === 'NOUN' &&
      ctx.described.has(t.key) &&
      !/^(?:share|stock|market)$/.test(tokens[i + 1]?.key ?? '')
    ) {
      // "the hurricane", "the lander": the name the article gave it
      out.push({
        from: i - 1,
        to: i + 1,
        name: ctx.described.get(t.key) as string,
        kind: 'organization',
        via: 'pronoun',
      });
    } else if (
      REFERRING.has(t.key) &&
      tokens[i - 2]?.key === 'the' &&
      /^(?:share|stock|market)$/.test(tokens[i - 1]?.key ?? '') &&
      !taken(i - 1)
    ) {
      const name = ctx.described.get(t.key) ?? last?.name;
      if (name) out.push({ from: i - 2, to: i + 1, name, kind: 'organization', via: 'pronoun' });
    }
  }
  return out;
}

/** The organisation "the company" refers to: the one that acted last, never a body like the police. */
export function firmBefore(ctx: ActorContext): string | undefined {
  const firm = (name: string | undefined): string | undefined =>
    name && !bodyKindOf(name.toLowerCase()) ? name : undefined;
  return (ctx.lastGroup?.kind === 'organization' ? firm(ctx.lastGroup.name) : undefined) ?? firm(ctx.lastOrg);
}

/**
 * The person a role ending at token `i` stands in apposition to: named right before its article,
 * set off by commas ("Tor Berg, the new chairman, said"), as a mention standing for that person.
 */
function apposedPerson(tokens: Token[], tags: Tags, mentions: Mention[], i: number): Mention | undefined {
  let d = i - 1;
  // (over the words that describe the role: "the new chairman", "the Prime Minister")
  while (d > 0 && i - d <= 4 && !/^(?:the|a|an)$/.test(tokens[d]?.key ?? '')) {
    const t = tokens[d] as Token;
    const pos = tags.at(t.start);
    if (!(pos === 'ADJ' || pos === 'NOUN' || pos === 'PROPN' || isTitle(t)) || t.possessive) return undefined;
    d--;
  }
  const article = tokens[d];
  const before = tokens[d - 1];
  const after = tokens[i + 1];
  // (set off by commas on both sides: "in Kelby, the chief said" is no apposition)
  if (!article || !before || !/^(?:the|a|an)$/.test(article.key) || article.start - before.end !== 2)
    return undefined;
  if (after && after.start - (tokens[i] as Token).end < 2) return undefined;
  const person = mentions.find(
    (m) => m.kind === 'person' && m.to === d && !m.absorbed && m.via !== 'pronoun',
  );
  return person && { from: d, to: i + 1, name: person.name, kind: 'person', via: 'pronoun' };
}

/**
 * "the pope", "the Prime Minister": a title (or a run of them) after "the" that token `i` ends and
 * no name follows is the person the article gave that title; with no one given it, a capitalised
 * office that is a clause's subject is an actor by its own words ("The Prime Minister disagreed
 * with the King": "Prime Minister"), the holder of that title from then on.
 */
function officeAt(tokens: Token[], tags: Tags, i: number, ctx: ActorContext): Mention | undefined {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  if (!isTitle(t) || isNameToken(next) || isTitle(next)) return undefined;
  let j = i;
  while (j > 0 && isTitle(tokens[j - 1]) && tokens[j - 1]?.cap === t.cap) j--;
  if (tokens[j - 1]?.key !== 'the') return undefined;
  const words = tokens.slice(j, i + 1);
  const office = words.map((w) => w.key).join(' ');
  const titled = ctx.roles.get(office) ?? ctx.roles.get(t.key);
  if (titled) return { from: j - 1, to: i + 1, name: titled, kind: 'person', via: 'pronoun' };
  const nextPos = next ? tags.at(next.start) : undefined;
  if (!words.every((w) => w.cap) || (nextPos !== 'VERB' && nextPos !== 'AUX')) return undefined;
  const name = words.map((w) => w.text).join(' ');
  ctx.roles.set(office, name);
  return { from: j - 1, to: i + 1, name, kind: 'person', via: 'description' };
}
