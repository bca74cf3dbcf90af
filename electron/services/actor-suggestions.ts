/**
 * Merges of actors to suggest, from the names alone: a surname or a given name that belongs to
 * exactly one full name of the library ("Annan" → "Kofi Annan", "Bashar" → "Bashar al-Assad"),
 * the same name written otherwise ("West" → "The West"), and names the extractor knows as aliases
 * of another actor of the library. Pure: the extractor's aliases come in as a function.
 */
import type { ActorSuggestion } from '../shared/actor-changes';
import type { ActorSummary } from '../shared/model';

export interface SuggestionOptions {
  /** The canonical name the extractor knows for `name`, if any. */
  canonicalOf(name: string): string | undefined;
  /** Whether the merge of `from` into `into` was dismissed. */
  dismissed(from: string, into: string): boolean;
}

/** A name without case, a leading "the", punctuation or extra spaces: "The U.S." → "us". */
export const plainName = (name: string): string =>
  name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');

/** A surname without its particle ("al-Assad" → "assad"). */
const bareWord = (word: string): string =>
  plainName(word.replace(/^(al|el|ad|as|ash|an|ar|ibn|bin)[-‑]/i, ''));

const words = (name: string): string[] => name.trim().split(/\s+/);

/** Kinds whose single-word names are never a person's surname or given name. */
const NOT_PERSONS = new Set(['country', 'market', 'product']);

/** The merges to suggest for `actors`, each name merged away at most once, largest first. */
export function suggestActorMerges(
  actors: readonly ActorSummary[],
  options: SuggestionOptions,
): ActorSuggestion[] {
  const byName = new Map(actors.map((a) => [a.name, a]));
  const out: ActorSuggestion[] = [];
  const taken = new Set<string>();
  const offer = (from: string, into: string, reason: ActorSuggestion['reason']) => {
    if (from === into || taken.has(from) || options.dismissed(from, into)) return;
    taken.add(from);
    out.push({ from, into, reason });
  };

  // Names the extractor knows as another actor of the library.
  for (const actor of actors) {
    const canonical = options.canonicalOf(actor.name);
    if (canonical && canonical !== actor.name && byName.has(canonical)) offer(actor.name, canonical, 'alias');
  }

  // The same name up to case, "the" and punctuation: into the one with the most events.
  const same = new Map<string, ActorSummary[]>();
  for (const actor of actors) {
    const key = plainName(actor.name);
    if (key) same.set(key, [...(same.get(key) ?? []), actor]);
  }
  for (const group of same.values()) {
    if (group.length < 2) continue;
    const [into, ...others] = [...group].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    for (const other of others) offer(other.name, into!.name, 'same-name');
  }

  // A single word that is the surname or the given name of exactly one full name of a person.
  const persons = actors.filter((a) => a.kind === 'person' && words(a.name).length >= 2);
  const byWord = new Map<string, { actor: ActorSummary; reason: 'surname' | 'given-name' }[]>();
  const note = (word: string, actor: ActorSummary, reason: 'surname' | 'given-name') => {
    const key = bareWord(word);
    const list = byWord.get(key) ?? [];
    if (!list.some((x) => x.actor === actor)) list.push({ actor, reason });
    byWord.set(key, list);
  };
  for (const person of persons) {
    const parts = words(person.name);
    note(parts.at(-1)!, person, 'surname');
    note(parts[0]!, person, 'given-name');
  }
  for (const actor of actors) {
    if (words(actor.name).length !== 1 || NOT_PERSONS.has(actor.kind)) continue;
    const matches = byWord.get(bareWord(actor.name)) ?? [];
    const only = matches.length === 1 ? matches[0] : undefined;
    if (only) offer(actor.name, only.actor.name, only.reason);
  }

  const count = (name: string) => byName.get(name)?.count ?? 0;
  return out.sort((a, b) => count(b.from) - count(a.from) || a.from.localeCompare(b.from));
}
