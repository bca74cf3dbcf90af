/**
 * Sharing in Chromium, served by the loopback preview with the real services on the bundled
 * sample: the PNG and the printed PDF show the sharing layout (title, dates shown, filters in
 * words, legend; no search box, chips, toolbar or side panes; the first label whole), the
 * preview prints it without an error, and the TimelineJS story takes the saved view's name.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE } from '../../electron/shared/contract';
import { shouldSkipBrowserTests } from './browser';
import { OUTPUT, startSampleApp, type SampleApp } from './sample-app';
import { timelineJsFile } from '../services/timelinejs-schema';

const SLOW = 120_000;
/** The A4 landscape page less its 10 mm margins, in CSS pixels (96 per inch). */
const PRINTABLE = { width: (277 / 25.4) * 96, height: (190 / 25.4) * 96 };

/** What the page shows, read in the page (at the moment a picture is taken or the page printed). */
const READ_LAYOUT = `(() => {
  const box = (el) => {
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height };
  };
  const shown = (selector) => [...document.querySelectorAll(selector)].some((el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  });
  const text = (selector) => document.querySelector(selector)?.textContent?.trim() ?? null;
  const lefts = (selector) => [...document.querySelectorAll(selector)]
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0)
    .map((r) => r.left);
  return {
    title: text('[data-testid=share-header] .share-title'),
    range: text('[data-testid=share-header] .share-range'),
    filters: text('[data-testid=share-header] .share-filters'),
    headerShown: shown('[data-testid=share-header]'),
    legend: [...document.querySelectorAll('.timeline-pane .legend li')].map((li) => li.textContent.trim()),
    legendShown: shown('.timeline-pane .legend'),
    search: shown('.find-row'),
    chips: shown('.chips'),
    toolbar: shown('.toolbar'),
    filtersPane: shown('.filters'),
    sidePane: shown('.details-pane'),
    list: shown('.event-list'),
    pane: box(document.querySelector('.timeline-pane')),
    region: box(document.querySelector('.timeline-region')),
    center: box(document.querySelector('.timeline-canvas .vis-panel.vis-center')),
    pointLefts: lefts('.timeline-canvas .vis-item.vis-point.nl-event'),
    labelLefts: lefts('.timeline-canvas .vis-item.nl-event .vis-item-content'),
    documentTitle: document.title,
    printed: document.querySelectorAll('.print-sheet .print-events > li').length,
  };
})()`;

interface Layout {
  title: string | null;
  range: string | null;
  filters: string | null;
  headerShown: boolean;
  legend: string[];
  legendShown: boolean;
  search: boolean;
  chips: boolean;
  toolbar: boolean;
  filtersPane: boolean;
  sidePane: boolean;
  list: boolean;
  pane: { left: number; right: number; top: number; bottom: number; width: number; height: number };
  region: Layout['pane'];
  center: Layout['pane'] | null;
  pointLefts: number[];
  labelLefts: number[];
  documentTitle: string;
  printed: number;
}

const readLayout = (page: Page) => page.evaluate(READ_LAYOUT) as Promise<Layout>;

/** Number of different colours in a PNG, sampled (a blank picture has one or two). */
async function coloursOf(page: Page, png: Buffer): Promise<number> {
  return (await page.evaluate(`(async (data) => {
    const image = new Image();
    image.src = 'data:image/png;base64,' + data;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    const colours = new Set();
    for (let i = 0; i < pixels.length; i += 4 * 7) colours.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
    return colours.size;
  })(${JSON.stringify(png.toString('base64'))})`)) as number;
}

