import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import type { ImportResult, Snapshot } from '../../electron/shared/contract';
import type { NewsEvent } from '../../electron/shared/model';
import { changeBetween, pageSnapshotOf } from '../../electron/shared/page-events';
import {
  decodeAnswer,
  encodeAnswer,
  packSnapshot,
  reviveAnswer,
  unpackSnapshot,
} from '../../electron/shared/wire';
import { createNewslineService } from '../../electron/services/index';
import { syntheticSnapshot } from '../e2e/synthetic-service';

const sampleDir = join(__dirname, '../../assets/articles');

/** An event with every field the model has, edited by hand. */
const edited: NewsEvent = {
  id: 'ev-edited',
  title: 'Lavrov says talks are possible',
  start: '2025-01',
  end: '2025-01-31',
  precision: 'approximate',
  basis: 'relative',
  expression: 'just weeks after',
  timex: '2025-01',
  approximation: { relation: 'after', anchor: '2025-01-14', amount: 'weeks' },
  modality: 'planned',
  actors: [
    { name: 'Sergey Lavrov', kind: 'person', role: 'source' },
    { name: 'Ukraine', kind: 'country', role: 'target' },
    { name: 'Sergey Lavrov', kind: 'person', role: 'target' },
  ],
  cameo: null,
  sources: [
    { articleId: 'a1', quote: 'Lavrov said "talks" are — possibly — near.', start: 10, end: 52 },
    { articleId: 'a2', quote: 'Ещё одна цитата', start: 0, end: 15 },
  ],
  edited: { fields: ['title'], machine: { ...baseEvent(), id: 'ev-edited' }, mergedFrom: ['x'] },
};

function baseEvent(): NewsEvent {
  return {
    id: 'ev-plain',
    title: 'NATO meets',
    start: '2025-01-14',
    precision: 'day',
    basis: 'reported',
    actors: [],
    cameo: '04',
    sources: [{ articleId: 'a1', quote: 'NATO met.', start: 0, end: 9 }],
  };
}

const snapshotWith = (events: NewsEvent[]): Snapshot => ({
  articles: [],
  events,
  actors: [],
  problems: [{ file: 'bad.txt', message: 'Not UTF-8' }],
  hiddenEvents: [baseEvent()],
  orphanedEdits: [],
  history: { undo: 'Change title', redo: null, edits: 1 },
});

