import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPreviewApi, errorMessage } from '../../renderer/src/lib/api';

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
