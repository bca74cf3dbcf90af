/**
 * A large import in Chromium against the preview with the real services: 5,000 articles dropped
 * on a new story show their progress from the first file (reading, then extracting, with counts
 * and the time left), the timeline fills in while the import runs, Cancel stops it and keeps
 * what was finished (on disk, in the page and in the outcome alike), and dropping two of those
 * files again says they are already in the library.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shouldSkipBrowserTests } from './browser';
import { dropArticles } from './import-drop';
import { OUTPUT, startSampleApp, type SampleApp } from './sample-app';

/** Time allowed: a browser and an extractor on a loaded two-core machine. */
const SLOW = 300_000;
const ARTICLES = 5000;

/**
 * Watches the page: every text the import's status took, when the first event was drawn and what
 * the status said then.
 */
const WATCH = `(() => {
  const log = { statuses: [], firstItemAt: null, statusAtFirstItem: null };
  window.__importLog = log;
  const look = () => {
    const status = document.querySelector('[data-testid=import-progress] [role=status]');
    const text = status ? status.textContent : null;
    if (text && log.statuses[log.statuses.length - 1] !== text) log.statuses.push(text);
    if (log.firstItemAt === null && document.querySelector('.timeline-region .vis-item')) {
      log.firstItemAt = performance.now();
      log.statusAtFirstItem = text;
    }
  };
  new MutationObserver(look).observe(document.body, { subtree: true, childList: true, characterData: true });
})()`;

interface ImportLog {
  statuses: string[];
  firstItemAt: number | null;
  statusAtFirstItem: string | null;
}

