/**
 * Reading the timeline at a glance (issue 13, item 7), in Chromium on the bundled sample and on
 * synthetic events: the kind's colour on the item itself, a mark of its own for search matches,
 * count bands whose numbers can be read, the tooltip in the page's font and inside the window,
 * the selected label not cut by the details pane, a toolbar that does not move. Colours are
 * read from the page's computed styles.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE } from '../../electron/shared/contract';
import { startPreviewServer, type PreviewServer } from '../../electron/preview/server';
import { quadClass } from '../../renderer/src/timeline/items';
import { launchBrowser, shouldSkipBrowserTests, type LaunchedBrowser } from './browser';
import { ensureRendererBuilt, RENDERER_DIR } from './build-renderer';
import { ITEMS, OUTPUT, startSampleApp, type SampleApp } from './sample-app';
import { createSyntheticService } from './synthetic-service';

/** Time allowed per test: a browser on a loaded two-core machine. */
const SLOW = 90_000;

type Rgb = [number, number, number];
/** An opaque colour of a computed style ("rgb(1, 2, 3)"); null when transparent. */
function rgbOf(value: string): Rgb | null {
  const m = /^rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)$/.exec(value);
  if (!m || (m[4] !== undefined && Number(m[4]) < 1)) return null;
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}
const luminance = ([r, g, b]: Rgb) => {
  const c = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b);
};
const contrast = (a: Rgb, b: Rgb) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

/** How each drawn event item looks: whether it is a bar, and the computed marks of its label. */
interface ItemLook {
  id: string;
  range: boolean;
  text: Rgb | null;
  /** The label's own background (null: transparent, the panel shows through). */
  background: Rgb | null;
  panel: Rgb | null;
  bar: Rgb | null;
  barWidth: number;
  borderStyle: string;
  shadow: string;
  outline: string;
}

async function itemLooks(page: Page): Promise<ItemLook[]> {
  const raw = await page.locator(ITEMS).evaluateAll((els) =>
    els.map((el) => {
      const range = el.classList.contains('vis-range');
      // A point's label is its content (the dot stands beside it); a bar is the item itself.
      const label = range ? el : (el.querySelector('.vis-item-content') ?? el);
      const view = el.ownerDocument.defaultView!;
      const s = view.getComputedStyle(label);
      return {
        id: el.getAttribute('data-id') ?? '',
        range,
        text: s.color,
        background: s.backgroundColor,
        panel: view.getComputedStyle(el.closest('.timeline-region') ?? el).backgroundColor,
        bar: s.borderLeftColor,
        barWidth: parseFloat(s.borderLeftWidth),
        borderStyle: s.borderTopStyle,
        shadow: s.boxShadow,
        outline: s.outlineStyle,
      };
    }),
  );
  return raw.map((r) => ({
    ...r,
    text: rgbOf(r.text),
    background: rgbOf(r.background),
    panel: rgbOf(r.panel),
    bar: rgbOf(r.bar),
  }));
}

