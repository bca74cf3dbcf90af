// Finds Electron's binary the way the `electron` package does, without ever starting its download
// (requiring `electron` from Node downloads the binary when it is missing).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const electronPackage = fileURLToPath(new URL('../node_modules/electron/', import.meta.url));

/** The binary's path inside Electron's dist folder, per platform. */
const PLATFORM_PATHS = {
  darwin: 'Electron.app/Contents/MacOS/Electron',
  win32: 'electron.exe',
};

/**
 * Path of the Electron binary to run, or undefined when it is not installed. Honours
 * ELECTRON_OVERRIDE_DIST_PATH as the `electron` package does.
 */
export function findElectronBinary(env = process.env, platform = process.platform) {
  const pathFile = join(electronPackage, 'path.txt');
  const relative = existsSync(pathFile)
    ? readFileSync(pathFile, 'utf8').trim()
    : (PLATFORM_PATHS[platform] ?? 'electron');
  const binary = env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(env.ELECTRON_OVERRIDE_DIST_PATH, relative)
    : existsSync(pathFile)
      ? join(electronPackage, 'dist', relative)
      : undefined;
  return binary && existsSync(binary) ? binary : undefined;
}
