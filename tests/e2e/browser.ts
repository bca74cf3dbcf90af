/**
 * Finding and starting the browser for the end-to-end tests: Debian's Chromium (or the one named
 * by NEWSLINE_CHROMIUM) driven by playwright-core. Never downloads a browser.
 */
import { existsSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Path of the browser to use: env NEWSLINE_CHROMIUM, else the first of the usual Debian paths; null when none. */
export function findBrowser(): string | null {
  const fromEnv = process.env.NEWSLINE_CHROMIUM;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** True when a missing browser must fail the tests instead of skipping them (CI sets NEWSLINE_REQUIRE_BROWSER=1). */
export const browserRequired = process.env.NEWSLINE_REQUIRE_BROWSER === '1';

export const browserPath = findBrowser();

/** Reason printed when the browser tests skip. */
export const skipReason =
  browserPath === null
    ? `no Chromium found (set NEWSLINE_CHROMIUM, or install Debian's chromium at ${CANDIDATES.join(', ')})`
    : null;

/** True when the browser tests should skip: no browser and none required. Prints the reason. */
export function shouldSkipBrowserTests(): boolean {
  if (browserPath !== null || browserRequired) return false;
  console.warn(`Skipping browser tests: ${skipReason}`);
  return true;
}

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface LaunchedBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Starts Chromium with a fresh temporary profile; fails with a clear message when there is none. */
export async function launchBrowser(viewport = { width: 1280, height: 800 }): Promise<LaunchedBrowser> {
  if (browserPath === null) {
    throw new Error(`No browser was found for the end-to-end tests: ${skipReason}.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'newsline-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath,
    headless: true,
    args: ARGS,
    viewport,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export type { Browser };