describe.skipIf(shouldSkipBrowserTests())('legible at a glance, on the bundled sample', () => {
  let app: SampleApp;
  let page: Page;
  const kindOf = (id: string) => quadClass(app.snapshot.events.find((e) => e.id === id)?.cameo ?? null);
  const looks = () => itemLooks(page);

  beforeAll(async () => {
    app = await startSampleApp();
    page = app.page;
  });

  afterAll(async () => {
    await page?.emulateMedia({ colorScheme: 'light' });
    await app?.close();
  });

  it(
    'colours each item by its kind: a tinted label and a solid bar, readable in light, dark and high contrast',
    async () => {
      for (const theme of ['light', 'dark', 'high contrast'] as const) {
        await page.emulateMedia({ colorScheme: theme === 'dark' ? 'dark' : 'light' });
        await app.openFresh();
        if (theme === 'high contrast') await page.getByRole('button', { name: 'High contrast' }).click();
        await expect.poll(() => page.locator(ITEMS).count()).toBe(app.snapshot.events.length);
        const items = await looks();
        const byKind = new Map<number, (typeof items)[number][]>();
        for (const item of items) byKind.set(kindOf(item.id), [...(byKind.get(kindOf(item.id)) ?? []), item]);
        expect(byKind.size, 'the sample has events of several kinds').toBeGreaterThanOrEqual(3);
        const bars = new Map<number, string>();
        const tints = new Map<number, Set<string>>();
        for (const [kind, ofKind] of byKind) {
          for (const item of ofKind) {
            // a solid bar of the kind's colour on the item itself, at least 3 px wide
            expect(item.bar, `${theme}: bar of ${item.id}`).not.toBeNull();
            expect(item.barWidth).toBeGreaterThanOrEqual(3);
            // one colour per kind, the same on every item of that kind
            expect(String(item.bar)).toBe(String(ofKind[0]!.bar));
            // the label stays readable on its tint (AA; 7:1 in high contrast)
            const under = item.background ?? item.panel;
            expect(under, `${theme}: background of ${item.id}`).not.toBeNull();
            expect(contrast(item.text!, under!), `${theme}: text of ${item.id}`).toBeGreaterThanOrEqual(
              theme === 'high contrast' ? 7 : 4.5,
            );
            // the bar stands out from the panel
            expect(contrast(item.bar!, item.panel!), `${theme}: bar of ${item.id}`).toBeGreaterThanOrEqual(3);
            // (events told as planned or only reported have no tint, in italics)
            if (item.background) tints.set(kind, (tints.get(kind) ?? new Set()).add(String(item.background)));
          }
          bars.set(kind, String(ofKind[0]!.bar));
        }
        expect(new Set(bars.values()).size, `${theme}: bars differ by kind`).toBe(byKind.size);
        // light and dark tint the label with the kind's colour too, one tint per kind (high
        // contrast keeps black behind the text)
        if (theme !== 'high contrast') {
          expect(tints.size, `${theme}: tinted kinds`).toBe(byKind.size);
          for (const t of tints.values()) expect(t.size).toBe(1);
          expect(new Set([...tints.values()].map((t) => [...t][0])).size, `${theme}: tints differ`).toBe(
            byKind.size,
          );
        }
        if (theme === 'high contrast') await page.getByRole('button', { name: 'High contrast' }).click();
      }
      await page.emulateMedia({ colorScheme: 'light' });
    },
    SLOW,
  );

  it(
    'marks search matches with a ring of their own, not the dashed border of an approximate date',
    async () => {
      await app.openFresh();
      const before = await looks();
      const bars = before.filter((l) => l.range);
      expect(bars.length, 'the sample has events dated to a month or approximately').toBeGreaterThan(0);
      for (const bar of bars) expect(bar.borderStyle).toBe('dashed');
      // no match mark without a search
      for (const item of before) expect(item.shadow).toBe('none');
      await page.getByRole('searchbox', { name: 'Search events' }).fill('russia');
      await expect.poll(() => page.locator('.timeline-pane.searching').count()).toBe(1);
      await expect.poll(async () => (await looks()).every((l) => l.shadow !== 'none')).toBe(true);
      const matches = await looks();
      expect(matches.length).toBeGreaterThan(0);
      const ring = matches[0]!.shadow;
      for (const m of matches) {
        // the same solid ring on every match, points and bars alike, never a dashed outline
        expect(m.shadow).toBe(ring);
        expect(m.outline).not.toBe('dashed');
      }
      // the ring's colour is none of the kinds' colours, and the bars keep their dashed border
      const ringColour = /rgb\([^)]*\)/.exec(ring)?.[0] ?? '';
      for (const m of matches) expect(ringColour).not.toBe(String(`rgb(${(m.bar ?? []).join(', ')})`));
      for (const bar of matches.filter((l) => l.range)) expect(bar.borderStyle).toBe('dashed');
      // the legend says what the ring means
      expect(await page.getByRole('list', { name: 'Legend' }).textContent()).toMatch(/matches the search/);
    },
    SLOW,
  );

  it(
    'shows the hover tooltip in the page’s font, inside the window, even for an item by the right edge',
    async () => {
      for (const viewport of [
        { width: 900, height: 700 },
        { width: 1280, height: 800 },
      ]) {
        await app.openFresh(viewport);
        // the item whose label reaches furthest right
        const rights = await page
          .locator(ITEMS)
          .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
        const rightmost = rights.indexOf(Math.max(...rights));
        const item = page.locator(ITEMS).nth(rightmost);
        const box = (await item.boundingBox())!;
        const panel = (await page.locator('.timeline-canvas .vis-panel.vis-center').boundingBox())!;
        const x = Math.min(box.x + box.width, panel.x + panel.width) - 8 - box.x;
        await item.hover({ position: { x, y: box.height / 2 } });
        const tooltip = page.locator('div.vis-tooltip');
        await expect
          .poll(() => tooltip.evaluate((e) => e.ownerDocument.defaultView!.getComputedStyle(e).visibility))
          .toBe('visible');
        const look = await tooltip.evaluate((e) => {
          const r = e.getBoundingClientRect();
          const view = e.ownerDocument.defaultView!;
          return {
            font: view.getComputedStyle(e).fontFamily,
            page: view.getComputedStyle(e.ownerDocument.body).fontFamily,
            left: r.left,
            right: r.right,
            top: r.top,
            bottom: r.bottom,
            text: e.textContent ?? '',
          };
        });
        expect(look.text.length).toBeGreaterThan(0);
        expect(look.font).toBe(look.page);
        expect(look.left).toBeGreaterThanOrEqual(0);
        expect(look.top).toBeGreaterThanOrEqual(0);
        expect(look.right).toBeLessThanOrEqual(viewport.width);
        expect(look.bottom).toBeLessThanOrEqual(viewport.height);
        await page.screenshot({ path: join(OUTPUT, `tooltip-${viewport.width}x${viewport.height}.png`) });
        await page.mouse.move(0, 0);
      }
    },
    SLOW,
  );

  it(
    'keeps the selected label whole when the details pane opens beside the timeline',
    async () => {
      await app.openFresh({ width: 1280, height: 800 });
      const rights = await page
        .locator(ITEMS)
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
      const item = page.locator(ITEMS).nth(rights.indexOf(Math.max(...rights)));
      await item.click();
      await expect.poll(() => page.locator('.details h2').count()).toBe(1);
      const cut = async () =>
        page.locator('.timeline-canvas').evaluate((canvas) => {
          const panel = canvas.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
          const selected = canvas.querySelector('.vis-item.nl-event.vis-selected:not(.vis-dot)');
          if (!selected) return 'no selected item';
          const r = selected.getBoundingClientRect();
          return r.left >= panel.left && r.right <= panel.right
            ? 'whole'
            : `${r.left}–${r.right} in ${panel.left}–${panel.right}`;
        });
      await expect.poll(cut, { timeout: 5000 }).toBe('whole');
      // and it stays whole in a narrower window
      await page.setViewportSize({ width: 1100, height: 800 });
      await expect.poll(cut, { timeout: 5000 }).toBe('whole');
    },
    SLOW,
  );

  it(
    'keeps the toolbar where it is when "Kept aside" fills or the counts grow, at 900 and 1280 pixels',
    async () => {
      const layout = () =>
        page.locator('.app-header').evaluate((el) => {
          const header = el.getBoundingClientRect();
          const toolbar = el.querySelector('[role=toolbar]')!.getBoundingClientRect();
          const views = [...el.querySelectorAll('[role=toolbar] button')]
            .find((b) => b.textContent === 'Views')!
            .getBoundingClientRect();
          return {
            header: header.height,
            toolbar: toolbar.height,
            top: toolbar.top,
            views: Math.round(views.top),
          };
        });
      for (const viewport of [
        { width: 900, height: 700 },
        { width: 1280, height: 800 },
      ]) {
        await app.openFresh(viewport);
        const before = await layout();
        // a search makes the counts longer ("14 of 24 events")
        await page.getByRole('searchbox', { name: 'Search events' }).fill('russia');
        await expect.poll(() => page.getByTestId('shown-count').textContent()).toMatch(/ of /);
        expect(await layout()).toEqual(before);
        await page.getByRole('searchbox', { name: 'Search events' }).fill('');
        // an event hidden: "Kept aside (1)"
        await page.locator(ITEMS).first().click();
        await page.getByRole('button', { name: 'Hide', exact: true }).click();
        await page.getByRole('button', { name: 'Kept aside (1)' }).waitFor();
        expect(await layout()).toEqual(before);
        await page.screenshot({
          path: join(OUTPUT, `toolbar-kept-aside-${viewport.width}x${viewport.height}.png`),
        });
        await page.getByRole('button', { name: 'Undo', exact: true }).click();
        await page.getByRole('button', { name: 'Kept aside (1)' }).waitFor({ state: 'detached' });
        expect(await layout()).toEqual(before);
      }
      expect(app.errors).toEqual([]);
    },
    SLOW,
  );
  it(
    'has no serious accessibility violations in light, dark and high contrast: timeline, search, lanes, list',
    async () => {
      for (const theme of ['light', 'dark', 'high contrast'] as const) {
        await page.emulateMedia({ colorScheme: theme === 'dark' ? 'dark' : 'light' });
        for (const viewport of [
          { width: 1280, height: 800 },
          { width: 900, height: 700 },
        ]) {
          const shot = (view: string) =>
            page.screenshot({
              path: join(
                OUTPUT,
                `${view}-${theme.replace(' ', '-')}-${viewport.width}x${viewport.height}.png`,
              ),
            });
          await app.openFresh(viewport);
          if (theme === 'high contrast') await page.getByRole('button', { name: 'High contrast' }).click();
          expect(await app.axeViolations(), `${theme}: explorer`).toEqual([]);
          await page.keyboard.press('Tab'); // the skip link, shown
          expect(await app.axeViolations(), `${theme}: skip link`).toEqual([]);
          await page.getByRole('searchbox', { name: 'Search events' }).fill('russia');
          await page.locator(ITEMS).first().click();
          await page.mouse.move(0, 0);
          await expect.poll(() => page.locator('.details h2').count()).toBe(1);
          await page.evaluate('document.activeElement?.blur()');
          await shot('explorer-search');
          expect(await app.axeViolations(), `${theme}: search and details`).toEqual([]);
          await page.getByRole('button', { name: 'Lanes' }).click();
          await expect.poll(() => page.locator('.vis-labelset .vis-label').count()).toBeGreaterThan(1);
          await page.mouse.move(0, 0);
          await shot('lanes-search');
          expect(await app.axeViolations(), `${theme}: lanes`).toEqual([]);
          await page.getByRole('button', { name: 'Lanes' }).click();
          await page.getByRole('button', { name: 'List', exact: true }).click();
          await expect.poll(() => page.locator('.event-list mark').count()).toBeGreaterThan(0);
          await shot('list-search');
          expect(await app.axeViolations(), `${theme}: list`).toEqual([]);
          if (theme === 'high contrast') await page.getByRole('button', { name: 'High contrast' }).click();
        }
      }
      await page.emulateMedia({ colorScheme: 'light' });
      expect(app.errors).toEqual([]);
    },
    4 * SLOW,
  );
});

