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

/** The only schemes handed to the system (shell.openExternal): the web. */
export const EXTERNAL_PROTOCOLS: readonly string[] = ['https:', 'http:'];

/** Hosts never handed to the system browser: this machine (the preview server, local services). */
const LOCAL_HOST =
  /^(localhost|.*\.localhost|127(\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\]|\[::ffff:127(\.\d{1,3}){3}\]|\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\])$/i;

/**
 * The openExternal allow-list: a link the OS browser may open is an http(s) address of a host
 * on the network, without a user name or password in it. Everything else (file:, javascript:,
 * custom schemes that start other programs, this machine's own servers) is refused.
 */
export function isWebLink(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      EXTERNAL_PROTOCOLS.includes(parsed.protocol) &&
      parsed.hostname !== '' &&
      parsed.username === '' &&
      parsed.password === '' &&
      !LOCAL_HOST.test(parsed.hostname)
    );
  } catch {
    return false;
  }
}

/**
 * Applied to every web contents the app creates: no navigation away from the page, of the page
 * or of any frame in it (`will-frame-navigate`), no new windows (web links go to the user's
 * browser instead, see isWebLink), no <webview>.
 */
export function hardenWebContents(contents: WebContents, openExternal: (url: string) => unknown): void {
  const refuse = (event: { preventDefault(): void }, url: string): void => {
    event.preventDefault();
    if (isWebLink(url)) void openExternal(url);
  };
  contents.on('will-navigate', (event, url) => refuse(event, url));
  // Frames too (an iframe a page might be tricked into loading), without opening anything.
  contents.on('will-frame-navigate', (event) => event.preventDefault());
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
