/**
 * Actor management in Chromium on the bundled sample and one short article that spells "The West"
 * as "West": the actors view, a merge from a suggestion,
 * a rename and a hide, each followed at once by the actor list, the lanes and the events, and each
 * undone with Ctrl+Z. Expected figures come from the service's snapshot.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewsEvent } from '../../electron/shared/model';
import { shouldSkipBrowserTests } from './browser';
import { OUTPUT, startSampleApp, type SampleApp } from './sample-app';

/** Time allowed per test: a browser on a loaded two-core machine. */
const SLOW = 90_000;
/** Tall enough for every lane of the sample to be drawn. */
const TALL = { width: 1280, height: 2400 };

describe.skipIf(shouldSkipBrowserTests())('actor management in Chromium on the sample', () => {
  let app: SampleApp;
  const dialog = () => app.page.getByRole('dialog', { name: 'Actors' });
  const openManager = async () => {
    await app.page.getByRole('button', { name: 'Manage…' }).click();
    await dialog().waitFor();
  };
  const closeManager = async () => {
    await dialog().getByRole('button', { name: 'Close' }).click();
    await dialog().waitFor({ state: 'detached' });
  };
  /** The actor list's rows: name and count, in the order shown. */
  const actorRows = async () =>
    (await app.page
      .locator('.actor-list .actor-row')
      .evaluateAll((rows) =>
        rows.map(
          (r) =>
            `${r.querySelector('.actor-name')?.textContent ?? ''} ${r.querySelector('.count')?.textContent ?? ''}`,
        ),
      )) as string[];
  const lanes = async () =>
    (await app.page.evaluate(`[...document.querySelectorAll('.vis-labelset .vis-label')]
      .map((l) => (l.textContent || '').replace(/\\s·\\s[\\d,]+$/, '').trim())`)) as string[];
  const undo = async () => {
    await app.page.locator('body').click({ position: { x: 2, y: 2 } });
    await app.page.keyboard.press('Control+z');
  };
  const listing = (name: string) => (e: NewsEvent) => e.actors.some((a) => a.name === name);

  beforeAll(async () => {
    app = await startSampleApp();
    // a second spelling of one actor, as a library of several outlets gathers them: a short
    // article names "West" where the sample says "The West", so a merge is suggested
    const content = [
      '---',
      'title: West answers Moscow',
      'published: 2025-01-21',
      '---',
      'West answers Moscow',
      '',
      'West rejected the claims as unfounded on Monday.',
      '',
    ].join('\n');
    await app.service.importArticles([{ name: 'west.md', content, lastModified: Date.now() }]);
    app.snapshot = await app.service.getSnapshot();
  });
  afterAll(async () => {
    await app?.close();
  });

  it(
    'merges two actors from a suggestion: one row and one lane with the events of both, each event listing it once; Ctrl+Z undoes it',
    async () => {
      const { page, snapshot } = app;
      const both = snapshot.events.filter((e) => listing('West')(e) || listing('The West')(e));
      const twice = snapshot.events.find((e) => listing('West')(e) && listing('The West')(e));
      expect(both.length).toBeGreaterThan(0);
      await app.openFresh(TALL);
      await page.getByRole('button', { name: 'Lanes' }).click();
      await expect.poll(lanes).toContain('West');
      expect(await actorRows()).toContain('West 1');

      await openManager();
      await page.screenshot({ path: join(OUTPUT, 'actors-view-tall.png') });
      const merge = dialog().getByRole('button', { name: 'Merge West into The West' });
      await merge.click();
      // the suggestion is gone, the actor list and the lanes follow without a reload
      await merge.waitFor({ state: 'detached' });
      await expect.poll(actorRows).toContain(`The West ${both.length}`);
      expect((await actorRows()).filter((r) => r.startsWith('West '))).toEqual([]);
      await expect.poll(lanes).not.toContain('West');
      expect((await lanes()).filter((l) => l === 'The West')).toHaveLength(1);
      expect(await dialog().locator('[data-actor-row="The West"] .actor-others').textContent()).toContain(
        'West',
      );
      await closeManager();

      // every event lists the actor once (the list view shows each event's actors)
      await page.getByRole('button', { name: 'Lanes' }).click();
      await page.getByRole('button', { name: 'List', exact: true }).click();
      const cells = await page.locator('.event-list tbody tr td:nth-child(3)').allTextContents();
      expect(cells.filter((c) => c.includes('The West'))).toHaveLength(both.length);
      for (const cell of cells) {
        expect(cell.split(/, | → /).filter((n) => n === 'The West')).toHaveLength(
          cell.includes('The West') ? 1 : 0,
        );
        expect(cell.split(/, | → /)).not.toContain('West');
      }
      if (twice) expect(cells.some((c) => c.includes('The West'))).toBe(true);

      await undo();
      await expect.poll(actorRows).toContain('West 1');
      expect(app.errors).toEqual([]);
    },
    SLOW,
  );

  it(
    'splits chosen events off to a new actor and separates a merged name again; Ctrl+Z undoes each',
    async () => {
      const trump = app.snapshot.actors.find((a) => a.name === 'Donald Trump')!;
      await app.openFresh();
      await openManager();
      await dialog().getByRole('button', { name: 'Change Donald Trump' }).click();
      const editor = dialog().getByRole('group', { name: 'Change Donald Trump' });
      await editor.getByRole('checkbox').first().check();
      await editor.getByRole('textbox', { name: 'New actor' }).fill('Trump the candidate');
      await editor.getByRole('button', { name: 'Split 1' }).click();
      await expect.poll(actorRows).toContain('Trump the candidate 1');
      expect(await actorRows()).toContain(`Donald Trump ${trump.count - 1}`);

      await dialog().getByRole('button', { name: 'Merge West into The West' }).click();
      await dialog().getByRole('button', { name: 'Separate West from The West' }).click();
      await expect.poll(actorRows).toContain('West 1');
      await closeManager();
      await undo(); // the separation
      await expect.poll(actorRows).not.toContain('West 1');
      await undo(); // the merge
      await expect.poll(actorRows).toContain('West 1');
      await undo(); // the split
      await expect.poll(actorRows).toContain(`Donald Trump ${trump.count}`);
      expect((await actorRows()).some((r) => r.startsWith('Trump the candidate'))).toBe(false);
      expect(app.errors).toEqual([]);
    },
    SLOW,
  );

  it(
    'dismisses a suggestion for good, and Ctrl+Z brings it back',
    async () => {
      await app.openFresh();
      await openManager();
      const dismiss = dialog().getByRole('button', { name: 'Dismiss merging West into The West' });
      await dismiss.click();
      await dismiss.waitFor({ state: 'detached' });
      await closeManager();
      await app.page.reload();
      await app.page.waitForSelector('[data-ready=true]');
      await openManager();
      expect(
        await dialog()
          .getByRole('heading', { name: /Suggested merges/ })
          .count(),
      ).toBe(0);
      await closeManager();
      await undo();
      await openManager();
      await dialog().getByRole('button', { name: 'Merge West into The West' }).waitFor();
      await closeManager();
      expect(app.errors).toEqual([]);
    },
    SLOW,
  );

  it(
    'renames an actor for the whole library, and Ctrl+Z takes the name back',
    async () => {
      const { page, snapshot } = app;
      const peskov = snapshot.actors.find((a) => a.name === 'Dmitry Peskov')!;
      await app.openFresh();
      await openManager();
      await dialog().getByRole('button', { name: 'Change Dmitry Peskov' }).click();
      await dialog().getByRole('textbox', { name: 'Rename to' }).fill('Peskov, Kremlin spokesman');
      await dialog().getByRole('button', { name: 'Rename', exact: true }).click();
      await expect.poll(actorRows).toContain(`Peskov, Kremlin spokesman ${peskov.count}`);
      expect((await actorRows()).some((r) => r.startsWith('Dmitry Peskov'))).toBe(false);
      await closeManager();
      await expect
        .poll(() => page.getByRole('button', { name: 'Undo' }).getAttribute('title'))
        .toMatch(/Rename actor/);
      await undo();
      await expect.poll(actorRows).toContain(`Dmitry Peskov ${peskov.count}`);
      expect(app.errors).toEqual([]);
    },
    SLOW,
  );

  it(
    'hides an actor that is not one: gone from the list and the events, the events kept; Ctrl+Z shows it again',
    async () => {
      const { page, snapshot } = app;
      const counts = async () =>
        /\d+ events/.exec((await page.locator('.app-header .counts').textContent()) ?? '')?.[0];
      await app.openFresh();
      const before = await counts();
      await openManager();
      await dialog().getByRole('button', { name: 'Hide Trump administration' }).click();
      await expect.poll(actorRows).not.toContain('Trump administration 1');
      expect(await counts()).toBe(before);
      expect(
        await dialog().getByRole('button', { name: 'Show Trump administration again' }).isVisible(),
      ).toBe(true);
      await closeManager();
      await page.getByRole('button', { name: 'List', exact: true }).click();
      const cells = await page.locator('.event-list tbody tr td:nth-child(3)').allTextContents();
      expect(cells).toHaveLength(snapshot.events.length);
      expect(cells.join('\n')).not.toContain('Trump administration');
      await undo();
      await expect.poll(actorRows).toContain('Trump administration 1');
      expect(app.errors).toEqual([]);
    },
    SLOW,
  );

  it(
    'has no serious accessibility violations in the actors view, in light, dark and high contrast',
    async () => {
      const { page, service } = app;
      // with a merged name and a hidden actor, so every part of the view is checked
      await service.editActors({ op: 'merge', names: ['West'], into: 'The West' });
      await service.editActors({ op: 'hide', name: 'Trump administration', hidden: true });
      for (const viewport of [
        { width: 1280, height: 800 },
        { width: 900, height: 700 },
      ]) {
        await app.openFresh(viewport);
        await openManager();
        await page.screenshot({ path: join(OUTPUT, `actors-view-${viewport.width}x${viewport.height}.png`) });
        await dialog().getByRole('button', { name: 'Change Donald Trump' }).click();
        await page.screenshot({
          path: join(OUTPUT, `actors-view-change-${viewport.width}x${viewport.height}.png`),
        });
      }
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        expect(await app.axeViolations(), scheme).toEqual([]);
      }
      await page.screenshot({ path: join(OUTPUT, 'actors-view-dark.png') });
      // the dialog is modal: Tab from its last control comes back to its first
      await dialog().locator('button:not([disabled]), input, select').last().focus();
      await page.keyboard.press('Tab');
      expect(await page.evaluate('document.activeElement?.textContent')).toBe('Close');
      await closeManager();
      await page.emulateMedia({ colorScheme: 'light' });
      await page.getByRole('button', { name: 'High contrast' }).click();
      await openManager();
      await dialog().getByRole('button', { name: 'Change Donald Trump' }).click();
      expect(await app.axeViolations(), 'high contrast').toEqual([]);
      await page.screenshot({ path: join(OUTPUT, 'actors-view-high-contrast.png') });
      await closeManager();
      await page.getByRole('button', { name: 'High contrast' }).click();
      await service.undo();
      await service.undo();
      expect(app.errors).toEqual([]);
    },
    SLOW,
  );
});
