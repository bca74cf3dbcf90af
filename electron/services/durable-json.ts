import { readFile, rename } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { Problem } from '../shared/model';
import { BACKUP_SUFFIX, removeStaleTemporaries, writeFileAtomic } from './atomic-write';

/** What reading a JSON file kept with a backup gave. */
export interface DurableRead<T> {
  /** The value, or undefined when neither the file nor its backup exists or can be used. */
  value: T | undefined;
  /** Set when the file was damaged: what happened, in one line. */
  problem?: Problem;
}

type Validate<T> = (value: unknown) => T;

/** Removes temporary files a killed writer of `path` (or of its backup) left behind. */
const removeStaleTemporariesOf = (path: string): Promise<void> =>
  removeStaleTemporaries(dirname(path), `${basename(path)}.`);

const readJson = async <T>(path: string, validate: Validate<T>): Promise<T> =>
  (await readChecked(path, validate)).value;

/** Reads and checks a file, keeping its text (a backup is restored as it was written). */
const readChecked = async <T>(path: string, validate: Validate<T>): Promise<{ value: T; text: string }> => {
  const text = await readFile(path, 'utf8');
  return { value: validate(JSON.parse(text) as unknown), text };
};

/** What was wrong, in one line: "not valid JSON", or the first line of the error's message. */
export function reasonOf(error: unknown): string {
  if (error instanceof SyntaxError) return 'not valid JSON';
  // A schema error (zod) prints its issues as JSON: name the first one instead.
  const issue = (error as { issues?: { path?: unknown[]; message?: string }[] } | null)?.issues?.[0];
  if (issue)
    return `${issue.path?.length ? `${issue.path.join('.')}: ` : ''}${issue.message ?? 'unexpected value'}`;
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] || 'unexpected error';
}

const isMissing = (error: unknown): boolean => (error as NodeJS.ErrnoException).code === 'ENOENT';

/**
 * Reads a JSON file written by `writeJsonDurable` (call it at start, before writing: it removes
 * temporary files a killed writer left). A missing file gives `undefined`. A damaged
 * file (half-written, not JSON, or refused by `validate`) is moved aside to `<path>.damaged-<time>`
 * (so the next write cannot replace the good backup with it), the backup is used and written back
 * as the file, and a problem says so. The app can always start.
 */
export async function readJsonDurable<T>(path: string, validate: Validate<T>): Promise<DurableRead<T>> {
  const name = basename(path);
  await removeStaleTemporariesOf(path);
  try {
    return { value: await readJson(path, validate) };
  } catch (error) {
    if (isMissing(error)) {
      // A crash between the backup and the rename cannot leave this state, but a user can.
      try {
        const { value, text } = await readChecked(`${path}${BACKUP_SUFFIX}`, validate);
        await writeFileAtomic(path, text);
        return { value, problem: { file: name, message: `The file was missing; restored from its backup.` } };
      } catch {
        return { value: undefined };
      }
    }
    const reason = reasonOf(error);
    const aside = `${path}.damaged-${Date.now()}`;
    await rename(path, aside).catch(() => undefined);
    try {
      const { value, text } = await readChecked(`${path}${BACKUP_SUFFIX}`, validate);
      await writeFileAtomic(path, text);
      return {
        value,
        problem: {
          file: name,
          message: `The file was damaged (${reason}); recovered the previous version from its backup. The damaged copy is kept as ${basename(aside)}.`,
        },
      };
    } catch {
      return {
        value: undefined,
        problem: {
          file: name,
          message: `The file was damaged (${reason}) and its backup could not be used; starting empty. The damaged copy is kept as ${basename(aside)}.`,
        },
      };
    }
  }
}

/** Writes `value` as JSON atomically, flushed to disk, keeping the previous version as `<path>.bak`. */
export async function writeJsonDurable(path: string, value: unknown): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`, { backup: true });
}
