/**
 * Search (issue 13, item 9), in Chromium on the bundled sample: the list view marks every
 * occurrence of what was searched, in titles, actors and the quote that matched; date filters
 * are typed and shown the way the app writes dates. Expected events come from the snapshot.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewsEvent } from '../../electron/shared/model';
import { placeEvent } from '../../renderer/src/lib/event-dates';
import { shouldSkipBrowserTests } from './browser';
import { OUTPUT, plain, startSampleApp, type SampleApp } from './sample-app';

/** Time allowed per test: a browser on a loaded two-core machine. */
const SLOW = 60_000;
const DAY = 86_400_000;

describe.skipIf(shouldSkipBrowserTests())('search marks and typed dates on the bundled sample', () => {
  let app: SampleApp;
  const search = () => app.page.getByRole('searchbox', { name: 'Search events' });
  const names = (e: NewsEvent) => e.actors.map((a) => a.name);
  const has = (text: string, word: string) => plain(text).includes(word);

  /** Each row of the list: its text (title, actors, quote shown), with what is marked in [[ ]]. */
  const rowsMarked = () =>
    app.page.evaluate(`[...document.querySelectorAll('.event-list tbody tr')].map((row) => {
      const parts = [...row.querySelectorAll('td:nth-child(2) button, td:nth-child(2) .match-quote, td:nth-child(3)')];
      const walk = (node) => node.nodeType === 3 ? node.textContent
        : node.nodeName === 'MARK' ? '[[' + node.textContent + ']]'
        : [...node.childNodes].map(walk).join('');
      return parts.map(walk).join(' | ');
    })`) as Promise<string[]>;

  beforeAll(async () => {
    app = await startSampleApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  it(
    'the list marks every occurrence of the searched words: in titles, actors, and the quote that matched',
    async () => {
      // words found in some events only in a quote, in others only in an actor's name, and in titles
      const candidates = ['russia', 'nato', 'ukraine', 'kyiv', 'talks', 'security', 'war', 'moscow'];
      const onlyInQuote = (w: string) =>
        app.snapshot.events.filter(
          (e) =>
            !has(e.title, w) && !names(e).some((n) => has(n, w)) && e.sources.some((s) => has(s.quote, w)),
        );
      const onlyInActors = (w: string) =>
        app.snapshot.events.filter((e) => !has(e.title, w) && names(e).some((n) => has(n, w)));
      const words = candidates.filter((w) => onlyInQuote(w).length > 0 || onlyInActors(w).length > 0);
      expect(
        words.some((w) => onlyInQuote(w).length > 0),
        'a word found only in quotes',
      ).toBe(true);
      expect(
        words.some((w) => onlyInActors(w).length > 0),
        'a word found only in actors',
      ).toBe(true);
      await app.openFresh();
      await app.page.getByRole('button', { name: 'List', exact: true }).click();
      for (const word of words) {
        await search().fill(word);
        const expected = app.snapshot.events.filter((e) =>
          [e.title, ...names(e), ...e.sources.map((s) => s.quote)].some((t) => has(t, word)),
        );
        // every row shows where it matched, and nothing of the word is left unmarked
        const unmarked = async () => {
          const rows = await rowsMarked();
          if (rows.length !== expected.length) return [`${rows.length} rows`];
          return rows.filter((row) => {
            const marked = [...row.matchAll(/\[\[(.*?)\]\]/g)].map((m) => plain(m[1]!));
            return (
              !marked.some((m) => m.includes(word)) || plain(row.replace(/\[\[.*?\]\]/g, ' ')).includes(word)
            );
          });
        };
        await expect.poll(unmarked, { timeout: 5000 }).toEqual([]);
      }
      // a phrase is marked whole, across the title's typographic marks
      await search().fill('"security guarantees"');
      await expect
        .poll(async () =>
          (await rowsMarked()).filter((row) => !plain(row).includes('[[security guarantees]]')),
        )
        .toEqual([]);
      expect((await rowsMarked()).length).toBeGreaterThan(0);
      await app.page.screenshot({ path: join(OUTPUT, 'list-marks-1280x800.png') });
      expect(app.errors).toEqual([]);
    },
    SLOW,
  );

  it(
    'date filters read "14 January 2025", "14 Jan 2025", "2025-01-14" and "January 2025", and show them in words',
    async () => {
      await app.openFresh();
      const from = app.page.getByRole('textbox', { name: 'From', exact: true });
      const until = app.page.getByRole('textbox', { name: 'Until', exact: true });
      /** Events whose time overlaps the days from `a` to `b` (inclusive). */
      const between = (a: string, b?: string) => {
        const lower = Date.parse(a);
        const upper = b ? Date.parse(b) + DAY : Infinity;
        return app.snapshot.events.filter((e) => {
          const p = placeEvent(e);
          return !!p && (p.end ?? p.start + 1) > lower && p.start < upper;
        });
      };
      const fromJan14 = between('2025-01-14');
      expect(fromJan14.length).toBeGreaterThan(0);
      expect(fromJan14.length).toBeLessThan(app.snapshot.events.length);
      for (const typed of ['14 January 2025', '14 Jan 2025', '2025-01-14']) {
        await from.fill(typed);
        await from.press('Enter');
        await app.expectShown(fromJan14);
        expect(await from.inputValue()).toBe('14 January 2025');
        expect(await app.page.getByRole('button', { name: 'Remove filter: From 14 Jan 2025' }).count()).toBe(
          1,
        );
        await from.fill('');
        await from.press('Enter');
        await app.expectShown(app.snapshot.events);
      }
      // a month: from its first day, until its last
      await from.fill('14 Jan 2025');
      await from.press('Tab');
      await until.fill('January 2025');
      await until.press('Enter');
      await app.expectShown(between('2025-01-14', '2025-01-31'));
      expect(await until.inputValue()).toBe('31 January 2025');
      // text that is not a date: said so, and the filter stays as it was
      await from.fill('next Tuesday');
      await from.press('Enter');
      const message = app.page.getByRole('alert').filter({ hasText: 'is not a date' });
      await expect
        .poll(() => message.textContent())
        .toMatch(/“next Tuesday” is not a date: write .*14 January 2025/);
      expect(await from.getAttribute('aria-invalid')).toBe('true');
      await app.expectShown(between('2025-01-14', '2025-01-31'));
      await app.page.screenshot({ path: join(OUTPUT, 'date-filter-1280x800.png') });
      expect(await app.axeViolations()).toEqual([]);
      // Escape gives the filter's date back; a reload keeps the dates, in words
      await from.press('Escape');
      expect(await from.inputValue()).toBe('14 January 2025');
      expect(await from.getAttribute('aria-invalid')).toBeNull();
      await expect
        .poll(async () => (await app.service.getViewState()).dateTo, { timeout: 3000 })
        .toBe('2025-01-31');
      await app.page.reload();
      await app.page.waitForSelector('[data-ready=true]');
      expect(await from.inputValue()).toBe('14 January 2025');
      expect(await until.inputValue()).toBe('31 January 2025');
      expect(app.errors).toEqual([]);
    },
    SLOW,
  );
});
