import { describe, expect, it } from 'vitest';
import { groupActors, matchesQuery } from '../../renderer/src/lib/actors';
import { buildBuckets, chooseBucketUnit, periodStart } from '../../renderer/src/lib/aggregate';
import { cameoRootName } from '../../renderer/src/lib/cameo';
import { ACTORS } from './fixtures';

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
});

describe('aggregation of wide windows', () => {
  const DAY = 86_400_000;
  it('picks coarser periods for wider windows', () => {
    expect(chooseBucketUnit(30 * DAY)).toBe('day');
    expect(chooseBucketUnit(365 * DAY)).toBe('week');
    expect(chooseBucketUnit(4 * 365 * DAY)).toBe('month');
    expect(chooseBucketUnit(30 * 365 * DAY)).toBe('year');
  });

  it('counts the events of each period', () => {
    const times = [Date.UTC(2025, 0, 3), Date.UTC(2025, 0, 20), Date.UTC(2025, 2, 1), Date.UTC(2025, 2, 31)];
    expect(buildBuckets(times, Date.UTC(2024, 0, 1), Date.UTC(2026, 0, 1), 'month')).toEqual([
      { start: Date.UTC(2025, 0, 1), end: Date.UTC(2025, 1, 1), count: 2 },
      { start: Date.UTC(2025, 2, 1), end: Date.UTC(2025, 3, 1), count: 2 },
    ]);
  });

  it('starts weeks on Monday', () => {
    // 16 January 2025 is a Thursday.
    expect(new Date(periodStart(Date.UTC(2025, 0, 16, 15), 'week')).toISOString()).toBe(
      '2025-01-13T00:00:00.000Z',
    );
  });
});

describe('kinds of events', () => {
  it('names the CAMEO root of a code', () => {
    expect(cameoRootName('01')).toBe('Make public statement');
    expect(cameoRootName('0421')).toBe('Consult');
    expect(cameoRootName('19')).toBe('Fight');
    expect(cameoRootName(null)).toBeNull();
    expect(cameoRootName('99')).toBeNull();
  });
});
