import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate, type MenuOptions } from '../../electron/main/menu';

const options = (extra: Partial<MenuOptions> = {}): MenuOptions => ({
  appName: 'Newsline',
  platform: 'linux',
  isPackaged: false,
  sendCommand: vi.fn(),
  showAbout: vi.fn(),
  ...extra,
});

const submenu = (template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] =>
  (template.find((item) => item.label?.replace('&', '') === label)
    ?.submenu as MenuItemConstructorOptions[]) ?? [];

const find = (items: MenuItemConstructorOptions[], label: string) =>
  items.find((item) => item.label === label);
const click = (item: MenuItemConstructorOptions | undefined) =>
  (item?.click as unknown as () => void | undefined)?.();

describe('application menu', () => {
  it('has File, Edit, View and Help in that order', () => {
    const labels = buildMenuTemplate(options()).map((item) => item.label?.replace('&', ''));
    expect(labels).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('opens articles with Ctrl/Cmd+O by asking the page, and quits', () => {
    const opts = options();
    const file = submenu(buildMenuTemplate(opts), 'File');
    const open = find(file, 'Open Articles…');
    expect(open?.accelerator).toBe('CmdOrCtrl+O');
    click(open);
    expect(opts.sendCommand).toHaveBeenCalledWith('open-articles');
    expect(file.some((item) => item.role === 'quit')).toBe(true);
  });

  it('zooms, fits and goes to the timeline from View, with Reload, and DevTools only when not packaged', () => {
    const opts = options();
    const view = submenu(buildMenuTemplate(opts), 'View');
    for (const [label, accelerator, command] of [
      ['Zoom In', 'CmdOrCtrl+=', 'zoom-in'],
      ['Zoom Out', 'CmdOrCtrl+-', 'zoom-out'],
      ['Fit All', 'CmdOrCtrl+0', 'fit-all'],
      ['Check Dates', 'Shift+CmdOrCtrl+D', 'check-dates'],
      ['Key Dates', 'Shift+CmdOrCtrl+K', 'key-dates'],
    ] as const) {
      const item = find(view, label);
      expect(item?.accelerator, label).toBe(accelerator);
      click(item);
      expect(opts.sendCommand).toHaveBeenLastCalledWith(command);
    }
    // Go to Timeline: the page owns its key (it works in text fields too), the menu shows it
    const go = find(view, 'Go to Timeline');
    expect(go?.accelerator).toBe('CmdOrCtrl+1');
    expect(go?.registerAccelerator).toBe(false);
    click(go);
    expect(opts.sendCommand).toHaveBeenLastCalledWith('focus-timeline');
    expect(view.some((item) => item.role === 'reload')).toBe(true);
    expect(view.some((item) => item.role === 'toggleDevTools')).toBe(true);
    const packaged = submenu(buildMenuTemplate(options({ isPackaged: true })), 'View');
    expect(packaged.some((item) => item.role === 'toggleDevTools')).toBe(false);
  });

  it('sends Undo and Redo to the page (edits, or the text being typed) and keeps the clipboard roles', () => {
    const opts = options();
    const edit = submenu(buildMenuTemplate(opts), 'Edit');
    for (const [label, accelerator, command] of [
      ['Undo', 'CmdOrCtrl+Z', 'undo'],
      ['Redo', 'Shift+CmdOrCtrl+Z', 'redo'],
    ] as const) {
      const item = find(edit, label);
      expect(item?.accelerator, label).toBe(accelerator);
      // The page owns these keys (renderer/src/commands.ts): the menu shows them only, so one
      // press is not seen twice.
      expect(item?.registerAccelerator, label).toBe(false);
      click(item);
      expect(opts.sendCommand).toHaveBeenLastCalledWith(command);
    }
    expect(edit.map((item) => item.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });

  it('asks the page to export from File → Export…', () => {
    const opts = options();
    const item = find(submenu(buildMenuTemplate(opts), 'File'), 'Export…');
    expect(item?.accelerator).toBe('CmdOrCtrl+E');
    click(item);
    expect(opts.sendCommand).toHaveBeenCalledWith('export');
  });

  it('shows About from Help, or from the app menu on macOS', () => {
    const opts = options();
    click(find(submenu(buildMenuTemplate(opts), 'Help'), 'About Newsline'));
    expect(opts.showAbout).toHaveBeenCalledTimes(1);

    const mac = buildMenuTemplate(options({ platform: 'darwin' }));
    expect(mac[0]?.label).toBe('Newsline');
    const appMenu = mac[0]?.submenu as MenuItemConstructorOptions[];
    expect(appMenu[0]?.label).toBe('About Newsline');
    expect(appMenu.some((item) => item.role === 'quit')).toBe(true);
    expect(mac.some((item) => item.role === 'windowMenu')).toBe(true);
  });
});
