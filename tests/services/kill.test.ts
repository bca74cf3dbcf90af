/**
 * Nothing lost when the app is killed mid-save: a child process applies edits in a loop and is
 * killed with SIGKILL at seeded random points; after each kill the edits file must open, parse,
 * and hold every edit the child confirmed (printed after its write returned).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEditStore } from '../../electron/services/edits/store';
import { seededRandom } from '../seeded-random';

const RUNS = 30;
const WRITER = join(import.meta.dirname, 'kill-writer.ts');

interface RunResult {
  confirmed: string[];
  killed: boolean;
}

/** Starts the writer, lets it confirm `after` edits, waits `delayMs`, then kills it. */
function runAndKill(path: string, run: number, after: number, delayMs: number): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, path, String(run)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const confirmed: string[] = [];
    let buffer = '';
    let stderr = '';
    let killing = false;
    const kill = () => {
      if (killing) return;
      killing = true;
      setTimeout(() => child.kill('SIGKILL'), delayMs);
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('confirmed ')) confirmed.push(line.slice('confirmed '.length));
        if ((line === 'ready' && after === 0) || confirmed.length >= after) kill();
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer ended without being killed: ${stderr}`));
      else resolve({ confirmed, killed: true });
    });
  });
}

describe('killed while writing edits', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsline-kill-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it(
    `keeps every confirmed edit over ${RUNS} runs killed at random points`,
    { timeout: 240_000 },
    async () => {
      const random = seededRandom(20_260_128);
      const path = join(dir, 'edits.json');
      const everConfirmed: string[] = [];
      let kills = 0;
      for (let run = 0; run < RUNS; run += 1) {
        const after = Math.floor(random() * 40); // 0 … 39 confirmations, then
        const delayMs = Math.floor(random() * 4); // 0 … 3 ms more writing
        const result = await runAndKill(path, run, after, delayMs);
        if (result.killed) kills += 1;
        everConfirmed.push(...result.confirmed);

        const store = await openEditStore(path); // throws if the file cannot be used at all
        expect(store.loadProblems(), `run ${run}`).toEqual([]);
        const titles = new Set(store.current().map((e) => (e.op === 'change' ? e.patch.title : '')));
        const lost = everConfirmed.filter((t) => !titles.has(t));
        expect(lost, `run ${run}: confirmed edits missing after the kill`).toEqual([]);
      }
      const leftovers = (await readdir(dir)).filter((f) => f.endsWith('.tmp'));
      console.log(
        `kill test: ${RUNS} runs, ${kills} kills (SIGKILL), ${everConfirmed.length} confirmed edits all found`,
      );
      expect(leftovers, 'temporary files of killed writers are removed at start').toEqual([]);
      expect(kills).toBe(RUNS);
      expect(everConfirmed.length).toBeGreaterThan(RUNS);
    },
  );
});
