/**
 * A page opened again after an edit (a reload, a second window), in Chromium, on a library of
 * 20,000 events: once the edits pause, the services pack the new snapshot ahead, so that the page
 * opened next is answered with it at once; and that page shows the library as edited.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreviewServer, type PreviewServer } from '../../electron/preview/server';
import type { NewslineService, ViewState } from '../../electron/shared/contract';
import { isPacked } from '../../electron/shared/snapshot-text';
import { launchBrowser, shouldSkipBrowserTests, type LaunchedBrowser } from './browser';
import { ensureRendererBuilt, RENDERER_DIR } from './build-renderer';
import { createEditableSyntheticService } from './synthetic-service';

const EVENTS = 20_000;

/** The number of events the timeline says it shows. */
const shownOf = async (page: Page): Promise<number> => {
  const label = (await page.locator('.timeline-region').getAttribute('aria-label')) ?? '';
  return Number(/Timeline, ([\d,]+) event/.exec(label)?.[1]?.replace(/,/g, '') ?? NaN);
};

describe.skipIf(shouldSkipBrowserTests())('a page opened again after an edit, in Chromium', () => {
  let dir: string;
  let service: NewslineService;
  let server: PreviewServer;
  let browser: LaunchedBrowser;
  const errors: string[] = [];

  beforeAll(async () => {
    await ensureRendererBuilt();
    dir = mkdtempSync(join(tmpdir(), 'newsline-reopen-'));
    const view: ViewState = { hiddenActors: [], mode: 'any' };
    service = await createEditableSyntheticService(
      { events: EVENTS, actors: 30, from: '2016-01-01', to: '2025-12-31', view },
      dir,
    );
    const { events } = await service.getSnapshot();
    view.selectedEventId = events[Math.floor(events.length / 2)]?.id;
    server = await startPreviewServer({ service, rendererDir: RENDERER_DIR });
    browser = await launchBrowser({ width: 1280, height: 800 });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const open = async (): Promise<Page> => {
    const page = await browser.context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    await page.waitForSelector('[data-ready=true]', { timeout: 120_000 });
    return page;
  };

  it('has the edited library packed before the page asks, and shows it', async () => {
    const first = await open();
    expect(await shownOf(first)).toBe(EVENTS);
    await first.locator('.curation-buttons').getByRole('button', { name: 'Hide', exact: true }).click();
    await expect.poll(() => first.locator('.details').count(), { timeout: 60_000 }).toBe(0);
    await expect.poll(() => shownOf(first), { timeout: 60_000 }).toBe(EVENTS - 1);

    // the edits pause: the services pack the snapshot the edit made, before any page asks for it
    const edited = await service.getSnapshot();
    expect(edited.events).toHaveLength(EVENTS - 1);
    await expect.poll(() => isPacked(edited), { timeout: 30_000 }).toBe(true);

    const second = await open();
    expect(await shownOf(second)).toBe(EVENTS - 1);
    expect(await second.locator('.details').count()).toBe(0);
    expect(errors).toEqual([]);
  }, 180_000);
});
