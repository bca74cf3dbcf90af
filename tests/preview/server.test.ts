import { request as httpRequest } from 'node:http';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startPreviewServer, TOKEN_HEADER, type PreviewServer } from '../../electron/preview/server';
import { CONTENT_SECURITY_POLICY } from '../../electron/shared/csp';
import { pageSnapshotOf } from '../../electron/shared/page-events';
import { reviveAnswer } from '../../electron/shared/wire';
import { serviceStub } from '../mocks/service';
import { createEditableSyntheticService } from '../e2e/synthetic-service';

const emptySnapshot = { articles: [], events: [], actors: [], problems: [] };
const service = serviceStub(emptySnapshot, {
  getArticleText: vi.fn(async (id: string) => {
    throw new Error(`No article with id ${id}.\nsecond line`);
  }),
});

let root: string;
let server: PreviewServer;
let port: string;

/** A raw HTTP request (fetch would normalise `..` and refuse to set Host). */
function raw(
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path, method: init.method ?? 'GET', headers: init.headers },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

const call = (name: string, args: unknown, token = server.token) =>
  fetch(new URL(`/api/${name}`, server.url), {
    method: 'POST',
    headers: { [TOKEN_HEADER]: token, 'content-type': 'application/json' },
    body: JSON.stringify({ args }),
  });

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'newsline-preview-'));
  await mkdir(join(root, 'renderer', 'assets'), { recursive: true });
  await writeFile(join(root, 'renderer', 'index.html'), '<!doctype html><title>Newsline</title>');
  await writeFile(join(root, 'renderer', 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(root, 'renderer', 'assets', 'mount-B1gEvncp.js'), 'console.log(2)');
  await writeFile(join(root, 'secret.txt'), 'not for the page');
  server = await startPreviewServer({ service, rendererDir: join(root, 'renderer') });
  port = new URL(server.url).port;
});

afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

beforeEach(() => {
  vi.clearAllMocks();
});

describe('preview server', () => {
  it('listens on loopback with a random port and gives the token in its address', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
    expect(new URL(server.url).searchParams.get('token')).toBe(server.token);
  });

  it('answers a request by calling the service with the validated arguments', async () => {
    const state = { hiddenActors: ['NATO'], mode: 'all' };
    const response = await call('saveViewState', [state]);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, result: null });
    expect(service.saveViewState).toHaveBeenCalledWith(state);

    const snapshot = await call('getSnapshot', []);
    const answer = (await snapshot.json()) as { ok: boolean; result: unknown };
    expect(answer.ok).toBe(true);
    // Snapshots travel packed (shared/wire.ts); the page unpacks them.
    expect(reviveAnswer('getSnapshot', answer.result)).toEqual(pageSnapshotOf(emptySnapshot));
  });

  it('refuses bad arguments with 400 and one line, without calling the service', async () => {
    const response = await call('saveViewState', [{ hiddenActors: [], mode: 'some' }]);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { ok: boolean; error: string };
    expect(body.ok).toBe(false);
    expect(body.error).toMatch(/^Invalid arguments for saveViewState at 0\.mode/);
    expect(service.saveViewState).not.toHaveBeenCalled();

    expect((await call('getArticleText', [])).status).toBe(400);
    expect((await call('importArticles', [[{ name: 'a.txt', content: 'x' }]])).status).toBe(400);
  });

  it('turns a service error into 400 with its first line', async () => {
    const response = await call('getArticleText', ['missing']);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ ok: false, error: 'No article with id missing.' });
  });

  it('refuses a missing or wrong token with 403', async () => {
    expect((await call('getSnapshot', [], 'wrong')).status).toBe(403);
    const none = await fetch(new URL('/api/getSnapshot', server.url), {
      method: 'POST',
      body: '{"args":[]}',
    });
    expect(none.status).toBe(403);
    expect(service.getSnapshot).not.toHaveBeenCalled();
  });

  it('refuses a Host header other than its own address with 403 (DNS rebinding)', async () => {
    const response = await raw('/api/getSnapshot', {
      method: 'POST',
      headers: { host: `evil.example:${port}`, [TOKEN_HEADER]: server.token },
      body: '{"args":[]}',
    });
    expect(response.status).toBe(403);
    expect((await raw('/', { headers: { host: 'evil.example' } })).status).toBe(403);
    expect(
      (await raw('/', { headers: { host: `localhost:${port}` } })).status,
      'localhost with the right port is fine',
    ).toBe(200);
  });

  it('refuses a request body over its limit with 413', async () => {
    const small = await startPreviewServer({
      service,
      rendererDir: join(root, 'renderer'),
      maxBodyBytes: 1024,
    });
    try {
      const response = await fetch(new URL('/api/inspectImport', small.url), {
        method: 'POST',
        headers: { [TOKEN_HEADER]: small.token },
        body: JSON.stringify({ args: [[{ name: 'a.txt', content: 'x'.repeat(4096), lastModified: 0 }]] }),
      });
      expect(response.status).toBe(413);
      expect(service.inspectImport).not.toHaveBeenCalled();
    } finally {
      await small.close();
    }
  });

  it('answers 404 to an unknown request', async () => {
    const response = await call('deleteEverything', []);
    expect(response.status).toBe(404);
  });

  it('serves the page and its files with the strict CSP and nosniff', async () => {
    const page = await raw('/?token=x');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const script = await raw('/assets/app.js');
    expect(script.headers['content-type']).toMatch(/^text\/javascript/);
    expect(script.body).toBe('console.log(1)');
  });

  it('lets the browser keep the files named by their content, and nothing else', async () => {
    const hashed = await raw('/assets/mount-B1gEvncp.js');
    expect(hashed.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/?token=x', '/assets/app.js']) {
      expect((await raw(path)).headers['cache-control']).toBe('no-store');
    }
    const answer = await call('getViewState', []);
    expect(answer.headers.get('cache-control')).toBe('no-store');
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..\\secret.txt',
    ]) {
      const response = await raw(path);
      expect(response.status, path).toBe(404);
      expect(response.body).not.toContain('not for the page');
    }
    expect((await raw('/missing.js')).status).toBe(404);
  });
});

describe('preview server with a large library', () => {
  it('sends the snapshot as it is now, after an edit too (a large answer is kept while unchanged)', async () => {
    const library = await createEditableSyntheticService(
      { events: 14_000, actors: 20 },
      await mkdtemp(join(tmpdir(), 'newsline-preview-large-')),
    );
    const large = await startPreviewServer({ service: library, rendererDir: join(root, 'renderer') });
    try {
      const ask = async (name: string, args: unknown[]) => {
        const response = await fetch(new URL(`/api/${name}`, large.url), {
          method: 'POST',
          headers: { [TOKEN_HEADER]: large.token, 'content-type': 'application/json' },
          body: JSON.stringify({ args }),
        });
        return { status: response.status, text: await response.text() };
      };
      const first = await ask('getSnapshot', []);
      expect(first.text.length).toBeGreaterThan(1 << 20);
      expect((await ask('getSnapshot', [])).text).toBe(first.text);
      const ids = (text: string) =>
        reviveAnswer('getSnapshot', (JSON.parse(text) as { result: unknown }).result).events.map((e) => e.id);
      const hidden = ids(first.text)[7000] as string;
      expect((await ask('hideEvent', [hidden, true])).status).toBe(200);
      const after = await ask('getSnapshot', []);
      expect(ids(after.text)).toHaveLength(13_999);
      expect(ids(after.text)).not.toContain(hidden);
    } finally {
      await large.close();
    }
  });
});
