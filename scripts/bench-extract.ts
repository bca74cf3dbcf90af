/**
 * Extraction speed on real-length news: builds 1,000 articles of 2–8 KB (a headline, a dateline,
 * paragraphs of one to three sentences, quotations, now and then a table) from the varied real
 * sentences of the sample, the dev articles and the 60 timeline-dev articles, then extracts them
 * with the extractor bundled as the app runs it, on one worker thread and on a pool of one thread
 * per core, each from a cold start (thread start and model load included). Prints the medians of
 * several runs: articles/s and MB/s, the ratio to the 200 articles/s target for one core and the
 * pool's speed-up (target 1.8× on two cores), the speed of one thread once warm (its second pass over
 * the corpus: what the cold start costs) and the time to merge all events across files.
 * Usage: npm run bench:extract [-- --articles 1000 --runs 5]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type * as Extractor from '../electron/extract/index';
import { parseFrontMatter } from '../electron/extract/frontmatter';
import { classifyLines } from '../electron/extract/lines';
import { splitSentences } from '../electron/extract/sentences';
import type { ArticleFileInput, FileExtraction } from '../electron/extract/index';
import { createWorkerExtractionRunner } from '../electron/services/extraction-runner';

const TARGET = 200;
const POOL_TARGET = 1.8;
const option = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;
};
const count = option('--articles', 1000);
const runs = option('--runs', 5);

// The extractor as the app runs it: bundled by esbuild into one CommonJS file each, like the app's
// extraction worker (scripts/build.mjs), not transpiled module by module on the fly.
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  supported: { 'regexp-unicode-property-escapes': true },
  logLevel: 'warning',
} as const;
const worker = join(process.cwd(), 'test-output/bench/extract-worker.cjs');
const library = 'test-output/bench/extract.cjs';
await Promise.all([
  build({ ...common, entryPoints: ['electron/services/extract-worker.ts'], outfile: worker }),
  build({ ...common, entryPoints: ['electron/extract/index.ts'], outfile: library }),
]);
const { mergeEvents } = (await import(join(process.cwd(), library))) as typeof Extractor;

// ---- the corpus: real sentences, headlines and table rows, put together in the shape of news
const folders = [
  'assets/articles',
  'tests/fixtures/shared/eval/dev-articles',
  'tests/fixtures/shared/eval/timeline-dev/stock/articles',
  'tests/fixtures/shared/eval/timeline-dev/apple/articles',
];
const sentences: string[] = [];
const headlines: string[] = [];
const tableRows: string[] = [];
for (const dir of folders) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
    const { meta, body } = parseFrontMatter(readFileSync(join(dir, file), 'utf8'));
    if (meta.title) headlines.push(meta.title);
    for (const line of classifyLines(body)) {
      if (line.kind === 'paragraph') sentences.push(...splitSentences(line.text).map((s) => s.text));
      else if (line.kind === 'heading') headlines.push(line.text);
      else if (line.kind === 'table-row') tableRows.push(line.text);
    }
  }
}

// a small deterministic generator, so every run extracts the same corpus
let seed = 20250114;
const random = (): number => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 2 ** 32;
};
const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)] as T;
const PLACES = ['WASHINGTON', 'LONDON', 'TOKYO', 'NAIROBI', 'SAO PAULO', 'BRUSSELS', 'NEW DELHI', 'SYDNEY'];
const MONTHS = [
  'Jan.',
  'Feb.',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];

function article(i: number): string {
  const day = new Date(Date.UTC(1995, 0, 1) + i * 86_400_000 * 11);
  const iso = day.toISOString().slice(0, 10);
  const size = 2048 + Math.floor(random() * 6144);
  const dateline = `${pick(PLACES)}, ${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()} (Newswire) - `;
  let text = `---\ntitle: ${pick(headlines)}\npublished: ${iso}\nsource: bench\n---\n${pick(headlines)}\n\n`;
  text += `${dateline}${pick(sentences)}\n\n`;
  while (text.length < size) {
    const r = random();
    if (r < 0.04 && tableRows.length)
      text += `| Item | Details |\n|---|---|\n${pick(tableRows)}\n${pick(tableRows)}\n\n`;
    else if (r < 0.1) text += `${pick(headlines)}\n\n`;
    else {
      const n = 1 + Math.floor(random() * 3);
      text += `${Array.from({ length: n }, () => pick(sentences)).join(' ')}\n\n`;
    }
  }
  return text;
}

const corpus: ArticleFileInput[] = Array.from({ length: count }, (_, i) => ({
  file: `bench-${i}.md`,
  content: article(i),
  origin: 'library',
}));
const bytes = corpus.reduce((n, a) => n + Buffer.byteLength(a.content), 0);
const sizes = corpus.map((a) => a.content.length).sort((a, b) => a - b);

// ---- timing: each run starts its threads cold and extracts the whole corpus
async function timed(threads: number): Promise<{ seconds: number; results: FileExtraction[] }> {
  const started = process.hrtime.bigint();
  const pool = createWorkerExtractionRunner(worker, { threads });
  try {
    const results = await Promise.all(corpus.map((input) => pool(input)));
    return { seconds: Number(process.hrtime.bigint() - started) / 1e9, results };
  } finally {
    await pool.close();
  }
}
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

const cores = availableParallelism();
console.log(
  `corpus: ${count} articles, ${(bytes / 1024 / 1024).toFixed(2)} MB (${(sizes[0]! / 1024).toFixed(1)}–${(sizes[sizes.length - 1]! / 1024).toFixed(1)} KB, median ${(median(sizes) / 1024).toFixed(1)} KB) from ${sentences.length} real sentences, ${headlines.length} headlines, ${tableRows.length} table rows`,
);
console.log(
  `machine: ${cores} cores, load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')} before the runs`,
);
const one: number[] = [];
const pooled: number[] = [];
let results: FileExtraction[] = [];
for (let r = 0; r < runs; r++) {
  // alternating, so a change in the machine's speed touches both alike
  const a = await timed(1);
  one.push(a.seconds);
  results = a.results;
  pooled.push((await timed(cores)).seconds);
}
const rate = (seconds: number): string =>
  `${Math.round(count / seconds)} articles/s, ${(bytes / 1024 / 1024 / seconds).toFixed(2)} MB/s`;
const oneRate = count / median(one);
const speedUp = median(one) / median(pooled);
console.log(`one core: ${rate(median(one))} (median of ${runs} runs, cold start included)`);
console.log(`pool of ${cores} threads: ${rate(median(pooled))}, ${speedUp.toFixed(2)}× one core`);
console.log(
  `target ${TARGET} articles/s on one core: ${(oneRate / TARGET).toFixed(2)}x (${oneRate >= TARGET ? 'met' : 'NOT met'})`,
);
if (cores >= 2)
  console.log(
    `target ${POOL_TARGET}× with the pool: ${speedUp >= POOL_TARGET ? 'met' : 'NOT met'} (${speedUp.toFixed(2)}×)`,
  );
// where the cold figure goes: the same thread extracting the corpus a second time runs the code
// the JIT compiler has optimised by then (every new thread of a pool pays the first pass again; the
// word-stem memo of the first pass helps the second a little)
{
  const pool = createWorkerExtractionRunner(worker, { threads: 1 });
  try {
    await Promise.all(corpus.map((input) => pool(input)));
    const started = process.hrtime.bigint();
    await Promise.all(corpus.map((input) => pool(input)));
    const warm = Number(process.hrtime.bigint() - started) / 1e9;
    console.log(
      `one core, warm (a second pass in the same thread): ${rate(warm)}; the cold start costs ${(((median(one) - warm) / median(one)) * 100).toFixed(0)}% of the cold run`,
    );
  } finally {
    await pool.close();
  }
}
const events = results.flatMap((r) => r.events);
const mergeStarted = process.hrtime.bigint();
const merged = mergeEvents(events);
console.log(
  `merging across files: ${events.length} → ${merged.length} events in ${(Number(process.hrtime.bigint() - mergeStarted) / 1e6).toFixed(0)} ms`,
);
console.log(
  `load average after: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