describe.skipIf(shouldSkipBrowserTests())('count bands with their numbers, on 3,000 synthetic events', () => {
  let server: PreviewServer;
  let browser: LaunchedBrowser;
  let page: Page;
  // two years of events (some dated to the year only): at 1500 pixels each band is a month
  const service = createSyntheticService({ events: 3000, actors: 12, from: '2012-01-01', to: '2013-12-31' });

  beforeAll(async () => {
    await ensureRendererBuilt();
    server = await startPreviewServer({ service, rendererDir: RENDERER_DIR });
    browser = await launchBrowser();
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The bands inside the timeline: their number, and whether it is seen whole. */
  const bands = () =>
    page.locator('.vis-item.nl-agg').evaluateAll((els) => {
      const panel = els[0]?.closest('.vis-panel')?.getBoundingClientRect();
      if (!panel) return [];
      return els
        .map((el) => {
          const r = el.getBoundingClientRect();
          const content = el.querySelector('.vis-item-content')!;
          const c = content.getBoundingClientRect();
          return {
            inside: r.left >= panel.left - 1 && r.right <= panel.right + 1,
            text: content.textContent ?? '',
            whole:
              c.right <= r.right + 0.5 &&
              c.left >= r.left - 0.5 &&
              content.scrollWidth <= content.clientWidth + 1,
          };
        })
        .filter((b) => b.inside);
    });

  it(
    'each band shows its count in full, also once the timeline is narrowed by the side pane',
    async () => {
      await service.saveViewState({ ...DEFAULT_VIEW_STATE });
      await page.setViewportSize({ width: 1500, height: 800 });
      await page.goto(server.url);
      await page.waitForSelector('[data-ready=true]', { timeout: 60_000 });
      const check = async () => {
        await expect.poll(async () => (await bands()).length, { timeout: 10_000 }).toBeGreaterThan(2);
        await expect
          .poll(async () => (await bands()).filter((b) => !b.whole).map((b) => b.text), { timeout: 10_000 })
          .toEqual([]);
        for (const b of await bands()) {
          expect(b.text).toMatch(/^[\d,]+$/);
        }
        return (await bands()).reduce((sum, b) => sum + Number(b.text.replace(/,/g, '')), 0);
      };
      const total = await check();
      expect(total).toBeGreaterThan(0);
      // the list of articles opens beside the timeline: narrower bands would cut their numbers
      const before = (await bands()).length;
      // the list of articles opens beside the timeline, in a narrower window: bands as narrow
      // as before would cut their numbers; fewer, wider ones (a quarter, not a month) are drawn
      await page.getByRole('button', { name: 'Articles', exact: true }).click();
      await page.setViewportSize({ width: 1100, height: 800 });
      await expect.poll(async () => (await bands()).length, { timeout: 10_000 }).toBeLessThan(before);
      expect(await check()).toBe(total);
      await page.screenshot({ path: join(OUTPUT, 'density-narrow-1100x800.png') });
    },
    SLOW,
  );
});
