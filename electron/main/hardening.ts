import type { Session, WebContents, WebPreferences } from 'electron';

/**
 * The settings of every window: the page runs sandboxed and isolated, with no Node, the web's
 * security model and no experimental features. Only the preload talks to the main process.
 * Developer tools exist only in development (`allowDevTools`), never in the packaged app.
 */
export function secureWebPreferences(preloadPath: string, allowDevTools: boolean): WebPreferences {
  return {
    preload: preloadPath,
    devTools: allowDevTools,
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
    spellcheck: false,
    safeDialogs: true,
  };
}

/** True for links the OS browser may open: http and https only. */
export function isWebLink(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Applied to every web contents the app creates: no navigation away from the page, no new
 * windows (http/https links go to the user's browser instead), no <webview>.
 */
export function hardenWebContents(contents: WebContents, openExternal: (url: string) => unknown): void {
  const refuse = (event: { preventDefault(): void }, url: string): void => {
    event.preventDefault();
    if (isWebLink(url)) void openExternal(url);
  };
  contents.on('will-navigate', (event, url) => refuse(event, url));
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isWebLink(url)) void openExternal(url);
    return { action: 'deny' };
  });
}

/** Denies every permission (camera, notifications, clipboard read, …) asked or checked by a page. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
