/**
 * The explorer in Chromium, served by the loopback preview server with the real services on the
 * bundled sample and a fresh user-data folder. Expected figures come from the service's snapshot.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewslineService, Snapshot } from '../../electron/shared/contract';
import type { NewsEvent } from '../../electron/shared/model';
import { shortTitle } from '../../renderer/src/timeline/items';
import { shouldSkipBrowserTests } from './browser';
import { ROOT } from './build-renderer';
import { ITEMS, OUTPUT, startSampleApp, type SampleApp } from './sample-app';

describe.skipIf(shouldSkipBrowserTests())('explorer in Chromium on the bundled sample', () => {
  let app: SampleApp;
  let service: NewslineService;
  let snapshot: Snapshot;
  let page: Page;
  /** Errors the page reported (script errors, refused resources, Content-Security-Policy violations). */
  let consoleErrors: string[] = [];

  const names = (e: NewsEvent) => new Set(e.actors.map((a) => a.name));
  const expectShown = (events: readonly NewsEvent[]) => app.expectShown(events);
  const openFresh = (viewport?: { width: number; height: number }) => app.openFresh(viewport);

  beforeAll(async () => {
    app = await startSampleApp();
    ({ service, snapshot, page } = app);
    consoleErrors = app.errors;
  });

  afterAll(async () => {
    await app?.close();
  });

  it('opens with one timeline item per event of the snapshot', async () => {
    await openFresh();
    expect(await page.locator(ITEMS).count()).toBe(snapshot.events.length);
    await expectShown(snapshot.events);
    await expect
      .poll(() => page.locator('.app-header .counts').textContent())
      .toContain(`${snapshot.events.length} event`);
    expect(await page.locator('.vis-item.nl-agg').count()).toBe(0);
    // Under the preview's strict Content-Security-Policy, nothing was refused and nothing failed.
    expect(consoleErrors).toEqual([]);
  });

  it('unticking an actor removes exactly its events, and the choice survives a reload', async () => {
    await openFresh();
    // The actor whose unticking removes the most events (those in which no other actor takes part).
    const remainingWithout = (name: string) =>
      snapshot.events.filter((e) => e.actors.length === 0 || [...names(e)].some((n) => n !== name));
    const name = [...snapshot.actors]
      .map((a) => a.name)
      .sort((a, b) => remainingWithout(a).length - remainingWithout(b).length)[0];
    expect(name, 'the sample has actors').toBeDefined();
    const remaining = remainingWithout(name!);
    await page.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(name!)}\\s*\\d`) }).uncheck();
    expect(remaining.length).toBeLessThan(snapshot.events.length);
    await expectShown(remaining);
    // Saved after a moment; a reload restores it.
    await expect
      .poll(async () => (await service.getViewState()).hiddenActors, { timeout: 3000 })
      .toEqual([name]);
    await page.reload();
    await page.waitForSelector('[data-ready=true]');
    await expectShown(remaining);
    expect(
      await page.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(name!)}\\s*\\d`) }).isChecked(),
    ).toBe(false);
  });

  it('"only" keeps one actor, and any / all combine the selected ones', async () => {
    await openFresh();
    // Two actors that share at least one event, so that "all" has something to show.
    const pair = findPair(snapshot);
    expect(pair, 'the sample has two actors in one event').not.toBeNull();
    const [x, y] = pair!;
    await page.getByRole('button', { name: `Only ${x}`, exact: true }).click();
    const withX = snapshot.events.filter((e) => e.actors.length === 0 || names(e).has(x));
    await expectShown(withX);
    await page.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(y)}\\s*\\d`) }).check();
    const withXorY = snapshot.events.filter(
      (e) => e.actors.length === 0 || names(e).has(x) || names(e).has(y),
    );
    await expectShown(withXorY);
    await page.getByRole('radio', { name: 'all selected actors' }).check();
    await expectShown(snapshot.events.filter((e) => names(e).has(x) && names(e).has(y)));
    await page.getByRole('radio', { name: 'any selected actor' }).check();
    await expectShown(withXorY);
  });

  it('with no events left, says so and clears the filters on request', async () => {
    await openFresh();
    await page.getByRole('button', { name: 'None', exact: true }).click();
    await expectShown([]);
    await expect.poll(() => page.getByText('No events match the actor filter.').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expectShown(snapshot.events);
  });

  it('clicking an item shows its quotes and articles in the details panel', async () => {
    await openFresh();
    const counts = new Map<string, number>();
    for (const e of snapshot.events)
      counts.set(shortTitle(e.title), (counts.get(shortTitle(e.title)) ?? 0) + 1);
    const event = snapshot.events.find((e) => counts.get(shortTitle(e.title)) === 1 && e.sources.length > 0);
    expect(event, 'an event with a unique title').toBeDefined();
    await page
      .locator(ITEMS)
      .filter({ hasText: shortTitle(event!.title) })
      .first()
      .click();
    const details = page.locator('.details');
    await expect.poll(() => details.locator('h2').textContent()).toBe(event!.title);
    // the quotes come from the services once the event is selected (the page holds none)
    for (const source of event!.sources)
      await expect.poll(async () => (await details.textContent()) ?? '').toContain(source.quote);
    const text = (await details.textContent()) ?? '';
    for (const source of event!.sources) {
      expect(text).toContain(source.quote);
      const article = snapshot.articles.find((a) => a.id === source.articleId);
      expect(text).toContain(article?.title ?? 'Unknown article');
    }
  });

  it('zoom buttons and keys change the window; arrows move the selection in time order', async () => {
    await openFresh();
    const span = async () => {
      const w = (await service.getViewState()).window;
      return w ? Date.parse(w.end) - Date.parse(w.start) : NaN;
    };
    const spanAfter = async (action: () => Promise<void>, before: number) => {
      await action();
      // (the view state is saved after the zoom settles: a loaded machine takes seconds)
      await expect.poll(span, { timeout: 10_000 }).not.toBe(before);
      return span();
    };
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(span, { timeout: 10_000 }).not.toBeNaN();
    const zoomedIn = await span();
    const zoomedOut = await spanAfter(() => page.getByRole('button', { name: 'Zoom out' }).click(), zoomedIn);
    expect(zoomedOut).toBeGreaterThan(zoomedIn);
    await page.getByRole('region', { name: /^Timeline/ }).focus();
    const afterKey = await spanAfter(() => page.keyboard.press('+'), zoomedOut);
    expect(afterKey).toBeLessThan(zoomedOut);
    await spanAfter(() => page.keyboard.press('0'), afterKey);

    // Home goes to the first event in time order, Enter opens it; Escape comes back from the
    // details and, with them open, the next arrow shows the next event.
    const ordered = [...snapshot.events].sort((a, b) => startOf(a) - startOf(b));
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.details h2').textContent()).toBe(ordered[0]?.title);
    if (ordered.length > 1) {
      await page.keyboard.press('Escape');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.locator('.details h2').textContent()).not.toBe(ordered[0]?.title);
      const second = await page.locator('.details h2').textContent();
      // Several events may share the first date: the second one starts no earlier than the first.
      const secondEvent = snapshot.events.find((e) => e.title === second);
      expect(startOf(secondEvent!)).toBeGreaterThanOrEqual(startOf(ordered[0]!));
    }
  });

  it('has no serious accessibility violations (axe-core)', async () => {
    await openFresh();
    await page.locator(ITEMS).first().click();
    const require = createRequire(import.meta.url);
    await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) =>
      r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id + ': ' + v.help))`)) as string[];
    expect(violations).toEqual([]);
  });

  it('saves screenshots at 1280×800 and 900×700 for a person to look at', async () => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 900, height: 700 },
    ]) {
      await openFresh(viewport);
      // Open the third event in time order from the keyboard; the details panel opens.
      await page.mouse.move(0, 0);
      await page.getByRole('region', { name: /^Timeline/ }).focus();
      await page.keyboard.press('Home');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      const titles = new Set(snapshot.events.map((e) => e.title));
      await expect
        .poll(async () => titles.has((await page.locator('.details h2').textContent()) ?? ''))
        .toBe(true);
      // The picture is of the page, not of the keyboard focus.
      await page.evaluate('document.activeElement?.blur()');
      await page.waitForTimeout(300);
      const file = join(OUTPUT, `explorer-${viewport.width}x${viewport.height}.png`);
      await page.screenshot({ path: file });
      expect(readFileSync(file).length).toBeGreaterThan(10_000);
      if (viewport.width === 1280 && process.env.NEWSLINE_UPDATE_SCREENSHOT === '1') {
        copyFileSync(file, join(ROOT, 'assets', 'screenshot.png'));
      }
    }
    // Nothing that the tests did so far made the page report an error.
    expect(consoleErrors).toEqual([]);
  });

  // Last: it adds an article to the library of this run.
  it('opens articles: asks for a missing date, imports, lists the files that failed', async () => {
    await openFresh();
    const before = snapshot;
    await page.getByTestId('file-input').setInputFiles([
      {
        name: 'harbour-strike.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(
          'Harbour strike ends after talks\n\nThe dock workers union announced on Monday that the strike had ended. ' +
            'Port officials welcomed the agreement with the union.\n',
        ),
      },
      { name: 'empty.md', mimeType: 'text/markdown', buffer: Buffer.from('   \n') },
    ]);
    const dialog = page.getByRole('dialog', { name: 'When were these published?' });
    await dialog.waitFor();
    const date = dialog.getByLabel('harbour-strike.txt');
    expect(await date.inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await date.fill('2025-03-05');
    // The file that cannot be imported is already listed with its reason.
    expect(await dialog.textContent()).toContain('empty.md');
    await dialog.getByRole('button', { name: 'Import' }).click();
    const done = page.getByRole('dialog', { name: 'Import finished' });
    await done.waitFor({ timeout: 15_000 });
    expect(await done.textContent()).toContain('1 article imported');
    expect(await done.textContent()).toMatch(/empty\.md: The file is empty/);
    await done.getByRole('button', { name: 'OK' }).click();
    const after = await service.getSnapshot();
    const imported = after.articles.filter((a) => !before.articles.some((b) => b.id === a.id));
    expect(imported.map((a) => [a.file, a.published])).toEqual([['harbour-strike.txt', '2025-03-05']]);
    await expect
      .poll(() => page.locator('.app-header .counts').textContent())
      .toContain(`${after.articles.length} articles`);
    // The new snapshot replaces the old one: after "Fit all", every event of it is on the timeline.
    await page.getByRole('button', { name: 'Fit all' }).click();
    await expectShown(after.events);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function startOf(e: NewsEvent): number {
  const [y = 0, m = 1, d = 1] = e.start.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

/** Two actors that appear together in an event, the busiest pair first. */
function findPair(snapshot: Snapshot): [string, string] | null {
  const pairs = new Map<string, number>();
  for (const e of snapshot.events) {
    const n = [...new Set(e.actors.map((a) => a.name))].sort();
    for (let i = 0; i < n.length; i++)
      for (let j = i + 1; j < n.length; j++)
        pairs.set(`${n[i]}\u0000${n[j]}`, (pairs.get(`${n[i]}\u0000${n[j]}`) ?? 0) + 1);
  }
  const best = [...pairs].sort((a, b) => b[1] - a[1])[0];
  if (!best) return null;
  const [x, y] = best[0].split('\u0000');
  return x && y ? [x, y] : null;
}
