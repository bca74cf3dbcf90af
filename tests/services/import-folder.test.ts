import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readImportFolder } from '../../electron/services/import-folder';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsline-import-folder-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a folder chosen for import', () => {
  it('reads its article files and web pages, subfolders included, in name order; the rest is said with why', async () => {
    await mkdir(join(dir, 'b-week'));
    await mkdir(join(dir, '.hidden'));
    await writeFile(join(dir, 'z.md'), 'Zeta article\n\nText.\n');
    await writeFile(join(dir, 'a.txt'), 'Alpha article\n\nText.\n');
    await writeFile(join(dir, 'photo.png'), 'not read');
    await writeFile(join(dir, 'b-week', 'a.md'), 'Same name, other folder\n');
    await writeFile(join(dir, 'b-week', 'page.html'), '<p>A page</p>');
    await writeFile(join(dir, 'b-week', 'latin1.txt'), Buffer.from([0x48, 0xe9, 0x6c]));
    await writeFile(join(dir, '.hidden', 'secret.md'), 'not taken\n');
    const { files, refused } = await readImportFolder(dir);
    expect(files.map((f) => [f.name, f.content])).toEqual([
      ['a.txt', 'Alpha article\n\nText.\n'],
      ['z.md', 'Zeta article\n\nText.\n'],
      ['a.md', 'Same name, other folder\n'],
      ['page.html', '<p>A page</p>'],
    ]);
    expect(files.every((f) => f.lastModified > 0)).toBe(true);
    expect(refused).toEqual([{ file: join('b-week', 'latin1.txt'), message: 'The file is not UTF-8 text.' }]);
  });
});
