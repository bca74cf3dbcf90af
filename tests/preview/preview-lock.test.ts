/**
 * `npm run preview` on a library the desktop app holds: it says who holds it and stops, instead
 * of serving a second writer of the same edits.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../electron/services/library-lock';

const root = join(import.meta.dirname, '..', '..');
let userData: string;
let desktop: ReturnType<typeof spawn>;

beforeAll(async () => {
  userData = await mkdtemp(join(tmpdir(), 'newsline-preview-lock-'));
  desktop = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
  await writeFile(
    join(userData, LOCK_FILE),
    JSON.stringify({
      pid: desktop.pid,
      host: hostname(),
      app: 'the desktop app',
      since: new Date().toISOString(),
    }),
  );
});
afterAll(async () => {
  desktop.kill('SIGKILL');
  await rm(userData, { recursive: true, force: true });
});

describe('npm run preview on a library in use', () => {
  it('stops with exit code 1 and says who holds the library', { timeout: 60_000 }, async () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/preview.ts', '--no-build'], {
      cwd: root,
      env: { ...process.env, NEWSLINE_USER_DATA: userData },
      encoding: 'utf8',
      timeout: 50_000,
    });
    expect(run.status).toBe(1);
    expect(run.stdout).not.toMatch(/Open this address/);
    expect(run.stderr).toMatch(
      new RegExp(
        `^Newsline preview: The library in .+ is open in another Newsline window \\(the desktop app, process ${desktop.pid},`,
      ),
    );
    expect(await readdir(userData)).toEqual([LOCK_FILE]);
  });
});
