import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { protocol } from '../mocks/electron';
import { answerAppRequest, registerSchemePrivileges } from '../../electron/main/protocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/shared/csp';

vi.mock('electron', () => import('../mocks/electron'));

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'newsline-protocol-'));
  await mkdir(join(root, 'renderer'));
  await writeFile(join(root, 'renderer', 'index.html'), '<!doctype html>');
  await writeFile(join(root, 'secret.txt'), 'secret');
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('app:// protocol', () => {
  it('is a standard, secure scheme', () => {
    registerSchemePrivileges(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
  });

  it('serves the page with the strict CSP and nosniff', async () => {
    const response = await answerAppRequest(new Request('app://newsline/index.html'), join(root, 'renderer'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toBe('<!doctype html>');
  });

  it('serves nothing outside the renderer folder or for another host', async () => {
    for (const url of [
      'app://newsline/%2e%2e/secret.txt',
      'app://newsline/..%2fsecret.txt',
      'app://other/index.html',
    ]) {
      const response = await answerAppRequest(new Request(url), join(root, 'renderer'));
      expect(response.status, url).toBe(404);
    }
  });

  it('keeps the CSP strict: nothing remote, no inline script, no eval', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });
});
