import { homedir } from 'node:os';
import { join } from 'node:path';

/** The app's name, which names its user-data folder (as Electron does from package.json's productName). */
export const APP_NAME = 'Newsline';

/**
 * The folder where Electron keeps Newsline's user data on this platform (app.getPath('userData')):
 * ~/.config/Newsline on Linux, ~/Library/Application Support/Newsline on macOS, %APPDATA%\Newsline
 * on Windows. NEWSLINE_USER_DATA overrides it (tests, portable use).
 */
export function defaultUserDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (env.NEWSLINE_USER_DATA) return env.NEWSLINE_USER_DATA;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME);
}