describe('answers across the process boundary', () => {
  it('gives back exactly the page’s form of the snapshot: every field drawn, absent fields absent', () => {
    const snapshot = snapshotWith([edited, baseEvent()]);
    const back = decodeAnswer('getSnapshot', encodeAnswer('getSnapshot', snapshot));
    expect(back).toStrictEqual(pageSnapshotOf(snapshot));
    expect(Object.keys(back.events[1]!)).not.toContain('end');
  });

  it('leaves the quotes, the date as written and the machine version on the main side', () => {
    const back = decodeAnswer('getSnapshot', encodeAnswer('getSnapshot', snapshotWith([edited])));
    const event = back.events[0]!;
    expect(event.sources).toEqual([
      { articleId: 'a1', start: 10, end: 52 },
      { articleId: 'a2', start: 0, end: 15 },
    ]);
    expect(event).not.toHaveProperty('expression');
    expect(event).not.toHaveProperty('timex');
    expect(event.edited).toEqual({ fields: ['title'], mergedFrom: ['x'] });
    expect(event).toMatchObject({ approximation: edited.approximation, modality: 'planned' });
  });

  it('carries the salience of events that have one', () => {
    const scored = { ...baseEvent(), salience: 0.75 } as NewsEvent;
    const back = decodeAnswer('getSnapshot', encodeAnswer('getSnapshot', snapshotWith([scored, edited])));
    expect(back.events.map((e) => e.salience)).toEqual([0.75, undefined]);
  });

  it('answers an edit with what changed, packed', () => {
    const before = snapshotWith([edited, baseEvent()]);
    const after = snapshotWith([
      { ...edited, title: 'Renamed' },
      { ...baseEvent(), id: 'ev-new' },
    ]);
    const change = decodeAnswer('editEvent', encodeAnswer('editEvent', changeBetween(before, after)));
    expect(change.changed.map((e) => [e.id, e.title])).toEqual([
      ['ev-edited', 'Renamed'],
      ['ev-new', 'NATO meets'],
    ]);
    expect(change.removed).toEqual(['ev-plain']);
    expect(change.base).toBe(pageSnapshotOf(before).revision);
    expect(change.revision).toBe(pageSnapshotOf(after).revision);
  });

  it('round-trips the bundled sample as the service builds it', async () => {
    const userDataDir = await mkdtemp(join(tmpdir(), 'newsline-wire-'));
    try {
      const service = await createNewslineService({ sampleDir, userDataDir });
      const snapshot = await service.getSnapshot();
      expect(snapshot.events.length).toBeGreaterThan(10);
      expect(decodeAnswer('getSnapshot', encodeAnswer('getSnapshot', snapshot))).toStrictEqual(
        pageSnapshotOf(snapshot),
      );
    } finally {
      await rm(userDataDir, { recursive: true, force: true });
    }
  });

  it('sends a large snapshot in a third of the text of plain JSON', () => {
    const snapshot = syntheticSnapshot({ events: 5000, actors: 30 });
    const packed = encodeAnswer('getSnapshot', snapshot);
    expect(packed.length).toBeLessThan(JSON.stringify(snapshot).length * 0.35);
    expect(reviveAnswer('getSnapshot', JSON.parse(packed))).toStrictEqual(pageSnapshotOf(snapshot));
  });

  it('keeps every actor of events with many actors, in a library of tens of thousands of actors', () => {
    const events: NewsEvent[] = Array.from({ length: 40_000 }, (_, i) => ({
      ...baseEvent(),
      id: `ev-${i}`,
      actors: [
        { name: `Actor ${i}`, kind: 'person', role: 'source' },
        { name: `Actor ${(i * 7) % 40_000}`, kind: 'group', role: 'target' },
        ...(i % 3 === 0
          ? ([
              { name: 'NATO', kind: 'organization', role: 'target' },
              { name: 'Ukraine', kind: 'country', role: 'target' },
            ] as const)
          : []),
      ],
    }));
    const snapshot = snapshotWith(events);
    expect(decodeAnswer('getSnapshot', encodeAnswer('getSnapshot', snapshot))).toStrictEqual(
      pageSnapshotOf(snapshot),
    );
  });

  it('packs the snapshot of an import result and leaves the rest as it is', () => {
    const result: ImportResult = {
      imported: [],
      failed: [{ file: 'x.md', message: 'Empty file' }],
      alreadyInLibrary: 0,
      cancelled: false,
      snapshot: snapshotWith([baseEvent()]),
    };
    expect(decodeAnswer('importArticles', encodeAnswer('importArticles', result))).toStrictEqual({
      ...result,
      snapshot: pageSnapshotOf(result.snapshot),
    });
  });

  it('sends other answers as plain JSON, and nothing as null', () => {
    const view = { hiddenActors: ['NATO'], mode: 'all' as const };
    expect(JSON.parse(encodeAnswer('getViewState', view))).toEqual(view);
    expect(encodeAnswer('saveViewState', undefined)).toBe('null');
    expect(decodeAnswer('getImportProgress', encodeAnswer('getImportProgress', null))).toBeNull();
  });

  it('packs a snapshot object once, however often it is sent', () => {
    const snapshot = snapshotWith([edited]);
    const first = encodeAnswer('getSnapshot', snapshot);
    // Snapshots are not changed once made: a second request is answered from the packed text.
    snapshot.events.push(baseEvent());
    expect(encodeAnswer('switchStory', snapshot)).toBe(first);
    expect(decodeAnswer('getSnapshot', encodeAnswer('getSnapshot', { ...snapshot })).events).toHaveLength(2);
  });

  it('gives back ids, dates and kinds as sent, a line break in an id included', () => {
    const events = [
      baseEvent(),
      { ...baseEvent(), id: 'ev-2', start: '2024', precision: 'year' as const, cameo: null },
      { ...baseEvent(), id: 'ev-3', cameo: '04' },
    ];
    const plain = decodeAnswer('getSnapshot', encodeAnswer('getSnapshot', snapshotWith(events)));
    expect(plain.events.map((e) => [e.id, e.start, e.cameo])).toEqual([
      ['ev-plain', '2025-01-14', '04'],
      ['ev-2', '2024', null],
      ['ev-3', '2025-01-14', '04'],
    ]);
    const odd = [
      { ...baseEvent(), id: 'ev\nodd' },
      { ...baseEvent(), id: '' },
    ];
    const back = decodeAnswer('getSnapshot', encodeAnswer('getSnapshot', snapshotWith(odd)));
    expect(back.events.map((e) => e.id)).toEqual(['ev\nodd', '']);
    const single = decodeAnswer(
      'getSnapshot',
      encodeAnswer('getSnapshot', snapshotWith([{ ...baseEvent(), id: '' }])),
    );
    expect(single.events.map((e) => e.id)).toEqual(['']);
  });

  it('refuses a snapshot it cannot read with a clear message', () => {
    expect(() => reviveAnswer('getSnapshot', { events: [] })).toThrow(/format this page does not read/);
    const packed = packSnapshot(pageSnapshotOf(snapshotWith([])));
    expect(unpackSnapshot(packed).events).toEqual([]);
  });
});