describe.skipIf(shouldSkipBrowserTests())('sharing the timeline in Chromium on the bundled sample', () => {
  let app: SampleApp;
  let page: Page;

  beforeAll(async () => {
    app = await startSampleApp();
    page = app.page;
  });

  afterAll(async () => {
    await app?.close();
  });

  const openExport = () => page.getByRole('button', { name: 'Export', exact: true }).click();
  const only = (name: string) => page.getByRole('button', { name: `Only ${name}`, exact: true }).click();
  const saveView = async (name: string) => {
    await page.getByRole('button', { name: 'Views', exact: true }).click();
    await page.getByRole('textbox', { name: 'Save current view as' }).fill(name);
    await page.getByRole('button', { name: 'Save view' }).click();
    await expect.poll(async () => (await app.service.listViews()).map((v) => v.name)).toContain(name);
    await page.keyboard.press('Escape');
  };

  /**
   * Saves the PNG from the export menu; returns the file, its name, and the page's layout at the
   * moment it was drawn (read when the page turns its canvas into the PNG).
   */
  async function savePng(): Promise<{ png: Buffer; name: string; during: Layout }> {
    await page.evaluate(`(() => {
      const encode = HTMLCanvasElement.prototype.toDataURL;
      HTMLCanvasElement.prototype.toDataURL = function (...args) {
        window.__sharedLayout = ${READ_LAYOUT};
        return encode.apply(this, args);
      };
    })()`);
    await openExport();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Visible timeline as PNG' }).click(),
    ]);
    const png = readFileSync(await download.path());
    const during = (await page.evaluate('window.__sharedLayout')) as Layout;
    return { png, name: download.suggestedFilename(), during };
  }

  /** Downloads the TimelineJS export and checks it against the format's schema. */
  async function saveTimelineJs() {
    await openExport();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'TimelineJS story (JSON)' }).click(),
    ]);
    return timelineJsFile.parse(JSON.parse(readFileSync(await download.path(), 'utf8')));
  }

  it(
    'saves a PNG of the timeline only: the saved view’s title, the dates shown, the filters in words, a legend',
    async () => {
      await app.openFresh({ width: 1280, height: 800 });
      await only('Sergey Lavrov');
      await page.getByRole('searchbox', { name: 'Search events' }).fill('"open to"');
      const shown = app.snapshot.events.filter(
        (e) => e.actors.some((a) => a.name === 'Sergey Lavrov') && /open to/i.test(e.title),
      );
      expect(shown.length).toBeGreaterThan(0);
      await app.expectShown(shown);
      await saveView('Lavrov: open to talks');
      const before = await readLayout(page);
      expect(before).toMatchObject({ search: true, chips: true, toolbar: true, filtersPane: true });
      expect(before.headerShown).toBe(false);

      const { png, name, during } = await savePng();
      writeFileSync(join(OUTPUT, 'share-1280x800.png'), png);
      expect(name).toMatch(/^lavrov-open-to-talks-\d{4}-\d{2}-\d{2}\.png$/);
      expect(during).toMatchObject({
        title: 'Lavrov: open to talks',
        filters: 'Actors: Sergey Lavrov · Search: “open to”',
        headerShown: true,
        legendShown: true,
        search: false,
        chips: false,
        toolbar: false,
        filtersPane: false,
        sidePane: false,
        documentTitle: 'Lavrov: open to talks',
      });
      expect(during.range).toMatch(
        new RegExp(`^\\d{1,2} \\w+ \\d{4} to \\d{1,2} \\w+ \\d{4} · ${shown.length} events?$`),
      );
      expect(during.legend).toContain('Ringed: matches the search');
      // the picture is the sharing layout, which fills the window
      expect(png.readUInt32BE(16)).toBe(Math.ceil(during.pane.width));
      expect(png.readUInt32BE(20)).toBe(Math.ceil(during.pane.height));
      expect(during.pane.width).toBeGreaterThan(1200);
      expect(await coloursOf(page, png)).toBeGreaterThan(20);

      // and the page is as it was
      await expect
        .poll(() => readLayout(page))
        .toMatchObject({ headerShown: false, search: true, toolbar: true });
      expect(await page.title()).toBe('Newsline');
      expect(app.errors, app.errors.join('\n')).toEqual([]);
    },
    SLOW,
  );

  it(
    'draws the first label whole: the picture’s window starts a little before the first event at its edge',
    async () => {
      await app.openFresh({ width: 1280, height: 800 });
      // the window starts an hour after the first day's events: their dots fall off its left edge
      const first = [...app.snapshot.events]
        .filter((e) => e.precision === 'day' && !e.end)
        .sort((a, b) => (a.start < b.start ? -1 : 1))[0]!;
      const start = Date.parse(`${first.start}T13:00:00Z`);
      await app.service.saveViewState({
        ...DEFAULT_VIEW_STATE,
        window: {
          start: new Date(start).toISOString(),
          end: new Date(start + 40 * 86_400_000).toISOString(),
        },
      });
      await page.reload();
      await page.waitForSelector('[data-ready=true]');
      await expect
        .poll(async () => {
          const { pointLefts, center } = await readLayout(page);
          return Math.min(...pointLefts) < (center?.left ?? 0);
        })
        .toBe(true);

      const { during } = await savePng();
      expect(during.headerShown).toBe(true);
      expect(during.pointLefts.length).toBeGreaterThan(0);
      expect(Math.min(...during.pointLefts)).toBeGreaterThanOrEqual(during.center!.left);
      expect(Math.min(...during.labelLefts)).toBeGreaterThanOrEqual(during.center!.left);
      // the window on screen is the one left before
      const after = await readLayout(page);
      expect(Math.min(...after.pointLefts)).toBeLessThan(after.center!.left);
    },
    SLOW,
  );

  it(
    'prints the same layout from the preview’s “Timeline as PDF”: no error, the page one holds the timeline whole',
    async () => {
      await app.openFresh({ width: 1280, height: 800 });
      await only('Donald Trump');
      const trump = app.snapshot.events.filter((e) => e.actors.some((a) => a.name === 'Donald Trump'));
      await app.expectShown(trump);
      // the browser's Print dialog: the page is read at the moment it would print
      await page.evaluate(`window.print = () => { window.__printedLayout = ${READ_LAYOUT}; }`);
      await openExport();
      await page.getByRole('button', { name: 'Timeline as PDF' }).click();
      await expect.poll(() => page.evaluate('window.__printedLayout !== undefined')).toBe(true);
      const printed = (await page.evaluate('window.__printedLayout')) as Layout;
      expect(printed).toMatchObject({
        title: 'Sample: January 2025', // no saved view applied: the story's name
        filters: 'Actors: Donald Trump',
        headerShown: true,
        legendShown: true,
        search: false,
        chips: false,
        toolbar: false,
        filtersPane: false,
        documentTitle: 'Sample: January 2025',
        printed: trump.length,
      });
      // laid out at the printed page's size, the timeline inside it
      expect(printed.pane.width).toBeLessThanOrEqual(PRINTABLE.width);
      expect(printed.pane.height).toBeLessThanOrEqual(PRINTABLE.height);
      expect(printed.pane.width).toBeGreaterThan(PRINTABLE.width * 0.95);
      expect(printed.region.right).toBeLessThanOrEqual(printed.pane.right);
      expect(printed.region.bottom).toBeLessThanOrEqual(printed.pane.bottom);
      expect(printed.center!.right).toBeLessThanOrEqual(printed.region.right + 0.5);
      // no error banner; the page is itself again
      await expect
        .poll(() => readLayout(page))
        .toMatchObject({ headerShown: false, toolbar: true, printed: 0 });
      expect(await page.locator('.error-line').count()).toBe(0);
      expect(app.errors, app.errors.join('\n')).toEqual([]);
    },
    SLOW,
  );

  it(
    'prints from the browser’s own Print (Ctrl+P) in the same layout: no toolbar, search or chips; the events follow',
    async () => {
      await app.openFresh({ width: 1280, height: 800 });
      await only('Sergey Lavrov');
      await page.emulateMedia({ media: 'print' });
      await page.evaluate("window.dispatchEvent(new Event('beforeprint'))");
      try {
        const printed = await readLayout(page);
        expect(printed).toMatchObject({
          headerShown: true,
          legendShown: true,
          search: false,
          chips: false,
          toolbar: false,
          filtersPane: false,
          filters: 'Actors: Sergey Lavrov',
        });
        expect(printed.pane.height).toBeLessThanOrEqual(PRINTABLE.height);
        expect(printed.center!.right).toBeLessThanOrEqual(printed.pane.right);
        const { left: x, top: y, width, height } = printed.pane;
        await page.screenshot({ path: join(OUTPUT, 'share-print-page1.png'), clip: { x, y, width, height } });
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
        writeFileSync(join(OUTPUT, 'share.pdf'), pdf);
        const text = pdf.toString('latin1');
        // A4 landscape (842 × 595 points), the list of events on the pages after the first
        expect(text).toMatch(/\/MediaBox \[0 0 84[12]\.\d+ 59[45]\.\d+\]/);
        expect(text.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0).toBeGreaterThan(1);
      } finally {
        await page.evaluate("window.dispatchEvent(new Event('afterprint'))");
        await page.emulateMedia({ media: 'screen' });
      }
      await expect
        .poll(() => readLayout(page))
        .toMatchObject({ headerShown: false, toolbar: true, printed: 0 });
    },
    SLOW,
  );

  it(
    'titles the TimelineJS story after the saved view applied, and after nothing once the filters change',
    async () => {
      await app.openFresh({ width: 1280, height: 800 });
      await only('Sergey Lavrov');
      await saveView('Lavrov statements');
      const lavrov = app.snapshot.events.filter((e) => e.actors.some((a) => a.name === 'Sergey Lavrov'));
      const story = await saveTimelineJs();
      expect(story.title?.text?.headline).toBe('Lavrov statements');
      expect(story.title?.text?.text).toContain('Actors: Sergey Lavrov');
      expect(story.events).toHaveLength(lavrov.length);

      // the filters changed: no saved view titles it any longer, the story does
      await page.getByRole('button', { name: 'All', exact: true }).click();
      expect((await saveTimelineJs()).title?.text?.headline).toBe('Sample: January 2025');

      await page.getByRole('button', { name: 'Views', exact: true }).click();
      await page
        .getByRole('list', { name: 'Saved views list' })
        .getByRole('button', { name: 'Lavrov statements', exact: true })
        .click();
      await app.expectShown(lavrov);
      expect((await saveTimelineJs()).title?.text?.headline).toBe('Lavrov statements');
      // the restored view is saved (a moment later) before the next test opens a fresh page
      await expect
        .poll(async () => (await app.service.getViewState()).hiddenActors.length)
        .toBe(app.snapshot.actors.length - 1);
    },
    SLOW,
  );

  it(
    'keeps the sharing layout legible at 900×700, in lanes and from the list view, and accessible in every theme',
    async () => {
      await app.openFresh({ width: 900, height: 700 });
      await page.getByRole('button', { name: 'Lanes', exact: true }).click();
      await page.getByRole('button', { name: 'List', exact: true }).click();
      const { png, during } = await savePng();
      writeFileSync(join(OUTPUT, 'share-900x700.png'), png);
      expect(during).toMatchObject({ headerShown: true, list: false, search: false, toolbar: false });
      expect(during.legend).toEqual(expect.arrayContaining(['Country lane', 'Person lane']));
      expect(during.pointLefts.length).toBeGreaterThan(0);
      expect(png.readUInt32BE(16)).toBe(900);
      expect(await coloursOf(page, png)).toBeGreaterThan(20);
      await page.getByRole('button', { name: 'Timeline', exact: true }).click();
      await page.getByRole('button', { name: 'Lanes', exact: true }).click();

      // the layout as printed, in light, dark and high contrast
      const themes: [string, () => Promise<void>][] = [
        ['light', () => page.emulateMedia({ colorScheme: 'light' })],
        ['dark', () => page.emulateMedia({ colorScheme: 'dark' })],
        ['high contrast', () => page.getByRole('button', { name: 'High contrast' }).click()],
      ];
      for (const [theme, apply] of themes) {
        await apply();
        await page.evaluate("window.dispatchEvent(new Event('beforeprint'))");
        expect((await readLayout(page)).headerShown, theme).toBe(true);
        expect(await app.axeViolations(), theme).toEqual([]);
        await page.evaluate("window.dispatchEvent(new Event('afterprint'))");
      }
      await page.getByRole('button', { name: 'High contrast' }).click();
      await page.emulateMedia({ colorScheme: 'light' });
      expect(app.errors, app.errors.join('\n')).toEqual([]);
    },
    SLOW,
  );
});
