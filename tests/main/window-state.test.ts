import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, resetElectronMock } from '../mocks/electron';
import { createMainWindow } from '../../electron/main/window';
import { readWindowState, windowBoundsFor, writeWindowState } from '../../electron/main/window-state';

vi.mock('electron', () => import('../mocks/electron'));

const laptop = { x: 0, y: 0, width: 1440, height: 860 };
const rightMonitor = { x: 1440, y: 0, width: 2560, height: 1400 };

let dir: string;
beforeEach(async () => {
  resetElectronMock();
  dir = await mkdtemp(join(tmpdir(), 'newsline-window-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('window bounds', () => {
  it('reopens where the window was when that place is still on a screen', () => {
    const saved = { x: 1600, y: 100, width: 1200, height: 800, maximized: false };
    expect(windowBoundsFor(saved, [laptop, rightMonitor])).toEqual({
      x: 1600,
      y: 100,
      width: 1200,
      height: 800,
    });
  });

  it('centres the window on the primary screen when its screen is gone, and fits it there', () => {
    const saved = { x: 1600, y: 100, width: 2000, height: 1200, maximized: false };
    expect(windowBoundsFor(saved, [laptop])).toEqual({ x: 0, y: 0, width: 1440, height: 860 });
    expect(windowBoundsFor(undefined, [laptop])).toEqual({ x: 80, y: 20, width: 1280, height: 820 });
  });

  it('remembers size, place and maximised state across launches', () => {
    createMainWindow({ preloadPath: '/p.cjs', userDataDir: dir });
    const first = BrowserWindow.instances[0]!;
    first.getNormalBounds.mockReturnValue({ x: 200, y: 150, width: 1100, height: 700 });
    first.isMaximized.mockReturnValue(true);
    first.emit('close');
    expect(readWindowState(join(dir, 'window-state.json'))).toEqual({
      x: 200,
      y: 150,
      width: 1100,
      height: 700,
      maximized: true,
    });

    createMainWindow({ preloadPath: '/p.cjs', userDataDir: dir });
    const second = BrowserWindow.instances[1]!;
    expect(second.options).toMatchObject({ x: 200, y: 150, width: 1100, height: 700 });
    expect(second.maximize).toHaveBeenCalled();
  });

  it('ignores a damaged state file', async () => {
    await writeFile(join(dir, 'window-state.json'), '{"width": "wide"');
    expect(readWindowState(join(dir, 'window-state.json'))).toBeUndefined();
    createMainWindow({ preloadPath: '/p.cjs', userDataDir: dir });
    expect(BrowserWindow.instances[0]!.options).toMatchObject({ width: 1280, height: 820 });
  });

  it('saves through a temporary file of its own name, leaving only the state behind', async () => {
    const path = join(dir, 'window-state.json');
    // What a fixed temporary name would trip over: a leftover of that name that cannot be replaced.
    await mkdir(`${path}.tmp`);
    writeWindowState(path, { x: 10, y: 20, width: 900, height: 700, maximized: true });
    expect(readWindowState(path)).toEqual({ x: 10, y: 20, width: 900, height: 700, maximized: true });
    expect((await readdir(dir)).sort()).toEqual(['window-state.json', 'window-state.json.tmp']);
  });
});
