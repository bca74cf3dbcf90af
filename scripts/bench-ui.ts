// UI benchmark: 10,000 synthetic events over 30 actors, served by the loopback preview server to
// the built page in Chromium. Prints the median of several runs for the first render, one actor
// filter toggle and one zoom step, each against its target.
//   npm run bench:ui [-- --events 10000 --runs 5]
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startPreviewServer } from '../electron/preview/server';
import { launchBrowser, findBrowser } from '../tests/e2e/browser';
import { createSyntheticService } from '../tests/e2e/synthetic-service';
import { buildRenderer } from './build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const EVENTS = option('events', 10_000);
const ACTORS = option('actors', 30);
const RUNS = option('runs', 5);
const TARGETS = { 'first-render': 1000, filter: 300, zoom: 200 } as const;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

if (!findBrowser()) {
  console.error("No Chromium found: set NEWSLINE_CHROMIUM or install Debian's chromium.");
  process.exit(1);
}
const index = `${root}/dist/renderer/index.html`;
if (!args.includes('--no-build') || !existsSync(index)) await buildRenderer();
console.log(`renderer built ${new Date(statSync(index).mtimeMs).toISOString()}`);

/** Two ways to open: all events (drawn as periods) and a window of about 280 events drawn one by one. */
const SCENARIOS = [
  { name: 'overview', window: undefined },
  { name: 'detail', window: { start: '2020-03-01T00:00:00.000Z', end: '2020-05-10T00:00:00.000Z' } },
] as const;
type Metric = keyof typeof TARGETS;
const results: Record<string, Record<Metric, number[]>> = {};

/** Runs an action in the page and returns the time until the frame after it has been drawn. */
const TIMED = `(async (selector) => {
  const el = document.querySelector(selector);
  if (!el) throw new Error('missing ' + selector);
  const t0 = performance.now();
  el.click();
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return performance.now() - t0;
})`;

const browser = await launchBrowser({ width: 1280, height: 800 });
try {
  for (const scenario of SCENARIOS) {
    const view = {
      hiddenActors: [],
      mode: 'any' as const,
      ...(scenario.window ? { window: scenario.window } : {}),
    };
    const service = createSyntheticService({
      events: EVENTS,
      actors: ACTORS,
      from: '2016-01-01',
      to: '2025-12-31',
      view,
    });
    const snapshot = await service.getSnapshot();
    const busiest = [...snapshot.actors].sort((a, b) => b.count - a.count)[0];
    const server = await startPreviewServer({ service, rendererDir: `${root}/dist/renderer` });
    const r: Record<Metric, number[]> = { 'first-render': [], filter: [], zoom: [] };
    results[scenario.name] = r;
    try {
      for (let run = 0; run < RUNS; run++) {
        const page = await browser.context.newPage();
        page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
        await page.goto(server.url);
        await page.waitForSelector('[data-ready=true]', { timeout: 120_000 });
        r['first-render'].push(
          await page.evaluate(
            () => performance.getEntriesByName('newsline:first-render')[0]?.startTime ?? NaN,
          ),
        );
        const drawn = (await page.evaluate(`({
          events: document.querySelectorAll('.vis-item.nl-event:not(.vis-dot)').length,
          periods: document.querySelectorAll('.vis-item.nl-agg').length,
        })`)) as { events: number; periods: number };
        if (run === 0)
          console.log(`${scenario.name}: drawn at start ${drawn.events} events, ${drawn.periods} periods`);
        const checkbox = `input[type=checkbox][data-actor="${busiest?.name ?? ''}"]`;
        for (let i = 0; i < 4; i++) {
          await page.waitForTimeout(150);
          r.filter.push(await page.evaluate(`${TIMED}(${JSON.stringify(checkbox)})`));
        }
        for (const button of ['Zoom in', 'Zoom out', 'Zoom out', 'Zoom in']) {
          await page.waitForTimeout(150);
          r.zoom.push(await page.evaluate(`${TIMED}(${JSON.stringify(`button[aria-label="${button}"]`)})`));
        }
        await page.close();
      }
    } finally {
      await server.close();
    }
  }
} finally {
  await browser.close();
}

console.log(
  `${EVENTS} events, ${ACTORS} actors, ${RUNS} runs per opening (median; the slower opening counts):`,
);
for (const name of Object.keys(TARGETS) as Metric[]) {
  const per = SCENARIOS.map((s) => ({ name: s.name, value: median(results[s.name]?.[name] ?? []) }));
  const value = Math.max(...per.map((p) => p.value));
  const target = TARGETS[name];
  const detail = per.map((p) => `${p.name} ${Math.round(p.value)} ms`).join(', ');
  console.log(
    `${name}: ${Math.round(value)} ms (target ≤ ${target} ms, ratio ${(value / target).toFixed(2)}, ${value <= target ? 'ok' : 'OVER'}; ${detail})`,
  );
}
