import { describe, expect, it } from 'vitest';
import type { ActorSummary, EventActor } from '../../../electron/shared/model';
import { filterEvents, indexEvents } from '../../../renderer/src/timeline/event-index';
import { foldTarget, moveFocus, type FocusContext } from '../../../renderer/src/timeline/focus';
import { layOutLanes } from '../../../renderer/src/timeline/lane-groups';
import { laneId } from '../../../renderer/src/timeline/lanes';
import { makeEvent } from '../fixtures';

const actor = (name: string, kind: EventActor['kind'] = 'person'): EventActor => ({
  name,
  kind,
  role: 'source',
});
const ACTORS: ActorSummary[] = [
  { name: 'Russia', kind: 'country', count: 2 },
  { name: 'Lavrov', kind: 'person', affiliation: 'Russia', count: 2 },
  { name: 'Trump', kind: 'person', count: 2 },
];
const events = [
  makeEvent({ id: 'r1', start: '2025-01-10', actors: [actor('Russia', 'country')] }),
  makeEvent({ id: 'l1', start: '2025-01-11', actors: [actor('Lavrov')] }),
  makeEvent({ id: 't1', start: '2025-01-12', actors: [actor('Trump')] }),
  makeEvent({ id: 'l2', start: '2025-01-20', actors: [actor('Lavrov')] }),
  makeEvent({ id: 't2', start: '2025-01-21', actors: [actor('Trump')] }),
];
const index = indexEvents(events);
const shown = filterEvents(index, new Set(events.map((e) => e.id)));
const window = { start: Date.parse('2025-01-01'), end: Date.parse('2025-02-01') };
const track: FocusContext = { index, shown, lanes: null, collapsed: new Set(), window };
const inLanes: FocusContext = { ...track, lanes: layOutLanes(shown.list, ACTORS, new Set()) };

describe('keyboard focus on the shared track', () => {
  it('starts at the first event in the window and steps through time order', () => {
    expect(moveFocus(track, null, null, 'right')).toEqual({ id: 'r1', lane: null });
    expect(moveFocus(track, { id: 'l1', lane: null }, null, 'right')).toEqual({ id: 't1', lane: null });
    expect(moveFocus(track, { id: 'l1', lane: null }, null, 'up')).toEqual({ id: 'r1', lane: null });
    expect(moveFocus(track, { id: 'l1', lane: null }, null, 'last')).toEqual({ id: 't2', lane: null });
  });

  it('starts from the selected event when nothing has focus', () => {
    expect(moveFocus(track, null, 't1', 'right')).toEqual({ id: 'l2', lane: null });
  });
});

describe('keyboard focus in lanes', () => {
  it('moves along the focused lane, and up and down to the nearest event of the next lane', () => {
    const lavrov = laneId('Lavrov');
    expect(moveFocus(inLanes, { id: 'l1', lane: lavrov }, null, 'right')).toEqual({ id: 'l2', lane: lavrov });
    expect(moveFocus(inLanes, { id: 'l2', lane: lavrov }, null, 'down')).toEqual({
      id: 't2',
      lane: laneId('Trump'),
    });
    expect(moveFocus(inLanes, { id: 'l1', lane: lavrov }, null, 'up')).toEqual({
      id: 'r1',
      lane: laneId('Russia'),
    });
    expect(moveFocus(inLanes, { id: 'r1', lane: laneId('Russia') }, null, 'up')).toBeNull();
  });

  it('skips the people of a folded lane', () => {
    const folded = { ...inLanes, collapsed: new Set([laneId('Russia')]) };
    expect(moveFocus(folded, { id: 'r1', lane: laneId('Russia') }, null, 'down')).toEqual({
      id: 't1',
      lane: laneId('Trump'),
    });
  });

  it('folds the focused lane when it has people, else the lane it is nested under', () => {
    const lanes = inLanes.lanes!.lanes;
    expect(foldTarget(lanes, laneId('Russia'))?.name).toBe('Russia');
    expect(foldTarget(lanes, laneId('Lavrov'))?.name).toBe('Russia');
    expect(foldTarget(lanes, laneId('Trump'))).toBeNull();
  });
});
