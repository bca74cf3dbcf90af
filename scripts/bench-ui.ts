// UI benchmark: synthetic events over 30 actors, served by the loopback preview server to the
// built page in Chromium. Prints the median of several runs, each against its target:
// - 10,000 events: first render, one actor filter toggle, one zoom step;
// - 100,000 events: the same (…-100k), switching to one lane per actor (lanes-100k), the page's
//   JS heap per event once drawn (heap-100k, after a full collection) and an edit's round trip.
// A step is timed from the click to the frame drawn after the density worker has answered. Each
// opening is first loaded once with the browser's cache cleared (printed as "cold start", as on
// the app's first launch); the median is over the runs after it, which find the page's code
// cached and compiled, as the app does from its second launch. As at a launch, the services have
// packed the snapshot when the page asks for it: the edits timed in a run make a new snapshot, and
// the time to pack it before the next opening is printed on its own ("packed after the edits";
// a page reopened at once after an edit waits that long more, one opened after a pause does not).
//   npm run bench:ui [-- --runs 5 --runs-100k 3 --no-build --only 100k --renderer DIR]
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { ViewState } from '../electron/shared/contract';
import { startPreviewServer } from '../electron/preview/server';
import { prepareSnapshot } from '../electron/shared/snapshot-text';
import { launchBrowser, findBrowser, type LaunchedBrowser } from '../tests/e2e/browser';
import { createEditableSyntheticService, createSyntheticService } from '../tests/e2e/synthetic-service';
import { buildRenderer } from './build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const ACTORS = option('actors', 30);

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

if (!findBrowser()) {
  console.error("No Chromium found: set NEWSLINE_CHROMIUM or install Debian's chromium.");
  process.exit(1);
}
// --renderer DIR: a page built elsewhere (to compare two builds under the same load), used as is
const rendererDir = args.includes('--renderer')
  ? String(args[args.indexOf('--renderer') + 1])
  : `${root}/dist/renderer`;
const index = `${rendererDir}/index.html`;
if (!args.includes('--renderer') && (!args.includes('--no-build') || !existsSync(index)))
  await buildRenderer();
console.log(`renderer ${rendererDir} built ${new Date(statSync(index).mtimeMs).toISOString()}`);

type Metric = 'first-render' | 'filter' | 'zoom' | 'lanes' | 'heap' | 'edit';
interface Size {
  label: string;
  events: number;
  runs: number;
  targets: Partial<Record<Metric, number>>;
  suffix: string;
}
const SIZES: Size[] = [
  {
    label: '10k',
    events: option('events', 10_000),
    runs: option('runs', 5),
    targets: { 'first-render': 500, filter: 100, zoom: 50 },
    suffix: '',
  },
  {
    label: '100k',
    events: 100_000,
    runs: option('runs-100k', 3),
    targets: { 'first-render': 800, filter: 100, zoom: 50, lanes: 300, edit: 100, heap: 1.5 },
    suffix: '-100k',
  },
].filter((s) => !only || s.label === only);

/** Two ways to open: all events (drawn as periods) and a window of about 280 events (at 10k) drawn one by one. */
const SCENARIOS = [
  { name: 'overview', window: undefined },
  { name: 'detail', window: { start: '2020-03-01T00:00:00.000Z', end: '2020-05-10T00:00:00.000Z' } },
] as const;

/**
 * Clicks an element and returns the time until the frame after the page is done: drawn, and the
 * density worker's answer (if one was asked for) drawn too.
 */
const TIMED = `(async (selector) => {
  const el = document.querySelector(selector);
  if (!el) throw new Error('missing ' + selector);
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const t0 = performance.now();
  el.click();
  await frame();
  await frame();
  const canvas = document.querySelector('[data-testid=timeline]');
  while (canvas && canvas.dataset.pending === 'true') await frame();
  await frame();
  const total = performance.now() - t0;
  const own = performance.getEntriesByName('newsline:timeline-update').filter((e) => e.startTime >= t0);
  return [total, own.reduce((sum, e) => sum + e.duration, 0)];
})`;

/** The timeline's own share (its update, without React and the rest of the page) of each step, per metric. */
const shares: Record<string, number[]> = {};

