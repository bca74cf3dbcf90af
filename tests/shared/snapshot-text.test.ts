import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../electron/shared/contract';
import { pageSnapshotOf } from '../../electron/shared/page-events';
import { finish } from '../../electron/shared/packed-events';
import { isPacked, packAhead, snapshotText, snapshotTextSteps } from '../../electron/shared/snapshot-text';
import { encodeAnswer, packSnapshot } from '../../electron/shared/wire';
import { syntheticSnapshot } from '../e2e/synthetic-service';

/** A new snapshot object (each is packed on its own). */
const fresh = (events = 300, seed = 3): Snapshot => syntheticSnapshot({ events, actors: 12, seed });

/** The snapshot's text as it was made before packing could be sliced: all at once. */
const atOnce = (snapshot: Snapshot): string => JSON.stringify(packSnapshot(pageSnapshotOf(snapshot)));

describe('snapshot text', () => {
  it('packs a slice at a time into the same text as packing all at once', () => {
    const snapshot = fresh();
    // a salience on some events; a line break in one id (the ids then travel as a list)
    const withSalience: Snapshot = {
      ...snapshot,
      events: snapshot.events.map((e, i) => (i % 3 === 0 ? { ...e, salience: i / 300 } : e)),
    };
    const withBreak: Snapshot = {
      ...snapshot,
      events: snapshot.events.map((e, i) => (i === 17 ? { ...e, id: 'ev\nbroken' } : e)),
    };
    for (const s of [snapshot, withSalience, withBreak, fresh(0)])
      for (const slice of [1, 7, 64, 10_000]) expect(finish(snapshotTextSteps(s, slice))).toBe(atOnce(s));
  });

  it('yields between slices of events', () => {
    const steps = snapshotTextSteps(fresh(100), 10);
    let yields = 0;
    while (!steps.next().done) yields++;
    // the page form, ten slices of events, then the columns of the text one by one
    expect(yields).toBeGreaterThan(10);
  });

  it('answers a snapshot with its text, made once', () => {
    const snapshot = fresh();
    expect(isPacked(snapshot)).toBe(false);
    const text = encodeAnswer('getSnapshot', snapshot);
    expect(text).toBe(atOnce(snapshot));
    expect(isPacked(snapshot)).toBe(true);
    expect(snapshotText(snapshot)).toBe(text);
  });

  it('packs ahead once quiet, so that the request for it finds it packed', async () => {
    const snapshot = fresh();
    const done = packAhead(snapshot, 0);
    expect(isPacked(snapshot)).toBe(false);
    await done;
    expect(isPacked(snapshot)).toBe(true);
    expect(snapshotText(snapshot)).toBe(atOnce(snapshot));
  });

  it('drops packing ahead for a snapshot an edit replaced', async () => {
    const older = fresh(300, 5);
    const newer = fresh(300, 6);
    const first = packAhead(older, 0);
    const second = packAhead(newer, 0);
    await Promise.all([first, second]);
    expect(isPacked(older)).toBe(false);
    expect(isPacked(newer)).toBe(true);
  });

  it('finishes at once, with the same text, packing ahead that a request overtook', async () => {
    const snapshot = fresh(3000, 8);
    const ahead = packAhead(snapshot, 0);
    // a slice or so packed ahead, then the page asks
    await new Promise((r) => setTimeout(r, 1));
    expect(snapshotText(snapshot)).toBe(atOnce(snapshot));
    await ahead;
    expect(isPacked(snapshot)).toBe(true);
  });
});
