import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { answerRequest } from '../../electron/services/answer-request';
import type { Requests } from '../../electron/shared/contract';
import { pageSnapshotOf } from '../../electron/shared/page-events';
import { isPacked } from '../../electron/shared/snapshot-text';
import { packSnapshot, reviveAnswer } from '../../electron/shared/wire';
import { createEditableSyntheticService } from '../e2e/synthetic-service';

describe('answerRequest', () => {
  it('answers an edit with what changed, then packs the new snapshot for a page opened next', async () => {
    const service = await createEditableSyntheticService(
      { events: 500, actors: 10 },
      mkdtempSync(join(tmpdir(), 'newsline-answer-')),
    );
    // the window's requests are the door's (IPC, preview), not the services'
    const handlers: Requests = {
      ...service,
      capturePng: () => Promise.reject(new Error('no window')),
      printPdf: () => Promise.reject(new Error('no window')),
      chooseImportFolder: async () => null,
    };
    const before = await service.getSnapshot();
    const hidden = before.events[250]!.id;
    const change = reviveAnswer(
      'hideEvent',
      JSON.parse(await answerRequest(handlers, 'hideEvent', [hidden, true])),
    );
    expect(change.removed).toEqual([hidden]);
    const after = await service.getSnapshot();
    expect(after).not.toBe(before);
    // packed once edits pause, before any page asks
    await vi.waitFor(() => expect(isPacked(after)).toBe(true), { timeout: 10_000 });
    const text = await answerRequest(handlers, 'getSnapshot', []);
    expect(text).toBe(JSON.stringify(packSnapshot(pageSnapshotOf(after))));
    expect(reviveAnswer('getSnapshot', JSON.parse(text)).events.map((e) => e.id)).not.toContain(hidden);
  });
});
