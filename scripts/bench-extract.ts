/**
 * Extraction speed: builds a synthetic corpus of news articles (about 4 KB each) from the real
 * sentences of the sample and dev articles, extracts it in this process (one core) with the
 * extractor bundled as the app runs it, and prints
 * articles per second, MB per second and the ratio to the 200 articles/s target.
 * Usage: npm run bench:extract [-- --articles 1000]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type * as Extractor from '../electron/extract/index';
import { parseFrontMatter } from '../electron/extract/frontmatter';
import { classifyLines } from '../electron/extract/lines';

const TARGET = 200;

// The extractor as the app runs it: bundled by esbuild into one CommonJS file, like the app's
// extraction worker (scripts/build.mjs), not transpiled module by module on the fly.
const bundle = 'test-output/bench/extract.cjs';
await build({
  entryPoints: ['electron/extract/index.ts'],
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
});
const { extractFile, mergeEvents } = (await import(join(process.cwd(), bundle))) as typeof Extractor;
const argIndex = process.argv.indexOf('--articles');
const count = Math.max(1000, Number(argIndex >= 0 ? process.argv[argIndex + 1] : 1000) || 1000);

function sourcesOf(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => parseFrontMatter(readFileSync(join(dir, f), 'utf8')).body);
}

const bodies = [...sourcesOf('assets/articles'), ...sourcesOf('tests/fixtures/shared/eval/dev-articles')];
const paragraphs: string[] = [];
const headings: string[] = [];
const tableRows: string[] = [];
for (const body of bodies) {
  for (const line of classifyLines(body)) {
    if (line.kind === 'paragraph') paragraphs.push(line.text);
    else if (line.kind === 'heading') headings.push(line.text);
    else if (line.kind === 'table-row') tableRows.push(line.text);
  }
}

// a small deterministic generator, so every run extracts the same corpus
let seed = 20250114;
const random = (): number => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 2 ** 32;
};
const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)] as T;

function article(i: number): string {
  const day = new Date(Date.UTC(2005, 0, 1) + i * 86_400_000 * 7).toISOString().slice(0, 10);
  let text = `---\ntitle: Synthetic article ${i}\npublished: ${day}\nsource: bench\n---\n${pick(headings)}\n`;
  while (text.length < 4000) {
    const r = random();
    if (r < 0.08) text += `${pick(headings)}\n`;
    else if (r < 0.12) text += `| Topic | Details |\n|---|---|\n${pick(tableRows)}\n${pick(tableRows)}\n`;
    else text += `${pick(paragraphs)}\n`;
  }
  return text;
}

const corpus = Array.from({ length: count }, (_, i) => article(i));
const bytes = corpus.reduce((n, a) => n + Buffer.byteLength(a), 0);

// warm up (JIT, lazy tables), then measure
for (const content of corpus.slice(0, 50)) extractFile({ file: 'warmup.md', content, origin: 'library' });
const started = process.hrtime.bigint();
let events = 0;
const all = [];
for (const [i, content] of corpus.entries()) {
  const result = extractFile({ file: `bench-${i}.md`, content, origin: 'library' });
  events += result.events.length;
  all.push(...result.events);
}
const extractedAt = process.hrtime.bigint();
const merged = mergeEvents(all);
const mergedAt = process.hrtime.bigint();

const seconds = Number(extractedAt - started) / 1e9;
const perSecond = count / seconds;
console.log(
  `corpus: ${count} articles, ${(bytes / 1024 / 1024).toFixed(2)} MB (${Math.round(bytes / count)} bytes each) from ${paragraphs.length} real paragraphs`,
);
console.log(`extracted ${events} events in ${seconds.toFixed(2)} s on one core`);
console.log(`${Math.round(perSecond)} articles/s, ${(bytes / 1024 / 1024 / seconds).toFixed(2)} MB/s`);
console.log(
  `target ${TARGET} articles/s: ${(perSecond / TARGET).toFixed(2)}x (${perSecond >= TARGET ? 'met' : 'NOT met'})`,
);
console.log(
  `merging across files: ${all.length} → ${merged.length} events in ${(Number(mergedAt - extractedAt) / 1e6).toFixed(0)} ms`,
);
