/**
 * One shared mock of the `electron` module for main-process and preload tests
 * (`vi.mock('electron', () => import('./electron'))`). Records what the code under test
 * asks of Electron; `resetElectronMock()` starts each test afresh.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/** A web frame: `parent` null for a main frame. */
export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

/** A fake WebContents: an event emitter with the handful of methods the app uses. */
export class FakeWebContents extends EventEmitter {
  mainFrame: FakeFrame = { url: 'app://newsline/index.html', parent: null };
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | undefined;
  setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => { action: 'allow' | 'deny' }) => {
    this.windowOpenHandler = handler;
  });
  send = vi.fn();
}

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = [];
  webContents = new FakeWebContents();
  loadURL = vi.fn(async (_url: string) => undefined);
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  maximize = vi.fn();
  isMinimized = vi.fn(() => false);
  isMaximized = vi.fn(() => false);
  getNormalBounds = vi.fn(() => ({ x: 10, y: 20, width: 1000, height: 700 }));
  constructor(readonly options: Record<string, unknown>) {
    super();
    BrowserWindow.instances.push(this);
  }
}

const display = { workArea: { x: 0, y: 0, width: 1920, height: 1080 } };
export const screen = {
  getPrimaryDisplay: vi.fn(() => display),
  getAllDisplays: vi.fn(() => [display]),
};

class FakeApp extends EventEmitter {
  isPackaged = false;
  paths: Record<string, string> = { userData: '/tmp/newsline-mock-user-data' };
  appPath = '/tmp/newsline-mock-app';
  requestSingleInstanceLock = vi.fn(() => true);
  quit = vi.fn();
  exit = vi.fn();
  enableSandbox = vi.fn();
  whenReady = vi.fn(async () => undefined);
  isReady = vi.fn(() => true);
  getAppPath = vi.fn(() => this.appPath);
  getPath = vi.fn((name: string) => this.paths[name] ?? `/tmp/newsline-mock-${name}`);
  setPath = vi.fn((name: string, value: string) => {
    this.paths[name] = value;
  });
  getVersion = vi.fn(() => '0.0.0-test');
  setAboutPanelOptions = vi.fn();
  showAboutPanel = vi.fn();
}
export const app = new FakeApp();

export const ipcMain = { handle: vi.fn(), removeHandler: vi.fn() };
export const ipcRenderer = {
  invoke: vi.fn(async (..._args: unknown[]) => undefined as unknown),
  on: vi.fn(),
  removeListener: vi.fn(),
};
export const contextBridge = { exposeInMainWorld: vi.fn() };
export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
export const shell = { openExternal: vi.fn(async (_url: string) => undefined) };
export const dialog = { showErrorBox: vi.fn((_title: string, _content: string) => undefined) };
export const Menu = {
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
  setApplicationMenu: vi.fn(),
};

/** A fake session with the permission hooks the app sets. */
export const session = {
  defaultSession: {
    protocol: { handle: vi.fn() },
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
  },
};

/** Forgets every recorded call and window. */
export function resetElectronMock(): void {
  vi.clearAllMocks();
  BrowserWindow.instances = [];
  app.removeAllListeners();
  app.isPackaged = false;
  app.paths = { userData: '/tmp/newsline-mock-user-data' };
  app.requestSingleInstanceLock.mockImplementation(() => true);
}

export default {
  app,
  BrowserWindow,
  contextBridge,
  dialog,
  ipcMain,
  ipcRenderer,
  Menu,
  protocol,
  screen,
  session,
  shell,
};
