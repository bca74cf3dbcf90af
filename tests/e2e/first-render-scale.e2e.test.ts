/**
 * What the page shows on opening a library of 20,000 events (2,500 articles) and on a filter
 * change, in Chromium: the work done for it is only what is drawn (the article facet makes the
 * rows it lists, ids are looked up on demand, density is counted once per question), and what
 * is drawn is what the whole work gives: the newest articles in order, a chosen one kept in the
 * list, "Show all" in the same order, and bands whose counts add up to the events shown. The
 * page's first frame already holds the timeline and its counts (no empty pane painted first).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreviewServer, type PreviewServer } from '../../electron/preview/server';
import type { Snapshot } from '../../electron/shared/contract';
import { launchBrowser, shouldSkipBrowserTests, type LaunchedBrowser } from './browser';
import { ensureRendererBuilt, RENDERER_DIR, ROOT } from './build-renderer';
import { createSyntheticService } from './synthetic-service';

const OUTPUT = join(ROOT, 'test-output');
const COUNT_BANDS = '.vis-item.nl-agg:not(.nl-more)';
const ARTICLE_BOXES = 'input[data-facet="article"]';

/** The articles' ids in the facet's order: newest day first, by title within a day, then as listed. */
function facetOrder(snapshot: Snapshot): string[] {
  const title = new Intl.Collator('en').compare;
  return snapshot.articles
    .map((a, i) => ({ a, i }))
    .sort(
      (x, y) =>
        (x.a.published === y.a.published ? 0 : x.a.published < y.a.published ? 1 : -1) ||
        title(x.a.title, y.a.title) ||
        x.i - y.i,
    )
    .map((x) => x.a.id);
}

const keysListed = (page: Page) =>
  page.locator(ARTICLE_BOXES).evaluateAll((els) => els.map((e) => e.getAttribute('data-key') ?? ''));

/** The counts of the bands drawn, added up, once the density worker has answered. */
async function bandTotal(page: Page): Promise<number> {
  // (polled from here: a string predicate polled in the page is compiled there, which the page's
  // CSP refuses, without 'unsafe-eval')
  await expect
    .poll(() => page.locator('[data-testid=timeline]').getAttribute('data-pending'), { timeout: 30_000 })
    .not.toBe('true');
  return page
    .locator(COUNT_BANDS)
    .evaluateAll((els) => els.reduce((sum, e) => sum + Number((e.textContent ?? '').replace(/,/g, '')), 0));
}

describe.skipIf(shouldSkipBrowserTests())('opening and filtering 20,000 events in Chromium', () => {
  let server: PreviewServer;
  let browser: LaunchedBrowser;
  let page: Page;
  let snapshot: Snapshot;
  const errors: string[] = [];

  beforeAll(async () => {
    await ensureRendererBuilt();
    const service = createSyntheticService({
      events: 20_000,
      actors: 30,
      from: '2016-01-01',
      to: '2025-12-31',
    });
    snapshot = await service.getSnapshot();
    server = await startPreviewServer({ service, rendererDir: RENDERER_DIR });
    browser = await launchBrowser({ width: 1280, height: 800 });
    page = await browser.context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    await page.waitForSelector('[data-ready=true]', { timeout: 120_000 });
    mkdirSync(OUTPUT, { recursive: true });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists the newest articles in order, keeps a chosen one listed, and shows all in the same order', async () => {
    const order = facetOrder(snapshot);
    expect(await keysListed(page)).toEqual(order.slice(0, 20));
    await page.screenshot({ path: join(OUTPUT, 'first-render-scale-1280.png') });

    // an article far down the list, found by its title and chosen
    const far = snapshot.articles.find((a) => a.id === order[2000])!;
    await page.getByRole('searchbox', { name: 'Filter articles' }).fill(far.title);
    const farBox = page.locator(`${ARTICLE_BOXES}[data-key="${far.id}"]`);
    await farBox.check();
    await page.getByRole('searchbox', { name: 'Filter articles' }).fill('');
    await expect.poll(() => keysListed(page)).toEqual([...order.slice(0, 20), far.id]);
    expect(await farBox.isChecked()).toBe(true);
    const reported = snapshot.events.filter((e) => e.sources.some((s) => s.articleId === far.id)).length;
    await expect.poll(() => page.getByTestId('shown-count').textContent()).toBe(`${reported} of 20000`);
    // unchosen, it leaves the list (it is not among the newest)
    await farBox.click();
    await expect.poll(() => keysListed(page)).toEqual(order.slice(0, 20));

    await page.getByRole('button', { name: 'Show all 2500 articles' }).click();
    await expect.poll(async () => (await keysListed(page)).length).toBe(2500);
    expect(await keysListed(page)).toEqual(order);
    await page.getByRole('button', { name: 'Show the first 20' }).click();
    await expect.poll(async () => (await keysListed(page)).length).toBe(20);
    expect(errors).toEqual([]);
  }, 120_000);

  it('paints the explorer for the first time with its timeline and counts already drawn', async () => {
    const fresh = await browser.context.newPage();
    fresh.on('pageerror', (e) => errors.push(e.message));
    // what the first frame after the explorer is put in the page holds (a frame's callbacks run
    // just before it is painted)
    await fresh.addInitScript(`
      new MutationObserver((_, observer) => {
        if (!document.querySelector('.app')) return;
        observer.disconnect();
        requestAnimationFrame(() => {
          window.firstFrame = {
            timeline: document.querySelector('[data-testid=timeline] .vis-timeline') !== null,
            bands: document.querySelectorAll('.vis-item.nl-agg:not(.nl-more)').length,
            text: document.querySelector('[data-testid=timeline-window-live]')?.textContent ?? '',
          };
        });
      }).observe(document, { childList: true, subtree: true });
    `);
    await fresh.goto(server.url);
    await fresh.waitForSelector('[data-ready=true]', { timeout: 120_000 });
    await expect.poll(() => fresh.evaluate('window.firstFrame !== undefined')).toBe(true);
    const frame = (await fresh.evaluate('window.firstFrame')) as {
      timeline: boolean;
      bands: number;
      text: string;
    };
    expect(frame.timeline).toBe(true);
    expect(frame.bands).toBeGreaterThan(0);
    // the window it shows is announced from the start, the count written as the page writes numbers
    expect(frame.text).toMatch(/^Showing .+: 20,000 events\.$/);
    await fresh.close();
    expect(errors).toEqual([]);
  }, 120_000);

  it('draws bands that count every event shown, before and after a filter', async () => {
    await page.getByRole('button', { name: 'Fit all' }).click();
    await expect.poll(() => bandTotal(page), { timeout: 30_000 }).toBe(20_000);
    const busiest = [...snapshot.actors].sort((a, b) => b.count - a.count)[0]!;
    await page.locator(`input[type=checkbox][data-actor="${busiest.name}"]`).uncheck();
    const shown = snapshot.events.filter(
      (e) => e.actors.length === 0 || e.actors.some((a) => a.name !== busiest.name),
    ).length;
    expect(shown).toBeLessThan(20_000);
    await expect.poll(() => page.getByTestId('shown-count').textContent()).toBe(`${shown} of 20000`);
    await expect.poll(() => bandTotal(page), { timeout: 30_000 }).toBe(shown);
    await page.setViewportSize({ width: 900, height: 700 });
    await page.screenshot({ path: join(OUTPUT, 'first-render-scale-900.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.locator(`input[type=checkbox][data-actor="${busiest.name}"]`).check();
    await expect.poll(() => bandTotal(page), { timeout: 30_000 }).toBe(20_000);
    expect(errors).toEqual([]);
  }, 120_000);
});
