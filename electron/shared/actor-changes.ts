/**
 * Actors managed by hand, as the contract carries them: a change of an actor for the whole
 * library (kept as an edit by actor name), the actors as edited, and the merges suggested.
 */
import type { ActorKind } from './model';

/** A merge of two actors the library suggests: `from` would count as `into`. */
export interface ActorSuggestion {
  from: string;
  into: string;
  /** Why: `from` is the surname or the given name of `into`, the same name written otherwise, or an alias the extractor knows. */
  reason: 'surname' | 'given-name' | 'same-name' | 'alias';
}

/** The actors as edited by hand, for the actors view. */
export interface ActorBook {
  /** Actors hidden by hand (in no event's list of actors), to show again. */
  hidden: string[];
  /** For each actor, the other names counted as it (merged in, aliases), each separable again. */
  otherNames: Record<string, string[]>;
  /** Merges to suggest, dismissed ones left out. */
  suggestions: ActorSuggestion[];
}

/** A change of an actor for the whole library, kept as an edit by actor name. */
export type ActorChange =
  /** The actors `names` count as `into` from now on. */
  | { op: 'merge'; names: string[]; into: string }
  | { op: 'rename'; name: string; to: string }
  /** The name `alias` (as extracted) counts as `actor`. */
  | { op: 'alias'; alias: string; actor: string }
  /** In these events, `name` becomes the actor `to`. */
  | { op: 'split'; name: string; to: string; eventIds: string[] }
  /** The extracted name `name` is an actor of its own again (a merge or alias undone). */
  | { op: 'unmerge'; name: string }
  /** Hidden: left out of the actor list, the lanes and every event's actors (the events stay). */
  | { op: 'hide'; name: string; hidden: boolean }
  | { op: 'kind'; name: string; kind: ActorKind }
  /** A suggestion not to show again. */
  | { op: 'dismiss'; from: string; into: string };
