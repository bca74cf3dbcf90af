/**
 * The view that follows the change, a truthful "Fit all", the dates to check and an import that
 * never sinks, in Chromium on the bundled sample (January 2025) with the real services. The tests
 * run in order: each adds articles to the library of this run.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, type Snapshot } from '../../electron/shared/contract';
import type { NewsEvent } from '../../electron/shared/model';
import { shouldSkipBrowserTests } from './browser';
import { ITEMS, OUTPUT, startSampleApp, titlesOf, type SampleApp } from './sample-app';

const SLOW = 60_000;

const article = (title: string, published: string, lines: string[]) =>
  Buffer.from(
    `---\ntitle: ${title}\npublished: ${published}\nsource: Test Wire\n---\n${title}\n${lines.join('\n')}\n`,
  );

/** Two articles of March 2013, far from the sample's January 2025. */
const MARCH_2013 = [
  {
    name: 'envoy-damascus.md',
    mimeType: 'text/markdown',
    buffer: article('UN envoy meets Syrian leaders in Damascus', '2013-03-12', [
      'The UN envoy Lakhdar Brahimi met President Bashar al-Assad in Damascus on Monday, officials said.',
      'Brahimi told reporters on Tuesday that both sides had agreed to further talks.',
      "The Arab League suspended Syria's membership on 6 March, diplomats said.",
    ]),
  },
  {
    name: 'league-summit.md',
    mimeType: 'text/markdown',
    buffer: article('Arab League meets in Doha', '2013-03-27', [
      'The Arab League gave the Syrian opposition its seat at the summit in Doha on Tuesday, delegates said.',
    ]),
  },
];

/** A web page as news sites serve it. */
const HTML_PAGE = `<!DOCTYPE html><html><head><title>Turkey shells Syria | Example Times</title>
<meta property="article:published_time" content="2013-04-03T08:00:00Z">
<style>body{font-family:serif}</style><script>var tracking = "<p>not text</p>";</script></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<article><h1>Turkey shells Syrian positions</h1>
<p>Turkey shelled Syrian army positions on Tuesday, the <b>Turkish</b> army said.</p>
<aside>Read more: other stories</aside></article><footer>&copy; Example Times</footer></body></html>`;

