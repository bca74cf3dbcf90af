// @vitest-environment jsdom
/** The view saver as the page goes away: a change not yet saved is saved at once. */
import { describe, expect, it, vi } from 'vitest';
import type { NewslineApi, Snapshot } from '../../../electron/shared/contract';
import { createDispatcher } from '../../../renderer/src/state/dispatcher';
import * as act from '../../../renderer/src/state/explorer';
import { saveViewOnChange } from '../../../renderer/src/state/view-saver';
import { makeEvent } from '../fixtures';

const snapshot: Snapshot = { articles: [], events: [makeEvent({ id: 'e1' })], actors: [], problems: [] };
const DAY = 86_400_000;
const store = () =>
  act.createExplorerStore(snapshot, { hiddenActors: [], mode: 'any' }, { start: 0, end: 10 * DAY });
const api = () => ({ saveViewState: vi.fn(async () => undefined) }) as unknown as NewslineApi;

describe('the view saver', () => {
  it('saves a view change still pending at once when the page goes away (a reload keeps it)', () => {
    vi.useFakeTimers();
    try {
      const a = api();
      const s = store();
      const stop = saveViewOnChange(s, createDispatcher(a, s), 400);
      globalThis.dispatchEvent(new Event('pagehide'));
      expect(a.saveViewState).not.toHaveBeenCalled();
      s.dispatch(act.windowChanged({ start: DAY, end: 3 * DAY }));
      globalThis.dispatchEvent(new Event('pagehide'));
      expect(a.saveViewState).toHaveBeenCalledOnce();
      expect(a.saveViewState).toHaveBeenCalledWith(
        expect.objectContaining({
          window: { start: '1970-01-02T00:00:00.000Z', end: '1970-01-04T00:00:00.000Z' },
        }),
      );
      vi.advanceTimersByTime(1000);
      expect(a.saveViewState).toHaveBeenCalledOnce();
      stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
