/**
 * Actor lanes, density at a distance, the keyboard on the timeline and the themes, in Chromium
 * through the loopback preview: the bundled sample with the real services, and 10,000 synthetic
 * events for density. Expected figures come from the service's snapshot.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, type NewslineService, type Snapshot } from '../../electron/shared/contract';
import type { NewsEvent } from '../../electron/shared/model';
import { startPreviewServer, type PreviewServer } from '../../electron/preview/server';
import { createNewslineService } from '../../electron/services/index';
import { placeEvent } from '../../renderer/src/lib/event-dates';
import { itemLabel } from '../../renderer/src/timeline/items';
import { launchBrowser, shouldSkipBrowserTests, type LaunchedBrowser } from './browser';
import { ensureRendererBuilt, RENDERER_DIR, ROOT } from './build-renderer';
import { createSyntheticService } from './synthetic-service';

/** Event items (not the dots that vis-timeline draws beside points). */
const EVENT_ITEMS = '.vis-item.nl-event:not(.vis-dot)';
const OUTPUT = join(ROOT, 'test-output');

/** Opens a page that records what it reports as errors (script errors, refused resources, CSP). */
async function openPage(browser: LaunchedBrowser, errors: string[]): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return page;
}

/** Ids (`data-id`) of the event items drawn, sorted. */
async function drawnIds(page: Page): Promise<string[]> {
  return (
    await page.locator(EVENT_ITEMS).evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''))
  ).sort();
}

/** Lane labels top to bottom, without their counts, and the item ids drawn in each lane. */
async function lanesOnPage(page: Page): Promise<{ name: string; nested: boolean; ids: string[] }[]> {
  return (await page.evaluate(`(() => {
    const labels = [...document.querySelectorAll('.vis-labelset .vis-label')];
    const rows = [...document.querySelectorAll('.vis-foreground .vis-group')];
    return labels.map((label, i) => ({
      name: (label.textContent || '').replace(/\\s·\\s[\\d,]+$/, '').trim(),
      nested: label.classList.contains('vis-nested-group'),
      ids: [...(rows[i] ? rows[i].querySelectorAll('.vis-item.nl-event:not(.vis-dot)') : [])].map((e) => e.getAttribute('data-id') || ''),
    }));
  })()`)) as { name: string; nested: boolean; ids: string[] }[];
}

const actorNames = (e: NewsEvent) => [...new Set(e.actors.map((a) => a.name))];
/** Where an event lies in time: its start and end in ms (time order; ties go by id). */
const startEnd = (e: NewsEvent): [number, number] => {
  const p = placeEvent(e);
  return [p?.start ?? 0, p?.end ?? p?.start ?? 0];
};
/** Tall enough for every lane of the sample to be drawn (vis-timeline draws only the lanes in view). */
const TALL = { width: 1280, height: 2400 };

/** Bands of counts drawn instead of events (not the "+N more" of events drawn one by one). */
const COUNT_BANDS = '.vis-item.nl-agg:not(.nl-more)';

