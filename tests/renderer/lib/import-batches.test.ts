import { describe, expect, it } from 'vitest';
import { importBatches, sortOutFiles } from '../../../renderer/src/lib/import-batches';

const MB = 1024 * 1024;

describe('choosing files to import', () => {
  it('refuses a file too large or of another kind by name, and keeps the others in order', () => {
    const { accepted, refused } = sortOutFiles([
      { name: 'one.md', size: 2_000 },
      { name: 'huge.txt', size: 12.5 * MB },
      { name: 'photo.png', size: 100 },
      { name: 'two.TXT', size: 10 * MB },
    ]);
    expect(accepted.map((f) => f.name)).toEqual(['one.md', 'two.TXT']);
    expect(refused).toEqual([
      { file: 'huge.txt', message: 'Too large (12.5 MB); the limit is 10 MB per file.' },
      { file: 'photo.png', message: 'Only .txt and .md files can be opened as articles.' },
    ]);
  });

  it('sends the files in order, in batches that each fit one request', () => {
    const file = (name: string, kb: number) => ({ name, content: 'x'.repeat(kb * 1024), lastModified: 0 });
    const files = ['a', 'b', 'c', 'd', 'e'].map((n) => file(n, 300));
    const bySize = importBatches(files, 700 * 1024, 500);
    expect(bySize.map((b) => b.map((f) => f.name))).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    const byCount = importBatches(files, 40 * MB, 2);
    expect(byCount.map((b) => b.length)).toEqual([2, 2, 1]);
    // a file alone larger than a batch still goes, on its own
    expect(importBatches([file('big', 900)], 700 * 1024, 500)).toHaveLength(1);
    expect(importBatches([])).toEqual([]);
  });
});
