/**
 * End to end in the real desktop app: Playwright's Electron driver launches the built app on the
 * bundled sample with a fresh user-data folder. Runs wherever Electron's binary is installed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildElectron, buildRenderer } from '../../scripts/build.mjs';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';
import { REQUEST_NAMES } from '../../electron/shared/contract';
import { decodeAnswer } from '../../electron/shared/wire';

/** What the test reads from the page's globals (the callbacks run in the page). */
interface PageGlobals {
  /** The preload bridge: answers are JSON text (shared/wire.ts). */
  newsline: { getSnapshot(): Promise<string> };
  open(url: string): unknown;
  document: { createElement(tag: string): { textContent: string }; head: { append(node: unknown): void } };
  injected?: number;
  location: { href: string };
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const electronBinary = findElectronBinary();
if (!electronBinary) {
  console.log(
    "Electron end-to-end tests skipped: Electron's binary is not installed (node_modules/electron/dist is missing; it downloads from GitHub releases).",
  );
}

describe.skipIf(!electronBinary)('Newsline desktop app', () => {
  let app: ElectronApplication;
  let page: Page;
  let userData: string;

  beforeAll(async () => {
    await buildRenderer();
    await buildElectron();
    userData = await mkdtemp(join(tmpdir(), 'newsline-electron-'));
    app = await _electron.launch({
      executablePath: electronBinary!,
      args: [root, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
      cwd: root,
      env: { ...process.env, NEWSLINE_USER_DATA: userData },
    });
    page = await app.firstWindow();
    await page.waitForSelector('.vis-item', { timeout: 60_000 });
  });

  afterAll(async () => {
    await app?.close();
    if (userData) await rm(userData, { recursive: true, force: true });
  });

  it('shows the events of the bundled sample on the timeline', async () => {
    const text = await page.evaluate(() => (globalThis as unknown as PageGlobals).newsline.getSnapshot());
    const snapshot = decodeAnswer('getSnapshot', text);
    expect(snapshot.events.length).toBeGreaterThan(0);
    expect(await page.locator('.vis-item').count()).toBeGreaterThan(0);
    expect(page.url()).toBe('app://newsline/index.html');
  });

  it('gives the page no Node: no require, no process, no module', async () => {
    const globals = await page.evaluate(() => [typeof require, typeof process, typeof module, typeof Buffer]);
    expect(globals).toEqual(['undefined', 'undefined', 'undefined', 'undefined']);
  });

  it('exposes exactly the operations of the contract on window.newsline', async () => {
    const keys = await page.evaluate(() =>
      Object.keys((globalThis as unknown as PageGlobals).newsline).sort(),
    );
    expect(keys).toEqual([...REQUEST_NAMES, 'onMenuCommand'].sort());
  });

  it('runs no inline script (the CSP holds)', async () => {
    const injected = await page.evaluate(() => {
      const page = globalThis as unknown as PageGlobals;
      const script = page.document.createElement('script');
      script.textContent = 'globalThis.injected = 1';
      page.document.head.append(script);
      return page.injected;
    });
    expect(injected).toBeUndefined();
  });

  it('keeps the page where it is: no navigation away, no new windows', async () => {
    expect(
      await page.evaluate(() => (globalThis as unknown as PageGlobals).open('https://example.com')),
    ).toBeNull();
    await page.evaluate(() => {
      (globalThis as unknown as PageGlobals).location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe('app://newsline/index.html');
    expect(app.windows()).toHaveLength(1);
  });
});
