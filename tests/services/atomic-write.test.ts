import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../electron/services/atomic-write';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsline-atomic-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('atomic write', () => {
  it('replaces the file and leaves no temporary file', async () => {
    const path = join(dir, 'state.json');
    await writeFileAtomic(path, 'old');
    await writeFileAtomic(path, 'new');
    expect(await readFile(path, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['state.json']);
  });

  it('creates missing folders', async () => {
    await writeFileAtomic(join(dir, 'a', 'b', 'c.txt'), 'x');
    expect(await readFile(join(dir, 'a', 'b', 'c.txt'), 'utf8')).toBe('x');
  });

  it('cleans up its temporary file when the final rename fails', async () => {
    const blocked = join(dir, 'blocked');
    await mkdir(join(blocked, 'inside'), { recursive: true });
    await expect(writeFileAtomic(blocked, 'data')).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual(['blocked']);
  });
});

describe('atomic write with a backup', () => {
  it('keeps the replaced version as .bak and nothing else', async () => {
    const path = join(dir, 'edits.json');
    await writeFileAtomic(path, 'first', { backup: true });
    expect((await readdir(dir)).sort()).toEqual(['edits.json']);
    await writeFileAtomic(path, 'second', { backup: true });
    await writeFileAtomic(path, 'third', { backup: true });
    expect(await readFile(path, 'utf8')).toBe('third');
    expect(await readFile(`${path}.bak`, 'utf8')).toBe('second');
    expect((await readdir(dir)).sort()).toEqual(['edits.json', 'edits.json.bak']);
  });
});
