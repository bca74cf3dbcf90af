// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import {
  ariaKeys,
  commandForKey,
  createCommands,
  keyLabel,
  keyOf,
  runMenuCommand,
  runShortcut,
  type CommandTarget,
} from '../../renderer/src/commands';

function target(history: { undo: string | null; redo: string | null } | undefined = undefined) {
  return {
    openArticles: vi.fn(),
    zoomIn: vi.fn(),
    zoomOut: vi.fn(),
    fitAll: vi.fn(),
    undo: vi.fn(),
    redo: vi.fn(),
    history: () => history,
    openExport: vi.fn(),
    checkDates: vi.fn(),
    keyDates: vi.fn(),
    focusTimeline: vi.fn(),
    importFolder: vi.fn(),
  } satisfies CommandTarget;
}

const key = (k: string, mods: Partial<KeyboardEventInit> = {}) =>
  new KeyboardEvent('keydown', { key: k, cancelable: true, ...mods });

describe('commands', () => {
  it('one per menu command, each with its label and keys', () => {
    const commands = createCommands(target());
    expect(Object.keys(commands).sort()).toEqual([
      'check-dates',
      'export',
      'fit-all',
      'focus-timeline',
      'import-folder',
      'key-dates',
      'open-articles',
      'redo',
      'undo',
      'zoom-in',
      'zoom-out',
    ]);
    expect(commands['zoom-in'].label).toBe('Zoom in');
    expect(commands['import-folder'].label).toBe('Import folder…');
    expect(commandForKey(commands, '+')?.id).toBe('zoom-in');
    expect(commandForKey(commands, '−')?.id).toBe('zoom-out');
    expect(commandForKey(commands, 'Home')?.id).toBe('fit-all');
    expect(commandForKey(commands, 'x')).toBeNull();
  });

  it('reads Ctrl and ⌘ alike, Shift before them', () => {
    expect(keyOf(key('z', { ctrlKey: true }))).toBe('Mod+Z');
    expect(keyOf(key('Z', { metaKey: true, shiftKey: true }))).toBe('Shift+Mod+Z');
    expect(keyOf(key('+', { shiftKey: true }))).toBe('+');
  });

  it('can undo and redo only what the history says', () => {
    expect(createCommands(target()).undo.enabled()).toBe(false);
    const commands = createCommands(target({ undo: 'Change title', redo: null }));
    expect(commands.undo.enabled()).toBe(true);
    expect(commands.redo.enabled()).toBe(false);
    expect(commands.export.enabled()).toBe(true);
  });

  it('runs Undo and Redo from Ctrl/⌘ keys outside text fields, once per press', () => {
    const t = target();
    const commands = createCommands(t);
    const undo = key('z', { ctrlKey: true });
    expect(runShortcut(commands, undo)).toBe(true);
    expect(undo.defaultPrevented).toBe(true);
    expect(runShortcut(commands, key('y', { metaKey: true }))).toBe(true);
    expect(runShortcut(commands, key('Z', { ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(runShortcut(commands, key('y', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(runShortcut(commands, key('z', { ctrlKey: true, altKey: true }))).toBe(false);
    expect(runShortcut(commands, key('+'))).toBe(false); // bare keys are the timeline's
    expect([t.undo.mock.calls.length, t.redo.mock.calls.length]).toEqual([1, 2]);
  });

  it('leaves Undo in a text field to the field, from the keys and from the menu', () => {
    const t = target();
    const commands = createCommands(t);
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    try {
      expect(runShortcut(commands, key('z', { ctrlKey: true }))).toBe(false);
      const exec = vi.fn(() => true);
      document.execCommand = exec;
      runMenuCommand(commands, 'undo');
      expect(exec).toHaveBeenCalledWith('undo');
      runMenuCommand(commands, 'zoom-in');
      expect(t.zoomIn).toHaveBeenCalledOnce();
      expect(t.undo).not.toHaveBeenCalled();
    } finally {
      input.remove();
    }
  });

  it('goes to the timeline with Ctrl/⌘+1 from anywhere, text fields included, and from the menu', () => {
    const t = target();
    const commands = createCommands(t);
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    try {
      const press = key('1', { ctrlKey: true });
      expect(runShortcut(commands, press)).toBe(true);
      expect(press.defaultPrevented).toBe(true);
      expect(runShortcut(commands, key('1', { metaKey: true }))).toBe(true);
      expect(runShortcut(commands, key('1'))).toBe(false);
    } finally {
      input.remove();
    }
    runMenuCommand(commands, 'focus-timeline');
    expect(t.focusTimeline).toHaveBeenCalledTimes(3);
  });

  it('names keys as people read them and as aria-keyshortcuts writes them', () => {
    expect(keyLabel('Mod+1', false)).toBe('Ctrl+1');
    expect(keyLabel('Mod+1', true)).toBe('⌘1');
    expect(keyLabel('Shift+Mod+Z', true)).toBe('⇧⌘Z');
    expect(keyLabel('Home', false)).toBe('Home');
    expect(ariaKeys('Mod+1', false)).toBe('Control+1');
    expect(ariaKeys('Mod+1', true)).toBe('Meta+1');
  });
});
