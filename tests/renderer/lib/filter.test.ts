import { describe, expect, it } from 'vitest';
import {
  eventPasses,
  filterEvents,
  hideAllActors,
  isFiltering,
  onlyActor,
  showAllActors,
  toggleActor,
  type ActorFilter,
} from '../../../renderer/src/lib/filter';
import { makeEvent } from '../fixtures';

const ALL = ['Russia', 'Ukraine', 'NATO'];
const actor = (name: string, role: 'source' | 'target' = 'source') => ({
  name,
  kind: 'country' as const,
  role,
});
const events = [
  makeEvent({ id: 'r', actors: [actor('Russia')] }),
  makeEvent({ id: 'ru', actors: [actor('Russia'), actor('Ukraine', 'target')] }),
  makeEvent({ id: 'n', actors: [actor('NATO')] }),
  makeEvent({ id: 'none', actors: [] }),
];
const ids = (filter: ActorFilter) => filterEvents(events, filter, ALL).map((e) => e.id);

describe('actor filter, any mode', () => {
  it('shows every event when no actor is hidden', () => {
    expect(ids({ hidden: new Set(), mode: 'any' })).toEqual(['r', 'ru', 'n', 'none']);
  });

  it('hiding an actor removes the events that have no other shown actor', () => {
    expect(ids({ hidden: new Set(['Russia']), mode: 'any' })).toEqual(['ru', 'n', 'none']);
    expect(ids({ hidden: new Set(['Russia', 'Ukraine']), mode: 'any' })).toEqual(['n', 'none']);
  });

  it('shows nothing when every actor is hidden', () => {
    expect(ids({ hidden: hideAllActors(ALL), mode: 'any' })).toEqual([]);
  });
});

describe('actor filter, all mode', () => {
  it('shows only events with every selected actor', () => {
    expect(ids({ hidden: new Set(['NATO']), mode: 'all' })).toEqual(['ru']);
  });

  it('with one actor selected, all and any give the events of that actor', () => {
    const hidden = onlyActor(ALL, 'Russia');
    expect(ids({ hidden, mode: 'all' })).toEqual(['r', 'ru']);
    expect(ids({ hidden, mode: 'any' })).toEqual(['r', 'ru', 'none']);
  });

  it('with every actor selected, needs events that involve them all', () => {
    expect(ids({ hidden: new Set(), mode: 'all' })).toEqual([]);
  });
});

describe('actor list state changes', () => {
  it('toggles an actor off and on again', () => {
    const off = toggleActor(new Set(), 'NATO');
    expect([...off]).toEqual(['NATO']);
    expect([...toggleActor(off, 'NATO')]).toEqual([]);
  });

  it('"only" hides every other actor', () => {
    expect([...onlyActor(ALL, 'NATO')].sort()).toEqual(['Russia', 'Ukraine']);
  });

  it('all shows everyone, none hides everyone', () => {
    expect(showAllActors().size).toBe(0);
    expect([...hideAllActors(ALL)].sort()).toEqual(['NATO', 'Russia', 'Ukraine']);
  });

  it('knows when the filter hides something', () => {
    expect(isFiltering({ hidden: new Set(), mode: 'any' }, ALL)).toBe(false);
    expect(isFiltering({ hidden: new Set(['Gone actor']), mode: 'any' }, ALL)).toBe(false);
    expect(isFiltering({ hidden: new Set(['NATO']), mode: 'any' }, ALL)).toBe(true);
    expect(isFiltering({ hidden: new Set(), mode: 'all' }, ALL)).toBe(true);
  });

  it('an actor hidden in a saved state but absent now does not hide anything', () => {
    expect(eventPasses(events[2]!, { hidden: new Set(['Somebody else']), mode: 'any' }, ALL)).toBe(true);
  });
});
