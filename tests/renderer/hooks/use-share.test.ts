import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../../electron/shared/contract';
import { appliedViewName } from '../../../renderer/src/hooks/use-share';
import * as act from '../../../renderer/src/state/explorer';

const snapshot: Snapshot = { articles: [], events: [], actors: [], problems: [] };

describe('the saved view that titles what is shared', () => {
  it('is the one applied while its filters stand, and none once they change', () => {
    const s = act.createExplorerStore(snapshot, { hiddenActors: [], mode: 'any' }, { start: 0, end: 1 });
    expect(appliedViewName(s.getState())).toBeUndefined();
    s.dispatch(
      act.restoreView({ hiddenActors: ['NATO'], mode: 'any', search: 'talks' }, 'Talks without NATO'),
    );
    expect(appliedViewName(s.getState())).toBe('Talks without NATO');
    // the window moving or an event selected keeps it
    s.dispatch(act.windowChanged({ start: 5, end: 9 }));
    s.dispatch(act.selectEvent('e1'));
    expect(appliedViewName(s.getState())).toBe('Talks without NATO');
    s.dispatch(act.removeChip({ type: 'word', word: 'talks' }));
    expect(appliedViewName(s.getState())).toBeUndefined();
    // back to the same filters: the view's again
    s.dispatch(act.updateFacets((f) => ({ ...f, query: 'talks' })));
    expect(appliedViewName(s.getState())).toBe('Talks without NATO');
  });
});
