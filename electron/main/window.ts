import { BrowserWindow, screen } from 'electron';
import { join } from 'node:path';
import { secureWebPreferences } from './hardening';
import { APP_START_URL } from './protocol';
import { readWindowState, windowBoundsFor, writeWindowState } from './window-state';

export interface MainWindowOptions {
  /** The bundled preload (dist/electron/preload.cjs). */
  preloadPath: string;
  userDataDir: string;
  /** Window icon (Linux, Windows). */
  iconPath?: string;
  /** Developer tools: in development only. */
  allowDevTools?: boolean;
}

/** Opens the explorer window at its remembered place and size; remembers them when it closes. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const statePath = join(options.userDataDir, 'window-state.json');
  const saved = readWindowState(statePath);
  const bounds = windowBoundsFor(
    saved,
    [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    ...bounds,
    minWidth: 640,
    minHeight: 420,
    title: 'Newsline',
    show: false,
    backgroundColor: '#ffffff',
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    webPreferences: secureWebPreferences(options.preloadPath, options.allowDevTools ?? false),
  });
  if (saved?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    const normal = window.getNormalBounds();
    writeWindowState(statePath, { ...normal, maximized: window.isMaximized() });
  });
  void window.loadURL(APP_START_URL);
  return window;
}
