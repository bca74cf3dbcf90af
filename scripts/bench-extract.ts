/**
 * Extraction speed on real-length news: builds 1,000 articles of 2–8 KB (a headline, a dateline,
 * paragraphs of one to three sentences, quotations, now and then a table) from the varied real
 * sentences of the sample, the dev articles and the 60 timeline-dev articles, then extracts them
 * with the extractor bundled as the app runs it, on one worker thread and on a pool of one thread
 * per core, each from a cold start (thread start and model load included). Prints the medians of
 * several runs: articles/s and MB/s, the ratio to the 200 articles/s target for one core and the
 * pool's speed-up (target 1.8× on two cores), the CPU time both take, the speed of one thread and of
 * the pool once warm (their second pass over the corpus: what the cold start costs) and the time to
 * merge all events across files.
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
// (the CPU time is the whole process's: the extracting threads and the threads V8 compiles and
// collects garbage on, which take the idle core while one thread extracts)
async function timed(threads: number): Promise<{ seconds: number; cpu: number; results: FileExtraction[] }> {
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  const pool = createWorkerExtractionRunner(worker, { threads });
  try {
    const results = await Promise.all(corpus.map((input) => pool(input)));
    const used = process.cpuUsage(cpuBefore);
    return {
      seconds: Number(process.hrtime.bigint() - started) / 1e9,
      cpu: (used.user + used.system) / 1e6,
      results,
    };
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
const oneCpu: number[] = [];
const pooledCpu: number[] = [];
let results: FileExtraction[] = [];
for (let r = 0; r < runs; r++) {
  // alternating, so a change in the machine's speed touches both alike
  const a = await timed(1);
  one.push(a.seconds);
  oneCpu.push(a.cpu);
  results = a.results;
  const b = await timed(cores);
  pooled.push(b.seconds);
  pooledCpu.push(b.cpu);
}
const rate = (seconds: number): string =>
  `${Math.round(count / seconds)} articles/s, ${(bytes / 1024 / 1024 / seconds).toFixed(2)} MB/s`;
const oneRate = count / median(one);
const speedUp = median(one) / median(pooled);
console.log(`one core: ${rate(median(one))} (median of ${runs} runs, cold start included)`);
console.log(`pool of ${cores} threads: ${rate(median(pooled))}, ${speedUp.toFixed(2)}× one core`);
// what a core's time buys, however the work spread over threads: one extracting thread keeps more
// than one core busy, so the pool's speed-up over it is less than its number of threads
const busy = (cpu: number[], wall: number[]): string =>
  `${(median(cpu) / median(wall)).toFixed(2)} cores busy, ${Math.round(count / median(cpu))} articles per CPU-second`;
console.log(`CPU time: one extracting thread ${busy(oneCpu, one)}; the pool ${busy(pooledCpu, pooled)}`);
console.log(
  `target ${TARGET} articles/s on one core: ${(oneRate / TARGET).toFixed(2)}x (${oneRate >= TARGET ? 'met' : 'NOT met'})`,
);
if (cores >= 2)
  console.log(
    `target ${POOL_TARGET}× with the pool: ${speedUp >= POOL_TARGET ? 'met' : 'NOT met'} (${speedUp.toFixed(2)}×)`,
  );
// where the cold figure goes: the same thread extracting the corpus a second time runs the code
// the JIT compiler has optimised by then (every new thread of a pool pays the first pass again, its
// compiler threads competing with the other extracting thread for the cores; the word-stem memo of
// the first pass helps the second a little)
/** Seconds of a second pass over the corpus by threads that have done one already. */
async function warmPass(threads: number): Promise<number> {
  const pool = createWorkerExtractionRunner(worker, { threads });
  try {
    await Promise.all(corpus.map((input) => pool(input)));
    const started = process.hrtime.bigint();
    await Promise.all(corpus.map((input) => pool(input)));
    return Number(process.hrtime.bigint() - started) / 1e9;
  } finally {
    await pool.close();
  }
}
const warmOne = await warmPass(1);
console.log(
  `one core, warm (a second pass in the same thread): ${rate(warmOne)}; the cold start costs ${(((median(one) - warmOne) / median(one)) * 100).toFixed(0)}% of the cold run`,
);
// the app keeps its threads from one import to the next, so its later imports run warm
const warmPool = await warmPass(cores);
console.log(
  `pool of ${cores} threads, warm (a second pass in the same threads): ${rate(warmPool)}, ${(warmOne / warmPool).toFixed(2)}× one warm thread`,
);
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
