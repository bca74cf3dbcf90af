/**
 * File names and sizes: one casing (kebab-case) for every source and test file, and no source
 * file in electron/ or renderer/ over 400 lines (the extractor, checked on its own terms, aside).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const MAX_LINES = 400;
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [relative(ROOT, path)];
  });
}

const tracked = ['electron', 'renderer', 'tests', 'scripts']
  .flatMap((dir) => filesUnder(join(ROOT, dir)))
  .filter((path) => /\.(ts|tsx|mts|mjs|css)$/.test(path) && !path.startsWith('tests/fixtures/'));

/** kebab-case: lower-case words joined by hyphens, then dotted suffixes (`.test.ts`, `.e2e.test.ts`, `.d.mts`). */
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+)+$/;

describe('files', () => {
  it('are named in kebab-case', () => {
    expect(KEBAB.test('timeline-view.tsx')).toBe(true);
    expect(KEBAB.test('TimelineView.tsx')).toBe(false);
    expect(KEBAB.test('densityClient.ts')).toBe(false);
    expect(tracked.length).toBeGreaterThan(100);
    expect(tracked.filter((path) => !KEBAB.test(basename(path)))).toEqual([]);
  });

  it(`of electron/ and renderer/ stay under ${MAX_LINES} lines`, () => {
    const long = tracked
      .filter((path) => /^(electron|renderer)\/.*\.tsx?$/.test(path) && !path.startsWith('electron/extract/'))
      .map((path) => ({
        path,
        lines: readFileSync(resolve(ROOT, path), 'utf8').trimEnd().split('\n').length,
      }))
      .filter(({ lines }) => lines > MAX_LINES);
    expect(long).toEqual([]);
  });
});
