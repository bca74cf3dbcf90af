/**
 * The desktop app opened on a library the preview server holds: it says who holds it, in a
 * dialog, and quits without touching the library.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { app, BrowserWindow, dialog, resetElectronMock } from '../mocks/electron';
import { LOCK_FILE } from '../../electron/services/library-lock';

vi.mock('electron', () => import('../mocks/electron'));

let root: string;
let preview: ChildProcess;

beforeAll(async () => {
  resetElectronMock();
  root = await mkdtemp(join(tmpdir(), 'newsline-app-locked-'));
  const userData = join(root, 'user');
  await mkdir(userData, { recursive: true });
  preview = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
  await writeFile(
    join(userData, LOCK_FILE),
    JSON.stringify({
      pid: preview.pid,
      host: hostname(),
      app: 'the preview server',
      since: new Date().toISOString(),
    }),
  );
  app.appPath = join(root, 'app');
  process.env.NEWSLINE_USER_DATA = userData;
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  await import('../../electron/main/index');
  await vi.waitFor(() => expect(app.exit).toHaveBeenCalled());
});

afterAll(async () => {
  preview.kill('SIGKILL');
  delete process.env.NEWSLINE_USER_DATA;
  await rm(root, { recursive: true, force: true });
});

describe('a library held by another process', () => {
  it('is not opened: a dialog says who holds it, and the app quits without a window', async () => {
    expect(dialog.showErrorBox).toHaveBeenCalledWith(
      'Newsline could not start',
      expect.stringMatching(
        new RegExp(`open in another Newsline window \\(the preview server, process ${preview.pid},`),
      ),
    );
    expect(app.exit).toHaveBeenCalledWith(1);
    expect(BrowserWindow.instances).toHaveLength(0);
    expect(await readdir(join(root, 'user'))).toEqual([LOCK_FILE]); // nothing created, nothing read
  });
});
