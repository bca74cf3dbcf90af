/**
 * The light page in Chromium, on the bundled sample with the real services: the page holds no
 * quotes (the snapshot it loads has none), the search box asks the services and narrows the
 * timeline to their answer (a word found only in a quote), the details ask for the quotes of the
 * event they show, and an edit answers with what changed: the page patches its copy, with no
 * second load of the snapshot and an answer a fraction of its size.
 */
import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewsEvent } from '../../electron/shared/model';
import { foldText } from '../../electron/shared/search-words';
import { shortTitle } from '../../renderer/src/timeline/items';
import { shouldSkipBrowserTests } from './browser';
import { ITEMS, startSampleApp, type SampleApp } from './sample-app';

/** The requests the page made (path under /api/) and the size of each answer, in order. */
interface Exchange {
  name: string;
  bytes: number;
  body: string;
}

describe.skipIf(shouldSkipBrowserTests())('the light page in Chromium on the bundled sample', () => {
  let app: SampleApp;
  let page: Page;
  const exchanges: Exchange[] = [];
  const pending: Promise<unknown>[] = [];
  const requests = (name: string) => exchanges.filter((x) => x.name === name);

  beforeAll(async () => {
    app = await startSampleApp();
    page = app.page;
    page.on('response', (response: Response) => {
      const path = new URL(response.url()).pathname;
      if (!path.startsWith('/api/')) return;
      pending.push(
        response.text().then(
          (body) => exchanges.push({ name: path.slice(5), bytes: body.length, body }),
          () => undefined,
        ),
      );
    });
  });

  afterAll(async () => {
    await app?.close();
  });

  /** A word of some event's quote that no event has in its title or actors (folded, 6+ letters). */
  const quoteOnlyWord = (): { word: string; events: NewsEvent[] } => {
    const events = app.snapshot.events;
    const elsewhere = new Set(
      events.flatMap((e) => foldText([e.title, ...e.actors.map((a) => a.name)].join(' ')).split(/[^a-z]+/)),
    );
    const counts = new Map<string, NewsEvent[]>();
    for (const e of events)
      for (const w of new Set(foldText(e.sources.map((s) => s.quote).join(' ')).split(/[^a-z]+/)))
        if (w.length >= 6 && !elsewhere.has(w)) counts.set(w, [...(counts.get(w) ?? []), e]);
    const found = [...counts].find(([, es]) => es.length >= 1 && es.length < events.length / 2);
    if (!found) throw new Error('the sample has a word found only in quotes');
    return { word: found[0], events: found[1] };
  };

  it('loads no quotes, finds a word that only a quote holds through the services, and shows the quotes of the event selected', async () => {
    exchanges.length = 0;
    await app.openFresh();
    await Promise.all(pending);
    const loaded = requests('getSnapshot').at(-1);
    expect(loaded).toBeDefined();
    const { word, events } = quoteOnlyWord();
    // the snapshot the page loads draws the events but carries none of their quotes
    const quote = events[0]!.sources[0]!.quote;
    expect(loaded!.body).not.toContain(JSON.stringify(quote).slice(1, -1));
    expect(loaded!.body.length).toBeLessThan(JSON.stringify(app.snapshot).length / 2);

    await page.getByRole('searchbox', { name: 'Search events' }).fill(word);
    await app.expectShown(events);
    await Promise.all(pending);
    const searches = requests('searchEvents');
    expect(searches.length).toBeGreaterThan(0);
    expect(JSON.parse(searches.at(-1)!.body).result.ids).toEqual(events.map((e) => e.id));

    // the details ask for the event whole: its quote is shown
    await page
      .locator(ITEMS)
      .filter({ hasText: shortTitle(events[0]!.title) })
      .first()
      .click();
    await expect
      .poll(() => page.locator('.details .quote').first().textContent(), { timeout: 10_000 })
      .toBe(quote);
    await Promise.all(pending);
    expect(requests('getEvents').length).toBeGreaterThan(0);
  });

  it('patches the page with what an edit changed: no second load, an answer a fraction of the snapshot', async () => {
    await app.openFresh();
    const counts = new Map<string, number>();
    for (const e of app.snapshot.events)
      counts.set(shortTitle(e.title), (counts.get(shortTitle(e.title)) ?? 0) + 1);
    const event = app.snapshot.events.find((e) => counts.get(shortTitle(e.title)) === 1)!;
    await page
      .locator(ITEMS)
      .filter({ hasText: shortTitle(event.title) })
      .first()
      .click();
    await expect.poll(() => page.locator('.details h2').textContent(), { timeout: 10_000 }).toBe(event.title);
    await Promise.all(pending);
    const snapshotBytes = requests('getSnapshot').at(-1)!.bytes;
    exchanges.length = 0;
    // a mark left on the page: a reload would lose it
    await page.evaluate('window.__notReloaded = true');

    const title = 'Patched in place: talks about talks';
    await page.getByRole('button', { name: 'Edit…' }).click();
    await page.getByRole('textbox', { name: 'Title' }).fill(title);
    await page.getByRole('button', { name: 'Save' }).click();
    const drawn = () => page.locator(ITEMS).locator('.vis-item-content').allTextContents();
    await expect
      .poll(async () => (await drawn()).map((t) => t.trim()), { timeout: 10_000 })
      .toContain(shortTitle(title));
    expect((await drawn()).map((t) => t.trim())).not.toContain(shortTitle(event.title));
    await expect.poll(() => page.locator('.details h2').textContent(), { timeout: 10_000 }).toBe(title);
    // every other event still drawn: the page's copy was patched, not emptied
    expect(await page.locator(ITEMS).count()).toBeGreaterThan(1);

    await Promise.all(pending);
    expect(await page.evaluate('window.__notReloaded')).toBe(true);
    expect(requests('getSnapshot')).toEqual([]);
    const edit = requests('editEvent');
    expect(edit).toHaveLength(1);
    const change = JSON.parse(edit[0]!.body).result as { changed: { id: string }; removed: string[] };
    // the ids of the events changed travel as one text, a line each
    expect(change.changed.id.split('\n')).toEqual([event.id]);
    expect(change.removed).toEqual([]);
    expect(edit[0]!.bytes).toBeLessThan(snapshotBytes / 2);

    // undo answers with what changed too, and the page is as before
    exchanges.length = 0;
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect
      .poll(async () => (await drawn()).map((t) => t.trim()), { timeout: 10_000 })
      .toContain(shortTitle(event.title));
    await Promise.all(pending);
    expect(requests('getSnapshot')).toEqual([]);
    expect(requests('undo')).toHaveLength(1);
    expect(app.errors).toEqual([]);
  });
});
