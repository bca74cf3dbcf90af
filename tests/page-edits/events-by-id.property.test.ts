/**
 * After every edit of a session (tests/page-edits/edit-sessions.ts), the services give the events
 * asked for by id (the details pane asks for the selected one after each edit) as a map of the
 * new snapshot made afresh gives them, though the map is carried over from edit to edit.
 */
import { describe, expect, it } from 'vitest';
import type { NewsEvent } from '../../electron/shared/model';
import { seededRandom } from '../seeded-random';
import { openEditSession } from './edit-sessions';

describe('events by id after edits', () => {
  it('are those of the snapshot now, shown before hidden, over sessions of random edits', async () => {
    let asked = 0;
    for (let seed = 201; seed <= 212; seed++) {
      const session = await openEditSession(seed);
      const rand = seededRandom(seed);
      try {
        for (let step = 0; step < 14; step++) {
          const edit = await session.next();
          if (!edit) continue;
          const snapshot = await session.service.getSnapshot();
          const fresh = new Map<string, NewsEvent>();
          for (const e of snapshot.hiddenEvents ?? []) fresh.set(e.id, e);
          for (const e of snapshot.events) fresh.set(e.id, e);
          // the events the edit touched (some gone now), and a few others
          const ids = [
            ...edit.change.changed.map((e) => e.id),
            ...edit.change.removed,
            ...(snapshot.hiddenEvents ?? []).map((e) => e.id),
            ...snapshot.events.filter(() => rand() < 0.05).map((e) => e.id),
          ];
          const got = await session.service.getEvents(ids);
          expect(got, `seed ${seed}, step ${step}: ${edit.name}`).toEqual(
            ids.flatMap((id) => fresh.get(id) ?? []),
          );
          // the same objects, not copies
          got.forEach((e) => expect(e).toBe(fresh.get(e.id)));
          asked += ids.length;
        }
      } finally {
        session.close();
      }
    }
    expect(asked).toBeGreaterThan(500);
  }, 120_000);
});
