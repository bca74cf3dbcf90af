/**
 * Every command of the page in one place, as excalidraw keeps its actions: what it is called,
 * the keys that run it, what it does and when it can. The toolbar's buttons, the keyboard (outside
 * text fields, and on the timeline) and the native menu (through the bridge) all run these.
 */
import type { MenuCommand } from '../../electron/shared/contract';

export type CommandId = MenuCommand;

export interface Command {
  id: CommandId;
  label: string;
  /**
   * Keys that run it: `Mod+Z` (Ctrl, or ⌘ on macOS; with `Shift+` before it when Shift is held)
   * anywhere but in a text field, or a bare key (`+`) on the timeline.
   */
  keys: readonly string[];
  run(): void;
  enabled(): boolean;
  /** Its Ctrl/⌘ keys work in text fields too (they do nothing there otherwise). */
  inTextFields?: boolean;
}

export type Commands = Readonly<Record<CommandId, Command>>;

/** What the commands act on. */
export interface CommandTarget {
  openArticles(): void;
  /** Imports a folder of articles (subfolders included). */
  importFolder(): void;
  zoomIn(): void;
  zoomOut(): void;
  fitAll(): void;
  undo(): void;
  redo(): void;
  /** What undo and redo would do now (null: nothing). */
  history(): { undo: string | null; redo: string | null } | undefined;
  openExport(): void;
  /** Opens (or closes) the list of events whose dates are worth checking. */
  checkDates(): void;
  /** Opens (or closes) the days ranked by the salience of their events. */
  keyDates(): void;
  /** Moves the keyboard focus to the events: the timeline, or the list when it is shown. */
  focusTimeline(): void;
}

const always = () => true;

export function createCommands(t: CommandTarget): Commands {
  return {
    'open-articles': {
      id: 'open-articles',
      label: 'Open articles…',
      keys: [],
      run: t.openArticles,
      enabled: always,
    },
    'import-folder': {
      id: 'import-folder',
      label: 'Import folder…',
      keys: [],
      run: t.importFolder,
      enabled: always,
    },
    'zoom-in': { id: 'zoom-in', label: 'Zoom in', keys: ['+', '='], run: t.zoomIn, enabled: always },
    'zoom-out': { id: 'zoom-out', label: 'Zoom out', keys: ['-', '_', '−'], run: t.zoomOut, enabled: always },
    'fit-all': { id: 'fit-all', label: 'Fit all', keys: ['Home', '0'], run: t.fitAll, enabled: always },
    undo: { id: 'undo', label: 'Undo', keys: ['Mod+Z'], run: t.undo, enabled: () => !!t.history()?.undo },
    redo: {
      id: 'redo',
      label: 'Redo',
      keys: ['Shift+Mod+Z', 'Mod+Y'],
      run: t.redo,
      enabled: () => !!t.history()?.redo,
    },
    export: { id: 'export', label: 'Export…', keys: [], run: t.openExport, enabled: always },
    'check-dates': {
      id: 'check-dates',
      label: 'Check dates',
      keys: ['Shift+Mod+D'],
      run: t.checkDates,
      enabled: always,
    },
    'key-dates': {
      id: 'key-dates',
      label: 'Key dates',
      keys: ['Shift+Mod+K'],
      run: t.keyDates,
      enabled: always,
    },
    'focus-timeline': {
      id: 'focus-timeline',
      label: 'Go to timeline',
      keys: ['Mod+1'],
      run: t.focusTimeline,
      enabled: always,
      inTextFields: true,
    },
  };
}

/** The key of an event as `Command.keys` write it: `Shift+Mod+Z` with Ctrl or ⌘ held, else the bare key. */
export function keyOf(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey'>): string {
  if (!(e.ctrlKey || e.metaKey)) return e.key;
  return `${e.shiftKey ? 'Shift+' : ''}Mod+${e.key.toUpperCase()}`;
}

/** A key as `Command.keys` writes it, as people read it: `Ctrl+1`, or `⌘1` on macOS. */
export function keyLabel(key: string, mac: boolean): string {
  if (!key.includes('Mod+')) return key;
  return mac ? key.replace('Shift+', '⇧').replace('Mod+', '⌘') : key.replace('Mod+', 'Ctrl+');
}

/** The same key as `aria-keyshortcuts` writes it: `Control+1`, or `Meta+1` on macOS. */
export function ariaKeys(key: string, mac: boolean): string {
  return key.replace('Mod+', mac ? 'Meta+' : 'Control+');
}

/** True on macOS, where ⌘ stands for Ctrl. */
export const onMac = (): boolean => typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/** The command a key runs, if any. */
export function commandForKey(commands: Commands, key: string): Command | null {
  return Object.values(commands).find((c) => c.keys.includes(key)) ?? null;
}

/** True when the element edits text (inputs, text areas, content-editable). */
export function isTextField(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLTextAreaElement) return true;
  if (element instanceof HTMLInputElement)
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'range', 'color'].includes(
      element.type,
    );
  return element instanceof HTMLElement && element.isContentEditable;
}

/**
 * Runs a command of the native menu: Undo and Redo in a text field act on its text (the
 * browser's own command), as everywhere else; every other command as from the toolbar.
 */
export function runMenuCommand(commands: Commands, id: MenuCommand): void {
  if ((id === 'undo' || id === 'redo') && isTextField(document.activeElement)) {
    document.execCommand(id);
    return;
  }
  commands[id].run();
}

/**
 * Runs the command of a key pressed with Ctrl or ⌘ outside text fields (Undo, Redo; Go to timeline
 * in them too); returns true when one ran. The native menu does not register these keys, so each
 * press arrives once.
 */
export function runShortcut(commands: Commands, e: KeyboardEvent): boolean {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return false;
  const command = commandForKey(commands, keyOf(e));
  if (!command || (!command.inTextFields && isTextField(document.activeElement))) return false;
  e.preventDefault();
  command.run();
  return true;
}
