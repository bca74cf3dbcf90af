/** The actor list: grouping by kind, ordering and search. */
import type { ActorKind, ActorSummary } from '../../../electron/shared/model';
import { foldText } from './search';

export interface ActorGroup {
  kind: ActorKind;
  label: string;
  actors: ActorSummary[];
}

/** Every kind of actor with the heading of its group, in the order the list shows them. */
const GROUP_LABELS: Record<ActorKind, string> = {
  person: 'People',
  organization: 'Organisations',
  country: 'Countries',
  group: 'Groups',
  market: 'Markets',
  product: 'Products',
};
const GROUP_ORDER = Object.entries(GROUP_LABELS).map(([kind, label]) => ({ kind: kind as ActorKind, label }));
/** The kinds of actor in display order (the edit form offers them). */
export const ACTOR_KIND_ORDER: readonly ActorKind[] = GROUP_ORDER.map((g) => g.kind);

/**
 * True when every word of the query appears in the actor's name or affiliation, folded as event
 * search folds them (case, accents, typographic apostrophes and dashes).
 */
export function matchesQuery(actor: Pick<ActorSummary, 'name' | 'affiliation'>, query: string): boolean {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const hay = foldText(`${actor.name} ${actor.affiliation ?? ''}`);
  return words.every((w) => hay.includes(w));
}

/**
 * Actors grouped by kind (people, organisations, countries, groups), each group by number of events
 * then name; groups with no actor matching the query are left out.
 */
export function groupActors(actors: readonly ActorSummary[], query = ''): ActorGroup[] {
  const groups: ActorGroup[] = [];
  for (const { kind, label } of GROUP_ORDER) {
    const members = actors
      .filter((a) => a.kind === kind && matchesQuery(a, query))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    if (members.length > 0) groups.push({ kind, label, actors: members });
  }
  return groups;
}
