/**
 * The loopback preview: serves the built renderer and answers the same contract as the IPC
 * handlers, by calling the same services, for machines where Electron cannot run. Binds 127.0.0.1
 * only; every API request carries the per-run token.
 *
 * Wire protocol: `POST /api/<request>` with header `x-newsline-token` and body `{ "args": [...] }`
 * → 200 `{ ok: true, result }` (result as encoded by shared/wire.ts: snapshots packed), 400 `{ ok: false, error }` (bad arguments or a service error),
 * 403 (wrong token or Host), 404 (unknown request), 413 (body over MAX_REQUEST_BYTES, the same limit
 * as IPC; the connection is then closed). Slow or idle clients are cut off (header and request
 * timeouts) and the number of connections is capped.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isRequestName, type AnswerText, type NewslineService, type WindowApi } from '../shared/contract';
import { MAX_REQUEST_BYTES, tooLargeMessage } from '../shared/limits';
import { prepareSnapshot } from '../shared/snapshot-text';
import { SECURITY_HEADERS } from '../shared/csp';
import { answerRequest } from '../services/answer-request';
import { readStaticFile } from '../services/static-files';

export interface PreviewServerOptions {
  service: NewslineService;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Largest request body accepted, in bytes (default MAX_BODY_BYTES). */
  maxBodyBytes?: number;
  /** Header and request timeouts and the connection cap (defaults below; tests shorten them). */
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
  maxConnections?: number;
}

export interface PreviewServer {
  /** Address to open, with the token: http://127.0.0.1:<port>/?token=<token> */
  url: string;
  token: string;
  close(): Promise<void>;
}

/** Header that carries the per-run token on API requests. */
export const TOKEN_HEADER = 'x-newsline-token';
/** Largest request body accepted: the arguments' limit (as on IPC) and the `{"args":…}` around them. */
export const MAX_BODY_BYTES = MAX_REQUEST_BYTES + 64;
/** Time a client has to send its headers, and its whole request (a 40 MB import on loopback). */
export const HEADERS_TIMEOUT_MS = 10_000;
export const REQUEST_TIMEOUT_MS = 120_000;
/** Connections served at once (the page needs a handful). */
export const MAX_CONNECTIONS = 64;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/** Compares the token given with ours in constant time, as bytes of fixed-length hashes (any input). */
const sameToken = (given: string | string[] | undefined, token: string): boolean =>
  typeof given === 'string' && timingSafeEqual(digest(given), digest(token));

/**
 * Reads a request body up to `limit` bytes; past it (or when Content-Length says so), stops
 * reading and fails with 413 (the answer then closes the connection instead of draining it).
 */
const readBody = (request: IncomingMessage, limit: number): Promise<string> =>
  new Promise((resolve, reject) => {
    const tooLarge = (bytes?: number): void => {
      request.removeAllListeners('data');
      request.pause();
      reject(new HttpError(413, tooLargeMessage(bytes)));
    };
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > limit) {
      tooLarge(declared);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        tooLarge();
      } else {
        chunks.push(chunk);
      }
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });

const oneLine = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'Unexpected error';

/** The window's requests, which a browser tab cannot answer from here (the page draws its PNG itself). */
const noWindow: WindowApi = {
  capturePng: () => Promise.reject(new Error('Saving the timeline as PNG needs the desktop app.')),
  printPdf: () => Promise.reject(new Error('Saving the timeline as PDF needs the desktop app.')),
  // the page's own folder chooser (and a drop of a folder) does it here
  chooseImportFolder: () => Promise.resolve(null),
};