describe.skipIf(shouldSkipBrowserTests())('the view, fit all, dates to check and imports in Chromium', () => {
  let app: SampleApp;
  const sampleEnd = Date.UTC(2025, 1, 1);

  beforeAll(async () => {
    app = await startSampleApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  const newEvents = (before: Snapshot, after: Snapshot) =>
    after.events.filter((e) => !before.events.some((b) => b.id === e.id));
  const liveWindow = () => app.page.getByTestId('timeline-window-live').textContent();
  /** Opens the page on the sample's weeks (December 2024 to January 2025), as a user left it. */
  const openOnSample = async (viewport = { width: 1280, height: 800 }) => {
    await app.openFresh(viewport);
    await app.service.saveViewState({
      ...DEFAULT_VIEW_STATE,
      window: { start: '2024-12-20T00:00:00.000Z', end: '2025-01-31T00:00:00.000Z' },
    });
    await app.page.reload();
    await app.page.waitForSelector('[data-ready=true]');
  };
  const checkDatesButton = () => app.page.locator('.toolbar').getByRole('button', { name: 'Check dates' });
  const importFiles = async (files: { name: string; mimeType: string; buffer: Buffer }[]) => {
    await app.page.getByTestId('file-input').setInputFiles(files);
    const done = app.page.getByRole('dialog', { name: 'Import finished' });
    await done.waitFor({ timeout: 30_000 });
    return done;
  };

  it(
    'after an import far from the window, says how many events and which dates, and goes to them',
    async () => {
      await openOnSample();
      await app.expectShown(app.snapshot.events.filter((e) => Date.parse(e.start) < sampleEnd));
      const before = await app.service.getSnapshot();
      const done = await importFiles(MARCH_2013);
      const after = await app.service.getSnapshot();
      const added = newEvents(before, after);
      expect(added.length).toBeGreaterThan(2);
      const days = added.map((e) => Number(e.start.slice(8, 10))).sort((a, b) => a - b);
      expect(added.every((e) => e.start.startsWith('2013-03-'))).toBe(true);
      expect(await done.getByTestId('import-outcome').textContent()).toBe(
        `2 articles imported: ${added.length} new events, ${days[0]}\u00a0– ${days.at(-1)} March 2013.`,
      );
      await done.getByRole('button', { name: 'OK' }).click();
      // The window went to March 2013: the new events are drawn, the sample's are not.
      await app.expectShown(added);
      await expect.poll(liveWindow).toMatch(/ 2013 to .* 2013: /);
    },
    SLOW,
  );

  it(
    '"only" on an actor whose events are outside the window, and a search, bring them into view',
    async () => {
      await openOnSample();
      const snapshot = await app.service.getSnapshot();
      const names = (e: NewsEvent) => e.actors.map((a) => a.name);
      const league = snapshot.events.filter((e) => names(e).includes('Arab League'));
      expect(league.length).toBeGreaterThan(0);
      expect(league.every((e) => e.start.startsWith('2013'))).toBe(true);
      await app.page.getByRole('button', { name: 'Only Arab League', exact: true }).click();
      await app.expectShown(league);
      // Back to every actor: the window stays, and offers the events outside it.
      await app.page.getByRole('button', { name: 'Remove filter: Only Arab League' }).click();
      const notice = app.page.getByTestId('timeline-notice');
      await expect.poll(liveWindow).toMatch(/: \d+ events\.$/);
      const inView = Number(/: (\d+) events\.$/.exec((await liveWindow()) ?? '')?.[1]);
      await expect
        .poll(() => notice.textContent())
        .toContain(`${snapshot.events.length - inView} events outside this view`);
      await notice.getByRole('button', { name: 'Show them' }).click();
      await app.expectShown(snapshot.events);
      await expect.poll(() => notice.count()).toBe(0);

      // A search whose matches lie before the window: they are drawn, none cut by the left edge.
      await openOnSample();
      await app.page.getByRole('searchbox', { name: 'Search events' }).fill('Brahimi');
      const matches = snapshot.events.filter((e) => e.title.includes('Brahimi'));
      expect(matches.length).toBeGreaterThan(1);
      await app.expectShown(matches);
      const left = (await app.page.getByTestId('timeline').boundingBox())!.x;
      for (const box of await app.page
        .locator(ITEMS)
        .evaluateAll((items) => items.map((i) => i.getBoundingClientRect().left)))
        expect(box).toBeGreaterThanOrEqual(left);
    },
    SLOW,
  );

  it(
    '"Fit all" fits every event, 1984 included, and names the far ones it must leave out',
    async () => {
      await openOnSample();
      await importFiles([
        {
          name: 'treaty-recalled.md',
          mimeType: 'text/markdown',
          buffer: article('Treaty recalled', '2025-02-10', [
            'Sweden signed a fisheries treaty with Norway in 1984.',
            "Norway's foreign minister said on Monday that the treaty would be reviewed.",
          ]),
        },
      ]).then((d) => d.getByRole('button', { name: 'OK' }).click());
      const snapshot = await app.service.getSnapshot();
      expect(snapshot.events.some((e) => e.start === '1984')).toBe(true);
      await app.page.getByRole('button', { name: 'Fit all' }).click();
      await app.expectShown(snapshot.events);
      await expect.poll(liveWindow).toMatch(new RegExp(`: ${snapshot.events.length} events\\.$`));
      expect(await app.page.getByTestId('timeline-notice').count()).toBe(0);

      // An article of 1850: too far to fit with the rest, so Fit all says what it leaves out.
      await importFiles([
        {
          name: 'old-treaty.md',
          mimeType: 'text/markdown',
          buffer: article('Treaty of old', '1850-05-02', [
            'Sweden signed a trade treaty with Denmark on Wednesday, officials said.',
          ]),
        },
      ]).then((d) => d.getByRole('button', { name: 'OK' }).click());
      const all = await app.service.getSnapshot();
      const old = all.events.filter((e) => e.start.startsWith('1850'));
      expect(old).toHaveLength(1);
      await app.page.getByRole('button', { name: 'Fit all' }).click();
      const notice = app.page.getByTestId('timeline-notice');
      await expect.poll(() => notice.textContent()).toContain('1 event left out, far from the others:');
      expect(await notice.textContent()).toContain('1 May 1850');
      await app.expectShown(all.events.filter((e) => e !== old[0]));
      await app.page.screenshot({ path: join(OUTPUT, 'fit-left-out-1280x800.png') });
      // "show" on it: selected, its details open and the timeline goes to it
      await notice.getByRole('button', { name: /^Show .*1 May 1850$/ }).click();
      await expect.poll(() => app.page.locator('.details h2').textContent()).toBe(old[0]!.title);
      await expect.poll(() => app.drawnTitles()).toContain(titlesOf(old)[0]);
      expect(app.errors).toEqual([]);
    },
    SLOW,
  );

  it(
    '"Check dates" lists the outliers from the keyboard; choosing one selects it for its date to be fixed',
    async () => {
      await openOnSample();
      const snapshot = await app.service.getSnapshot();
      const misdated = snapshot.events.find((e) => e.start === '1984')!;
      const lone = snapshot.events.find((e) => e.start.startsWith('1850'))!;
      // from the keyboard, as the commands list gives it (Ctrl+Shift+D)
      await app.page.locator('body').press('Control+Shift+D');
      const list = app.page.getByRole('list', { name: 'Dates to check' });
      await list.waitFor();
      const entries = list.getByRole('listitem');
      expect(await entries.count()).toBe(2);
      expect(await entries.nth(0).textContent()).toContain(lone.title);
      expect(await entries.nth(0).textContent()).toMatch(/years from most of the library/);
      expect(await entries.nth(1).textContent()).toContain(misdated.title);
      expect(await entries.nth(1).textContent()).toContain('40 years before its article (10 February 2025)');
      await app.page.screenshot({ path: join(OUTPUT, 'check-dates-1280x800.png') });
      await entries.nth(1).getByRole('button').focus();
      await app.page.keyboard.press('Enter');
      await expect.poll(() => app.page.locator('.details h2').textContent()).toBe(misdated.title);
      await expect.poll(() => app.drawnTitles()).toContain(titlesOf([misdated])[0]);
      // the date fixed with the edit form: it leaves the list
      await app.page.getByRole('button', { name: 'Edit…' }).click();
      const form = app.page.getByRole('form', { name: 'Edit event' });
      await form.getByLabel('Date').fill('2025');
      await form.getByRole('button', { name: 'Save' }).click();
      await expect
        .poll(async () => (await app.service.getSnapshot()).events.some((e) => e.start === '1984'))
        .toBe(false);
      await checkDatesButton().click();
      await expect
        .poll(() => app.page.getByRole('list', { name: 'Dates to check' }).getByRole('listitem').count())
        .toBe(1);
    },
    SLOW,
  );

  it(
    'an import of an oversized, a binary, a good and an HTML file imports the good two and names the others',
    async () => {
      await openOnSample();
      const before = await app.service.getSnapshot();
      const png = Buffer.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
      ]);
      const done = await importFiles([
        { name: 'huge.md', mimeType: 'text/markdown', buffer: Buffer.alloc(11 * 1024 * 1024, 'a') },
        { name: 'photo.md', mimeType: 'text/markdown', buffer: png },
        {
          name: 'ceasefire.md',
          mimeType: 'text/markdown',
          buffer: article('Ceasefire talks', '2013-04-02', [
            'Lakhdar Brahimi met the Syrian opposition in Cairo on Monday, officials said.',
          ]),
        },
        { name: 'turkey-shells.html', mimeType: 'text/html', buffer: Buffer.from(HTML_PAGE) },
      ]);
      const text = (await done.textContent()) ?? '';
      expect(text).toContain('2 articles imported');
      expect(text).toMatch(/huge\.md: Too large \(11\.0 MB\); the limit is 10 MB per file\./);
      expect(text).toMatch(/photo\.md: Not a text file/);
      expect(text).not.toMatch(/ceasefire|turkey/);
      const after = await app.service.getSnapshot();
      const added = after.articles.filter((a) => !before.articles.some((b) => b.id === a.id));
      expect(added.map((a) => [a.file, a.title, a.published]).sort()).toEqual([
        ['ceasefire.md', 'Ceasefire talks', '2013-04-02'],
        ['turkey-shells.md', 'Turkey shells Syrian positions', '2013-04-03'],
      ]);
      const page = added.find((a) => a.file === 'turkey-shells.md')!;
      const pageEvents = after.events.filter((e) => e.sources.some((s) => s.articleId === page.id));
      expect(pageEvents.length).toBeGreaterThan(0);
      for (const e of pageEvents) {
        expect(e.title).not.toMatch(/[<>]/);
        for (const s of e.sources) expect(s.quote).not.toMatch(/<|tracking|font-family/);
      }
      await app.page.screenshot({ path: join(OUTPUT, 'import-refused-1280x800.png') });
      await done.getByRole('button', { name: 'OK' }).click();
      // the page's text in the reader: no tag, script or style shown as text
      await app.page.getByRole('button', { name: 'Articles', exact: true }).click();
      await app.page.getByRole('button', { name: 'Turkey shells Syrian positions' }).click();
      const reader = app.page.locator('article.reader');
      await expect
        .poll(() => reader.textContent())
        .toContain('Turkey shelled Syrian army positions on Tuesday');
      expect(await reader.textContent()).not.toMatch(/<p>|tracking|font-family|Read more|Home/);
    },
    SLOW,
  );

  it(
    'has no serious accessibility violations with the notice and the dates to check, in every theme',
    async () => {
      for (const scheme of ['light', 'dark'] as const) {
        await app.page.emulateMedia({ colorScheme: scheme });
        await openOnSample();
        await app.page.getByRole('button', { name: 'Fit all' }).click();
        await app.page.getByTestId('timeline-notice').waitFor();
        await checkDatesButton().click();
        await app.page.getByRole('list', { name: 'Dates to check' }).waitFor();
        expect(await app.axeViolations(), scheme).toEqual([]);
      }
      await app.page.getByRole('button', { name: 'High contrast' }).click();
      expect(await app.axeViolations(), 'high contrast').toEqual([]);
      await app.page.getByRole('button', { name: 'High contrast' }).click();
      await app.page.emulateMedia({ colorScheme: 'light' });
    },
    SLOW,
  );

  it(
    'saves screenshots of the notice, the dates to check and the import outcome at 1280×800 and 900×700',
    async () => {
      for (const viewport of [
        { width: 1280, height: 800 },
        { width: 900, height: 700 },
      ]) {
        const size = `${viewport.width}x${viewport.height}`;
        await openOnSample(viewport);
        await app.page.getByRole('button', { name: 'Fit all' }).click();
        await app.page.getByTestId('timeline-notice').waitFor();
        // (drawn once vis-timeline has redrawn the fitted window)
        await expect
          .poll(async () => (await app.drawnTitles()).some((t) => t.startsWith('Arab League suspended')))
          .toBe(true);
        await app.page.mouse.move(0, 0);
        await app.page.screenshot({ path: join(OUTPUT, `view-fit-notice-${size}.png`) });
        await checkDatesButton().click();
        await app.page.getByRole('list', { name: 'Dates to check' }).waitFor();
        await app.page.screenshot({ path: join(OUTPUT, `view-check-dates-${size}.png`) });
        await openOnSample(viewport);
        await app.page.getByRole('button', { name: 'Only Arab League', exact: true }).click();
        await app.page.getByRole('button', { name: 'Remove filter: Only Arab League' }).click();
        await app.page.getByTestId('timeline-notice').waitFor();
        await app.page.screenshot({ path: join(OUTPUT, `view-outside-${size}.png`) });
        await app.page.getByTestId('file-input').setInputFiles([
          { name: 'huge.md', mimeType: 'text/markdown', buffer: Buffer.alloc(11 * 1024 * 1024, 'a') },
          {
            name: `talks-${size}.md`,
            mimeType: 'text/markdown',
            buffer: article('Talks in Geneva', viewport.width > 1000 ? '2013-05-08' : '2013-06-12', [
              viewport.width > 1000
                ? 'Kofi Annan met Sergey Lavrov in Geneva on Monday, officials said.'
                : 'Ban Ki-moon met Lakhdar Brahimi in Geneva on Monday, officials said.',
            ]),
          },
        ]);
        await app.page.getByRole('dialog', { name: 'Import finished' }).waitFor();
        await app.page.screenshot({ path: join(OUTPUT, `view-import-${size}.png`) });
        await app.page.getByRole('button', { name: 'OK' }).click();
      }
      expect(app.errors).toEqual([]);
    },
    SLOW,
  );
});
