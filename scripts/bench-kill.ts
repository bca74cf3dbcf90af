/**
 * Durability at scale: kills a writer of edits, saved views and imported articles with SIGKILL
 * at 200 seeded random points (the kill test runs 20 of them in `npm test`) and prints how many
 * writes were confirmed, how many were found again by the next start (all of them, or it fails),
 * the problems that start reported, and the machine's load.
 * Usage: npm run bench:kill [-- --runs 200] [-- --seed 20260128]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { killCampaign } from '../tests/services/kill-campaign';

const arg = (name: string, fallback: number): number => {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const runs = arg('runs', 200);
const seed = arg('seed', 20_260_128);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

const dir = await mkdtemp(join(tmpdir(), 'newsline-bench-kill-'));
const started = Date.now();
console.log(`kill campaign: ${runs} runs, seed ${seed}, load average ${load()} at start`);
try {
  const figures = await killCampaign(dir, runs, seed, (run, f) => {
    if ((run + 1) % 25 === 0)
      console.log(
        `  ${run + 1} runs: ${f.confirmed.edit + f.confirmed.view + f.confirmed.article} confirmed, ${f.lost.length} lost`,
      );
  });
  const { edit, view, article } = figures.confirmed;
  console.log(`runs killed (SIGKILL):       ${figures.kills}`);
  console.log(
    `writes confirmed:            ${edit + view + article} (${edit} edits, ${view} saved views, ${article} imported articles)`,
  );
  console.log(`confirmed writes lost:       ${figures.lost.length}`);
  console.log(`problems at the next start:  ${figures.problems.length}`);
  console.log(`temporary files left:        ${figures.leftovers.length}`);
  console.log(
    `time:                        ${((Date.now() - started) / 1000).toFixed(0)} s, load average ${load()} at the end`,
  );
  for (const line of [...figures.lost, ...figures.problems].slice(0, 20)) console.log(`  ${line}`);
  if (figures.lost.length > 0 || figures.problems.length > 0 || figures.leftovers.length > 0)
    process.exitCode = 1;
} finally {
  await rm(dir, { recursive: true, force: true });
}