/** Answers from this size on (in characters) are kept as bytes while they are asked for again. */
const LARGE_ANSWER = 1 << 20;

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Starts the preview server on 127.0.0.1 with a fresh random token. */
export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const token = randomBytes(24).toString('base64url');
  let port = 0;
  const handlers = { ...options.service, ...noWindow };

  const send = (
    response: ServerResponse,
    status: number,
    body: string | Buffer,
    type: string,
    cache = 'no-store',
  ): void => {
    response.writeHead(status, {
      ...SECURITY_HEADERS,
      'Content-Type': type,
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': cache,
    });
    response.end(body);
  };
  const sendJson = (response: ServerResponse, status: number, value: unknown): void =>
    send(response, status, JSON.stringify(value), 'application/json; charset=utf-8');

  /**
   * The body of an answer. A snapshot's (megabytes, the same text until the next edit) is kept
   * as bytes: a page opened again is sent them as they are, not joined and encoded anew.
   */
  let lastLarge: { result: AnswerText; body: Buffer } | null = null;
  const answerBody = (result: AnswerText): string | Buffer => {
    if (result.length < LARGE_ANSWER) return `{"ok":true,"result":${result}}`;
    if (lastLarge?.result !== result)
      lastLarge = { result, body: Buffer.from(`{"ok":true,"result":${result}}`, 'utf8') };
    return lastLarge.body;
  };

  const answerApi = async (request: IncomingMessage, name: string): Promise<AnswerText> => {
    if (request.method !== 'POST') throw new HttpError(405, 'Use POST.');
    if (!sameToken(request.headers[TOKEN_HEADER], token)) throw new HttpError(403, 'Missing or wrong token.');
    if (!isRequestName(name)) throw new HttpError(404, `Unknown request ${name}.`);
    const raw = await readBody(request, options.maxBodyBytes ?? MAX_BODY_BYTES);
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      throw new HttpError(400, 'The request body is not JSON.');
    }
    return answerRequest(handlers, name, (body as { args?: unknown } | null)?.args);
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const host = request.headers.host;
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      sendJson(response, 403, { ok: false, error: 'Unexpected Host header.' });
      return;
    }
    const url = new URL(request.url ?? '/', `http://${host}`);
    if (url.pathname.startsWith('/api/')) {
      try {
        const result = await answerApi(request, url.pathname.slice('/api/'.length));
        send(response, 200, answerBody(result), 'application/json; charset=utf-8');
      } catch (error) {
        const status = error instanceof HttpError ? error.status : 400;
        // Over the limit: answer and close, rather than read what the client still sends.
        if (status === 413) response.setHeader('Connection', 'close');
        sendJson(response, status, { ok: false, error: oneLine(error) });
        if (status === 413) response.once('finish', () => request.socket.end());
      }
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(response, 405, 'Method not allowed', 'text/plain; charset=utf-8');
      return;
    }
    const file = await readStaticFile(options.rendererDir, url.pathname);
    if (!file) {
      send(response, 404, 'Not found', 'text/plain; charset=utf-8');
      return;
    }
    // The build names its scripts and styles by their content: the browser may keep them (and the
    // compiled code of the scripts) for good. The page itself and the answers are never stored.
    const immutable = /^\/assets\/[\w.-]+-[\w-]{8}\.(?:js|css)$/.test(url.pathname);
    send(response, 200, file.body, file.contentType, immutable ? IMMUTABLE : 'no-store'); // no body for HEAD
  };

  const headersTimeout = options.headersTimeoutMs ?? HEADERS_TIMEOUT_MS;
  const server = createServer(
    {
      headersTimeout,
      requestTimeout: options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
      // How often the timeouts are checked (Node's default, 30 s, would let a slow client linger).
      connectionsCheckingInterval: Math.min(1_000, headersTimeout),
    },
    (request, response) => {
      handle(request, response).catch((error: unknown) => {
        if (!response.headersSent) sendJson(response, 500, { ok: false, error: oneLine(error) });
        else response.destroy();
      });
    },
  );
  server.maxConnections = options.maxConnections ?? MAX_CONNECTIONS;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  // Pack the snapshot while the browser loads the page, so that its first request is answered at once.
  setImmediate(() => void prepareSnapshot(options.service));

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
