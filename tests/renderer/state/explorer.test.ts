import { describe, expect, it, vi } from 'vitest';
import type { NewslineApi, Snapshot } from '../../../electron/shared/contract';
import { createDispatcher } from '../../../renderer/src/state/dispatcher';
import * as act from '../../../renderer/src/state/explorer';
import { saveViewOnChange } from '../../../renderer/src/state/view-saver';
import { makeEvent } from '../fixtures';

const snapshot: Snapshot = { articles: [], events: [makeEvent({ id: 'e1' })], actors: [], problems: [] };
const DAY = 86_400_000;
const window = { start: 0, end: 10 * DAY };
const store = (view = { hiddenActors: ['NATO'], mode: 'all' as const, search: 'talks', kinds: ['03'] }) =>
  act.createExplorerStore(snapshot, view, window);

describe('the explorer store', () => {
  it('starts from the saved view and gives it back as a view state', () => {
    const s = store();
    expect(s.getState().view).toMatchObject({ mode: 'all', selectedId: null });
    expect(act.viewStateOf(s.getState())).toEqual({
      hiddenActors: ['NATO'],
      mode: 'all',
      window: { start: '1970-01-01T00:00:00.000Z', end: '1970-01-11T00:00:00.000Z' },
      search: 'talks',
      kinds: ['03'],
    });
  });

  it('clears every filter at once, and removes one chip at a time', () => {
    const s = store();
    s.dispatch(act.removeChip({ type: 'kind', kind: '03' }));
    expect(s.getState().view.facets.kinds).toEqual([]);
    expect(s.getState().view.mode).toBe('all');
    s.dispatch(act.clearFilters);
    expect(s.getState().view).toMatchObject({ hidden: new Set(), mode: 'any', facets: { query: '' } });
  });

  it('asks the timeline to go to the events of an import, each request told apart', () => {
    const s = store();
    s.dispatch(act.followEvents(['e1']));
    expect(s.getState().followRequest).toEqual({ ids: ['e1'], seq: 1 });
    s.dispatch(act.followEvents(['e1']));
    expect(s.getState().followRequest?.seq).toBe(2);
  });

  it('an event chosen in the dates to check opens its details', () => {
    const s = store();
    s.dispatch(act.showSideTab('checks'));
    s.dispatch(act.selectEvent('e1'));
    expect(s.getState().side.tab).toBe('details');
    expect(s.getState().view.selectedId).toBe('e1');
  });

  it('restores a saved view, asking the timeline to move to its window', () => {
    const s = store();
    const view = { hiddenActors: [], mode: 'any' as const, selectedEventId: 'e1' };
    s.dispatch(
      act.restoreView({ ...view, window: { start: '1970-01-03T00:00:00Z', end: '1970-01-04T00:00:00Z' } }),
    );
    expect(s.getState().view.selectedId).toBe('e1');
    expect(s.getState().windowRequest).toEqual({ window: { start: 2 * DAY, end: 3 * DAY }, seq: 1 });
    s.dispatch(act.restoreView(view));
    expect(s.getState().windowRequest?.seq).toBe(1); // no window saved: the timeline stays
  });

  it('keeps the name of the saved view restored or saved last, for the title of what is shared', () => {
    const s = store();
    expect(s.getState().appliedView ?? null).toBeNull();
    s.dispatch(act.restoreView({ hiddenActors: ['NATO'], mode: 'any' }, 'Without NATO'));
    expect(s.getState().appliedView).toMatchObject({
      name: 'Without NATO',
      view: { hidden: new Set(['NATO']) },
    });
    s.dispatch(act.restoreView({ hiddenActors: [], mode: 'any' }));
    expect(s.getState().appliedView).toBeNull();
    s.dispatch(act.updateFacets((f) => ({ ...f, query: 'talks' })));
    s.dispatch(act.nameView('Talks'));
    expect(s.getState().appliedView).toMatchObject({ name: 'Talks', view: { facets: { query: 'talks' } } });
  });

  it('leaves the list of articles for the details of an event selected, and closes tabs', () => {
    const s = store();
    s.dispatch(act.showSideTab('articles'));
    s.dispatch(act.selectEvent('e1'));
    expect(s.getState().side.tab).toBe('details');
    s.dispatch(act.openArticle('a1'));
    expect(s.getState().side).toEqual({ tab: 'reader', readerId: 'a1' });
    s.dispatch(act.closeSideTab);
    expect(s.getState().side.tab).toBe('details');
    expect(s.getState().view.selectedId).toBe('e1');
    s.dispatch(act.closeSideTab);
    expect(s.getState().view.selectedId).toBeNull();
  });
});

