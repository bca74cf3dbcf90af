import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../electron/shared/contract';
import type { NewsEvent } from '../../electron/shared/model';
import { createEventFinder } from '../../electron/services/event-search';

const event = (id: string, title: string, quote: string, actor = 'NATO'): NewsEvent => ({
  id,
  title,
  start: '2025-01-14',
  precision: 'day',
  basis: 'reported',
  actors: [{ name: actor, kind: 'organization', role: 'source' }],
  cameo: null,
  sources: [{ articleId: 'a1', quote, start: 0, end: quote.length }],
});

const snapshotOf = (events: NewsEvent[], hidden: NewsEvent[] = []): Snapshot => ({
  articles: [],
  events,
  actors: [],
  problems: [],
  hiddenEvents: hidden,
});

describe('finding events in the services', () => {
  const lavrov = event('e1', 'Lavrov speaks', 'Sergey Lavróv said Moscow is open to talks.', 'Sergey Lavrov');
  const ivoire = event('e2', 'Elections held', 'Voters in Côte d’Ivoire went to the polls.');
  const hidden = event('e3', 'Hidden one', 'Moscow again.');

  it('answers the ids of the events holding every word, in a title, a quote or an actor, in order', async () => {
    const finder = createEventFinder(async () => snapshotOf([lavrov, ivoire], [hidden]));
    expect((await finder.searchEvents('MOSCOW lavrov')).ids).toEqual(['e1']);
    expect((await finder.searchEvents("cote d'ivoire")).ids).toEqual(['e2']);
    expect((await finder.searchEvents('"open to talks"')).terms).toEqual(['open to talks']);
    expect((await finder.searchEvents('"talks open"')).ids).toEqual([]);
    expect((await finder.searchEvents('moscow')).ids).toEqual(['e1']);
    expect((await finder.searchEvents('  ')).ids).toEqual(['e1', 'e2']);
  });

  it('follows the snapshot after an edit', async () => {
    let current = snapshotOf([lavrov, ivoire]);
    const finder = createEventFinder(async () => current);
    expect((await finder.searchEvents('summit')).ids).toEqual([]);
    current = snapshotOf([{ ...lavrov, title: 'Lavrov at the summit' }, ivoire]);
    expect((await finder.searchEvents('summit')).ids).toEqual(['e1']);
  });

  it('gives events whole by id, hidden ones too, unknown ids left out', async () => {
    const finder = createEventFinder(async () => snapshotOf([lavrov, ivoire], [hidden]));
    expect(await finder.getEvents(['e2', 'nope', 'e3'])).toEqual([ivoire, hidden]);
  });

  it('gives a few events as it gives many, the shown version of an id before a hidden one', async () => {
    const many = Array.from({ length: 20 }, (_, i) => event(`m${i}`, `Event ${i}`, 'A quote.'));
    const hiddenLavrov = { ...lavrov, title: 'Lavrov, hidden version' };
    const finder = createEventFinder(async () =>
      snapshotOf([lavrov, ivoire, ...many], [hidden, hiddenLavrov]),
    );
    const few = await finder.getEvents(['e3', 'e1', 'm7', 'nope']);
    expect(few.map((e) => e.title)).toEqual(['Hidden one', 'Lavrov speaks', 'Event 7']);
    const all = await finder.getEvents(['e3', 'e1', 'm7', 'nope', ...many.map((e) => e.id)]);
    expect(all.slice(0, 3)).toEqual(few);
    // once the map of the snapshot is made, a few are read from it
    expect(await finder.getEvents(['e3', 'e1', 'm7', 'nope'])).toEqual(few);
  });
});
