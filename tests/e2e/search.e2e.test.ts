/**
 * Search, facets, filter chips and the list view in Chromium on the bundled sample. Expected
 * events are worked out here from the service's snapshot, independently of the page's code.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewsEvent } from '../../electron/shared/model';
import { shouldSkipBrowserTests } from './browser';
import { ITEMS, OUTPUT, plain, startSampleApp, type SampleApp } from './sample-app';

const kindOf = (e: NewsEvent) => (e.cameo ? e.cameo.slice(0, 2) : 'none');
const startOf = (e: NewsEvent) => {
  const [y = 0, m = 1, d = 1] = e.start.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
};

/** Time allowed per test: a browser on a loaded two-core machine. */
const SLOW = 60_000;

describe.skipIf(shouldSkipBrowserTests())('search, facets and list view in Chromium on the sample', () => {
  let app: SampleApp;
  const search = () => app.page.getByRole('searchbox', { name: 'Search events' });
  const containing = (word: string) =>
    app.snapshot.events.filter((e) =>
      [e.title, ...e.sources.map((s) => s.quote), ...e.actors.map((a) => a.name)].some((t) =>
        plain(t).includes(plain(word)),
      ),
    );
  const kindCount = async (kind: string) =>
    Number(
      await app.page.locator(`label:has(input[data-facet=kind][data-key="${kind}"]) .count`).textContent(),
    );

  beforeAll(async () => {
    app = await startSampleApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  it(
    'search "lavrov" (and "LAVRÓV") shows exactly the events whose title, quote or actors contain it',
    async () => {
      await app.openFresh();
      const expected = containing('lavrov');
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(app.snapshot.events.length);
      await search().fill('lavrov');
      await app.expectShown(expected);
      await expect
        .poll(() => app.page.getByTestId('match-count').textContent())
        .toBe(`${expected.length} matches`);
      // The matches are marked as such on the timeline; the others are hidden.
      expect(await app.page.locator('.timeline-pane.searching').locator(ITEMS).count()).toBe(expected.length);
      await search().fill('LAVRÓV');
      await app.expectShown(expected);
      // Words in any order, every one needed.
      const both = expected.filter((e) => containing('moscow').includes(e));
      await search().fill('Moscow lavrov');
      await app.expectShown(both);
      // The search is listed, and survives a reload.
      await search().fill('lavrov');
      await app.page.getByText(/^Matching events/).click();
      const listed = await app.page
        .getByRole('list', { name: 'Matching events' })
        .getByRole('button')
        .allTextContents();
      expect(listed.sort()).toEqual(expected.map((e) => e.title).sort());
      await expect
        .poll(async () => (await app.service.getViewState()).search, { timeout: 3000 })
        .toBe('lavrov');
      await app.page.reload();
      await app.page.waitForSelector('[data-ready=true]');
      await app.expectShown(expected);
      expect(await search().inputValue()).toBe('lavrov');
    },
    SLOW,
  );

  it(
    'a kind facet narrows the events and its counts follow the actor filter',
    async () => {
      await app.openFresh();
      const byKind = new Map<string, NewsEvent[]>();
      for (const e of app.snapshot.events) byKind.set(kindOf(e), [...(byKind.get(kindOf(e)) ?? []), e]);
      const [kind, ofKind] = [...byKind].sort((a, b) => b[1].length - a[1].length)[0]!;
      expect(await kindCount(kind)).toBe(ofKind.length);
      await app.page.locator(`input[data-facet=kind][data-key="${kind}"]`).check();
      await app.expectShown(ofKind);
      // Only one actor: every kind's count is the number of that actor's events of that kind.
      const actor = [...app.snapshot.actors].sort((a, b) => b.count - a.count)[0]!.name;
      await app.page.getByRole('button', { name: `Only ${actor}`, exact: true }).click();
      const withActor = app.snapshot.events.filter(
        (e) => e.actors.length === 0 || e.actors.some((a) => a.name === actor),
      );
      for (const k of byKind.keys()) {
        expect(await kindCount(k), `count of kind ${k}`).toBe(
          withActor.filter((e) => kindOf(e) === k).length,
        );
      }
      await app.expectShown(withActor.filter((e) => kindOf(e) === kind));
    },
    SLOW,
  );

  it(
    'a chip removes its filter with one click',
    async () => {
      await app.openFresh();
      const kind = kindOf(containing('lavrov')[0]!);
      await search().fill('lavrov');
      await app.page.locator(`input[data-facet=kind][data-key="${kind}"]`).check();
      await app.expectShown(containing('lavrov').filter((e) => kindOf(e) === kind));
      const chips = app.page.getByRole('list', { name: 'Active filters' });
      await chips.getByRole('button', { name: /^Remove filter: Kind:/ }).click();
      await app.expectShown(containing('lavrov'));
      expect(await app.page.locator(`input[data-facet=kind][data-key="${kind}"]`).isChecked()).toBe(false);
      await chips.getByRole('button', { name: 'Remove filter: “lavrov”' }).click();
      await app.expectShown(app.snapshot.events);
      expect(await search().inputValue()).toBe('');
      expect(await app.page.getByRole('list', { name: 'Active filters' }).count()).toBe(0);
      expect(await app.page.locator('.timeline-pane.searching').count()).toBe(0);
    },
    SLOW,
  );

  it(
    'the list view sorts by date, and a row selects its event',
    async () => {
      await app.openFresh();
      await app.page.getByRole('button', { name: 'List', exact: true }).click();
      const table = app.page.getByRole('table');
      const byTitle = new Map(app.snapshot.events.map((e) => [e.title, e]));
      const rowStarts = async () =>
        (await table.locator('tbody tr td:nth-child(2) button').allTextContents()).map((t) =>
          startOf(byTitle.get(t)!),
        );
      const ascending = await rowStarts();
      expect(ascending).toHaveLength(app.snapshot.events.length);
      expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
      await table.getByRole('button', { name: /^Date/ }).click();
      expect(await table.getByRole('columnheader', { name: /^Date/ }).getAttribute('aria-sort')).toBe(
        'descending',
      );
      const descending = await rowStarts();
      expect(descending).toEqual([...ascending].sort((a, b) => b - a));
      // Keyboard: Tab to a title, Enter selects it.
      const first = table.locator('tbody tr td:nth-child(2) button').first();
      await first.focus();
      await app.page.keyboard.press('Enter');
      await expect.poll(() => app.page.locator('.details h2').textContent()).toBe(await first.textContent());
    },
    SLOW,
  );

  it(
    'has no serious accessibility violations: main view, search active, list view',
    async () => {
      await app.openFresh();
      expect(await app.axeViolations()).toEqual([]);
      await search().fill('lavrov');
      await app.page.getByText(/^Matching events/).click();
      await app.page.locator('input[data-facet=kind]').first().check();
      expect(await app.axeViolations()).toEqual([]);
      await app.page.getByRole('button', { name: 'List', exact: true }).click();
      expect(await app.axeViolations()).toEqual([]);
    },
    SLOW,
  );

  it(
    'saves screenshots of search and the list view at 1280×800 and 900×700',
    async () => {
      for (const viewport of [
        { width: 1280, height: 800 },
        { width: 900, height: 700 },
      ]) {
        await app.openFresh(viewport);
        await search().fill('lavrov');
        // The busiest actor, so that the pictures have several events in them.
        const busiest = [...app.snapshot.actors].sort((a, b) => b.count - a.count)[0]!;
        await app.page.getByRole('button', { name: `Only ${busiest.name}`, exact: true }).click();
        await app.page.mouse.move(0, 0);
        await app.page.waitForTimeout(300);
        await app.page.screenshot({ path: join(OUTPUT, `search-${viewport.width}x${viewport.height}.png`) });
        await app.page.getByRole('button', { name: 'Remove filter: “lavrov”' }).click();
        await app.page.getByRole('button', { name: 'List', exact: true }).click();
        const rows = app.page.locator('.event-list tbody tr td:nth-child(2) button');
        await expect.poll(() => rows.count()).toBeGreaterThan(1);
        await rows.nth(1).click();
        await app.page.waitForTimeout(300);
        await app.page.screenshot({ path: join(OUTPUT, `list-${viewport.width}x${viewport.height}.png`) });
      }
      expect(app.errors).toEqual([]);
    },
    SLOW,
  );
});
