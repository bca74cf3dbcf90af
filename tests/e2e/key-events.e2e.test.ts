/**
 * Key events in Chromium, with the real services and the preview server: a dense week of one
 * story (127 events from forty articles of five outlets, imported and extracted here) shows its
 * most salient events as labels and the rest as a count; lanes stay short; "Key dates" ranks the
 * days by the salience of their events, goes to them and exports them.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, type NewslineService, type Snapshot } from '../../electron/shared/contract';
import { rankKeyDates } from '../../electron/shared/key-dates';
import { startPreviewServer, type PreviewServer } from '../../electron/preview/server';
import { createNewslineService } from '../../electron/services/index';
import { shortTitle } from '../../renderer/src/timeline/items';
import { launchBrowser, shouldSkipBrowserTests, type LaunchedBrowser } from './browser';
import { ensureRendererBuilt, RENDERER_DIR, ROOT } from './build-renderer';
import { DENSE_WEEK, denseWeekFiles, MAJOR } from './dense-week';
import { ITEMS, OUTPUT } from './sample-app';

const SLOW = 120_000;
const WEEK = {
  start: `${DENSE_WEEK.from}T00:00:00.000Z`,
  end: new Date(Date.parse(`${DENSE_WEEK.to}T00:00:00.000Z`) + 1.5 * 86_400_000).toISOString(),
};

describe.skipIf(shouldSkipBrowserTests())('key events on a dense week, in Chromium', () => {
  let service: NewslineService;
  let snapshot: Snapshot;
  let server: PreviewServer;
  let browser: LaunchedBrowser;
  let page: Page;
  let userDataDir: string;
  let axeSource: string;
  const errors: string[] = [];

  const open = async (viewport = { width: 1280, height: 800 }) => {
    await page.goto('about:blank');
    await service.saveViewState({ ...DEFAULT_VIEW_STATE, window: WEEK });
    await page.setViewportSize(viewport);
    await page.goto(server.url);
    if (await page.evaluate('localStorage.length > 0')) {
      await page.evaluate('localStorage.clear()');
      await page.reload();
    }
    await page.waitForSelector('[data-ready=true]', { timeout: 60_000 });
  };
  const labels = async () =>
    (await page.locator(ITEMS).locator('.vis-item-content').allTextContents()).map((t) => t.trim());
  const moreCounts = async () =>
    (await page.locator('.vis-item.nl-more .vis-item-content').allTextContents()).map((t) =>
      Number(/\+(\d+) more/.exec(t)?.[1] ?? NaN),
    );
  const axe = async (): Promise<string[]> => {
    if (!(await page.evaluate('typeof axe !== "undefined"'))) await page.evaluate(axeSource);
    return (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) =>
      r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')))`)) as string[];
  };

  beforeAll(async () => {
    await ensureRendererBuilt();
    userDataDir = mkdtempSync(join(tmpdir(), 'newsline-keys-'));
    service = await createNewslineService({ sampleDir: join(ROOT, 'assets', 'articles'), userDataDir });
    // a story of its own, apart from the sample
    const stories = await service.createStory('Syria: a dense week');
    const story = stories.stories.find((s) => s.name === 'Syria: a dense week');
    await service.switchStory(story?.id ?? '');
    snapshot = (await service.importArticles(denseWeekFiles())).snapshot;
    server = await startPreviewServer({ service, rendererDir: RENDERER_DIR });
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    mkdirSync(OUTPUT, { recursive: true });
    axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  }, SLOW);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  it('gives every event of the snapshot a salience, the events most outlets carry the highest', () => {
    expect(snapshot.events).toHaveLength(127);
    for (const e of snapshot.events) expect(e.salience).toBeGreaterThanOrEqual(0);
    const ranked = [...snapshot.events].sort((a, b) => (b.salience ?? 0) - (a.salience ?? 0));
    expect(
      ranked
        .slice(0, MAJOR.length)
        .map((e) => e.title)
        .sort(),
    ).toEqual(MAJOR.map(([, , lead]) => lead.replace(/ on March \d+\.$/, '')).sort());
  });

  it(
    'a dense week shows its most salient events as labels and the rest as a count',
    async () => {
      for (const viewport of [
        { width: 1280, height: 800 },
        { width: 900, height: 700 },
      ]) {
        await open(viewport);
        await expect.poll(async () => (await moreCounts()).length, { timeout: 20_000 }).toBeGreaterThan(0);
        const drawn = await labels();
        const more = (await moreCounts()).reduce((a, b) => a + b, 0);
        // a few labels, not a wall of 127; every event either labelled or counted
        expect(drawn.length, `${viewport.width}`).toBeGreaterThanOrEqual(5);
        expect(drawn.length, `${viewport.width}`).toBeLessThanOrEqual(30);
        expect(drawn.length + more).toBe(127);
        // the events most outlets carry are among the labels
        for (const [, , lead] of MAJOR) {
          const title = snapshot.events.find((e) => lead.startsWith(e.title))?.title ?? lead;
          expect(drawn).toContain(shortTitle(title));
        }
        await page.screenshot({
          path: join(OUTPUT, `key-events-week-${viewport.width}x${viewport.height}.png`),
        });
      }
      expect(errors).toEqual([]);
    },
    SLOW,
  );

  it(
    'an event searched for, or selected from the key dates, is drawn even when less salient',
    async () => {
      await open();
      const detail = snapshot.events.find((e) => e.title.includes('Tarek'));
      expect(detail).toBeDefined();
      expect(await labels()).not.toContain(shortTitle(detail?.title ?? ''));
      await page.getByRole('searchbox', { name: 'Search events' }).fill('Tarek');
      await expect.poll(labels, { timeout: 10_000 }).toContain(shortTitle(detail?.title ?? ''));
    },
    SLOW,
  );

  it(
    'lanes stay short: the first lane holds a few rows and the lanes scroll',
    async () => {
      await open();
      await page.locator('.toolbar').getByRole('button', { name: 'Lanes' }).click();
      await page.waitForSelector('.timeline-canvas.with-lanes .vis-foreground .vis-group');
      await expect.poll(async () => (await labels()).length, { timeout: 20_000 }).toBeGreaterThan(0);
      const heights = (await page.evaluate(`(() => {
        const groups = [...document.querySelectorAll('.timeline-canvas .vis-foreground .vis-group')];
        const panel = document.querySelector('.timeline-canvas .vis-panel.vis-center');
        return { lanes: groups.map((g) => g.getBoundingClientRect().height), view: panel ? panel.clientHeight : 0 };
      })()`)) as { lanes: number[]; view: number };
      expect(heights.lanes.length).toBeGreaterThan(1);
      expect(Math.max(...heights.lanes)).toBeLessThanOrEqual(heights.view / 3);
      await page.screenshot({ path: join(OUTPUT, 'key-events-lanes-1280x800.png') });
    },
    SLOW,
  );

  it(
    'Key dates lists the days by the salience of their events, goes to one, and exports them',
    async () => {
      const expected = rankKeyDates(snapshot.events);
      // the days of the events most outlets carry come first, not the days with most events
      const majorDays = MAJOR.map(([day]) => `2012-03-${12 + day}`).sort();
      expect(
        expected
          .slice(0, 3)
          .map((d) => d.date)
          .sort(),
      ).toEqual(majorDays);
      const busiest = [...expected].sort((a, b) => b.events - a.events).slice(0, 3);
      expect(busiest.map((d) => d.date).sort()).not.toEqual(majorDays);
      for (const viewport of [
        { width: 1280, height: 800 },
        { width: 900, height: 700 },
      ]) {
        await open(viewport);
        await page.locator('.toolbar').getByRole('button', { name: 'Key dates' }).click();
        const list = page.getByRole('list', { name: 'Key dates, most important first' });
        await expect.poll(() => list.locator(':scope > li').count()).toBe(expected.length);
        const first = list.locator(':scope > li').first();
        expect(await first.locator('.key-date').textContent()).toBe(
          new Date(`${expected[0]?.date}T00:00:00Z`).toLocaleDateString('en-GB', {
            day: 'numeric',
            month: 'long',
            year: 'numeric',
            timeZone: 'UTC',
          }),
        );
        await page.screenshot({ path: join(OUTPUT, `key-dates-${viewport.width}x${viewport.height}.png`) });
      }
      // going to the first day selects its most salient event on the timeline
      const list = page.getByRole('list', { name: 'Key dates, most important first' });
      await list.locator('.key-date').first().click();
      const top = snapshot.events.find((e) => e.id === expected[0]?.top[0]);
      await expect
        .poll(() => page.locator('.vis-item.vis-selected .vis-item-content').first().textContent())
        .toBe(shortTitle(top?.title ?? ''));
      // exports: CSV (the days in the same order) and Markdown
      const [csv] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export CSV' }).click(),
      ]);
      expect(csv.suggestedFilename()).toMatch(/key-dates\.csv$/);
      const rows = readFileSync(await csv.path(), 'utf8')
        .replace(/^\uFEFF/, '')
        .split('\r\n');
      expect(rows[0]).toBe('rank,date,score,events,articles,key_events');
      expect(rows[1]?.startsWith(`1,${expected[0]?.date},`)).toBe(true);
      const [md] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export Markdown' }).click(),
      ]);
      const text = readFileSync(await md.path(), 'utf8');
      expect(text).toContain(`1. **${expected[0]?.date}**`);
      expect(text).toContain(top?.title ?? '');
      expect(errors).toEqual([]);
    },
    SLOW,
  );

  it(
    'has no serious accessibility violations with the key dates open, in every theme',
    async () => {
      await open();
      await page.locator('.toolbar').getByRole('button', { name: 'Key dates' }).click();
      await page.getByRole('list', { name: 'Key dates, most important first' }).waitFor();
      expect(await axe(), 'light').toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await axe(), 'dark').toEqual([]);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.getByRole('button', { name: 'High contrast' }).click();
      expect(await axe(), 'high contrast').toEqual([]);
      await page.getByRole('button', { name: 'High contrast' }).click();
    },
    SLOW,
  );
});
