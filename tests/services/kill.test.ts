/**
 * Nothing lost when the app is killed mid-save: the short kill campaign (kill-campaign.ts) in
 * every test run; `npm run bench:kill` runs it 200 times and prints the figures.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { killCampaign } from './kill-campaign';

const RUNS = 20;

describe('killed while writing edits, saved views and imports', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsline-kill-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it(
    `keeps every confirmed write over ${RUNS} runs killed at random points`,
    { timeout: 240_000 },
    async () => {
      const figures = await killCampaign(dir, RUNS);
      const total = figures.confirmed.edit + figures.confirmed.view + figures.confirmed.article;
      console.log(
        `kill test: ${RUNS} runs, ${figures.kills} kills (SIGKILL), ${total} confirmed writes ` +
          `(${figures.confirmed.edit} edits, ${figures.confirmed.view} views, ${figures.confirmed.article} articles), ${figures.lost.length} lost`,
      );
      expect(figures.lost, 'confirmed writes missing after a kill').toEqual([]);
      expect(figures.problems, 'problems reported by the next start').toEqual([]);
      expect(figures.leftovers, 'temporary files of killed writers are removed at start').toEqual([]);
      expect(figures.kills).toBe(RUNS);
      expect(figures.confirmed.edit).toBeGreaterThan(0);
      expect(figures.confirmed.view).toBeGreaterThan(0);
      expect(figures.confirmed.article).toBeGreaterThan(0);
    },
  );
});
