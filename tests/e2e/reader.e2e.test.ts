/**
 * The article reader and the articles list in Chromium on the bundled sample: highlights come
 * from the service's events and article texts, worked out here independently of the page's code.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleInfo, NewsEvent } from '../../electron/shared/model';
import { shortTitle } from '../../renderer/src/timeline/items';
import { shouldSkipBrowserTests } from './browser';
import { ITEMS, OUTPUT, startSampleApp, type SampleApp } from './sample-app';

/** Time allowed per test: a browser on a loaded two-core machine. */
const SLOW = 60_000;

describe.skipIf(shouldSkipBrowserTests())('article reader in Chromium on the sample', () => {
  let app: SampleApp;
  /** The article with the most events, and its events. */
  let article: ArticleInfo;
  let ofArticle: NewsEvent[];
  const reader = () => app.page.getByRole('complementary', { name: 'Article reader' });
  const marks = () => reader().locator('mark.hl');
  const selectedTitle = () => app.page.locator('.vis-item.vis-selected .vis-item-content').textContent();

  /** Selects the event on the timeline by clicking its item. */
  const clickItem = async (event: NewsEvent) => {
    await app.page
      .locator(ITEMS)
      .filter({ hasText: shortTitle(event.title) })
      .first()
      .click();
  };

  /** Opens the article from the details panel of one of its events. */
  const openFromDetails = async (event: NewsEvent) => {
    await clickItem(event);
    await app.page
      .locator('.details')
      .getByRole('button', { name: article.title, exact: true })
      .first()
      .click();
    await expect.poll(() => marks().count()).toBeGreaterThan(0);
  };

  beforeAll(async () => {
    app = await startSampleApp();
    const counts = new Map<string, number>();
    for (const e of app.snapshot.events)
      for (const id of new Set(e.sources.map((s) => s.articleId))) counts.set(id, (counts.get(id) ?? 0) + 1);
    const best = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    article = app.snapshot.articles.find((a) => a.id === best)!;
    ofArticle = app.snapshot.events.filter((e) => e.sources.some((s) => s.articleId === article.id));
  });

  afterAll(async () => {
    await app?.close();
  });

  it(
    'opening an article from the details panel shows its text with every quoted sentence highlighted',
    async () => {
      await app.openFresh();
      await openFromDetails(ofArticle[0]!);
      await expect.poll(() => reader().locator('h2').textContent()).toBe(article.title);
      const { text } = await app.service.getArticleText(article.id);
      // The whole text is there, paragraph by paragraph.
      const shown = (await reader().getByTestId('reader-text').locator('p').allInnerTexts()).join('\n');
      for (const line of text.split('\n').filter((l) => l.trim()))
        expect(shown).toContain(line.trim().slice(0, 40));
      // Every event of the article has its quote highlighted, and the highlighted text is exactly the quotes.
      const highlighted = await marks().evaluateAll((ms) =>
        ms.map((m) => ({
          ids: (m.getAttribute('data-events') ?? '').split(' '),
          text: m.firstChild?.textContent ?? '',
        })),
      );
      for (const event of ofArticle) {
        const quotes = event.sources.filter((s) => s.articleId === article.id).map((s) => s.quote);
        const pieces = highlighted.filter((h) => h.ids.includes(event.id)).map((h) => h.text);
        expect(pieces.length, event.title).toBeGreaterThan(0);
        for (const piece of pieces)
          expect(
            quotes.some((q) => q.includes(piece)),
            piece,
          ).toBe(true);
      }
      // Kinds are told by colour and by underline style, with a legend.
      const styles = (await app.page.evaluate(
        `[...document.querySelectorAll('.details-pane mark.hl')].map((m) => getComputedStyle(m).textDecorationLine)`,
      )) as string[];
      expect(styles).toHaveLength(await marks().count());
      expect(styles.every((s) => s.startsWith('underline'))).toBe(true);
      await expect
        .poll(() => reader().getByRole('list', { name: 'Highlight colours' }).textContent())
        .toContain('Verbal cooperation');
    },
    SLOW,
  );

  it(
    'clicking a highlight selects its event on the timeline',
    async () => {
      await app.openFresh();
      await openFromDetails(ofArticle[0]!);
      const target = ofArticle.find((e) => e.id !== ofArticle[0]!.id)!;
      await reader().locator(`mark.hl[data-events~="${target.id}"]`).first().click();
      await expect.poll(selectedTitle).toBe(shortTitle(target.title));
      await expect
        .poll(() =>
          reader().locator(`mark.hl[data-events~="${target.id}"]`).first().getAttribute('aria-current'),
        )
        .toBe('true');
      // The keyboard works too: Enter on a highlight.
      const other = ofArticle.find((e) => e.id !== target.id && e.id !== ofArticle[0]!.id) ?? ofArticle[0]!;
      await reader().locator(`mark.hl[data-events~="${other.id}"]`).first().focus();
      await app.page.keyboard.press('Enter');
      await expect.poll(selectedTitle).toBe(shortTitle(other.title));
    },
    SLOW,
  );

  it(
    'selecting an event on the timeline scrolls the reader to its quote',
    async () => {
      await app.openFresh({ width: 1280, height: 800 });
      // The first sentence's event opens the article; the last one is then out of view.
      const order = (e: NewsEvent) =>
        Math.min(...e.sources.filter((s) => s.articleId === article.id).map((s) => s.start));
      const sorted = [...ofArticle].sort((a, b) => order(a) - order(b));
      const first = sorted[0]!;
      const last = sorted[sorted.length - 1]!;
      await openFromDetails(first);
      const pane = reader();
      const inView = async (id: string) => {
        const box = await pane.boundingBox();
        const mark = await pane.locator(`mark.hl[data-events~="${id}"]`).first().boundingBox();
        return !!box && !!mark && mark.y >= box.y && mark.y + mark.height <= box.y + box.height;
      };
      expect(await inView(last.id)).toBe(false);
      await clickItem(last);
      await expect.poll(() => inView(last.id), { timeout: 3000 }).toBe(true);
      await clickItem(first);
      await expect.poll(() => inView(first.id), { timeout: 3000 }).toBe(true);
    },
    SLOW,
  );

  it(
    'the articles list shows title, source, date and number of events, sorts, and opens the reader',
    async () => {
      await app.openFresh();
      await app.page
        .getByRole('toolbar', { name: 'Timeline' })
        .getByRole('button', { name: 'Articles', exact: true })
        .click();
      const table = app.page.getByRole('complementary', { name: 'Articles' }).getByRole('table');
      const rows = table.locator('tbody tr');
      await expect.poll(() => rows.count()).toBe(app.snapshot.articles.length);
      const row = rows.filter({ hasText: article.title });
      expect(await row.locator('td').last().textContent()).toBe(String(ofArticle.length));
      await table.getByRole('button', { name: /^Events/ }).click();
      await table.getByRole('button', { name: /^Events/ }).click();
      expect(await table.getByRole('columnheader', { name: /^Events/ }).getAttribute('aria-sort')).toBe(
        'descending',
      );
      const counts = (await rows.locator('td:last-child').allTextContents()).map(Number);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      await row.getByRole('button', { name: article.title, exact: true }).click();
      await expect.poll(() => reader().locator('h2').textContent()).toBe(article.title);
    },
    SLOW,
  );

  it(
    'has no serious accessibility violations with the reader open',
    async () => {
      await app.openFresh();
      await openFromDetails(ofArticle[0]!);
      expect(await app.axeViolations()).toEqual([]);
      await app.page
        .getByRole('toolbar', { name: 'Timeline' })
        .getByRole('button', { name: 'Articles', exact: true })
        .click();
      expect(await app.axeViolations()).toEqual([]);
    },
    SLOW,
  );

  it(
    'saves screenshots of the reader at 1280×800 and 900×700',
    async () => {
      for (const viewport of [
        { width: 1280, height: 800 },
        { width: 900, height: 700 },
      ]) {
        await app.openFresh(viewport);
        await openFromDetails(ofArticle[0]!);
        await reader()
          .locator(`mark.hl[data-events~="${ofArticle[Math.min(2, ofArticle.length - 1)]!.id}"]`)
          .first()
          .click();
        await app.page.mouse.move(0, 0);
        await app.page.evaluate('document.activeElement?.blur()');
        await app.page.waitForTimeout(300);
        await app.page.screenshot({ path: join(OUTPUT, `reader-${viewport.width}x${viewport.height}.png`) });
      }
      expect(app.errors).toEqual([]);
    },
    SLOW,
  );
});
