import { describe, expect, it } from 'vitest';
import type { ActorSummary } from '../../../electron/shared/model';
import { buildLanes, laneId, NO_ACTOR_LANE, visibleLaneOrder } from '../../../renderer/src/timeline/lanes';

const actors: ActorSummary[] = [
  { name: 'Sergey Lavrov', kind: 'person', affiliation: 'Russia', count: 0 },
  { name: 'Vladimir Putin', kind: 'person', affiliation: 'Russia', count: 0 },
  { name: 'Donald Trump', kind: 'person', affiliation: 'United States', count: 0 },
  { name: 'NATO', kind: 'organization', count: 0 },
  { name: 'Russia', kind: 'country', count: 0 },
  { name: 'Ukraine', kind: 'country', count: 0 },
  { name: 'Wagner', kind: 'group', count: 0 },
  { name: 'Jens Stoltenberg', kind: 'person', affiliation: 'NATO', count: 0 },
];
const counts = new Map([
  ['Sergey Lavrov', 3],
  ['Vladimir Putin', 5],
  ['Donald Trump', 4],
  ['NATO', 2],
  ['Russia', 6],
  ['Ukraine', 9],
  ['Wagner', 1],
  ['Jens Stoltenberg', 1],
]);

describe('actor lanes', () => {
  it('orders lanes by kind, then by number of events, with people under their country or organisation', () => {
    const lanes = buildLanes(actors, counts, new Set());
    expect(lanes.map((l) => [l.name, l.parent ?? null])).toEqual([
      ['Ukraine', null],
      ['Russia', null],
      ['Vladimir Putin', laneId('Russia')],
      ['Sergey Lavrov', laneId('Russia')],
      ['NATO', null],
      ['Jens Stoltenberg', laneId('NATO')],
      ['Wagner', null],
      // The United States has no lane: Trump stays at the top level, among the people.
      ['Donald Trump', null],
    ]);
    // Numeric order in display order, for vis-timeline's groupOrder field.
    expect(lanes.map((l) => l.order)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(lanes.find((l) => l.name === 'Russia')?.children).toEqual([
      laneId('Vladimir Putin'),
      laneId('Sergey Lavrov'),
    ]);
  });

  it('follows the filter: hidden actors and actors without shown events get no lane', () => {
    const lanes = buildLanes(actors, new Map([...counts, ['Ukraine', 0]]), new Set(['Russia']));
    const names = lanes.map((l) => l.name);
    expect(names).not.toContain('Russia');
    expect(names).not.toContain('Ukraine');
    // With Russia hidden, its people move to the top level.
    expect(lanes.find((l) => l.name === 'Vladimir Putin')?.parent).toBeUndefined();
  });

  it('nests two levels at most: nobody nests under a person', () => {
    const odd: ActorSummary[] = [
      { name: 'Adviser', kind: 'person', affiliation: 'Minister', count: 0 },
      { name: 'Minister', kind: 'person', affiliation: 'Country', count: 0 },
      { name: 'Country', kind: 'country', count: 0 },
    ];
    const lanes = buildLanes(
      odd,
      new Map([
        ['Adviser', 1],
        ['Minister', 1],
        ['Country', 1],
      ]),
      new Set(),
    );
    expect(lanes.find((l) => l.name === 'Adviser')?.parent).toBeUndefined();
    expect(lanes.find((l) => l.name === 'Minister')?.parent).toBe(laneId('Country'));
  });

  it('adds a last lane for events without a named actor, and leaves collapsed people out of the Up/Down order', () => {
    const lanes = buildLanes(actors, counts, new Set(), 2);
    expect(lanes[lanes.length - 1]?.id).toBe(NO_ACTOR_LANE);
    const order = visibleLaneOrder(lanes, new Set([laneId('Russia')]));
    expect(order).not.toContain(laneId('Sergey Lavrov'));
    expect(order).toContain(laneId('Jens Stoltenberg'));
    expect(order.indexOf(laneId('NATO'))).toBe(order.indexOf(laneId('Russia')) + 1);
  });
});