describe.skipIf(shouldSkipBrowserTests())('lanes, keyboard and themes on the bundled sample', () => {
  let userDataDir: string;
  let service: NewslineService;
  let snapshot: Snapshot;
  let server: PreviewServer;
  let browser: LaunchedBrowser;
  let page: Page;
  const errors: string[] = [];

  const openFresh = async (viewport = { width: 1280, height: 800 }) => {
    // leave the page first: a save of its view still pending would otherwise come after this one
    await page.goto('about:blank');
    await service.saveViewState({ ...DEFAULT_VIEW_STATE });
    await page.setViewportSize(viewport);
    await page.goto(server.url);
    await page.evaluate('localStorage.clear()');
    await page.reload();
    await page.waitForSelector('[data-ready=true]', { timeout: 30_000 });
  };

  beforeAll(async () => {
    await ensureRendererBuilt();
    userDataDir = mkdtempSync(join(tmpdir(), 'newsline-lanes-'));
    service = await createNewslineService({ sampleDir: join(ROOT, 'assets', 'articles'), userDataDir });
    snapshot = await service.getSnapshot();
    server = await startPreviewServer({ service, rendererDir: RENDERER_DIR });
    browser = await launchBrowser();
    page = await openPage(browser, errors);
    mkdirSync(OUTPUT, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  it('shows one lane per actor, each with the events of that actor, people under their country', async () => {
    await openFresh(TALL);
    await page.getByRole('button', { name: 'Lanes' }).click();
    await expect.poll(async () => (await lanesOnPage(page)).length).toBeGreaterThan(1);
    const lanes = await lanesOnPage(page);
    const withEvents = snapshot.actors.filter((a) =>
      snapshot.events.some((e) => actorNames(e).includes(a.name)),
    );
    const expectedNames = withEvents.map((a) => a.name);
    if (snapshot.events.some((e) => e.actors.length === 0)) expectedNames.push('No named actor');
    expect(lanes.map((l) => l.name).sort()).toEqual(expectedNames.sort());
    // Every lane holds exactly the events of its actor, as clones `event:actor`.
    for (const lane of lanes) {
      const actor = lane.name === 'No named actor' ? '' : lane.name;
      const expected = snapshot.events
        .filter((e) => (actor ? actorNames(e).includes(actor) : e.actors.length === 0))
        .map((e) => `${e.id}:${actor}`);
      expect(lane.ids.sort(), lane.name).toEqual(expected.sort());
    }
    // A person whose country has a lane is nested right under it.
    const nestable = withEvents.find(
      (a) => a.kind === 'person' && a.affiliation && expectedNames.includes(a.affiliation),
    );
    if (nestable) {
      const i = lanes.findIndex((l) => l.name === nestable.name);
      expect(lanes[i]?.nested).toBe(true);
      const parent = lanes.findIndex((l) => l.name === nestable.affiliation);
      expect(parent).toBeGreaterThanOrEqual(0);
      expect(parent).toBeLessThan(i);
      expect(lanes.slice(parent + 1, i).every((l) => l.nested)).toBe(true);
    }
    // Countries come before people.
    const kindOf = new Map(snapshot.actors.map((a) => [a.name, a.kind]));
    const topKinds = lanes.filter((l) => !l.nested).map((l) => kindOf.get(l.name));
    const firstPerson = topKinds.indexOf('person');
    if (firstPerson >= 0) expect(topKinds.slice(firstPerson).includes('country')).toBe(false);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.evaluate('document.activeElement?.blur()');
    await page.mouse.move(0, 0);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(OUTPUT, 'lanes-1280x800.png') });
  });

  it('lanes follow the actor filter', async () => {
    await openFresh();
    await page.getByRole('button', { name: 'Lanes' }).click();
    const busiest = [...snapshot.actors].sort((a, b) => b.count - a.count)[0]!;
    await page.getByRole('button', { name: `Only ${busiest.name}`, exact: true }).click();
    await expect.poll(async () => (await lanesOnPage(page)).map((l) => l.name)).toEqual([busiest.name]);
    const expected = snapshot.events.filter((e) => actorNames(e).includes(busiest.name));
    expect(await drawnIds(page)).toEqual(expected.map((e) => `${e.id}:${busiest.name}`).sort());
    // the live region follows the filter: the window's count is of the events now shown
    await expect
      .poll(() => page.getByTestId('timeline-window-live').textContent())
      .toMatch(/: \d+ events? in 1 lane\.$/);
  });

  it('selecting one clone selects the event in every lane', async () => {
    await openFresh(TALL);
    await page.getByRole('button', { name: 'Lanes' }).click();
    const shared = snapshot.events.find((e) => actorNames(e).length >= 2)!;
    expect(shared, 'the sample has an event with two actors').toBeDefined();
    const [first, second] = actorNames(shared);
    await page.locator(`${EVENT_ITEMS}[data-id="${shared.id}:${second}"]`).click();
    await expect.poll(() => page.locator('.details h2').textContent()).toBe(shared.title);
    for (const actor of actorNames(shared)) {
      await expect
        .poll(() => page.locator(`${EVENT_ITEMS}[data-id="${shared.id}:${actor}"]`).getAttribute('class'))
        .toContain('vis-selected');
    }
    expect(await page.locator(`${EVENT_ITEMS}.vis-selected`).count()).toBe(actorNames(shared).length);
    expect(first).toBeDefined();
  });

  it('walks with the keyboard only: filter to one actor, move through its events, open one, read its quote', async () => {
    await openFresh();
    const actor = [...snapshot.actors].sort((a, b) => b.count - a.count)[0]!;
    const theirs = snapshot.events
      .filter((e) => actorNames(e).includes(actor.name))
      .sort(
        (a, b) =>
          startEnd(a)[0] - startEnd(b)[0] || startEnd(a)[1] - startEnd(b)[1] || (a.id < b.id ? -1 : 1),
      );
    expect(theirs.length).toBeGreaterThan(1);
    const tabTo = async (test: string, limit = 120) => {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(test)) return;
      }
      throw new Error(`Tab never reached ${test}`);
    };
    await page.locator('body').focus();
    // the actor list is one Tab stop: arrows go to the actor's row, then to its "only"
    await tabTo(`!!document.activeElement?.dataset.actor`);
    for (let i = 0; i < snapshot.actors.length; i++) {
      if (await page.evaluate(`document.activeElement?.dataset.actor === ${JSON.stringify(actor.name)}`))
        break;
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(`document.activeElement?.getAttribute('aria-label')`)).toBe(
      `Only ${actor.name}`,
    );
    await page.keyboard.press('Enter');
    await expect.poll(() => drawnIds(page)).toEqual(theirs.map((e) => e.id).sort());
    await tabTo(
      `document.activeElement?.getAttribute('role') === 'region' && /^Timeline/.test(document.activeElement.getAttribute('aria-label'))`,
    );
    // Home fits all and puts the focus on the first event; arrows go on in time order.
    await page.keyboard.press('Home');
    const live = page.getByTestId('timeline-focus-live');
    await expect.poll(() => live.textContent()).toBe(itemLabel(theirs[0]!));
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => live.textContent()).toBe(itemLabel(theirs[1]!));
    await expect
      .poll(() => page.locator(`${EVENT_ITEMS}.nl-focus`).getAttribute('data-id'))
      .toBe(theirs[1]!.id);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const details = page.locator('.details');
    await expect.poll(() => details.locator('h2').textContent()).toBe(theirs[1]!.title);
    // its quote comes from the services once it is open
    await expect.poll(() => details.textContent()).toContain(theirs[1]!.sources[0]!.quote);
    // The keyboard is in the details panel now; Escape brings it back to the timeline.
    await expect.poll(() => page.evaluate(`!!document.activeElement?.closest('.details-pane')`)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(`document.activeElement?.getAttribute('role')`)).toBe('region');
    // Zooming is announced once it settles: the window and its number of events.
    await page.keyboard.press('-');
    await expect
      .poll(() => page.getByTestId('timeline-window-live').textContent(), { timeout: 4000 })
      .toMatch(/^Showing \d{1,2} \w+ \d{4} to \d{1,2} \w+ \d{4}: \d+ events?\.$/);
    // Every drawn item has an accessible name: title, date, actors.
    const names = await page
      .locator(EVENT_ITEMS)
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(names.length).toBeGreaterThan(0);
    const expectedNames = new Set(theirs.map(itemLabel));
    for (const name of names) expect(expectedNames.has(name ?? '')).toBe(true);
  });

  it('in lanes, Up and Down move between lanes', async () => {
    await openFresh();
    await page.getByRole('button', { name: 'Lanes' }).click();
    await expect.poll(async () => (await lanesOnPage(page)).length).toBeGreaterThan(1);
    await page.getByRole('region', { name: /^Timeline/ }).focus();
    await page.keyboard.press('ArrowDown');
    const focusedLane = async () => {
      const id = await page.locator(`${EVENT_ITEMS}.nl-focus`).first().getAttribute('data-id');
      return id?.slice(id.indexOf(':') + 1) ?? null;
    };
    const lanes = (await lanesOnPage(page)).map((l) => (l.name === 'No named actor' ? '' : l.name));
    await expect.poll(focusedLane).toBe(lanes[0]);
    await page.keyboard.press('ArrowDown');
    await expect.poll(focusedLane).toBe(lanes[1]);
    await page.keyboard.press('ArrowUp');
    await expect.poll(focusedLane).toBe(lanes[0]);
  });

  it('in lanes, Shift+Left folds the lane of people the focus is in, and Shift+Right unfolds it', async () => {
    await openFresh(TALL);
    await page.getByRole('button', { name: 'Lanes' }).click();
    await expect.poll(async () => (await lanesOnPage(page)).length).toBeGreaterThan(1);
    const before = await lanesOnPage(page);
    const person = before.findIndex((l) => l.nested);
    expect(person).toBeGreaterThan(0);
    const parent = before.slice(0, person).findLastIndex((l) => !l.nested);
    const people = before.filter(
      (l, i) => i > parent && l.nested && !before.slice(parent + 1, i).some((x) => !x.nested),
    );
    const focusedLane = async () => {
      const id = await page.locator(`${EVENT_ITEMS}.nl-focus`).first().getAttribute('data-id');
      return id?.slice(id.indexOf(':') + 1) ?? null;
    };
    await page.getByRole('region', { name: /^Timeline/ }).focus();
    for (let i = 0; i <= person; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(focusedLane).toBe(before[person]?.name);

    await page.keyboard.press('Shift+ArrowLeft');
    await expect
      .poll(async () => (await lanesOnPage(page)).map((l) => l.name))
      .toEqual(before.filter((l) => !people.includes(l)).map((l) => l.name));
    await expect.poll(focusedLane).toBe(before[parent]?.name);
    const live = () => page.getByTestId('timeline-focus-live').textContent();
    await expect
      .poll(live)
      .toMatch(new RegExp(`^${before[parent]?.name}: ${people.length} (person|people) folded away$`));

    await page.keyboard.press('Shift+ArrowRight');
    await expect
      .poll(async () => (await lanesOnPage(page)).map((l) => l.name))
      .toEqual(before.map((l) => l.name));
    await expect.poll(live).toMatch(/shown$/);
    // Up and Down walk the lanes that are shown.
    await page.keyboard.press('ArrowDown');
    await expect.poll(focusedLane).toBe(before[parent + 1]?.name);
  });

  it('on the shared track, Shift+Right and Shift+Left move the focus like Right and Left', async () => {
    await openFresh();
    await page.getByRole('region', { name: /^Timeline/ }).focus();
    const focused = () => page.locator(`${EVENT_ITEMS}.nl-focus`).first().getAttribute('data-id');
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(focused).not.toBeNull();
    const first = await focused();
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(focused).not.toBe(first);
    await page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(focused).toBe(first);
  });

  it('follows the system between light and dark, and keeps high contrast once chosen', async () => {
    const background = () =>
      page.evaluate('getComputedStyle(document.documentElement).backgroundColor') as Promise<string>;
    await page.emulateMedia({ colorScheme: 'light' });
    await openFresh();
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(background).not.toBe(light);
    await page.getByRole('button', { name: 'Lanes' }).click();
    await page.evaluate('document.activeElement?.blur()');
    await page.mouse.move(0, 0);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(OUTPUT, 'dark-lanes-1280x800.png') });
    const toggle = page.getByRole('button', { name: 'High contrast' });
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(background).toBe('rgb(0, 0, 0)');
    await page.reload();
    await page.waitForSelector('[data-ready=true]');
    expect(await page.getByRole('button', { name: 'High contrast' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await expect.poll(background).toBe('rgb(0, 0, 0)');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(background).toBe('rgb(0, 0, 0)');
    await page.getByRole('region', { name: /^Timeline/ }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(OUTPUT, 'high-contrast-1280x800.png') });
    await page.getByRole('button', { name: 'High contrast' }).click();
    await expect.poll(background).toBe(light);
    expect(errors).toEqual([]);
  });
});