async function measure(page: Page, selector: string, metric?: string): Promise<number> {
  await page.waitForTimeout(150);
  const [total, own] = (await page.evaluate(`${TIMED}(${JSON.stringify(selector)})`)) as [number, number];
  if (metric) (shares[metric] ??= []).push(own);
  return total;
}

/**
 * Clicks an element and returns the time until `done` (a condition in the page) holds and the
 * frame after; the timeline's own share of it is kept under `metric`, as `measure` does.
 */
async function measureUntil(page: Page, selector: string, done: string, metric: string): Promise<number> {
  await page.waitForTimeout(150);
  const [total, own] = (await page.evaluate(`(async () => {
    const el = document.querySelector(${JSON.stringify(selector)});
    if (!el) throw new Error('missing ${selector}');
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const t0 = performance.now();
    el.click();
    while (!(${done})) await frame();
    const canvas = document.querySelector('[data-testid=timeline]');
    while (canvas && canvas.dataset.pending === 'true') await frame();
    await frame();
    const total = performance.now() - t0;
    const own = performance.getEntriesByName('newsline:timeline-update').filter((e) => e.startTime >= t0);
    return [total, own.reduce((sum, e) => sum + e.duration, 0)];
  })()`)) as [number, number];
  (shares[metric] ??= []).push(own);
  return total;
}

const summary: string[] = [];
/** First render of the cold run of each opening, by size and opening ("100k detail"). */
const cold: Record<string, number[]> = {};

