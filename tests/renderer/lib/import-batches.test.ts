import { describe, expect, it } from 'vitest';
import {
  growingImportBatches,
  importBatches,
  refusalOf,
  sortOutByName,
  sortOutFiles,
  textOfBytes,
} from '../../../renderer/src/lib/import-batches';

const MB = 1024 * 1024;

describe('choosing files to import', () => {
  it('sorts files out by name alone before reading, and judges the size of each as it is read', () => {
    const { accepted, refused } = sortOutByName([
      { name: 'one.md' },
      { name: 'photo.png' },
      { name: 'b.htm' },
    ]);
    expect(accepted.map((f) => f.name)).toEqual(['one.md', 'b.htm']);
    expect(refused.map((p) => p.file)).toEqual(['photo.png']);
    expect(refusalOf({ name: 'one.md', size: 2_000 })).toBeNull();
    expect(refusalOf({ name: 'huge.md', size: 12.5 * MB })).toBe(
      'Too large (12.5 MB); the limit is 10 MB per file.',
    );
    expect(refusalOf({ name: 'blank.md', size: 0 })).toBe('The file is empty.');
  });

  it('refuses a file too large or of another kind by name, and keeps the others in order', () => {
    const { accepted, refused } = sortOutFiles([
      { name: 'one.md', size: 2_000 },
      { name: 'huge.txt', size: 12.5 * MB },
      { name: 'photo.png', size: 100 },
      { name: 'two.TXT', size: 10 * MB },
      { name: 'page.html', size: 5_000 },
      { name: 'notes.markdown', size: 5_000 },
      { name: 'blank.md', size: 0 },
    ]);
    expect(accepted.map((f) => f.name)).toEqual(['one.md', 'two.TXT', 'page.html', 'notes.markdown']);
    expect(refused).toEqual([
      { file: 'huge.txt', message: 'Too large (12.5 MB); the limit is 10 MB per file.' },
      {
        file: 'photo.png',
        message: 'Not an article file: only .md, .markdown, .txt, .html, .htm files can be imported.',
      },
      { file: 'blank.md', message: 'The file is empty.' },
    ]);
  });

  it('reads UTF-8 text, and refuses bytes that are not (a picture named .md) instead of garbling them', () => {
    expect(textOfBytes(new TextEncoder().encode('Kofi Annan – “talks”'))).toEqual({
      text: 'Kofi Annan – “talks”',
    });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xd8]);
    expect(textOfBytes(png)).toEqual({
      refusal: 'Not a text file (its bytes are not UTF-8 text: a picture, a PDF or a binary file?).',
    });
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

describe('batches that grow', () => {
  const files = Array.from({ length: 1000 }, (_, i) => ({ name: `a${i}.md`, content: 'x', lastModified: 0 }));

  it('sends a few files first, then twice as many each time up to the cap, every file once in order', () => {
    const batches = growingImportBatches(files, 8, 256);
    expect(batches.map((b) => b.length)).toEqual([8, 16, 32, 64, 128, 256, 256, 240]);
    expect(batches.flat()).toEqual(files);
  });

  it('keeps each batch within the request limit', () => {
    const big = files.slice(0, 10).map((f) => ({ ...f, content: 'y'.repeat(1000) }));
    const batches = growingImportBatches(big, 8, 256, 2500);
    expect(batches.every((b) => b.length <= 2)).toBe(true);
    expect(batches.flat()).toEqual(big);
  });
});
