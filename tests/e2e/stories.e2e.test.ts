/**
 * Stories and removing articles in Chromium against the preview with the real services: a story
 * created, an article imported into it and only its events shown, the sample's story again, the
 * story open kept across a reload; articles removed and brought back by Undo.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewsEvent } from '../../electron/shared/model';
import { shouldSkipBrowserTests } from './browser';
import { OUTPUT, startSampleApp, titlesOf, type SampleApp } from './sample-app';

/** Time allowed per test: a browser on a loaded two-core machine. */
const SLOW = 90_000;

const ARTICLE = [
  '---',
  'title: Harbour strike ends after talks',
  'published: 2025-03-05',
  '---',
  'Harbour strike ends after talks',
  '',
  'The dock workers union announced on Monday that the strike had ended. Port officials welcomed the agreement with the union.',
  '',
].join('\n');

describe.skipIf(shouldSkipBrowserTests())('stories in Chromium', () => {
  let app: SampleApp;
  let sampleEvents: NewsEvent[];
  const switcher = () => app.page.getByRole('button', { name: /^Story: / });
  const panel = () => app.page.getByRole('group', { name: 'Stories' });
  const shownCount = () => app.page.getByTestId('shown-count').textContent();
  const openMenu = async () => {
    await switcher().click();
    await panel().waitFor();
  };
  /** The page's errors, but the name refused on purpose (a 400 answer). */
  const unexpected = () => app.errors.filter((e) => !/createStory 400|status of 400/.test(e));
  const waitReady = () => app.page.waitForSelector('[data-ready=true]', { timeout: 30_000 });

  beforeAll(async () => {
    app = await startSampleApp();
    sampleEvents = app.snapshot.events;
  });
  afterAll(async () => {
    await app?.close();
  });

  it(
    'creates a story, imports into it, shows only its events, goes back to the sample; a reload keeps the story open',
    async () => {
      const { page } = app;
      await app.openFresh();
      expect(await switcher().getAttribute('aria-label')).toBe('Story: Sample: January 2025');
      await openMenu();
      const sampleChoice = panel().getByRole('button', { name: /^Sample: January 2025/ });
      expect(await sampleChoice.getAttribute('aria-current')).toBe('true');
      expect(await sampleChoice.textContent()).toContain(`${sampleEvents.length} events`);

      await panel().getByRole('button', { name: 'New story…' }).click();
      const dialog = page.getByRole('dialog', { name: 'New story' });
      await dialog.getByRole('button', { name: 'Create and open' }).click();
      expect(await dialog.getByRole('alert').textContent()).toBe('A story needs a name.');
      await dialog.getByLabel('Name').fill('Sample: january 2025');
      await dialog.getByRole('button', { name: 'Create and open' }).click();
      await expect
        .poll(() => dialog.getByRole('alert').textContent())
        .toBe('A story named “Sample: january 2025” exists already.');
      await dialog.getByLabel('Name').fill('  Hafenstreik — Ostsee 2025 ');
      await dialog.getByRole('button', { name: 'Create and open' }).click();
      await expect.poll(() => switcher().getAttribute('aria-label')).toBe('Story: Hafenstreik — Ostsee 2025');
      await waitReady();
      await expect.poll(shownCount).toBe('0');

      await page
        .getByTestId('file-input')
        .setInputFiles([
          { name: 'harbour-strike.md', mimeType: 'text/markdown', buffer: Buffer.from(ARTICLE) },
        ]);
      const done = page.getByRole('dialog', { name: 'Import finished' });
      await done.waitFor({ timeout: 30_000 });
      await done.getByRole('button', { name: 'OK' }).click();
      const story = await app.service.getSnapshot();
      expect(story.articles.map((a) => a.file)).toEqual(['harbour-strike.md']);
      expect(story.events.length).toBeGreaterThan(0);
      await expect.poll(shownCount).toBe(String(story.events.length));
      await page.getByRole('button', { name: 'Fit all' }).click();
      await app.expectShown(story.events);
      // none of the sample's events in this story
      const drawn = await app.drawnTitles();
      for (const title of titlesOf(sampleEvents)) expect(drawn).not.toContain(title);

      // (the view is saved a moment after it changes: let "Fit all" land before reloading)
      const last =
        story.events
          .map((e) => e.end ?? e.start)
          .sort()
          .at(-1) ?? '';
      await expect
        .poll(async () => ((await app.service.getViewState()).window?.end ?? '') >= last)
        .toBe(true);
      await page.reload();
      await waitReady();
      expect(await switcher().getAttribute('aria-label')).toBe('Story: Hafenstreik — Ostsee 2025');
      await app.expectShown(story.events);

      await openMenu();
      expect(
        await panel()
          .getByRole('button', { name: /^Hafenstreik/ })
          .textContent(),
      ).toContain(`1 article · ${story.events.length} event`);
      await panel()
        .getByRole('button', { name: /^Sample: January 2025/ })
        .click();
      await expect.poll(() => switcher().getAttribute('aria-label')).toBe('Story: Sample: January 2025');
      await waitReady();
      await page.getByRole('button', { name: 'Fit all' }).click();
      await app.expectShown(sampleEvents);
      await page.reload();
      await waitReady();
      expect(await switcher().getAttribute('aria-label')).toBe('Story: Sample: January 2025');
      await app.expectShown(sampleEvents);
      expect(unexpected()).toEqual([]);
    },
    SLOW,
  );

  it(
    'removes articles from the story at once; Undo in the notice and Ctrl+Z bring back the same events',
    async () => {
      const { page } = app;
      await app.openFresh();
      await app.expectShown(sampleEvents);
      await page
        .getByRole('toolbar', { name: 'Timeline' })
        .getByRole('button', { name: 'Articles', exact: true })
        .click();
      const list = page.getByRole('region', { name: /^Articles/ });
      const [first, second] = app.snapshot.articles;
      await list.getByRole('checkbox', { name: `Choose “${first!.title}”` }).check();
      await list.getByRole('checkbox', { name: `Choose “${second!.title}”` }).check();
      await list.getByRole('button', { name: 'Remove from story (2)' }).click();
      const notice = page.getByRole('status').filter({ hasText: 'Removed 2 articles' });
      await notice.waitFor();
      const removed = await app.service.getSnapshot();
      expect(removed.articles).toHaveLength(app.snapshot.articles.length - 2);
      expect(removed.events.length).toBeLessThan(sampleEvents.length);
      await app.expectShown(removed.events);
      expect(await list.textContent()).not.toContain(first!.title);

      await page.screenshot({ path: join(OUTPUT, 'stories-removed-1280x800.png') });
      await notice.getByRole('button', { name: 'Undo' }).click();
      await app.expectShown(sampleEvents);
      expect((await app.service.getSnapshot()).events).toEqual(sampleEvents);

      // one article from the reader, then the page's Undo command (Ctrl+Z)
      await list.getByRole('button', { name: first!.title, exact: true }).click();
      const reader = page.getByRole('complementary', { name: 'Article reader' });
      await reader.getByRole('button', { name: 'Remove from story' }).click();
      await page.getByRole('status').filter({ hasText: 'Removed 1 article' }).waitFor();
      await app.expectShown((await app.service.getSnapshot()).events);
      await page.evaluate('document.activeElement?.blur()');
      await page.keyboard.press('Control+z');
      await app.expectShown(sampleEvents);
      expect((await app.service.getSnapshot()).events).toEqual(sampleEvents);
      expect(unexpected()).toEqual([]);
    },
    SLOW,
  );

  it(
    'deletes a story after saying what goes; the switcher and its dialogs pass axe in every theme and fit at 900 px',
    async () => {
      const { page } = app;
      for (const size of [
        { width: 1280, height: 800 },
        { width: 900, height: 700 },
      ]) {
        await app.openFresh(size);
        const tag = `${size.width}x${size.height}`;
        await page.screenshot({ path: join(OUTPUT, `stories-header-${tag}.png`) });
        const toolbar = page.getByRole('toolbar', { name: 'Timeline' });
        const story = (await switcher().boundingBox())!;
        const tools = (await toolbar.boundingBox())!;
        // the switcher is whole, inside the window and clear of the toolbar
        expect(story.x + story.width).toBeLessThanOrEqual(size.width);
        expect(story.x + story.width <= tools.x || story.y + story.height <= tools.y).toBe(true);
        // the toolbar keeps to one line at 1280 px (at 900 px its own row wraps, story or not)
        const row = (await toolbar.getByRole('button', { name: 'Fit all' }).boundingBox())!.height;
        if (size.width === 1280) expect(tools.height).toBeLessThan(row * 1.8);
        await openMenu();
        await page.screenshot({ path: join(OUTPUT, `stories-menu-${tag}.png`) });
        await panel().getByRole('button', { name: 'Rename…' }).click();
        await page.getByRole('dialog', { name: /^Rename/ }).waitFor();
        await page.screenshot({ path: join(OUTPUT, `stories-rename-${tag}.png`) });
        await page.keyboard.press('Escape');
      }

      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await openMenu();
        expect(await app.axeViolations(), `menu, ${scheme}`).toEqual([]);
        await panel().getByRole('button', { name: 'New story…' }).click();
        await page
          .getByRole('dialog', { name: 'New story' })
          .getByRole('button', { name: 'Create and open' })
          .click();
        expect(await app.axeViolations(), `new story dialog, ${scheme}`).toEqual([]);
        await page.keyboard.press('Escape');
      }
      await page.emulateMedia({ colorScheme: 'light' });
      await page.getByRole('button', { name: 'High contrast' }).click();
      await openMenu();
      expect(await app.axeViolations(), 'menu, high contrast').toEqual([]);
      await page.keyboard.press('Escape');
      await expect.poll(() => panel().count()).toBe(0);
      // (high contrast stays on: the delete dialog below is checked in it too)

      // keyboard: the switcher opens, a new story is made and opened, then deleted
      await switcher().focus();
      await page.keyboard.press('Enter');
      await panel().getByRole('button', { name: 'New story…' }).focus();
      await page.keyboard.press('Enter');
      await page.keyboard.type('Short-lived');
      await page.keyboard.press('Enter');
      await expect.poll(() => switcher().getAttribute('aria-label')).toBe('Story: Short-lived');
      await waitReady();
      await openMenu();
      await panel().getByRole('button', { name: 'Delete…' }).click();
      const confirm = page.getByRole('alertdialog', { name: 'Delete “Short-lived”?' });
      expect(await confirm.textContent()).toContain('Its 0 articles');
      expect(await confirm.textContent()).toContain('cannot be undone');
      expect(await app.axeViolations(), 'delete dialog').toEqual([]);
      await page.screenshot({ path: join(OUTPUT, 'stories-delete-900x700.png') });
      await confirm.getByRole('button', { name: 'Delete story' }).click();
      await expect.poll(() => switcher().getAttribute('aria-label')).not.toBe('Story: Short-lived');
      await waitReady();
      await openMenu();
      expect(await panel().textContent()).not.toContain('Short-lived');
      expect((await app.service.listStories()).stories.map((s) => s.name)).not.toContain('Short-lived');
      expect(unexpected()).toEqual([]);
    },
    SLOW,
  );
});
