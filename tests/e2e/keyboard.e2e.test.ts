/**
 * The keyboard and screen readers (issue 13, item 8), in Chromium on the bundled sample: a skip
 * link as the first Tab stop and Ctrl+1 to the timeline from anywhere; the actor list as one Tab
 * stop whose rows the arrow keys walk; zoom on the selection and the live region after a filter.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewsEvent } from '../../electron/shared/model';
import { shouldSkipBrowserTests } from './browser';
import { OUTPUT, startSampleApp, type SampleApp } from './sample-app';

/** Time allowed per test: a browser on a loaded two-core machine. */
const SLOW = 60_000;

describe.skipIf(shouldSkipBrowserTests())('keyboard and screen reader on the bundled sample', () => {
  let app: SampleApp;
  /** What has the keyboard focus: its role or tag, and its accessible text. */
  const focused = () =>
    app.page.evaluate(`(() => {
      const e = document.activeElement;
      if (!e) return '';
      const label = e.labels && e.labels[0] ? e.labels[0].textContent : '';
      const name = e.getAttribute('aria-label') || (label || e.textContent || '').trim() || e.getAttribute('placeholder') || '';
      return (e.getAttribute('role') || e.tagName.toLowerCase()) + ': ' + name;
    })()`) as Promise<string>;
  const inside = (selector: string) =>
    app.page.evaluate(`!!document.activeElement?.closest(${JSON.stringify(selector)})`) as Promise<boolean>;

  beforeAll(async () => {
    app = await startSampleApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  it(
    'the first Tab reaches "Skip to timeline", shown on screen; Enter puts the focus on the timeline',
    async () => {
      await app.openFresh();
      await app.page.keyboard.press('Tab');
      expect(await focused()).toMatch(/^a: Skip to timeline/);
      const box = await app.page.getByRole('link', { name: 'Skip to timeline' }).boundingBox();
      expect(box, 'the link is drawn').not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(800);
      await app.page.screenshot({ path: join(OUTPUT, 'skip-link-1280x800.png') });
      await app.page.keyboard.press('Enter');
      expect(await focused()).toMatch(/^region: Timeline, \d+ events?/);
      // from there the arrows walk the events
      await app.page.keyboard.press('ArrowRight');
      await expect.poll(() => app.page.getByTestId('timeline-focus-live').textContent()).not.toBe('');
    },
    SLOW,
  );

  it(
    'Ctrl+1 goes to the timeline from anywhere, the search box included, and to the list when it is shown',
    async () => {
      await app.openFresh();
      await app.page.getByRole('searchbox', { name: 'Search events' }).focus();
      await app.page.keyboard.press('Control+1');
      expect(await focused()).toMatch(/^region: Timeline/);
      await app.page.getByRole('button', { name: 'Lanes' }).focus();
      await app.page.keyboard.press('Control+1');
      expect(await focused()).toMatch(/^region: Timeline/);
      await app.page.getByRole('button', { name: 'List', exact: true }).click();
      await app.page.keyboard.press('Control+1');
      expect(await focused()).toMatch(/^region: List of \d+ events/);
      // the skip link follows too
      await app.page.getByRole('link', { name: 'Skip to timeline' }).focus();
      await app.page.keyboard.press('Enter');
      expect(await focused()).toMatch(/^region: List of \d+ events/);
    },
    SLOW,
  );

  it(
    'the actor list is one Tab stop; arrows move between actors and to the row’s "only"',
    async () => {
      await app.openFresh();
      const actors = app.snapshot.actors.length;
      expect(actors).toBeGreaterThan(3);
      // Tab from the actor search through the list's own controls and the actors, until the focus leaves it
      await app.page.getByRole('searchbox', { name: 'Search actors' }).focus();
      const stops: string[] = [];
      for (let i = 0; i < 4 * actors; i++) {
        await app.page.keyboard.press('Tab');
        if (!(await inside('.actor-list'))) break;
        stops.push(await focused());
      }
      const inRows = stops.filter((s) => /^input: |^button: only/.test(s) && !/selected actor/.test(s));
      // the list's own buttons (All, None …), the any/all choice (one stop for the radio
      // group), then one stop for all the actors
      const ownButtons = await app.page.locator('.actor-list-top button').count();
      expect(stops.filter((s) => /^button: (All|None)$/.test(s))).toHaveLength(2);
      expect(inRows, `stops in the rows: ${inRows.join(' | ')}`).toHaveLength(1);
      expect(stops, stops.join(' | ')).toHaveLength(ownButtons + 2);
      // Shift+Tab comes back to the same actor; Down and Up move between actors
      await app.page.keyboard.press('Shift+Tab');
      const first = await focused();
      expect(first).toMatch(/^input: /);
      const firstName = await app.page.evaluate('document.activeElement.dataset.actor');
      await app.page.keyboard.press('ArrowDown');
      const secondName = (await app.page.evaluate('document.activeElement.dataset.actor')) as string;
      expect(secondName).toBeTruthy();
      expect(secondName).not.toBe(firstName);
      await app.page.keyboard.press('ArrowDown');
      await app.page.keyboard.press('ArrowUp');
      expect(await app.page.evaluate('document.activeElement.dataset.actor')).toBe(secondName);
      // Space ticks the checkbox off; Right reaches "only", Enter keeps that actor alone
      await app.page.keyboard.press('Space');
      await expect.poll(() => app.page.getByTestId('shown-count').textContent()).toMatch(/ of /);
      await app.page.keyboard.press('Space');
      await app.page.keyboard.press('ArrowRight');
      expect(await focused()).toBe(`button: Only ${secondName}`);
      await app.page.keyboard.press('Enter');
      const names = (e: NewsEvent) => e.actors.map((a) => a.name);
      const theirs = app.snapshot.events.filter(
        (e) => e.actors.length === 0 || names(e).includes(secondName),
      );
      await app.expectShown(theirs);
      // Left goes back to the checkbox; Tab leaves the list from there in one step
      await app.page.keyboard.press('ArrowLeft');
      expect(await app.page.evaluate('document.activeElement.dataset.actor')).toBe(secondName);
      await app.page.keyboard.press('Tab');
      expect(await inside('.actor-list')).toBe(false);
    },
    SLOW,
  );

  it(
    'still zooms on the selected event with + and −, and says what is shown after a filter',
    async () => {
      await app.openFresh();
      const region = app.page.getByRole('region', { name: /^Timeline/ });
      await region.focus();
      await app.page.keyboard.press('ArrowRight');
      await app.page.keyboard.press('ArrowRight');
      await app.page.keyboard.press('Enter');
      await expect.poll(() => app.page.locator('.details h2').count()).toBe(1);
      const title = (await app.page.locator('.details h2').textContent()) ?? '';
      const event = app.snapshot.events.find((e) => e.title === title);
      expect(event, `the event "${title}"`).toBeDefined();
      const start = Date.parse(event!.start.length === 10 ? event!.start : `${event!.start}-01`);
      await expect
        .poll(async () => (await app.service.getViewState()).window, { timeout: 5000 })
        .toBeTruthy();
      const before = (await app.service.getViewState()).window!;
      await region.focus();
      await app.page.keyboard.press('+');
      await expect
        .poll(async () => (await app.service.getViewState()).window?.start, { timeout: 5000 })
        .not.toBe(before.start);
      const after = (await app.service.getViewState()).window!;
      const [a, b] = [Date.parse(after.start), Date.parse(after.end)];
      expect(b - a).toBeLessThan(Date.parse(before.end) - Date.parse(before.start));
      // the selected event is still in view after the zoom
      expect(start).toBeGreaterThanOrEqual(a);
      expect(start).toBeLessThanOrEqual(b);
      // a filter: the live region says how many events are shown now
      const live = app.page.getByTestId('timeline-window-live');
      await app.page.getByRole('button', { name: 'None', exact: true }).click();
      await expect.poll(() => live.textContent()).toMatch(/: 0 events\.$/);
      await app.page.getByRole('button', { name: 'All', exact: true }).click();
      await expect.poll(() => live.textContent()).not.toMatch(/: 0 events\.$/);
      expect(app.errors).toEqual([]);
    },
    SLOW,
  );
});
