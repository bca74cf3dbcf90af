import { describe, expect, it } from 'vitest';
import { groupActors, matchesQuery } from '../../../renderer/src/lib/actor-groups';
import { ACTORS } from '../fixtures';

describe('actor grouping and search', () => {
  it('groups by kind in a fixed order, busiest first', () => {
    const groups = groupActors(ACTORS);
    expect(groups.map((g) => g.label)).toEqual(['People', 'Organisations', 'Countries', 'Groups']);
    expect(groups[0]?.actors.map((a) => a.name)).toEqual(['Donald Trump', 'Sergey Lavrov']);
    expect(groups[2]?.actors.map((a) => a.name)).toEqual(['Russia', 'Ukraine', 'Côte d’Ivoire']);
  });

  it('searches names and affiliations, ignoring case and accents, and drops empty groups', () => {
    expect(matchesQuery(ACTORS[5]!, 'cote')).toBe(true);
    const groups = groupActors(ACTORS, 'russia');
    expect(groups.map((g) => g.actors.map((a) => a.name))).toEqual([['Sergey Lavrov'], ['Russia']]);
    expect(groupActors(ACTORS, 'zzz')).toEqual([]);
  });

  it('folds typographic apostrophes and dashes as event search does', () => {
    expect(matchesQuery(ACTORS[5]!, "d'ivoire")).toBe(true);
    expect(matchesQuery(ACTORS[5]!, 'd’Ivoire')).toBe(true);
    expect(matchesQuery({ name: 'Saint‐Denis' }, 'saint-denis')).toBe(true);
  });
});
