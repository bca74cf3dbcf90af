import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  app,
  BrowserWindow,
  FakeWebContents,
  ipcMain,
  Menu,
  protocol,
  resetElectronMock,
  session,
} from '../mocks/electron';
import { channelOf, MENU_COMMAND_CHANNEL, REQUEST_NAMES } from '../../electron/shared/contract';

vi.mock('electron', () => import('../mocks/electron'));

let root: string;

beforeAll(async () => {
  resetElectronMock();
  root = await mkdtemp(join(tmpdir(), 'newsline-app-'));
  app.appPath = join(root, 'app');
  process.env.NEWSLINE_USER_DATA = join(root, 'user');
  await import('../../electron/main/index');
  await vi.waitFor(() => expect(BrowserWindow.instances).toHaveLength(1));
});

afterAll(async () => {
  delete process.env.NEWSLINE_USER_DATA;
  await rm(root, { recursive: true, force: true });
});

describe('main process start', () => {
  it('takes the single-instance lock and declares app:// before the app is ready', () => {
    expect(app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    expect(protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]!).toBeLessThan(
      app.whenReady.mock.invocationCallOrder[0]!,
    );
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(app.setPath).toHaveBeenCalledWith('userData', join(root, 'user'));
  });

  it('serves the page from app://, denies permissions and answers every request over IPC', () => {
    expect(session.defaultSession.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(ipcMain.handle.mock.calls.map(([channel]) => channel).sort()).toEqual(
      REQUEST_NAMES.map(channelOf).sort(),
    );
  });

  it('hardens every web contents the app creates', () => {
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(contents.listenerCount('will-navigate')).toBe(1);
  });

  it('opens one window with the bundled preload and sends menu commands to it', () => {
    const window = BrowserWindow.instances[0]!;
    const prefs = window.options.webPreferences as { preload: string; devTools: boolean };
    expect(prefs.preload).toMatch(/preload\.cjs$/);
    expect(prefs.devTools, 'not packaged: a development run').toBe(true);
    const template = Menu.buildFromTemplate.mock.calls[0]![0] as { label?: string; submenu?: unknown[] }[];
    const file = template.find((item) => item.label === '&File')!.submenu as {
      label?: string;
      click?: () => void;
    }[];
    file.find((item) => item.label === 'Open Articles…')!.click!();
    expect(window.webContents.send).toHaveBeenCalledWith(MENU_COMMAND_CHANNEL, 'open-articles');
  });
});
