#!/usr/bin/env node
// Extraction quality gate: extracts FILES with the command line, scores the events with the vendored
// scorer (tests/fixtures/shared/eval/score.mjs) and fails below the minimums or above the maximums.
// Usage: node scripts/eval-gate.mjs GOLD.json --min recall=0.9,... [--max duplicates=2,unlocated=0] FILE...
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const positional = args.filter((a, i) => !a.startsWith('--') && !['--min', '--max'].includes(args[i - 1]));
const [gold, ...files] = positional;
if (!gold || !files.length) {
  console.error('usage: node scripts/eval-gate.mjs GOLD.json --min k=v,... [--max k=v,...] FILE...');
  process.exit(2);
}
mkdirSync('test-output', { recursive: true });
const out = join('test-output', `events-${gold.replace(/\W+/g, '_').slice(-40)}.json`);
execFileSync(process.execPath, ['--import', 'tsx', 'electron/cli/extract.ts', ...files, '--out', out], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
const scorer = 'tests/fixtures/shared/eval/score.mjs';
const printed = execFileSync(process.execPath, [scorer, gold, out, '--json'], { encoding: 'utf8' });
const [jsonLine, summary] = printed.trim().split('\n');
const result = JSON.parse(jsonLine ?? '{}');
console.log(summary);
const failures = [];
for (const [k, v] of (option('--min') ?? '')
  .split(',')
  .filter(Boolean)
  .map((kv) => kv.split('='))) {
  if (!(result[k] >= Number(v))) failures.push(`${k} ${result[k]} < ${v}`);
}
for (const [k, v] of (option('--max') ?? '')
  .split(',')
  .filter(Boolean)
  .map((kv) => kv.split('='))) {
  if (!(result[k] <= Number(v))) failures.push(`${k} ${result[k]} > ${v}`);
}
if (failures.length) {
  console.log(`below the bar: ${failures.join(', ')}`);
  process.exit(1);
}
