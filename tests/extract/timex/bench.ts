/**
 * Speed of the temporal tagger on the timex dev texts and the sample articles: prints ms per KB.
 * Run: npx tsx tests/extract/timex/bench.ts
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tagTimexes } from '../../../electron/extract/timex/index';

const fixtures = fileURLToPath(new URL('../../fixtures/shared/', import.meta.url));
const gold = JSON.parse(readFileSync(`${fixtures}eval/timex-dev.json`, 'utf8')) as {
  docs: { text: string; published: string }[];
};
const seed = readFileSync(`${fixtures}seed/000_d83434615622e96d.txt`, 'utf8');
const docs: [string, string][] = [
  ...gold.docs.map((d): [string, string] => [d.text, d.published]),
  [seed, '2025-01-14'],
];
const kb = docs.reduce((n, [t]) => n + Buffer.byteLength(t), 0) / 1024;

for (let i = 0; i < 20; i++) for (const [t, d] of docs) tagTimexes(t, d);
// Best of several batches: other processes on the machine only ever slow a batch down.
const rounds = 20;
let best = Infinity;
let found = 0;
for (let batch = 0; batch < 8; batch++) {
  const start = performance.now();
  found = 0;
  for (let i = 0; i < rounds; i++) for (const [t, d] of docs) found += tagTimexes(t, d).length;
  best = Math.min(best, (performance.now() - start) / rounds);
}
console.log(
  `timex: ${docs.length} texts, ${kb.toFixed(1)} KB, ${(found / rounds).toFixed(0)} expressions: ` +
    `${(best / kb).toFixed(3)} ms per KB (${((4 * best) / kb).toFixed(2)} ms per 4 KB article)`,
);
