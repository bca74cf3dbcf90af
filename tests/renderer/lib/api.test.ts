import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBridgeApi, createPreviewApi, errorMessage } from '../../../renderer/src/lib/api';
import type { BridgeApi, Snapshot } from '../../../electron/shared/contract';
import { pageSnapshotOf } from '../../../electron/shared/page-events';
import { encodeAnswer } from '../../../electron/shared/wire';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('preview client', () => {
  it('posts each request with the token and its arguments, and returns the result', async () => {
    const fetchMock = vi.fn(
      async () => new Response(JSON.stringify({ ok: true, result: { hiddenActors: [], mode: 'all' } })),
    );
    vi.stubGlobal('fetch', fetchMock);
    const api = createPreviewApi('secret');
    await expect(api.getViewState()).resolves.toEqual({ hiddenActors: [], mode: 'all' });
    await api.saveViewState({ hiddenActors: ['NATO'], mode: 'any' });
    expect(fetchMock).toHaveBeenCalledTimes(2);
    const [url, init] = fetchMock.mock.calls[1] as unknown as [string, RequestInit];
    expect(url).toBe('/api/saveViewState');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>)['x-newsline-token']).toBe('secret');
    expect(JSON.parse(String(init.body))).toEqual({ args: [{ hiddenActors: ['NATO'], mode: 'any' }] });
  });

  it('turns an error answer into an error with its message', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify({ ok: false, error: 'Invalid arguments for getArticleText' }), {
            status: 400,
          }),
      ),
    );
    await expect(createPreviewApi('t').getArticleText('x')).rejects.toThrow(
      'Invalid arguments for getArticleText',
    );
  });

  it('has no menu in the preview: listening returns a function that stops nothing', () => {
    const stop = createPreviewApi('t').onMenuCommand(() => undefined);
    expect(stop()).toBeUndefined();
  });

  it('keeps one line of an error for the user', () => {
    expect(
      errorMessage(new Error("Error invoking remote method 'newsline:getSnapshot': Error: disk full\nstack")),
    ).toBe('disk full');
  });
});

describe('bridge client (Electron)', () => {
  it('decodes the JSON answers of the preload bridge, snapshots unpacked', async () => {
    const snapshot: Snapshot = {
      articles: [],
      events: [
        {
          id: 'e1',
          title: 'NATO warns Russia',
          start: '2025-01-14',
          precision: 'day',
          basis: 'explicit',
          actors: [
            { name: 'NATO', kind: 'organization', role: 'source' },
            { name: 'Russia', kind: 'country', role: 'target' },
          ],
          cameo: '13',
          sources: [{ articleId: 'a1', quote: 'NATO warned Russia.', start: 3, end: 22 }],
        },
      ],
      actors: [],
      problems: [],
    };
    const bridge = {
      getSnapshot: vi.fn(async () => encodeAnswer('getSnapshot', snapshot)),
      getArticleText: vi.fn(async () => encodeAnswer('getArticleText', { article: {}, text: 'Body' })),
      onMenuCommand: vi.fn(() => () => undefined),
    } as unknown as BridgeApi;
    const api = createBridgeApi(bridge);
    await expect(api.getSnapshot()).resolves.toStrictEqual(pageSnapshotOf(snapshot));
    await expect(api.getArticleText('a1')).resolves.toEqual({ article: {}, text: 'Body' });
    expect(bridge.getArticleText).toHaveBeenCalledWith('a1');
    const listener = vi.fn();
    api.onMenuCommand(listener);
    expect(bridge.onMenuCommand).toHaveBeenCalledWith(listener);
  });

  it('passes a refusal on as an error', async () => {
    const bridge = {
      undo: vi.fn(async () =>
        Promise.reject(new Error("Error invoking remote method 'newsline:undo': Error: Nothing to undo")),
      ),
    } as unknown as BridgeApi;
    await expect(createBridgeApi(bridge).undo()).rejects.toThrow(/Nothing to undo/);
  });
});
