/**
 * One writer per library: a lock file in the user-data folder (`newsline.lock`) names the process
 * that has the library open, for the desktop app and the preview server alike (Electron's own
 * single-instance lock covers Electron only). A second opener is refused with a message saying who
 * holds it. A lock whose process is gone (killed, crashed, from before the machine restarted) is
 * stale and taken over.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { open, readFile, rename, rm, stat } from 'node:fs/promises';
import { hostname, uptime } from 'node:os';
import { join } from 'node:path';

/** Name of the lock file in the user-data folder. */
export const LOCK_FILE = 'newsline.lock';

/** Who holds a library, as written in its lock file. */
export interface LockOwner {
  pid: number;
  host: string;
  /** What holds it, in words ("the desktop app", "the preview server"). */
  app: string;
  /** ISO date-time the lock was taken. */
  since: string;
}

/** Thrown when another process has the library open. */
export class LibraryLockedError extends Error {
  override name = 'LibraryLockedError';
  constructor(
    message: string,
    readonly owner: LockOwner,
  ) {
    super(message);
  }
}

/** A lock file with no owner written for this long was left by a writer that died: stale. */
const UNREADABLE_STALE_MS = 10_000;

/** Locks this process holds, released when it exits (a killed process leaves a stale lock). */
const held = new Map<string, string>();
let exitHandler = false;
const releaseAll = (): void => {
  for (const [path, content] of held) {
    try {
      if (readFileSync(path, 'utf8') === content) unlinkSync(path);
    } catch {
      // Already gone.
    }
  }
  held.clear();
};

const parseOwner = (text: string): LockOwner | undefined => {
  try {
    const value = JSON.parse(text) as Partial<LockOwner>;
    if (typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.since === 'string')
      return { pid: value.pid, host: value.host, app: String(value.app ?? 'Newsline'), since: value.since };
  } catch {
    // Not a lock we wrote.
  }
  return undefined;
};

/** True when the process may still be running (on another machine we cannot tell: yes). */
function isAlive(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true;
  // Taken before this machine last started: whatever runs under that id now is not the owner.
  if (Date.parse(owner.since) < Date.now() - uptime() * 1000) return false;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, someone else's
  }
}

/** Creates the lock file if there is none; false when one exists. */
async function create(path: string, content: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  return true;
}

/**
 * Takes the lock of the library in `userDataDir` for this process (`app` says what it is, for
 * the message another opener gets). Resolves once held; throws LibraryLockedError when another
 * live process holds it. Taking it again in the same process is allowed.
 */
export async function acquireLibraryLock(userDataDir: string, app: string): Promise<void> {
  const path = join(userDataDir, LOCK_FILE);
  if (held.has(path)) return;
  const owner: LockOwner = { pid: process.pid, host: hostname(), app, since: new Date().toISOString() };
  const content = `${JSON.stringify(owner)}\n`;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    if (await create(path, content)) {
      held.set(path, content);
      if (!exitHandler) {
        exitHandler = true;
        process.on('exit', releaseAll);
      }
      return;
    }
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      continue; // removed meanwhile: try again
    }
    const current = parseOwner(text);
    if (current && current.pid === process.pid && current.host === owner.host) {
      held.set(path, text); // ours, from an earlier open in this process
      return;
    }
    if (current ? isAlive(current) : Date.now() - (await stat(path)).mtimeMs < UNREADABLE_STALE_MS) {
      const who = current ?? { pid: 0, host: owner.host, app: 'Newsline', since: 'just now' };
      throw new LibraryLockedError(
        `The library in ${userDataDir} is open in another Newsline window (${who.app}, process ${who.pid}${
          who.host === owner.host ? '' : ` on ${who.host}`
        }, since ${who.since}). Close it there first, so that neither overwrites the other's edits; or give this one a folder of its own with NEWSLINE_USER_DATA. If no Newsline runs, remove ${path}.`,
        who,
      );
    }
    // Stale: move it aside under a name of its own (so two openers cannot both remove a fresh
    // lock), check it is the one found stale, and try again.
    const aside = `${path}.stale-${randomBytes(4).toString('hex')}`;
    try {
      await rename(path, aside);
    } catch {
      continue;
    }
    if ((await readFile(aside, 'utf8').catch(() => text)) !== text) {
      // Another opener took it between our read and the move: put theirs back.
      await rename(aside, path).catch(() => undefined);
      continue;
    }
    await rm(aside, { force: true });
  }
  throw new Error(`Could not take the lock ${path}; another Newsline may be starting. Try again.`);
}

/** Releases the lock this process holds on `userDataDir`, if any (tests; normally at exit). */
export function releaseLibraryLock(userDataDir: string): void {
  const path = join(userDataDir, LOCK_FILE);
  const content = held.get(path);
  if (content === undefined) return;
  held.delete(path);
  try {
    if (readFileSync(path, 'utf8') === content) unlinkSync(path);
  } catch {
    // Already gone.
  }
}