describe.skipIf(shouldSkipBrowserTests())('a large import in Chromium', () => {
  let app: SampleApp;
  beforeAll(async () => {
    app = await startSampleApp();
  }, SLOW);
  afterAll(async () => {
    await app?.close();
  });

  it(
    'imports 5,000 articles with progress, fills the timeline as batches land, cancels keeping what was finished, and says when files are already in the library',
    async () => {
      const { page, service } = app;
      const story = (await service.createStory('Five thousand')).stories.find(
        (s) => s.name === 'Five thousand',
      );
      if (!story) throw new Error('The story was not created.');
      await service.switchStory(story.id);
      await app.openFresh();
      await expect.poll(() => page.getByTestId('shown-count').textContent()).toBe('0');
      await page.evaluate(WATCH);
      const log = () => page.evaluate('window.__importLog') as Promise<ImportLog>;

      await dropArticles(page, ARTICLES);
      const panel = page.getByTestId('import-progress');
      await panel.waitFor();
      // the timeline fills in while the import runs: events drawn, the panel still there
      await expect.poll(async () => (await log()).firstItemAt !== null, { timeout: 60_000 }).toBe(true);
      expect(await panel.isVisible()).toBe(true);
      await expect
        .poll(async () => Number(await page.getByTestId('shown-count').textContent()), { timeout: 60_000 })
        .toBeGreaterThan(0);
      // progress from the first file: reading, then extracting, with counts and the time left
      await expect
        .poll(async () => (await log()).statuses.some((s) => /left/.test(s)), { timeout: 120_000 })
        .toBe(true);
      const seen = (await log()).statuses;
      expect(seen.find((s) => s.startsWith('Reading files'))).toMatch(
        /^Reading files: [\d,]+ of 5,000 files$/,
      );
      const extracting = seen.filter((s) => s.startsWith('Extracting events'));
      expect(extracting.length).toBeGreaterThan(1);
      expect(extracting.at(-1)).toMatch(
        /^Extracting events: [\d,]+ of 5,000 files(Reading files: [\d,]+ of 5,000 · )?[\d,]+ articles? imported · (about|less than) .+ left$/,
      );
      // the first events come while the files are still being read, and the panel says both
      expect((await log()).statusAtFirstItem).toMatch(/Reading files: [\d,]+ of 5,000/);
      expect(extracting.some((s) => /^Extracting events: [\d,]+ of 5,000 filesReading files: /.test(s))).toBe(
        true,
      );
      expect(seen.indexOf(extracting[0]!)).toBeGreaterThan(
        seen.findIndex((s) => s.startsWith('Reading files')),
      );

      await page.setViewportSize({ width: 1280, height: 800 });
      await page.screenshot({ path: join(OUTPUT, 'import-progress-1280x800.png') });
      expect(await app.axeViolations(), 'light').toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await app.axeViolations(), 'dark').toEqual([]);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.getByRole('button', { name: 'High contrast' }).click();
      expect(await app.axeViolations(), 'high contrast').toEqual([]);
      await page.getByRole('button', { name: 'High contrast' }).click();
      await page.setViewportSize({ width: 900, height: 700 });
      await page.screenshot({ path: join(OUTPUT, 'import-progress-900x700.png') });
      await page.setViewportSize({ width: 1280, height: 800 });

      // Cancel: the import stops, and what was finished stays
      await panel.getByRole('button', { name: 'Cancel' }).click();
      const done = page.getByRole('dialog', { name: 'Import cancelled' });
      await done.waitFor({ timeout: 10_000 });
      await page.screenshot({ path: join(OUTPUT, 'import-cancelled-1280x800.png') });
      const outcome = (await done.getByTestId('import-outcome').textContent()) ?? '';
      const kept = Number(/^([\d,]+) articles? imported/.exec(outcome)?.[1]?.replace(/,/g, ''));
      expect(kept).toBeGreaterThan(0);
      expect(kept).toBeLessThan(ARTICLES);
      expect(await service.getImportProgress()).toBeNull();
      const after = await service.getSnapshot();
      expect(after.articles).toHaveLength(kept);
      // on disk: the story's folder holds the files finished, and no more
      const stories = join(app.userDataDir, 'stories');
      const folder = readdirSync(stories).find((d) =>
        readdirSync(join(stories, d)).includes('article-00001.md'),
      );
      expect(readdirSync(join(stories, folder ?? '')).filter((f) => f.endsWith('.md'))).toHaveLength(kept);
      await expect
        .poll(() => page.locator('.app-header .counts').textContent())
        .toContain(`${kept.toLocaleString('en')} articles`);
      await done.getByRole('button', { name: 'OK' }).click();

      // the same two files again: nothing new, and the page says so
      await dropArticles(page, 2);
      const again = page.getByRole('dialog', { name: 'Import finished' });
      await again.waitFor({ timeout: 30_000 });
      expect(await again.getByTestId('import-outcome').textContent()).toBe(
        'No new article: 2 already in the library.',
      );
      expect((await service.getSnapshot()).articles).toHaveLength(kept);
      await again.getByRole('button', { name: 'OK' }).click();
      expect(app.errors).toEqual([]);
    },
    SLOW,
  );

  it(
    'imports a folder chosen with the folder chooser, subfolders included',
    async () => {
      const { page, service } = app;
      const story = (await service.createStory('A folder')).stories.find((s) => s.name === 'A folder');
      if (!story) throw new Error('The story was not created.');
      await service.switchStory(story.id);
      const dir = mkdtempSync(join(tmpdir(), 'newsline-folder-'));
      try {
        mkdirSync(join(dir, 'week-2'));
        const article = (day: number, text: string) =>
          `---\ntitle: Harbour report ${day}\npublished: 2025-03-0${day}\n---\nHarbour report ${day}\n\n${text}\n`;
        writeFileSync(
          join(dir, 'a.md'),
          article(1, 'The dock workers union announced on Monday that the strike had begun.'),
        );
        writeFileSync(join(dir, 'notes.pdf'), '%PDF');
        writeFileSync(
          join(dir, 'week-2', 'b.md'),
          article(5, 'Port officials welcomed the agreement with the union on Wednesday.'),
        );
        await app.openFresh();
        await page.getByTestId('folder-input').setInputFiles(dir);
        const done = page.getByRole('dialog', { name: 'Import finished' });
        await done.waitFor({ timeout: 30_000 });
        expect(await done.getByTestId('import-outcome').textContent()).toMatch(/^2 articles imported: /);
        expect(await done.textContent()).toContain('notes.pdf');
        expect((await service.getSnapshot()).articles.map((a) => a.file).sort()).toEqual(['a.md', 'b.md']);
        await done.getByRole('button', { name: 'OK' }).click();
        expect(app.errors).toEqual([]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    SLOW,
  );

  it(
    'imports the files that give their date at once, then asks for the dates missing',
    async () => {
      const { page, service } = app;
      const story = (await service.createStory('Some dated')).stories.find((s) => s.name === 'Some dated');
      if (!story) throw new Error('The story was not created.');
      await service.switchStory(story.id);
      await app.openFresh();
      await expect.poll(() => page.getByTestId('shown-count').textContent()).toBe('0');
      const dated = (day: number, text: string) =>
        Buffer.from(
          `---\ntitle: Harbour report ${day}\npublished: 2025-03-0${day}\n---\nHarbour report ${day}\n\n${text}\n`,
        );
      await page.getByTestId('file-input').setInputFiles([
        {
          name: 'harbour-undated.txt',
          mimeType: 'text/plain',
          buffer: Buffer.from(
            'Harbour strike ends after talks\n\nThe dock workers union announced on Monday that the strike had ended.\n',
          ),
        },
        {
          name: 'harbour-1.md',
          mimeType: 'text/markdown',
          buffer: dated(1, 'The dock workers union announced on Monday that the strike had begun.'),
        },
        {
          name: 'harbour-5.md',
          mimeType: 'text/markdown',
          buffer: dated(5, 'Port officials welcomed the agreement with the union on Wednesday.'),
        },
      ]);
      const ask = page.getByRole('dialog', { name: 'When were these published?' });
      await ask.waitFor({ timeout: 30_000 });
      // the dated files are in the library and on the timeline while the dates are asked for
      expect(await ask.getByTestId('imported-before-dates').textContent()).toBe(
        'The other files are imported already (2 articles); this one waits for its date.',
      );
      expect(await ask.locator('.date-list li').count()).toBe(1);
      expect((await service.getSnapshot()).articles.map((a) => a.file).sort()).toEqual([
        'harbour-1.md',
        'harbour-5.md',
      ]);
      expect(Number(await page.getByTestId('shown-count').textContent())).toBeGreaterThan(0);
      await page.screenshot({ path: join(OUTPUT, 'import-dates-after-dated-1280x800.png') });
      expect(await app.axeViolations(), 'light').toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await app.axeViolations(), 'dark').toEqual([]);
      await page.emulateMedia({ colorScheme: 'light' });
      // high contrast as its switch (behind the dialog) sets it
      await page.evaluate("document.documentElement.dataset.contrast = 'high'");
      expect(await app.axeViolations(), 'high contrast').toEqual([]);
      await page.evaluate('delete document.documentElement.dataset.contrast');
      await page.setViewportSize({ width: 900, height: 700 });
      await page.screenshot({ path: join(OUTPUT, 'import-dates-after-dated-900x700.png') });
      await page.setViewportSize({ width: 1280, height: 800 });
      await ask.getByLabel('harbour-undated.txt').fill('2025-03-03');
      await ask.getByRole('button', { name: 'Import' }).click();
      const done = page.getByRole('dialog', { name: 'Import finished' });
      await done.waitFor({ timeout: 30_000 });
      expect(await done.getByTestId('import-outcome').textContent()).toMatch(/^3 articles imported: /);
      const articles = (await service.getSnapshot()).articles;
      expect(articles.map((a) => [a.file, a.published]).sort()).toEqual([
        ['harbour-1.md', '2025-03-01'],
        ['harbour-5.md', '2025-03-05'],
        ['harbour-undated.txt', '2025-03-03'],
      ]);
      await done.getByRole('button', { name: 'OK' }).click();
      expect(app.errors).toEqual([]);
    },
    SLOW,
  );
});
