import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { App, BrowserWindow as ElectronWindow } from 'electron';
import { app, BrowserWindow, resetElectronMock } from '../mocks/electron';
import { claimSingleInstance } from '../../electron/main/single-instance';

vi.mock('electron', () => import('../mocks/electron'));

beforeEach(() => resetElectronMock());

describe('single instance', () => {
  it('quits a second launch at once', () => {
    app.requestSingleInstanceLock.mockReturnValue(false);
    expect(claimSingleInstance(app as unknown as App, () => undefined)).toBe(false);
    expect(app.quit).toHaveBeenCalled();
  });

  it('brings the first window back to the front when the app is launched again', () => {
    const window = new BrowserWindow({});
    window.isMinimized.mockReturnValue(true);
    expect(claimSingleInstance(app as unknown as App, () => window as unknown as ElectronWindow)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    app.emit('second-instance', {}, ['newsline'], '/');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });
});
