import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { CONTENT_TYPES } from '../shared/csp';

/** A file of the built page, ready to send. */
export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/**
 * Maps a URL path to a file inside `rootDir` (`/` is index.html). Returns undefined for anything
 * that would leave the folder (`..`, encoded separators, NUL) or is not a file there.
 */
export async function readStaticFile(rootDir: string, urlPath: string): Promise<StaticFile | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const root = resolve(rootDir);
  const path = resolve(root, relative);
  if (!path.startsWith(root + sep)) return undefined;
  try {
    if (!(await stat(path)).isFile()) return undefined;
    return {
      body: await readFile(path),
      contentType: CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
    };
  } catch {
    return undefined;
  }
}