describe('the dispatcher and the view saver', () => {
  const api = (over: Partial<NewslineApi> = {}) =>
    ({
      saveViewState: vi.fn(async () => undefined),
      undo: vi.fn(async () => snapshot),
      ...over,
    }) as unknown as NewslineApi;

  it('shows the answer of an edit, and a failure as the page’s message', async () => {
    const s = act.createExplorerStore({ ...snapshot, events: [] }, { hiddenActors: [], mode: 'any' }, window);
    const d = createDispatcher(api(), s);
    expect(await d.edit((a) => a.undo(), 'Could not undo')).toBe(true);
    expect(s.getState().snapshot).toBe(snapshot);
    expect(await d.edit(() => Promise.reject(new Error('disk full\nstack')), 'Could not merge')).toBe(false);
    expect(s.getState().error).toBe('Could not merge: disk full');
  });

  it('saves the view once, a moment after the last change, and not before any change', async () => {
    vi.useFakeTimers();
    try {
      const a = api();
      const s = store();
      const stop = saveViewOnChange(s, createDispatcher(a, s), 400);
      await vi.advanceTimersByTimeAsync(1000);
      expect(a.saveViewState).not.toHaveBeenCalled();
      s.dispatch(act.setMode('any'));
      s.dispatch(act.windowChanged({ start: DAY, end: 2 * DAY }));
      s.dispatch(act.showSideTab('articles')); // not part of the view
      await vi.advanceTimersByTimeAsync(399);
      expect(a.saveViewState).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(a.saveViewState).toHaveBeenCalledOnce();
      expect(a.saveViewState).toHaveBeenCalledWith(
        expect.objectContaining({
          mode: 'any',
          window: { start: '1970-01-02T00:00:00.000Z', end: '1970-01-03T00:00:00.000Z' },
        }),
      );
      s.dispatch(act.setMode('all'));
      stop();
      await vi.advanceTimersByTimeAsync(1000);
      expect(a.saveViewState).toHaveBeenCalledOnce();
    } finally {
      vi.useRealTimers();
    }
  });

  it('says when the view could not be saved', async () => {
    const s = store();
    createDispatcher(
      api({ saveViewState: vi.fn(async () => Promise.reject(new Error('read-only'))) }),
      s,
    ).saveViewState(act.viewStateOf(s.getState()));
    await vi.waitFor(() => expect(s.getState().error).toBe('Could not save the view: read-only'));
  });

  it('names the story open for whatever titles itself with it (exports), and follows a rename', () => {
    const stories = {
      current: 'b',
      stories: [
        { id: 'a', name: 'Sample: January 2025', sample: true, articles: 4 },
        { id: 'b', name: 'Gaza 2024', sample: false, articles: 2, events: 9 },
      ],
      problems: [],
    };
    const s = act.createExplorerStore(snapshot, { hiddenActors: [], mode: 'any' }, window, stories);
    expect(act.storyNameOf(s.getState())).toBe('Gaza 2024');
    s.dispatch(
      act.showStories({
        ...stories,
        stories: [stories.stories[0]!, { ...stories.stories[1]!, name: 'Gaza' }],
      }),
    );
    expect(act.storyNameOf(s.getState())).toBe('Gaza');
    expect(act.storyNameOf(store().getState())).toBe('');
  });
});
