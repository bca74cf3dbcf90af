import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/contract';

export interface MenuOptions {
  appName: string;
  platform: NodeJS.Platform;
  /** Developer tools are offered only when the app is not packaged. */
  isPackaged: boolean;
  /** Sends a command to the page (which owns the file dialog and the timeline). */
  sendCommand(command: MenuCommand): void;
  showAbout(): void;
}

/**
 * The application menu: File (Open Articles…, Export…, Quit), Edit (Undo/Redo of edits and text,
 * clipboard roles), View (timeline zoom, Check Dates, Reload), Help
 * (About), with the platform's roles and the macOS app menu.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const command = (
    label: string,
    accelerator: string,
    name: MenuCommand,
    registerAccelerator = true,
  ): MenuItemConstructorOptions => ({
    label,
    accelerator,
    ...(registerAccelerator ? {} : { registerAccelerator }),
    click: () => options.sendCommand(name),
  });
  const about: MenuItemConstructorOptions = {
    label: `About ${options.appName}`,
    click: () => options.showAbout(),
  };

  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({
      label: options.appName,
      submenu: [
        about,
        { type: 'separator' },
        { role: 'services' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  }
  template.push(
    {
      label: '&File',
      submenu: [
        command('Open Articles…', 'CmdOrCtrl+O', 'open-articles'),
        command('Import Folder…', 'Shift+CmdOrCtrl+O', 'import-folder'),
        command('Export…', 'CmdOrCtrl+E', 'export'),
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' },
      ],
    },
    {
      label: '&Edit',
      // Undo and Redo go to the page: in a text field it undoes the typing, elsewhere the last
      // edit of an event (roles would only ever undo text). Their keys are the page's own
      // (renderer/src/commands.ts): shown here, not registered, so a press arrives once.
      submenu: [
        command('Undo', 'CmdOrCtrl+Z', 'undo', false),
        command('Redo', 'Shift+CmdOrCtrl+Z', 'redo', false),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        command('Zoom In', 'CmdOrCtrl+=', 'zoom-in'),
        command('Zoom Out', 'CmdOrCtrl+-', 'zoom-out'),
        command('Fit All', 'CmdOrCtrl+0', 'fit-all'),
        command('Check Dates', 'Shift+CmdOrCtrl+D', 'check-dates', false),
        command('Key Dates', 'Shift+CmdOrCtrl+K', 'key-dates', false),
        // the page owns this key (it works from text fields too): shown here, not registered
        command('Go to Timeline', 'CmdOrCtrl+1', 'focus-timeline', false),
        { type: 'separator' },
        { role: 'reload' },
        ...(options.isPackaged ? [] : [{ role: 'toggleDevTools' } as const]),
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
  );
  if (mac) template.push({ role: 'windowMenu' });
  template.push({ label: '&Help', role: 'help', submenu: mac ? [] : [about] });
  return template;
}
