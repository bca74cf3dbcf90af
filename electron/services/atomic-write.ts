import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { copyFile, link, mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Options of an atomic write. */
export interface AtomicWriteOptions {
  /** Keep the version being replaced as `<path>.bak` (the backup a damaged file is recovered from). */
  backup?: boolean;
}

/** Suffix of the backup kept beside a file written with `{ backup: true }`. */
export const BACKUP_SUFFIX = '.bak';

/**
 * Most bytes a temporary name adds to a file's name (`.bak` + `.<pid>.<12 hex>.tmp`, pids up to
 * ten digits): a name this much shorter than the system's limit can always be written.
 */
export const MAX_TEMP_SUFFIX_BYTES = 32;

const tempNameOf = (path: string): string => `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;

/** How a temporary file of this module is named: `<name>.<pid>.<12 hex>.tmp`. */
const TEMPORARY = /\.\d+\.[0-9a-f]{12}\.tmp$/;

/**
 * Removes the temporary files a killed writer left in `dir` (only those whose name starts with
 * `prefix`, when given). Call it at start, once nothing else writes there (the library lock).
 */
export async function removeStaleTemporaries(dir: string, prefix = ''): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((n) => n.startsWith(prefix) && TEMPORARY.test(n))
      .map((n) => rm(join(dir, n), { force: true })),
  );
}

/** Flushes a folder's entries (the rename) to disk; not possible on every platform, so best effort. */
async function syncFolder(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Windows cannot open a folder for syncing; the rename is still atomic there.
  } finally {
    await handle?.close();
  }
}

/** Writes and flushes `data` to a new file. */
async function writeSynced(path: string, data: string): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(data, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes `<path>.bak` a copy of the current `path` (hard link where possible), atomically. */
async function keepBackup(path: string): Promise<void> {
  const temp = tempNameOf(`${path}${BACKUP_SUFFIX}`);
  try {
    await link(path, temp);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return; // nothing to back up yet
    await copyFile(path, temp); // file systems without hard links
  }
  await rename(temp, `${path}${BACKUP_SUFFIX}`);
}

/**
 * Writes a file so that readers see either the old or the new content, never half of it: the
 * data goes to a temporary file in the same folder, is flushed to disk, and the temporary file is
 * renamed over the target (then the folder is flushed). With `backup`, the replaced version is
 * kept as `<path>.bak`. When this resolves the new content is on disk.
 */
export async function writeFileAtomic(
  path: string,
  data: string,
  options: AtomicWriteOptions = {},
): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = tempNameOf(path);
  try {
    await writeSynced(temp, data);
    if (options.backup) await keepBackup(path);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncFolder(dirname(path));
}

/**
 * writeFileAtomic for the few writes that must finish before the process goes on (a window's
 * place as it closes): the same temporary name, flush and rename, synchronously. No backup.
 */
export function writeFileAtomicSync(path: string, data: string): void {
  const temp = tempNameOf(path);
  try {
    const fd = openSync(temp, 'wx');
    try {
      writeSync(fd, data, null, 'utf8');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  try {
    const dir = openSync(dirname(path), 'r');
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
  } catch {
    // Windows cannot open a folder for syncing; the rename is still atomic there.
  }
}
