import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  acquireLibraryLock,
  LibraryLockedError,
  LOCK_FILE,
  releaseLibraryLock,
} from '../../electron/services/library-lock';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsline-lock-'));
});
afterEach(async () => {
  releaseLibraryLock(dir);
  await rm(dir, { recursive: true, force: true });
});

const lockPath = () => join(dir, LOCK_FILE);
const owner = (pid: number, extra: object = {}) =>
  JSON.stringify({
    pid,
    host: hostname(),
    app: 'the preview server',
    since: new Date().toISOString(),
    ...extra,
  });
/** The id of a process that has ended. */
const deadPid = (): number => {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
};

describe('one writer per library', () => {
  it('writes the owning process into the lock and lets the same process open again', async () => {
    await acquireLibraryLock(dir, 'the desktop app');
    expect(JSON.parse(await readFile(lockPath(), 'utf8'))).toMatchObject({
      pid: process.pid,
      host: hostname(),
      app: 'the desktop app',
    });
    await expect(acquireLibraryLock(dir, 'the desktop app')).resolves.toBeUndefined();
    releaseLibraryLock(dir);
    expect(existsSync(lockPath())).toBe(false);
  });

  it('refuses a second opener while the owner runs, saying who holds it and what to do', async () => {
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      await writeFile(lockPath(), owner(sleeper.pid ?? 0));
      const refused = await acquireLibraryLock(dir, 'the desktop app').catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(LibraryLockedError);
      expect((refused as Error).message).toMatch(
        new RegExp(
          `^The library in .+ is open in another Newsline window \\(the preview server, process ${sleeper.pid}, since .+\\)\\. Close it there first.+NEWSLINE_USER_DATA.+If no Newsline runs, remove .+newsline\\.lock\\.$`,
        ),
      );
      expect(JSON.parse(await readFile(lockPath(), 'utf8')).pid).toBe(sleeper.pid); // untouched
    } finally {
      sleeper.kill('SIGKILL');
    }
  });

  it.each([
    ['a process that has ended', () => owner(deadPid())],
    [
      'a process from before the machine started',
      () => owner(process.ppid, { since: '2001-01-01T00:00:00Z' }),
    ],
  ])('takes over a stale lock of %s', async (_what, content) => {
    await writeFile(lockPath(), content());
    await acquireLibraryLock(dir, 'the desktop app');
    expect(JSON.parse(await readFile(lockPath(), 'utf8')).pid).toBe(process.pid);
  });

  it('waits on an unreadable lock while it is fresh (an opener still writing it), takes it over when old', async () => {
    await writeFile(lockPath(), '{"pi');
    await expect(acquireLibraryLock(dir, 'the desktop app')).rejects.toThrow(
      /open in another Newsline window/,
    );
    const old = new Date(Date.now() - 60_000);
    await utimes(lockPath(), old, old);
    await acquireLibraryLock(dir, 'the desktop app');
    expect(JSON.parse(await readFile(lockPath(), 'utf8')).pid).toBe(process.pid);
  });

  it('is released when the owner exits, and left stale (then taken over) when it is killed', async () => {
    const script = (exit: string) =>
      `import { acquireLibraryLock } from ${JSON.stringify(join(import.meta.dirname, '../../electron/services/library-lock.ts'))};
       await acquireLibraryLock(${JSON.stringify(dir)}, 'a test'); console.log('held'); ${exit}`;
    const run = (exit: string) =>
      new Promise<string>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script(exit)]);
        let output = '';
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          if (exit.startsWith('setTimeout') && output.includes('held')) child.kill('SIGKILL');
        });
        child.on('exit', (code, signal) => resolve(`${output} (exit ${code ?? signal})`));
      });
    expect(await run('process.exit(0);')).toMatch(/held/);
    expect(existsSync(lockPath())).toBe(false);
    const killed = await run('setTimeout(() => {}, 30000);');
    expect(killed).toMatch(/held[\s\S]*\(exit SIGKILL\)$/);
    expect(existsSync(lockPath()), killed).toBe(true);
    await acquireLibraryLock(dir, 'the desktop app');
    expect(JSON.parse(await readFile(lockPath(), 'utf8')).pid).toBe(process.pid);
  });
});
