/**
 * One name per body in an article. While its sentences are read, an organisation named short after
 * its full name is that one ("The Kelby Supreme Court ruled … The Supreme Court also fined the
 * city"): a name of two or more words that ends the name of one the article named before, and of
 * no other, is that name (`byFullNames`), and so is a body described by the last words of one
 * described before (`byEarlierBodies`). Once all its events are found, a body written bare
 * ("Police said …", "the court ruled") is the one body of that word the article names ("Westbrook
 * Police Service", "Varna criminal court"), wherever in the article it is named, the headline
 * included; with two such bodies named it stays as written. A name written in two cases ("Solvan
 * Police", "Solvan police") is one name: the one written most often (`oneNamePerBody`).
 */
import type { EventActor } from '../shared/model';
import { bodyKindOf } from './body-words';
import { POLICE_FORCES } from './lexicon';
import { isPersonNoun } from './person-nouns';
import type { Draft } from './draft';
import type { ActorContext, Mention } from './mention';

/** Last words of a body's building, a place rather than the body ("Kelby Police Station"). */
const BUILDINGS = new Set(['station', 'headquarters', 'barracks', 'building']);

/** True when the organisation `name` (in lower case) is a body of the word `key` ("police" → "kelby rcmp"). */
function bodyOfWord(name: string, key: string): boolean {
  const words = name.split(' ');
  const last = words[words.length - 1] ?? '';
  // (a station named is one body more, but a place, not the one that acted; "senior police
  // official" is a person)
  if (BUILDINGS.has(last) || isPersonNoun(last)) return false;
  // ("Police officers" names no force: the word must follow the first word of the name)
  return words.indexOf(key) > 0 || (key === 'police' && words.some((w) => POLICE_FORCES.has(w)));
}

/** Renames the actors of one article's drafts so that each body has one name; returns the drafts. */
export function oneNamePerBody(drafts: Draft[]): Draft[] {
  const rename = bodyNames(drafts);
  if (!rename.size) return drafts;
  for (const d of drafts) {
    if (d.source) d.source = { ...d.source, name: rename.get(d.source.name) ?? d.source.name };
    const seen = new Set<string>();
    const actors: EventActor[] = [];
    for (const a of d.actors) {
      const name = rename.get(a.name) ?? a.name;
      if (seen.has(name)) continue;
      seen.add(name);
      actors.push(name === a.name ? a : { ...a, name });
    }
    d.actors = actors;
  }
  return drafts;
}

/** The new name of each organisation name of the article that has one. */
function bodyNames(drafts: Draft[]): Map<string, string> {
  // every way each organisation is written, by its name in lower case, and how often
  const written = new Map<string, Map<string, number>>();
  for (const d of drafts)
    for (const a of d.actors) {
      if (a.kind !== 'organization') continue;
      const key = a.name.toLowerCase();
      const forms = written.get(key) ?? new Map<string, number>();
      forms.set(a.name, (forms.get(a.name) ?? 0) + 1);
      written.set(key, forms);
    }
  const rename = new Map<string, string>();
  const chosen = new Map<string, string>();
  for (const [key, forms] of written) {
    // (the form written most often; on a tie, the first)
    let best = '';
    let most = 0;
    for (const [form, n] of forms)
      if (n > most) {
        best = form;
        most = n;
      }
    chosen.set(key, best);
    for (const form of forms.keys()) if (form !== best) rename.set(form, best);
  }
  for (const [key, forms] of written) {
    // (only a word for a body: "Apple" beside "Apple Corps" may be another company)
    if (key.includes(' ') || bodyKindOf(key) !== 'organization') continue;
    const named = [...chosen.entries()].filter(([other]) => other !== key && bodyOfWord(other, key));
    const only = named.length === 1 ? named[0] : undefined;
    if (only) for (const form of forms.keys()) rename.set(form, only[1]);
  }
  return rename;
}

/**
 * Bodies described by the last words of one the article described before and pinned down (by its
 * place, its nation), as that body: "Tarvonia's electoral commission … The electoral commission
 * added …" is one commission.
 */
export function byEarlierBodies(described: Mention[], ctx: ActorContext): Mention[] {
  return described.map((b) => {
    const known = b.head ? ctx.bodies.get(b.head) : undefined;
    return known && known.name.toLowerCase().endsWith(` ${b.name.toLowerCase()}`)
      ? { ...b, name: known.name, kind: known.kind }
      : b;
  });
}

/** A mention that names an organisation as written (not a pronoun, not absorbed into another name). */
const namesOrganisation = (m: Mention): boolean =>
  m.kind === 'organization' && !m.absorbed && m.via !== 'pronoun';

/**
 * `named` with each short name of an organisation the article named in full before turned into
 * that full name; then the names of this sentence are noted for the sentences after it.
 */
export function byFullNames(named: Mention[], ctx: ActorContext): Mention[] {
  const out = named.map((m) => {
    // (a name the gazetteer knows is already the one every article shares: "Federal Reserve")
    if (!namesOrganisation(m) || m.via === 'gazetteer' || !m.name.includes(' ')) return m;
    const full = ctx.fullNames.get(m.name.toLowerCase());
    return full && full.name !== m.name ? { ...m, name: full.name, kind: full.kind } : m;
  });
  for (const m of out) {
    if (!namesOrganisation(m)) continue;
    const words = m.name.split(' ');
    // ("Bank of America": its last words "of America" name nothing; a short name opens with a capital)
    for (let k = 1; k <= words.length - 2; k++) {
      if (!/^\p{Lu}/u.test(words[k] ?? '')) continue;
      const key = words.slice(k).join(' ').toLowerCase();
      const before = ctx.fullNames.get(key);
      if (before === undefined) ctx.fullNames.set(key, { name: m.name, kind: m.kind });
      else if (before && before.name !== m.name) ctx.fullNames.set(key, null);
    }
  }
  return out;
}
