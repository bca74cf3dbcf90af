/**
 * Curating in Chromium, served by the loopback preview with the real services on the bundled
 * sample and a fresh user-data folder: edit a title, undo and redo it, reload; hide and show an
 * event; save a view, change the filters, restore it; export the filtered events as CSV.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewslineService, Snapshot } from '../../electron/shared/contract';
import type { NewsEvent } from '../../electron/shared/model';
import { shortTitle } from '../../renderer/src/timeline/items';
import { shouldSkipBrowserTests } from './browser';
import { ROOT } from './build-renderer';
import { ITEMS, startSampleApp, type SampleApp } from './sample-app';

const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

describe.skipIf(shouldSkipBrowserTests())('curating in Chromium on the bundled sample', () => {
  let app: SampleApp;
  let service: NewslineService;
  let snapshot: Snapshot;
  let page: Page;
  let consoleErrors: string[] = [];

  const drawnTitles = async (): Promise<string[]> =>
    (await page.locator(ITEMS).locator('.vis-item-content').allTextContents()).map((t) => t.trim());
  const openFresh = () => app.openFresh({ width: 1400, height: 900 });
  /** An event whose short title no other event has, so its item can be found by text. */
  const uniqueEvent = (): NewsEvent => {
    const counts = new Map<string, number>();
    for (const e of snapshot.events)
      counts.set(shortTitle(e.title), (counts.get(shortTitle(e.title)) ?? 0) + 1);
    const event = snapshot.events.find((e) => counts.get(shortTitle(e.title)) === 1);
    if (!event) throw new Error('the sample has an event with a unique title');
    return event;
  };
  const select = async (event: NewsEvent) => {
    await page
      .locator(ITEMS)
      .filter({ hasText: shortTitle(event.title) })
      .first()
      .click();
    await expect.poll(() => page.locator('.details h2').textContent(), { timeout: 10_000 }).toBe(event.title);
  };

  beforeAll(async () => {
    app = await startSampleApp();
    ({ service, snapshot, page } = app);
    consoleErrors = app.errors;
  });

  afterAll(async () => {
    await app?.close();
  });

  it('edits a title, shows it on the timeline, undoes and redoes it by keyboard, and keeps it after a reload', async () => {
    await openFresh();
    const event = uniqueEvent();
    const title = 'Edited by hand: talks about talks';
    await select(event);
    await page.getByRole('button', { name: 'Edit…' }).click();
    const field = page.getByRole('textbox', { name: 'Title' });
    await field.fill(title);
    // In a text field, Ctrl+Z undoes the typing, not an edit of an event.
    await field.press(`${MOD}+z`);
    await expect.poll(() => field.inputValue(), { timeout: 10_000 }).not.toBe(title);
    await field.fill(title);
    await page.screenshot({ path: join(ROOT, 'test-output', 'edit-event.png') });
    await page.getByRole('button', { name: 'Save' }).click();

    await expect.poll(drawnTitles, { timeout: 10_000 }).toContain(shortTitle(title));
    expect(await drawnTitles()).not.toContain(shortTitle(event.title));
    await expect.poll(() => page.locator('.details h2').textContent(), { timeout: 10_000 }).toBe(title);
    await expect
      .poll(() => page.getByTestId('edited-mark').textContent(), { timeout: 10_000 })
      .toContain('Edited: title');
    await page.getByRole('button', { name: 'Show machine version' }).click();
    await expect
      .poll(() => page.getByRole('definition').filter({ hasText: event.title }).count(), { timeout: 10_000 })
      .toBe(1);

    await page.locator('body').press(`${MOD}+z`);
    await expect.poll(drawnTitles, { timeout: 10_000 }).toContain(shortTitle(event.title));
    expect(await drawnTitles()).not.toContain(shortTitle(title));
    await page.locator('body').press(`${MOD}+Shift+z`);
    await expect.poll(drawnTitles, { timeout: 10_000 }).toContain(shortTitle(title));
    // The buttons do the same.
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(drawnTitles, { timeout: 10_000 }).toContain(shortTitle(event.title));
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await expect.poll(drawnTitles, { timeout: 10_000 }).toContain(shortTitle(title));

    await page.reload();
    await page.waitForSelector('[data-ready=true]');
    await expect.poll(drawnTitles, { timeout: 10_000 }).toContain(shortTitle(title));
    expect((await service.getSnapshot()).events.find((e) => e.id === event.id)?.title).toBe(title);

    // Revert gives the machine's title back.
    await select({ ...event, title });
    await page.getByRole('button', { name: 'Revert' }).click();
    await expect.poll(drawnTitles, { timeout: 10_000 }).toContain(shortTitle(event.title));
    expect(consoleErrors).toEqual([]);
  });

  it('hides an event and shows it again from the events kept aside', async () => {
    await openFresh();
    const event = uniqueEvent();
    await select(event);
    await page.getByRole('button', { name: 'Hide', exact: true }).click();
    await expect.poll(drawnTitles, { timeout: 10_000 }).not.toContain(shortTitle(event.title));
    await page.getByRole('button', { name: 'Kept aside (1)' }).click();
    await page
      .getByRole('group', { name: 'Hidden events and orphaned edits' })
      .getByRole('button', { name: 'Show' })
      .click();
    await expect.poll(drawnTitles, { timeout: 10_000 }).toContain(shortTitle(event.title));
  });

  it('merges two reports of one event and splits them apart again', async () => {
    await openFresh();
    const event = uniqueEvent();
    await select(event);
    const count = snapshot.events.length;
    const merge = page.getByRole('combobox', { name: 'Same event as' });
    const other = await merge.locator('option').nth(1).getAttribute('value');
    await merge.selectOption(other!);
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect.poll(async () => (await drawnTitles()).length, { timeout: 10_000 }).toBe(count - 1);
    const sources = event.sources.length + snapshot.events.find((e) => e.id === other)!.sources.length;
    await expect.poll(() => page.locator('.details-sources > li').count(), { timeout: 10_000 }).toBe(sources);
    await expect
      .poll(() => page.getByTestId('edited-mark').textContent(), { timeout: 10_000 })
      .toContain('merged with 1');

    await page.getByRole('button', { name: `Split off source ${sources}` }).click();
    await expect.poll(async () => (await drawnTitles()).length, { timeout: 10_000 }).toBe(count);
    await page.locator('body').press(`${MOD}+z`);
    await page.locator('body').press(`${MOD}+z`);
    await expect
      .poll(async () => (await service.getSnapshot()).history?.redo, { timeout: 10_000 })
      .toBe('Merge 2 events');
    expect((await service.getSnapshot()).events.some((e) => e.edited)).toBe(false);
    await expect.poll(async () => (await drawnTitles()).length, { timeout: 10_000 }).toBe(count);
  });

  it('saves a view, restores it after the filters changed, renames and deletes it', async () => {
    await openFresh();
    const actor = [...snapshot.actors].sort((a, b) => b.count - a.count)[0]!;
    await page.getByRole('button', { name: `Only ${actor.name}`, exact: true }).click();
    const only = snapshot.events.filter(
      (e) => e.actors.length === 0 || e.actors.some((a) => a.name === actor.name),
    );
    await expect.poll(async () => (await drawnTitles()).length, { timeout: 10_000 }).toBe(only.length);

    await page.getByRole('button', { name: 'Views' }).click();
    await page.getByRole('textbox', { name: 'Save current view as' }).fill(`Only ${actor.name}`);
    await page.getByRole('button', { name: 'Save view' }).click();
    await expect
      .poll(() => page.getByRole('list', { name: 'Saved views list' }).textContent())
      .toContain(actor.name);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'All', exact: true }).click();
    await expect
      .poll(async () => (await drawnTitles()).length, { timeout: 5000 })
      .toBe(snapshot.events.length);

    await page.getByRole('button', { name: 'Views' }).click();
    await page
      .getByRole('list', { name: 'Saved views list' })
      .getByRole('button', { name: `Only ${actor.name}`, exact: true })
      .click();
    await expect.poll(async () => (await drawnTitles()).length, { timeout: 10_000 }).toBe(only.length);

    // Kept in the library: listed again after a reload, renamed, deleted.
    await page.reload();
    await page.waitForSelector('[data-ready=true]');
    await page.getByRole('button', { name: 'Views' }).click();
    await page.getByRole('button', { name: `Rename Only ${actor.name}` }).click();
    await page.getByRole('textbox', { name: `New name for Only ${actor.name}` }).fill('Main actor');
    await page.getByRole('button', { name: 'Rename', exact: true }).click();
    await expect
      .poll(async () => (await service.listViews()).map((v) => v.name), { timeout: 10_000 })
      .toEqual(['Main actor']);
    await page.getByRole('button', { name: 'Delete Main actor' }).click();
    await expect.poll(async () => (await service.listViews()).length, { timeout: 10_000 }).toBe(0);
    await page.screenshot({ path: join(ROOT, 'test-output', 'saved-views.png') });
  });

  it('adds an event from a sentence selected in the article reader', async () => {
    await openFresh();
    const article = snapshot.articles[0]!;
    await page.getByRole('button', { name: 'Articles', exact: true }).click();
    await page.getByRole('button', { name: article.title }).first().click();
    const text = page.getByTestId('reader-text');
    // Loaded: the text's paragraphs are there (not the loading line).
    await expect.poll(() => text.locator('p > span').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    // Select a stretch of text that no event quotes (a plain span of the reader).
    const quote = (await page.evaluate(`(() => {
      const root = document.querySelector('[data-testid=reader-text]');
      const span = [...root.querySelectorAll('p > span')].find((s) => (s.textContent ?? '').trim().length > 40);
      const node = span?.firstChild;
      if (!node || !node.textContent) return null;
      const from = node.textContent.search(/\\S/);
      const range = document.createRange();
      range.setStart(node, from);
      range.setEnd(node, from + 30);
      const selection = document.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    })()`)) as string | null;
    expect(quote, 'the reader shows text outside the quoted sentences').toBeTruthy();
    await page.getByRole('button', { name: 'Add event from selection' }).click();
    const form = page.getByRole('form', { name: 'Edit event' });
    await form.getByRole('textbox', { name: 'Title' }).fill('Added from the reader');
    await form.getByRole('textbox', { name: 'Actor 1 name' }).fill('Newsroom');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(drawnTitles, { timeout: 10_000 }).toContain('Added from the reader');
    const added = (await service.getSnapshot()).events.find((e) => e.title === 'Added from the reader');
    expect(added?.sources[0]?.quote).toBe(quote);
    expect(added?.sources[0]?.articleId).toBe(article.id);
    expect(added?.edited?.added).toBe(true);
    // Undo removes it again.
    await page.locator('body').press(`${MOD}+z`);
    await expect.poll(drawnTitles, { timeout: 10_000 }).not.toContain('Added from the reader');
  });

  it('imports a JSON export and gets its edits back', async () => {
    const event = uniqueEvent();
    await service.editEvent(event.id, { title: 'Title from an exported file' });
    const file = await service.exportEvents(
      'json',
      (await service.getSnapshot()).events.map((e) => e.id),
    );
    await service.revertEvent(event.id);
    await openFresh();
    await expect.poll(drawnTitles, { timeout: 10_000 }).toContain(shortTitle(event.title));
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByTestId('import-json-input').setInputFiles({
      name: 'export.json',
      mimeType: 'application/json',
      buffer: Buffer.from(file.content),
    });
    await expect.poll(drawnTitles, { timeout: 10_000 }).toContain('Title from an exported file');
    expect(await drawnTitles()).toHaveLength(snapshot.events.length);
    await page.locator('body').press(`${MOD}+z`);
    await expect.poll(drawnTitles, { timeout: 10_000 }).toContain(shortTitle(event.title));
  });

  it('exports the filtered events as CSV through a download', async () => {
    await openFresh();
    const actor = [...snapshot.actors].sort((a, b) => b.count - a.count)[0]!;
    await page.getByRole('button', { name: `Only ${actor.name}`, exact: true }).click();
    const only = snapshot.events.filter(
      (e) => e.actors.length === 0 || e.actors.some((a) => a.name === actor.name),
    );
    await expect.poll(async () => (await drawnTitles()).length, { timeout: 10_000 }).toBe(only.length);
    await page.getByRole('button', { name: 'Export' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Events as CSV (spreadsheet)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^newsline-\d{4}-\d{2}-\d{2}\.csv$/);
    const path = await download.path();
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    // One header and one CRLF-ended record per filtered event (quotes hold no CRLF of their own).
    const ids = only.map((e) => e.id);
    for (const id of ids) expect(text).toContain(`\r\n${id},`);
    expect(text.match(/\r\n(?=[^,\r\n]+,)/g)?.length).toBeGreaterThanOrEqual(ids.length);
  });
});
