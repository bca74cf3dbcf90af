/**
 * Newsline's main process: one hardened window on app://newsline/, the services answering the
 * page over IPC, the application menu. Thin: the work is done in electron/services.
 */
import { app, dialog, ipcMain, Menu, protocol, session, shell, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { createNewslineService } from '../services/index';
import { prepareSnapshot } from '../shared/snapshot-text';
import { folderChoiceRequests } from './folder-choice';
import { createWorkerExtractionRunner, extractionThreads } from '../services/extraction-runner';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../shared/contract';
import { windowCaptureRequests } from './window-capture';
import { denyAllPermissions, hardenWebContents } from './hardening';
import { registerIpcHandlers } from './ipc';
import { buildMenuTemplate } from './menu';
import { registerAppProtocol, registerSchemePrivileges } from './protocol';
import { claimSingleInstance } from './single-instance';
import { createMainWindow } from './window';

let mainWindow: BrowserWindow | undefined;

/** Worker threads load from the unpacked copy of the archive (electron-builder's asarUnpack). */
const unpacked = (path: string): string => path.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');

/** Starts the app once Electron is ready: services, protocol, IPC, menu, window. */
async function start(): Promise<void> {
  const appRoot = app.getAppPath();
  const userDataDir = app.getPath('userData');
  const service = await createNewslineService({
    sampleDir: join(appRoot, 'assets', 'articles'),
    userDataDir,
    runExtraction: createWorkerExtractionRunner(unpacked(join(__dirname, 'extract-worker.cjs')), {
      threads: extractionThreads('app'),
    }),
    holder: 'the desktop app',
  });
  denyAllPermissions(session.defaultSession);
  registerAppProtocol(session.defaultSession.protocol, join(appRoot, 'dist', 'renderer'));
  // PNG and PDF need the window: main answers those two, the services everything else.
  registerIpcHandlers(ipcMain, {
    ...service,
    ...windowCaptureRequests(() => mainWindow?.webContents),
    ...folderChoiceRequests(dialog, () => mainWindow),
  });

  const sendCommand = (command: MenuCommand): void =>
    mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command);
  app.setAboutPanelOptions({
    applicationName: 'Newsline',
    applicationVersion: app.getVersion(),
    copyright: 'MIT License',
  });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        appName: 'Newsline',
        platform: process.platform,
        isPackaged: app.isPackaged,
        sendCommand,
        showAbout: () => app.showAboutPanel(),
      }),
    ),
  );
  openWindow(userDataDir, appRoot);
  // Pack the snapshot while the window loads its page, so that the page's first request is answered at once.
  setImmediate(() => void prepareSnapshot(service));
}

function openWindow(userDataDir: string, appRoot: string): void {
  mainWindow = createMainWindow({
    preloadPath: join(__dirname, 'preload.cjs'),
    userDataDir,
    iconPath: join(appRoot, 'assets', 'icon.png'),
    allowDevTools: !app.isPackaged,
  });
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
}

// Tests and portable use may point the app at another user-data folder (before the lock uses it).
if (process.env.NEWSLINE_USER_DATA) app.setPath('userData', process.env.NEWSLINE_USER_DATA);
registerSchemePrivileges(protocol);
app.enableSandbox();

if (claimSingleInstance(app, () => mainWindow)) {
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, (url) => shell.openExternal(url)),
  );
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (!mainWindow && app.isReady()) openWindow(app.getPath('userData'), app.getAppPath());
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('Newsline could not start:', error);
      // The library held by the preview server, say: the person needs to know why nothing opens.
      dialog.showErrorBox('Newsline could not start', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}
