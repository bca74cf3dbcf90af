/**
 * Actor mentions in a sentence, found in steps over its tokens: names from the gazetteer and
 * organisation names (`gazetteer-names`), names by rule (`name-rules`), people by their role and
 * the titles before them (`person-roles`), then pronouns and definite references resolved from
 * the sentences before (`pronouns`).
 * Makes the per-article context the steps read and update (its types are in `mention`).
 */
import { pronounMentions } from './pronouns';
import { noteGenders } from './gender';
import { NOT_NAMES } from './lexicon';
import { gazetteerNames, orgOfNames } from './gazetteer-names';
import type { ActorContext, Mention, MentionScan } from './mention';
import { capitalisedNames } from './name-rules';
import { nicknamedPeople } from './nicknames';
import { absorbTitles, peopleByRole } from './person-roles';
import type { Tags } from './nlp';
import type { Token } from './tokens';

/** A fresh context for one article; `recurrent` is computed from the article text. */
export function newActorContext(articleText: string): ActorContext {
  const counts = new Map<string, number>();
  for (const m of articleText.matchAll(/(?<=([a-z0-9,;]+) )\p{Lu}[\p{L}&]+/gu)) {
    const w = m[0];
    if (NOT_NAMES.has(w.toLowerCase())) continue;
    // "the Shuffle", "new Mac", "in Cupertino": products and places, not actors
    if (/^(?:the|a|an|new|its|their|his|her|this|in|at|on|from|of|for|with|to|into|near)$/i.test(m[1] ?? ''))
      continue;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const recurrent = new Set<string>();
  for (const [w, n] of counts) if (n >= 2) recurrent.add(w);
  return {
    known: new Map(),
    recurrent,
    text: articleText,
    ordinary: new Map(),
    described: new Map(),
    fullNames: new Map(),
    bodies: new Map(),
    roles: new Map(),
    people: [],
    genders: new Map(),
  };
}

/**
 * Finds the actor mentions of one sentence. `tokens` are the sentence's tokens (file offsets),
 * `text` the sentence text starting at `offset`. Updates `ctx` with names learnt.
 */
export function findMentions(
  tokens: Token[],
  text: string,
  offset: number,
  ctx: ActorContext,
  tags?: Tags,
): Mention[] {
  const mentions: Mention[] = [];
  const used = new Array<boolean>(tokens.length).fill(false);
  const scan: MentionScan = {
    tokens,
    text,
    offset,
    ctx,
    tags,
    mentions,
    used,
    mark: (m) => {
      mentions.push(m);
      for (let k = m.from; k < m.to; k++) used[k] = true;
    },
    gap: (a, b) => text.slice((tokens[a]?.end ?? 0) - offset, (tokens[b]?.start ?? 0) - offset),
  };
  orgOfNames(scan);
  nicknamedPeople(scan);
  gazetteerNames(scan);
  capitalisedNames(scan);
  peopleByRole(scan);
  absorbTitles(scan);
  noteGenders(tokens, mentions, ctx);
  pronounMentions(scan);
  mentions.sort((a, b) => a.from - b.from);
  return mentions;
}

/** Remembers the last person, organisation and group named, for pronouns in later sentences. */
export function rememberActors(ctx: ActorContext, mentions: Mention[], source?: Mention): void {
  if (ctx.lastActing) ctx.lastActing.ago++;
  for (const m of mentions) {
    if (m.via === 'pronoun') continue;
    // "Lumatek chief executive Dana Whitfield": the affiliation is still the last organisation named
    if (m.kind === 'organization') ctx.lastOrg = m.name;
    if (m.absorbed) continue;
    if (m.kind === 'person') notePerson(ctx, m.name);
    if (m.kind === 'country') ctx.lastCountry = m.name;
  }
  if (source && source.kind !== 'person') ctx.lastGroup = { name: source.name, kind: source.kind };
  if (source && source.kind === 'person') noteActing(ctx, source.name);
}

/** Remembers `name` as the person named last, who did the sentence's main act. */
export function noteActing(ctx: ActorContext, name: string): void {
  notePerson(ctx, name);
  ctx.lastActing = { name, ago: 0 };
}

/** Remembers `name` as the person named last, at the end of the people named so far. */
export function notePerson(ctx: ActorContext, name: string): void {
  ctx.lastPerson = name;
  const at = ctx.people.indexOf(name);
  if (at >= 0) ctx.people.splice(at, 1);
  ctx.people.push(name);
  if (ctx.people.length > 12) ctx.people.shift();
}
