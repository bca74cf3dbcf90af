import { describe, expect, it } from 'vitest';
import type { ActorSummary, EventActor } from '../../../electron/shared/model';
import { filterEvents, indexEvents } from '../../../renderer/src/timeline/event-index';
import {
  collapsedLanes,
  laneGroups,
  LaneGroupSet,
  layOutLanes,
  reshaped,
} from '../../../renderer/src/timeline/lane-groups';
import { actorOfLane, laneId, laneItemId, NO_ACTOR_LANE } from '../../../renderer/src/timeline/lanes';
import { makeEvent } from '../fixtures';

const actor = (name: string): EventActor => ({ name, kind: 'person', role: 'source' });
const ACTORS: ActorSummary[] = [
  { name: 'Russia', kind: 'country', count: 2 },
  { name: 'Lavrov', kind: 'person', affiliation: 'Russia', count: 2 },
  { name: 'Trump', kind: 'person', count: 1 },
];
const events = [
  makeEvent({ id: 'e1', actors: [actor('Lavrov'), { ...actor('Russia'), kind: 'country' }] }),
  makeEvent({ id: 'e2', start: '2025-01-15', actors: [actor('Lavrov')] }),
  makeEvent({ id: 'e3', start: '2025-01-16', actors: [actor('Trump')] }),
  makeEvent({ id: 'e4', start: '2025-01-17' }),
];
const shownOf = (ids: string[]) => filterEvents(indexEvents(events), new Set(ids)).list;

describe('lane ids', () => {
  it('are made and read in one place, the lane of events without an actor apart', () => {
    expect(actorOfLane(laneId('Côte d’Ivoire'))).toBe('Côte d’Ivoire');
    expect(actorOfLane(laneId('lane:x'))).toBe('lane:x');
    expect(actorOfLane(NO_ACTOR_LANE)).toBeNull();
    expect(laneItemId('e1', laneId('Lavrov'))).toBe('e1:Lavrov');
    expect(laneItemId('e4', NO_ACTOR_LANE)).toBe('e4:');
  });
});

describe('lane groups', () => {
  it('put each event shown in the lane of every actor, people nested under their country', () => {
    const layout = layOutLanes(shownOf(['e1', 'e2', 'e3', 'e4']), ACTORS, new Set());
    expect(layout.lanes.map((l) => [l.id, l.count, l.parent ?? null])).toEqual([
      [laneId('Russia'), 1, null],
      [laneId('Lavrov'), 2, laneId('Russia')],
      [laneId('Trump'), 1, null],
      [NO_ACTOR_LANE, 1, null],
    ]);
    expect(layout.events.get(laneId('Lavrov'))?.map((p) => p.id)).toEqual(['e1', 'e2']);
    expect(layout.ids.has(laneId('Trump'))).toBe(true);
  });

  it('leave out actors switched off and lanes without events shown', () => {
    const layout = layOutLanes(shownOf(['e2', 'e3']), ACTORS, new Set(['Trump']));
    expect(layout.lanes.map((l) => l.id)).toEqual([laneId('Lavrov')]);
  });

  it('become vis-timeline groups labelled with their counts, nesting kept', () => {
    const groups = laneGroups(layOutLanes(shownOf(['e1', 'e2', 'e4']), ACTORS, new Set()).lanes);
    expect(groups.map((g) => [g.content, g.order, g.className])).toEqual([
      ['Russia · 1', 0, 'nl-lane nl-lane-country'],
      ['Lavrov · 2', 1, 'nl-lane nl-lane-person nl-lane-nested'],
      ['No named actor · 1', 2, 'nl-lane nl-lane-none'],
    ]);
    expect(groups[0]).toMatchObject({ nestedGroups: [laneId('Lavrov')], showNested: true });
    expect(groups[1]).toMatchObject({ treeLevel: 1 });
    expect(groups[2]?.title).toBe('No named actor · 1 event');
  });

  it('escape actor names in labels', () => {
    const [group] = laneGroups([
      { id: laneId('<b>'), name: '<b>', kind: 'group', count: 2, order: 0, children: [] },
    ]);
    expect(group?.content).toBe('&lt;b&gt; · 2');
  });

  it('tell a change of nesting from a change of counts', () => {
    const all = laneGroups(layOutLanes(shownOf(['e1', 'e2', 'e3']), ACTORS, new Set()).lanes);
    const fewer = laneGroups(layOutLanes(shownOf(['e1', 'e3']), ACTORS, new Set()).lanes);
    const byId = new Map(all.map((g) => [g.id, g]));
    expect(reshaped(fewer, byId)).toBe(false);
    const noRussia = laneGroups(layOutLanes(shownOf(['e2', 'e3']), ACTORS, new Set()).lanes);
    expect(reshaped(noRussia, byId)).toBe(true);
  });

  it('keep what a person folded when the lanes change', () => {
    const set = new LaneGroupSet();
    const groups = () => laneGroups(layOutLanes(shownOf(['e1', 'e2', 'e3']), ACTORS, new Set()).lanes);
    set.show(groups(), true);
    expect(set.collapsed()).toEqual(new Set());
    set.data.update({ id: laneId('Russia'), showNested: false });
    expect(set.collapsed()).toEqual(new Set([laneId('Russia')]));
    const next = groups();
    expect(set.reshapes(next)).toBe(false);
    set.show(next, false);
    expect(set.collapsed()).toEqual(new Set([laneId('Russia')]));
    set.show(groups(), true);
    expect(collapsedLanes(set.data.get())).toEqual(new Set([laneId('Russia')]));
  });
});