describe.skipIf(shouldSkipBrowserTests())('density at a distance with 10,000 synthetic events', () => {
  let server: PreviewServer;
  let browser: LaunchedBrowser;
  let page: Page;
  let snapshot: Snapshot;
  const errors: string[] = [];
  const service = createSyntheticService({
    events: 10_000,
    actors: 30,
    from: '2016-01-01',
    to: '2025-12-31',
  });

  /** Sum of the counts drawn per period (all lanes). */
  const bandTotal = () =>
    page
      .locator(COUNT_BANDS)
      .evaluateAll((els) =>
        els.reduce((sum, e) => sum + Number((e.textContent ?? '0').replace(/,/g, '')), 0),
      );

  beforeAll(async () => {
    await ensureRendererBuilt();
    snapshot = await service.getSnapshot();
    server = await startPreviewServer({ service, rendererDir: RENDERER_DIR });
    browser = await launchBrowser();
    page = await openPage(browser, errors);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('counts per period when zoomed out, computed by the worker and following the filter; events when zoomed in', async () => {
    await service.saveViewState({ ...DEFAULT_VIEW_STATE });
    await page.goto(server.url);
    await page.waitForSelector('[data-ready=true]', { timeout: 60_000 });
    await expect.poll(() => page.locator('.vis-item.nl-agg').count()).toBeGreaterThan(0);
    expect(await page.locator(EVENT_ITEMS).count()).toBe(0);
    // the first counts may come from the page while the worker loads; then the worker counts
    await expect.poll(() => page.getByTestId('timeline').getAttribute('data-density')).toBe('worker');
    // All events fit: the bands count every one of them.
    await expect.poll(bandTotal).toBe(snapshot.events.length);
    const actor = snapshot.actors[0]!;
    await page.getByRole('button', { name: `Only ${actor.name}`, exact: true }).click();
    const theirs = snapshot.events.filter((e) => actorNames(e).includes(actor.name)).length;
    await page.getByRole('button', { name: 'Fit all' }).click();
    await expect.poll(bandTotal).toBe(theirs);
    await page.getByRole('button', { name: 'All', exact: true }).click();
    // Zoom in far enough and the events come back, one item each (those without a label counted
    // as "+N more", not as bands of every event).
    const region = page.getByRole('region', { name: /^Timeline/ });
    await region.focus();
    for (let i = 0; i < 20 && (await page.locator(COUNT_BANDS).count()) > 0; i++) {
      await page.keyboard.press('+');
      await page.waitForTimeout(150);
    }
    await expect.poll(() => page.locator(COUNT_BANDS).count()).toBe(0);
    expect(await page.locator(EVENT_ITEMS).count()).toBeGreaterThan(0);
    // Zooming out again brings the counts back.
    for (let i = 0; i < 20 && (await page.locator(COUNT_BANDS).count()) === 0; i++) {
      await page.keyboard.press('-');
      await page.waitForTimeout(100);
    }
    await expect.poll(() => page.locator(COUNT_BANDS).count()).toBeGreaterThan(0);
    expect(await page.locator(EVENT_ITEMS).count()).toBe(0);
  });

  it('counts each lane on its own', async () => {
    await page.setViewportSize(TALL);
    await page.getByRole('button', { name: 'Fit all' }).click();
    await page.getByRole('button', { name: 'Lanes' }).click();
    await expect.poll(async () => (await lanesOnPage(page)).length).toBe(30);
    // Every event counts once in each lane of its actors.
    const clones = snapshot.events.reduce((n, e) => n + actorNames(e).length, 0);
    await expect.poll(bandTotal).toBe(clones);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.evaluate('document.activeElement?.blur()');
    await page.mouse.move(0, 0);
    await page.waitForTimeout(300);
    const file = join(OUTPUT, 'density-lanes-1280x800.png');
    await page.screenshot({ path: file });
    expect(readFileSync(file).length).toBeGreaterThan(10_000);
    expect(errors).toEqual([]);
  });
});
