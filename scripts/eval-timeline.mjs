#!/usr/bin/env node
// Entity-timeline quality gate: extracts a timeline-dev set with the command line, scores it with the
// vendored timeline scorer and fails below the minimums.
// Usage: node scripts/eval-timeline.mjs SET_DIR --min f1=0.65,date=0.6
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';

const args = process.argv.slice(2);
const set = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--min');
const minIndex = args.indexOf('--min');
if (!set) {
  console.error('usage: node scripts/eval-timeline.mjs SET_DIR --min f1=0.65,date=0.6');
  process.exit(2);
}
mkdirSync('test-output', { recursive: true });
const out = join('test-output', `timeline-${basename(set)}.json`);
const articles = join(set, 'articles');
const files = readdirSync(articles)
  .filter((f) => f.endsWith('.md'))
  .map((f) => join(articles, f));
execFileSync(process.execPath, ['--import', 'tsx', 'electron/cli/extract.ts', ...files, '--out', out], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
const printed = execFileSync(
  process.execPath,
  ['tests/fixtures/shared/eval/timeline-score.mjs', join(set, 'gold.json'), out, articles, '--json'],
  { encoding: 'utf8' },
);
const lines = printed.trim().split('\n');
const result = JSON.parse(lines[0] ?? '{}');
console.log(lines[lines.length - 1]);
const failures = [];
for (const [k, v] of (minIndex >= 0 ? (args[minIndex + 1] ?? '') : '')
  .split(',')
  .filter(Boolean)
  .map((kv) => kv.split('='))) {
  if (!(Number(result[k]) >= Number(v))) failures.push(`${k} ${result[k]} < ${v}`);
}
if (failures.length) {
  console.log(`below the bar: ${failures.join(', ')}`);
  process.exit(1);
}
