/**
 * The preview server against clients that misbehave at the connection level: tokens of any
 * bytes, bodies over the limit, slow and too many connections. Each is refused with the status
 * and message a client sees, and the server keeps answering the page.
 */
import { connect, type Socket } from 'node:net';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  HEADERS_TIMEOUT_MS,
  MAX_BODY_BYTES,
  MAX_CONNECTIONS,
  REQUEST_TIMEOUT_MS,
  startPreviewServer,
  TOKEN_HEADER,
  type PreviewServer,
} from '../../electron/preview/server';
import { MAX_REQUEST_BYTES } from '../../electron/shared/limits';
import { serviceStub } from '../mocks/service';

const emptySnapshot = { articles: [], events: [], actors: [], problems: [] };
const service = serviceStub(emptySnapshot, {
  getArticleText: vi.fn(async () => {
    throw new Error('none');
  }),
});

let root: string;
let server: PreviewServer;
let port: number;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'newsline-hostile-'));
  await mkdir(join(root, 'renderer'), { recursive: true });
  await writeFile(join(root, 'renderer', 'index.html'), '<!doctype html><title>Newsline</title>');
  server = await startPreviewServer({
    service,
    rendererDir: join(root, 'renderer'),
    headersTimeoutMs: 400,
    // (long enough for 42 MB to stream in on a loaded machine, short enough for the slow body's cut)
    requestTimeoutMs: 2500,
    maxConnections: 4,
  });
  port = Number(new URL(server.url).port);
});
beforeEach(() => vi.clearAllMocks());
afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

interface RawAnswer {
  status: number;
  body: string;
  /** The server closed the connection (within the wait). */
  closed: boolean;
  ms: number;
}

/** Sends raw bytes on a fresh connection; resolves with the answer once the server closes or after `waitMs`. */
function rawExchange(
  bytes: Buffer | string,
  waitMs = 1500,
  keepOpen?: (s: Socket) => void,
): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = connect(port, '127.0.0.1');
    let text = '';
    let closed = false;
    const done = () => {
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);
      resolve({
        status,
        body: text.split('\r\n\r\n').slice(1).join('\r\n\r\n'),
        closed,
        ms: Date.now() - started,
      });
      socket.destroy();
    };
    const timer = setTimeout(done, waitMs);
    socket.on('data', (chunk) => (text += chunk.toString('utf8')));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      closed = true;
      clearTimeout(timer);
      done();
    });
    socket.write(bytes);
    keepOpen?.(socket);
  });
}

const apiRequest = (
  headers: Record<string, string>,
  body = '{"args":[]}',
  path = '/api/getViewState',
): Buffer =>
  Buffer.concat([
    Buffer.from(
      `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n`,
      'latin1',
    ),
    ...Object.entries(headers).map(([k, v]) =>
      Buffer.concat([Buffer.from(`${k}: `), Buffer.from(v, 'utf8'), Buffer.from('\r\n')]),
    ),
    Buffer.from(`\r\n${body}`),
  ]);

describe('tokens of any bytes', () => {
  it.each([
    ['the right length in non-ASCII characters', () => 'é'.repeat(server.token.length)],
    ['the right length in emoji', () => '🗝'.repeat(server.token.length / 2)],
    ['one character short', () => server.token.slice(1)],
    ['one character long', () => `${server.token}x`],
    ['the right one in upper case', () => server.token.toUpperCase()],
    ['empty', () => ''],
    ['with a space inside the right one', () => `${server.token.slice(0, 5)} ${server.token.slice(5)}`],
    ['10,000 characters', () => 'a'.repeat(10_000)],
    ['in Latin-1 bytes that are not UTF-8', () => Buffer.from('ÿ'.repeat(32), 'latin1').toString('latin1')],
    ['the right one twice, comma-joined', () => `${server.token}, ${server.token}`],
  ])('a token %s is refused with 403 "Missing or wrong token."', async (_what, token) => {
    const answer = await rawExchange(apiRequest({ [TOKEN_HEADER]: token() }));
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body)).toEqual({ ok: false, error: 'Missing or wrong token.' });
    expect(service.getViewState).not.toHaveBeenCalled();
  });

  it('a token with a NUL byte is refused by the HTTP parser (400) before any request is answered', async () => {
    const answer = await rawExchange(apiRequest({ [TOKEN_HEADER]: `\u0000${server.token.slice(1)}` }));
    expect(answer.status).toBe(400);
    expect(service.getViewState).not.toHaveBeenCalled();
  });

  it('the right token is answered', async () => {
    const answer = await rawExchange(apiRequest({ [TOKEN_HEADER]: server.token }));
    expect(answer.status).toBe(200);
  });
});

describe('bodies over the limit', () => {
  it('are answered 413 with the limit in words, and the connection is closed instead of drained', async () => {
    const head = `POST /api/importEvents HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n${TOKEN_HEADER}: ${server.token}\r\nContent-Length: ${MAX_BODY_BYTES + 1}\r\n\r\n`;
    // Only a little of the announced body is sent: the server must not wait for the rest.
    const answer = await rawExchange(`${head}{"args":["`, 3000);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error).toMatch(
      /^The request is too large \(40\.0 MB\); the limit is 40 MB at a time/,
    );
    expect(answer.closed).toBe(true);
    expect(answer.ms).toBeLessThan(2000);
  });

  it('a body that passes the limit while streaming (no Content-Length) is cut off with 413', async () => {
    const head = `POST /api/importEvents HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n${TOKEN_HEADER}: ${server.token}\r\nTransfer-Encoding: chunked\r\n\r\n`;
    const chunk = 'x'.repeat(1024 * 1024);
    const answer = await rawExchange(head, 5000, (socket) => {
      for (let i = 0; i < 42; i += 1) socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
    });
    expect(answer.status).toBe(413);
    expect(answer.closed).toBe(true);
  });

  it('IPC and the preview share one limit', () => {
    expect(MAX_BODY_BYTES - MAX_REQUEST_BYTES).toBeLessThanOrEqual(64);
    expect(HEADERS_TIMEOUT_MS).toBeLessThanOrEqual(REQUEST_TIMEOUT_MS);
  });
});

describe('slow and numerous clients', () => {
  it('a client that never finishes its headers is cut off', async () => {
    const answer = await rawExchange(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Slow: `, 4000);
    expect(answer.closed).toBe(true);
    expect(answer.ms).toBeLessThan(3500);
  });

  it('a client that never finishes its body is cut off', async () => {
    const head = `POST /api/saveViewState HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n${TOKEN_HEADER}: ${server.token}\r\nContent-Length: 100\r\n\r\n{"args":`;
    const answer = await rawExchange(head, 4000);
    expect(answer.closed).toBe(true);
    expect(answer.status === 0 || answer.status === 408).toBe(true);
    expect(service.saveViewState).not.toHaveBeenCalled();
  });

  it(`connections past the cap are closed at once, and the page is served again after`, async () => {
    const idle: Socket[] = [];
    for (let i = 0; i < 4; i += 1) {
      const socket = connect(port, '127.0.0.1');
      socket.on('error', () => undefined);
      await new Promise((resolve) => socket.once('connect', resolve));
      idle.push(socket);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    const refused = await rawExchange(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`, 1000);
    expect(refused.closed).toBe(true);
    expect(refused.status).toBe(0);
    for (const socket of idle) socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const page = await rawExchange(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`);
    expect(page.status).toBe(200);
    expect(MAX_CONNECTIONS).toBeGreaterThanOrEqual(16); // the default leaves the page room
  });
});
