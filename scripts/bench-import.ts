// Import benchmark: a folder of 1,000 articles of real length chosen for an empty story of the
// explorer in Chromium (the page's folder chooser, files read from disk), served by the loopback preview with the real services and the extraction pool the app
// uses (cores - 1 threads). Each run starts on a fresh user-data folder (nothing cached) and
// measures, on the page's clock:
// - first events: from the folder chosen to the first event drawn on the timeline (the bar: 2 s);
// - cancel honoured: from a click on Cancel, once a few hundred files are done, to the page saying
//   the import has stopped (the services have written their last file; the bar: 1 s); and to the
//   outcome shown, once the snapshot with the files finished has been rebuilt and drawn.
// Prints the median of the runs and the machine's load before and after.
//   npm run bench:import [-- --runs 5 --articles 1000 --no-build]
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { startPreviewServer } from '../electron/preview/server';
import { createNewslineService } from '../electron/services/index';
import { createWorkerExtractionRunner, extractionThreads } from '../electron/services/extraction-runner';
import { findBrowser, launchBrowser } from '../tests/e2e/browser';
import { articleTexts } from '../tests/e2e/import-drop';
import { buildExtractWorker, buildRenderer } from './build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const RUNS = option('runs', 5);
const ARTICLES = option('articles', 1000);
/** Files done before Cancel is pressed. */
const CANCEL_AFTER = Math.min(300, Math.floor(ARTICLES / 3));

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
const load = (): string =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

if (!findBrowser()) {
  console.error("No Chromium found: set NEWSLINE_CHROMIUM or install Debian's chromium.");
  process.exit(1);
}
const worker = `${root}/dist/electron/extract-worker.cjs`;
if (!args.includes('--no-build') || !existsSync(`${root}/dist/renderer/index.html`) || !existsSync(worker))
  await Promise.all([buildRenderer(), buildExtractWorker()]);

/** Watches the page: when the first event is drawn, when Cancel was pressed, when the outcome showed. */
const WATCH = `(() => {
  const log = { startAt: null, firstItemAt: null, cancelAt: null, stoppedAt: null, outcomeAt: null, done: 0 };
  window.__bench = log;
  document.querySelector('[data-testid=folder-input]').addEventListener('change', () => {
    log.startAt = performance.now();
  }, { capture: true });
  const look = () => {
    if (log.firstItemAt === null && document.querySelector('.timeline-region .vis-item')) log.firstItemAt = performance.now();
    const status = document.querySelector('[data-testid=import-progress] [role=status]');
    const m = status && /^Extracting events: ([\\d,]+)/.exec(status.textContent);
    if (m) log.done = Number(m[1].replace(/,/g, ''));
    if (log.stoppedAt === null && status && status.textContent.startsWith('Import stopped')) log.stoppedAt = performance.now();
    if (log.cancelAt !== null && log.outcomeAt === null && document.querySelector('#import-done-title')) log.outcomeAt = performance.now();
  };
  new MutationObserver(look).observe(document.body, { subtree: true, childList: true, characterData: true });
})()`;

/**
 * Waits until `condition` (page source) holds, asking every 50 ms: the times themselves are taken
 * in the page. (Not waitForFunction, which evaluates strings in a way the page's CSP refuses.)
 */
async function until(page: Page, condition: string, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await page.evaluate(condition))) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${condition}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

interface BenchLog {
  startAt: number | null;
  firstItemAt: number | null;
  cancelAt: number | null;
  stoppedAt: number | null;
  outcomeAt: number | null;
  done: number;
}

const threads = extractionThreads('app');
const loadBefore = load();
const browser = await launchBrowser();
const first: number[] = [];
const cancel: number[] = [];
const outcome: number[] = [];
const folders: string[] = [];
const kept: number[] = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const userDataDir = mkdtempSync(join(tmpdir(), 'newsline-bench-import-'));
    const runExtraction = createWorkerExtractionRunner(worker, { threads });
    const service = await createNewslineService({
      sampleDir: `${root}/assets/articles`,
      userDataDir,
      runExtraction,
    });
    const story = (await service.createStory('Bench')).stories.find((s) => s.name === 'Bench');
    await service.switchStory(story?.id ?? '');
    const server = await startPreviewServer({ service, rendererDir: `${root}/dist/renderer` });
    const page = await browser.context.newPage();
    try {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(server.url);
      await page.waitForSelector('[data-ready=true]', { timeout: 60_000 });
      await page.evaluate(WATCH);
      const log = () => page.evaluate('window.__bench') as Promise<BenchLog>;
      // numbered apart in each run: no run finds another's articles anywhere
      const folder = mkdtempSync(join(tmpdir(), 'newsline-bench-folder-'));
      folders.push(folder);
      for (const [name, text] of await articleTexts(ARTICLES, 1 + run * ARTICLES))
        writeFileSync(join(folder, name), text);
      await page.getByTestId('folder-input').setInputFiles(folder);
      await until(page, 'window.__bench.startAt !== null', 60_000);
      const droppedAt = (await log()).startAt ?? NaN;
      await until(page, 'window.__bench.firstItemAt !== null', 120_000);
      await until(page, `window.__bench.done >= ${CANCEL_AFTER}`, 300_000);
      await page.evaluate(`(() => {
        const button = [...document.querySelectorAll('[data-testid=import-progress] button')].find((b) => b.textContent === 'Cancel');
        window.__bench.cancelAt = performance.now();
        button.click();
      })()`);
      await until(page, 'window.__bench.outcomeAt !== null', 60_000);
      const result = await log();
      if (args.includes('--trace')) {
        const calls = (await page.evaluate(`performance.getEntriesByType('resource')
          .filter((e) => /import|Import/.test(e.name))
          .map((e) => e.name.split('/').pop() + ' ' + Math.round(e.startTime - ${droppedAt}) + '..' + Math.round(e.responseEnd - ${droppedAt}))`)) as string[];
        console.log(
          `  requests (ms from the drop; Cancel at ${Math.round((result.cancelAt ?? 0) - droppedAt)}): ${calls.slice(0, 4).join(', ')} … ${calls.slice(-4).join(', ')}`,
        );
      }
      first.push((result.firstItemAt ?? NaN) - droppedAt);
      cancel.push((result.stoppedAt ?? result.outcomeAt ?? NaN) - (result.cancelAt ?? NaN));
      outcome.push((result.outcomeAt ?? NaN) - (result.cancelAt ?? NaN));
      kept.push((await service.getSnapshot()).articles.length);
      if ((await service.getImportProgress()) !== null)
        throw new Error('The import still runs after Cancel.');
      console.log(
        `run ${run + 1}: first events ${Math.round(first.at(-1) ?? NaN)} ms, cancel honoured ${Math.round(cancel.at(-1) ?? NaN)} ms, outcome shown ${Math.round(outcome.at(-1) ?? NaN)} ms (${kept.at(-1)} articles kept)`,
      );
    } finally {
      await page.close();
      await server.close();
      await runExtraction.close();
      rmSync(userDataDir, { recursive: true, force: true });
    }
  }
} finally {
  await browser.close();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
}
console.log(
  `import of ${ARTICLES} articles, ${threads} extraction thread${threads === 1 ? '' : 's'}, ${RUNS} runs (median): ` +
    `first events on screen ${Math.round(median(first))} ms (target 2000), ` +
    `Cancel honoured ${Math.round(median(cancel))} ms (target 1000; outcome shown ${Math.round(median(outcome))} ms), after ${CANCEL_AFTER}+ files done; ` +
    `load before ${loadBefore}, after ${load()}`,
);
