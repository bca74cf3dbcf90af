/**
 * Edits on a large library in Chromium, with the real curation over synthetic events (edits.json
 * in a folder of its own): hide an event, undo, redo, hide another. Each answer is a change the
 * page patches its copy with (no second load of the snapshot); and what the page then shows is
 * what a fresh start on the same edits shows (every edit replayed from scratch), event for event,
 * salience and actor counts included.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreviewServer, type PreviewServer } from '../../electron/preview/server';
import type { NewslineService, ViewState } from '../../electron/shared/contract';
import { launchBrowser, shouldSkipBrowserTests, type LaunchedBrowser } from './browser';
import { ensureRendererBuilt, RENDERER_DIR } from './build-renderer';
import { createEditableSyntheticService } from './synthetic-service';

const EVENTS = 20_000;
const options = (view: ViewState) => ({
  events: EVENTS,
  actors: 30,
  from: '2016-01-01',
  to: '2025-12-31',
  view,
});

describe.skipIf(shouldSkipBrowserTests())('edits on a library of 20,000 events in Chromium', () => {
  let dir: string;
  let service: NewslineService;
  let server: PreviewServer;
  let browser: LaunchedBrowser;
  let page: Page;
  const answers: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    await ensureRendererBuilt();
    dir = mkdtempSync(join(tmpdir(), 'newsline-edits-scale-'));
    const view: ViewState = { hiddenActors: [], mode: 'any' };
    service = await createEditableSyntheticService(options(view), dir);
    const { events } = await service.getSnapshot();
    view.selectedEventId = events[Math.floor(events.length / 2)]?.id;
    server = await startPreviewServer({ service, rendererDir: RENDERER_DIR });
    browser = await launchBrowser({ width: 1280, height: 800 });
    page = await browser.context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('response', (response: Response) => {
      const path = new URL(response.url()).pathname;
      if (path.startsWith('/api/')) answers.push(path.slice(5));
    });
    await page.goto(server.url);
    await page.waitForSelector('[data-ready=true]', { timeout: 120_000 });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('patches the page with each change, and shows what a fresh start on the same edits shows', async () => {
    const details = page.locator('.details h2');
    const selected = (await details.textContent()) ?? '';
    expect(selected.length).toBeGreaterThan(0);
    answers.length = 0;

    await page.locator('.curation-buttons').getByRole('button', { name: 'Hide', exact: true }).click();
    await expect.poll(() => page.locator('.details').count(), { timeout: 60_000 }).toBe(0);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => details.textContent(), { timeout: 60_000 }).toBe(selected);
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await expect.poll(() => page.locator('.details').count(), { timeout: 60_000 }).toBe(0);
    await expect.poll(() => answers.filter((a) => a === 'redo').length, { timeout: 60_000 }).toBe(1);

    // every answer was a change the page patched its copy with: no second load
    expect(answers).not.toContain('getSnapshot');
    expect(answers.filter((a) => ['hideEvent', 'undo', 'redo'].includes(a))).toEqual([
      'hideEvent',
      'undo',
      'redo',
    ]);

    // the page reloaded now shows the snapshot of the edits in memory …
    await page.reload();
    await page.waitForSelector('[data-ready=true]', { timeout: 120_000 });
    const shown = await service.getSnapshot();
    // … which is what every edit replayed from scratch gives (a fresh start on the same folder)
    const fresh = await createEditableSyntheticService(options({ hiddenActors: [], mode: 'any' }), dir);
    const replayed = await fresh.getSnapshot();
    expect(shown.events).toStrictEqual(replayed.events);
    expect(shown.actors).toStrictEqual(replayed.actors);
    expect(shown.hiddenEvents).toStrictEqual(replayed.hiddenEvents);
    expect(replayed.hiddenEvents?.map((e) => e.title)).toEqual([selected]);
    // the hidden event is kept aside on the page, to show again
    await expect.poll(() => page.getByText('Kept aside (1)').count(), { timeout: 60_000 }).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  }, 300_000);
});
