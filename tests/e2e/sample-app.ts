/**
 * The explorer on the bundled sample for the browser tests of searching and reading: the real
 * services with a fresh user-data folder, the loopback preview server and Chromium.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEFAULT_VIEW_STATE, type NewslineService, type Snapshot } from '../../electron/shared/contract';
import type { NewsEvent } from '../../electron/shared/model';
import { startPreviewServer, type PreviewServer } from '../../electron/preview/server';
import { createNewslineService } from '../../electron/services/index';
import { shortTitle } from '../../renderer/src/timeline/items';
import { launchBrowser, type LaunchedBrowser } from './browser';
import { ensureRendererBuilt, RENDERER_DIR, ROOT } from './build-renderer';

export const ITEMS = '.vis-item.nl-event.vis-point, .vis-item.nl-event.vis-range';
export const OUTPUT = join(ROOT, 'test-output');

export interface SampleApp {
  service: NewslineService;
  /** The services' user-data folder (fresh for the run). */
  userDataDir: string;
  snapshot: Snapshot;
  page: Page;
  /** Errors the page reported. */
  errors: string[];
  /** Opens the page on a fresh view (no filter, window fitted to all events). */
  openFresh(viewport?: { width: number; height: number }): Promise<void>;
  /** Short titles of the items drawn on the timeline, sorted. */
  drawnTitles(): Promise<string[]>;
  /** Waits until the timeline shows exactly these events. */
  expectShown(events: readonly NewsEvent[]): Promise<void>;
  /** Serious and critical axe-core violations of the page as it is. */
  axeViolations(): Promise<string[]>;
  close(): Promise<void>;
}

/** Short titles of events, sorted, as the timeline shows them. */
export const titlesOf = (events: readonly NewsEvent[]): string[] =>
  events.map((e) => shortTitle(e.title)).sort();

/** Starts the services, the preview server and the browser on the bundled sample. */
export async function startSampleApp(): Promise<SampleApp> {
  await ensureRendererBuilt();
  const userDataDir = mkdtempSync(join(tmpdir(), 'newsline-e2e-'));
  const service = await createNewslineService({ sampleDir: join(ROOT, 'assets', 'articles'), userDataDir });
  const snapshot = await service.getSnapshot();
  const server: PreviewServer = await startPreviewServer({ service, rendererDir: RENDERER_DIR });
  const browser: LaunchedBrowser = await launchBrowser();
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  // A refused request names itself and the server's reason, so a failure says why.
  page.on('response', (response) => {
    if (response.url().includes('/api/') && response.status() >= 400) {
      void response
        .text()
        .catch(() => '')
        .then((body) => errors.push(`${new URL(response.url()).pathname} ${response.status()}: ${body}`));
    }
  });
  mkdirSync(OUTPUT, { recursive: true });
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

  const drawnTitles = async () =>
    (await page.locator(ITEMS).locator('.vis-item-content').allTextContents()).map((t) => t.trim()).sort();
  return {
    service,
    userDataDir,
    snapshot,
    page,
    errors,
    async openFresh(viewport = { width: 1280, height: 800 }) {
      // leave the page first: a save of its view still pending would otherwise come after this one
      await page.goto('about:blank');
      await service.saveViewState({ ...DEFAULT_VIEW_STATE });
      await page.setViewportSize(viewport);
      await page.goto(server.url);
      // fresh as a first start: the page's own choices (list or timeline, lanes) forgotten too
      if (await page.evaluate('localStorage.length > 0')) {
        await page.evaluate('localStorage.clear()');
        await page.reload();
      }
      await page.waitForSelector('[data-ready=true]', { timeout: 30_000 });
    },
    drawnTitles,
    async expectShown(events) {
      // (a reload under load takes seconds before the snapshot is drawn)
      await expect.poll(drawnTitles, { timeout: 15_000 }).toEqual(titlesOf(events));
    },
    async axeViolations() {
      if (!(await page.evaluate('typeof axe !== "undefined"'))) await page.evaluate(axeSource);
      return (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) =>
        r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => v.id + ': ' + v.help + ' ' + v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')))`)) as string[];
    },
    async close() {
      await browser.close();
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Lower case without accents: the test's own reading of "case- and accent-insensitive". */
export function plain(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}