async function runSize(browser: LaunchedBrowser, size: Size): Promise<void> {
  const results: Record<string, Record<Metric, number[]>> = {};
  const arrival: number[] = [];
  const repack: number[] = [];
  const update: number[] = [];
  for (const scenario of SCENARIOS) {
    const view: ViewState = {
      hiddenActors: [],
      mode: 'any',
      ...(scenario.window ? { window: scenario.window } : {}),
    };
    const options = { events: size.events, actors: ACTORS, from: '2016-01-01', to: '2025-12-31', view };
    // where an edit is timed, the library takes edits as the app does (edits.json, the real curation),
    // and the page opens with an event selected (its Hide button is the edit)
    const editable = size.targets.edit !== undefined;
    const service = editable
      ? await createEditableSyntheticService(options, mkdtempSync(join(tmpdir(), 'newsline-bench-')))
      : createSyntheticService(options);
    const snapshot = await service.getSnapshot();
    if (editable) {
      const middle = snapshot.events[Math.floor(snapshot.events.length / 2)];
      if (middle) view.selectedEventId = middle.id;
    }
    const busiest = [...snapshot.actors].sort((a, b) => b.count - a.count)[0];
    const server = await startPreviewServer({ service, rendererDir });
    const r: Record<Metric, number[]> = {
      'first-render': [],
      filter: [],
      zoom: [],
      lanes: [],
      heap: [],
      edit: [],
    };
    results[scenario.name] = r;
    try {
      // Run -1 opens cold (no page code in the browser's cache, none compiled) and is printed on
      // its own; the median is over the runs after it.
      for (let run = -1; run < size.runs; run++) {
        const page = await browser.context.newPage();
        page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
        // The page's stored choices (lanes, list) are cleared from a blank page of the server's
        // origin (its "not found" answer), then the page opens as the app opens it: no page of
        // events before it to unload, no answer of the server still being sent.
        await page.goto(new URL('/bench-blank', server.url).href);
        await page.evaluate('localStorage.clear()');
        if (run < 0) await (await browser.context.newCDPSession(page)).send('Network.clearBrowserCache');
        const packing = performance.now();
        await prepareSnapshot(service);
        if (editable && run > 0) repack.push(performance.now() - packing);
        await page.goto(server.url);
        await page.waitForSelector('[data-ready=true]', { timeout: 180_000 });
        const marks = (await page.evaluate(`({
          first: performance.getEntriesByName('newsline:first-render')[0]?.startTime ?? NaN,
          snapshot: performance.getEntriesByType('resource').find((e) => e.name.endsWith('/getSnapshot'))?.responseEnd ?? NaN,
          update: Math.max(...performance.getEntriesByName('newsline:timeline-update').map((e) => e.duration)),
        })`)) as { first: number; snapshot: number; update: number };
        if (run < 0) {
          (cold[`${size.label} ${scenario.name}`] ??= []).push(marks.first);
          await page.close();
          continue;
        }
        r['first-render'].push(marks.first);
        if (size.targets.heap !== undefined) {
          // the page's JS heap once drawn, after a full collection, per event held
          const cdp = await browser.context.newCDPSession(page);
          await cdp.send('HeapProfiler.collectGarbage');
          const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
          r.heap.push(usedSize / 1024 / size.events);
          await cdp.detach();
        }
        arrival.push(marks.snapshot);
        update.push(marks.update);
        const drawn = (await page.evaluate(`({
          events: document.querySelectorAll('.vis-item.nl-event:not(.vis-dot)').length,
          periods: document.querySelectorAll('.vis-item.nl-agg').length,
        })`)) as { events: number; periods: number };
        if (run === 0)
          console.log(
            `${size.label} ${scenario.name}: drawn at start ${drawn.events} events, ${drawn.periods} periods`,
          );
        const checkbox = `input[type=checkbox][data-actor="${busiest?.name ?? ''}"]`;
        for (let i = 0; i < 4; i++) r.filter.push(await measure(page, checkbox, `filter${size.suffix}`));
        for (const button of ['Zoom in', 'Zoom out', 'Zoom out', 'Zoom in'])
          r.zoom.push(await measure(page, `button[aria-label="${button}"]`, `zoom${size.suffix}`));
        if (size.targets.lanes !== undefined) {
          const lanes = 'button[title="One lane per actor"]';
          for (let i = 0; i < 2; i++) {
            r.lanes.push(await measure(page, lanes, `lanes${size.suffix}`));
            await measure(page, lanes);
          }
        }
        if (editable) {
          // an edit's round trip: the request, the change it answers, the page patched and drawn
          for (let i = 0; i < 2; i++) {
            r.edit.push(
              await measureUntil(
                page,
                '.curation-buttons button:nth-child(2)',
                "!document.querySelector('.details')",
                `edit${size.suffix}`,
              ),
            );
            r.edit.push(
              await measureUntil(
                page,
                'button[title^="Undo "]',
                "!!document.querySelector('.details')",
                `edit${size.suffix}`,
              ),
            );
          }
        }
        await page.close();
      }
    } finally {
      await server.close();
    }
  }
  const line = `${size.events} events, ${ACTORS} actors, ${size.runs} runs per opening (median; the slower opening counts):`;
  console.log(line);
  summary.push(line);
  for (const name of Object.keys(size.targets) as Metric[]) {
    const target = size.targets[name] as number;
    const per = SCENARIOS.map((s) => ({ name: s.name, value: median(results[s.name]?.[name] ?? []) }));
    const value = Math.max(...per.map((p) => p.value));
    const detail = per.map((p) => `${p.name} ${Math.round(p.value)} ms`).join(', ');
    const extra =
      name === 'first-render'
        ? `; cold start ${SCENARIOS.map((s) => `${s.name} ${Math.round(cold[`${size.label} ${s.name}`]?.[0] ?? NaN)} ms`).join(', ')}; snapshot received at ${Math.round(median(arrival))} ms, timeline update ${Math.round(median(update))} ms${repack.length ? `; snapshot packed after the edits in ${Math.round(median(repack))} ms` : ''}`
        : `; timeline update ${Math.round(median(shares[`${name}${size.suffix}`] ?? []))} ms`;
    const unit = name === 'heap' ? ' KB per event' : ' ms';
    const shown = (v: number) => (name === 'heap' ? v.toFixed(2) : String(Math.round(v)));
    const detailed =
      name === 'heap' ? per.map((p) => `${p.name} ${shown(p.value)}${unit}`).join(', ') : detail;
    const out = `${name}${size.suffix}: ${shown(value)}${unit} (target ≤ ${target}${unit}, ratio ${(value / target).toFixed(2)}, ${value <= target ? 'ok' : 'OVER'}; ${detailed}${name === 'heap' ? ', JS heap after a collection' : extra})`;
    console.log(out);
    summary.push(out);
  }
}

const browser = await launchBrowser({ width: 1280, height: 800 });
try {
  for (const size of SIZES) await runSize(browser, size);
} finally {
  await browser.close();
}
if (SIZES.length > 1) console.log(`\n${summary.join('\n')}`);
