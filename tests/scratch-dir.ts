import { mkdtemp } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A fresh folder for tests that write many small files: in memory (/dev/shm) where the system has
 * it, so property tests of a thousand cases do not wait on the disk's flushes (what they check is
 * the logic; the kill test checks the flushes on a real disk).
 */
export const scratchDir = (prefix: string): Promise<string> =>
  mkdtemp(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), prefix));
