import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, FakeWebContents, resetElectronMock, session } from '../mocks/electron';
import { denyAllPermissions, hardenWebContents } from '../../electron/main/hardening';
import { createMainWindow } from '../../electron/main/window';
import type { Session, WebContents } from 'electron';

vi.mock('electron', () => import('../mocks/electron'));

beforeEach(() => resetElectronMock());

describe('the window', () => {
  it('runs the page sandboxed and isolated, without Node, on app://', () => {
    createMainWindow({ preloadPath: '/app/dist/electron/preload.cjs', userDataDir: '/tmp/newsline-none' });
    expect(BrowserWindow.instances).toHaveLength(1);
    const window = BrowserWindow.instances[0]!;
    const prefs = window.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs.devTools).toBe(false);
    expect(window.loadURL).toHaveBeenCalledWith('app://newsline/index.html');
  });

  it('offers developer tools only when asked to (development builds)', () => {
    createMainWindow({ preloadPath: '/p.cjs', userDataDir: '/tmp/newsline-none', allowDevTools: true });
    expect((BrowserWindow.instances[0]!.options.webPreferences as { devTools: boolean }).devTools).toBe(true);
  });
});

describe('web contents hardening', () => {
  const harden = () => {
    const contents = new FakeWebContents();
    const openExternal = vi.fn();
    hardenWebContents(contents as unknown as WebContents, openExternal);
    return { contents, openExternal };
  };
  const navigationEvent = () => ({ preventDefault: vi.fn() });

  it('refuses every navigation and hands only web links to the browser', () => {
    const { contents, openExternal } = harden();
    for (const url of [
      'https://example.com/a',
      'file:///etc/passwd',
      'app://newsline/other.html',
      'javascript:alert(1)',
    ]) {
      const event = navigationEvent();
      contents.emit('will-navigate', event, url);
      expect(event.preventDefault, url).toHaveBeenCalled();
    }
    expect(openExternal.mock.calls).toEqual([['https://example.com/a']]);
  });

  it('refuses the navigation of any frame (will-frame-navigate), opening nothing', () => {
    const { contents, openExternal } = harden();
    for (const url of ['https://example.com/frame', 'app://newsline/index.html', 'about:blank']) {
      const event = navigationEvent();
      contents.emit('will-frame-navigate', Object.assign(event, { url, isMainFrame: false }));
      expect(event.preventDefault, url).toHaveBeenCalled();
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it.each([
    ['https://example.com/news', true],
    ['http://www.dagbladet.no/a?b=c#d', true],
    ['HTTPS://EXAMPLE.COM/', true],
    ['https://192.0.2.10/report', true],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['vbscript:msgbox', false],
    ['app://newsline/index.html', false],
    ['smb://attacker.example/share', false],
    ['ms-settings:privacy', false],
    ['mailto:someone@example.com', false],
    ['ftp://example.com/file', false],
    ['search-ms:query=x', false],
    ['https://user:pass@example.com/', false],
    ['https://user@example.com/', false],
    ['http://localhost:5173/?token=x', false],
    ['http://127.0.0.1:8080/api/importEvents', false],
    ['http://127.1.2.3/', false],
    ['http://[::1]:3000/', false],
    ['http://0.0.0.0/', false],
    ['http://app.localhost/', false],
    ['https://', false],
    ['not a url', false],
    ['', false],
  ])('openExternal allow-list: %j → %s', (url, allowed) => {
    const { contents, openExternal } = harden();
    expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    contents.emit('will-navigate', navigationEvent(), url);
    expect(openExternal.mock.calls.length, url).toBe(allowed ? 2 : 0);
  });

  it('refuses redirects and <webview>', () => {
    const { contents } = harden();
    const redirect = navigationEvent();
    contents.emit('will-redirect', redirect, 'https://example.com');
    const webview = navigationEvent();
    contents.emit('will-attach-webview', webview, {}, {});
    expect(redirect.preventDefault).toHaveBeenCalled();
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('denies window.open, opening http(s) links in the browser instead', () => {
    const { contents, openExternal } = harden();
    const handler = contents.windowOpenHandler!;
    expect(handler({ url: 'https://example.com/news' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'file:///home/me/secret.txt' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'app://newsline/index.html' })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://example.com/news']]);
  });

  it('denies every permission request and check', () => {
    denyAllPermissions(session.defaultSession as unknown as Session);
    const request = session.defaultSession.setPermissionRequestHandler.mock.calls[0]![0] as (
      ...args: unknown[]
    ) => void;
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read']) {
      const callback = vi.fn();
      request({}, permission, callback, {});
      expect(callback, permission).toHaveBeenCalledWith(false);
    }
    const check = session.defaultSession.setPermissionCheckHandler.mock.calls[0]![0] as (
      ...a: unknown[]
    ) => boolean;
    expect(check({}, 'media', 'app://newsline', {})).toBe(false);
    const device = session.defaultSession.setDevicePermissionHandler.mock.calls[0]![0] as (
      ...a: unknown[]
    ) => boolean;
    expect(device({})).toBe(false);
  });
});
