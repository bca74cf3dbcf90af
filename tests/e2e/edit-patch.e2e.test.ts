/**
 * An edit's change patched into the page at 50,000 events, in Chromium: hide an event, undo,
 * redo. The timeline keeps what it drew of the events the edit left alone (the same elements,
 * not drawn again from scratch), and what the page then shows (the count of events, the actor
 * list with its counts, the events the window holds, the events offered to merge with) is what
 * the same page showed before the edit, or loaded afresh shows.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreviewServer, type PreviewServer } from '../../electron/preview/server';
import type { ViewState } from '../../electron/shared/contract';
import { launchBrowser, shouldSkipBrowserTests, type LaunchedBrowser } from './browser';
import { ensureRendererBuilt, RENDERER_DIR } from './build-renderer';
import { createEditableSyntheticService } from './synthetic-service';

/** What the page shows of the library: the count of events and the actor list with its counts. */
const shown = (page: Page) =>
  page.evaluate(`({
    count: document.querySelector('[data-testid=shown-count]')?.textContent ?? '',
    actors: [...document.querySelectorAll('input[type=checkbox][data-actor]')].map(
      (box) => box.closest('label')?.textContent ?? '',
    ),
  })`) as Promise<{ count: string; actors: string[] }>;

/** Marks the items the timeline has drawn; returns how many. */
const markDrawn = (page: Page) =>
  page.evaluate(`(() => {
    const items = document.querySelectorAll('[data-testid=timeline] .vis-item');
    items.forEach((item) => (item.dataset.kept = 'yes'));
    return items.length;
  })()`) as Promise<number>;

/** Once the timeline has settled: how many of the marked items are still drawn. */
const stillDrawn = async (page: Page) => {
  await page.waitForSelector('[data-testid=timeline]:not([data-pending=true])', { timeout: 60_000 });
  return page.locator('[data-testid=timeline] .vis-item[data-kept=yes]').count();
};

/** The window's description for screen readers ("Showing … to …: 412 events."). */
const windowText = (page: Page) => page.locator('[data-testid=timeline-window-live]').textContent();

/** Ids of the events offered to merge the selected one with. */
const mergeChoices = (page: Page) =>
  page
    .locator('.curation-merge option')
    .evaluateAll((options) =>
      options.map((o) => (o as unknown as { value: string }).value).filter((v) => v !== ''),
    );

/** The 30 events nearest in time to `target` by sorting them all (the first of equally near ones first). */
function nearestBySort(
  target: { id: string; start: string },
  events: readonly { id: string; start: string }[],
) {
  const at = (s: string) => Date.parse(s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s);
  return events
    .filter((e) => e.id !== target.id)
    .map((e) => ({ id: e.id, d: Math.abs(at(e.start) - at(target.start)) }))
    .sort((a, b) => a.d - b.d)
    .slice(0, 30)
    .map((x) => x.id);
}

describe.skipIf(shouldSkipBrowserTests())('edits patched into a page of 50,000 events in Chromium', () => {
  let dir: string;
  let server: PreviewServer;
  let browser: LaunchedBrowser;
  let page: Page;
  let nearest: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    await ensureRendererBuilt();
    dir = mkdtempSync(join(tmpdir(), 'newsline-edit-patch-'));
    const view: ViewState = { hiddenActors: [], mode: 'any' };
    const options = { events: 50_000, actors: 30, from: '2016-01-01', to: '2025-12-31', view };
    const service = await createEditableSyntheticService(options, dir);
    const { events } = await service.getSnapshot();
    const selected = events[Math.floor(events.length / 2)];
    view.selectedEventId = selected?.id;
    if (selected) nearest = nearestBySort(selected, events);
    server = await startPreviewServer({ service, rendererDir: RENDERER_DIR });
    browser = await launchBrowser({ width: 1280, height: 800 });
    page = await browser.context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    await page.waitForSelector('[data-ready=true]', { timeout: 120_000 });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('patches the timeline with each change and shows what a fresh load shows', async () => {
    const before = await shown(page);
    expect(before.actors.length).toBeGreaterThan(0);
    const title = (await page.locator('.details h2').textContent()) ?? '';
    expect(await markDrawn(page)).toBeGreaterThan(0);
    await expect.poll(() => windowText(page), { timeout: 60_000 }).toMatch(/events/);
    const inWindow = await windowText(page);
    expect(await mergeChoices(page)).toEqual(nearest);

    await page.locator('.curation-buttons').getByRole('button', { name: 'Hide', exact: true }).click();
    await expect.poll(() => page.locator('.details').count(), { timeout: 60_000 }).toBe(0);
    expect(await stillDrawn(page)).toBeGreaterThan(0);
    const hidden = await shown(page);
    expect(hidden.count).not.toBe(before.count);

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => page.locator('.details h2').textContent(), { timeout: 60_000 }).toBe(title);
    expect(await stillDrawn(page)).toBeGreaterThan(0);
    expect(await shown(page)).toEqual(before);
    expect(await windowText(page)).toBe(inWindow);
    expect(await mergeChoices(page)).toEqual(nearest);

    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await expect.poll(() => page.locator('.details').count(), { timeout: 60_000 }).toBe(0);
    expect(await stillDrawn(page)).toBeGreaterThan(0);
    await expect.poll(() => shown(page), { timeout: 60_000 }).toEqual(hidden);

    // the same library loaded afresh shows the same
    await page.reload();
    await page.waitForSelector('[data-ready=true]', { timeout: 120_000 });
    expect(await shown(page)).toEqual(hidden);
    expect(errors).toEqual([]);
  }, 300_000);
});
