import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsline-electron-dist-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('finding the Electron binary without downloading it', () => {
  it('finds a binary in the folder ELECTRON_OVERRIDE_DIST_PATH names', async () => {
    const binary = join(dir, 'electron');
    await writeFile(binary, '#!/bin/sh\n');
    await chmod(binary, 0o755);
    expect(findElectronBinary({ ELECTRON_OVERRIDE_DIST_PATH: dir }, 'linux')).toBe(binary);
  });

  it('answers undefined when that folder has no binary', () => {
    expect(findElectronBinary({ ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'empty') }, 'linux')).toBeUndefined();
  });
});
