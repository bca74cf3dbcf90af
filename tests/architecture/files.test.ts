/**
 * File names and sizes: one casing (kebab-case) for every source and test file, and no source
 * file in electron/ or renderer/ over 400 lines, the extractor's included. Only the extractor's
 * rule tables (pure data lists: word lists, time-expression rules) may be longer; they are named
 * in RULE_TABLES.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const MAX_LINES = 400;
/** The extractor's rule tables: data lists, read as tables rather than as code, so not held to MAX_LINES. */
const RULE_TABLES = [
  'electron/extract/timex/rules-calendar.ts',
  'electron/extract/timex/rules-duration.ts',
  'electron/extract/timex/rules-relative.ts',
  'electron/extract/timex/vocabulary.ts',
];
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
      .filter((path) => /^(electron|renderer)\/.*\.tsx?$/.test(path) && !RULE_TABLES.includes(path))
      .map((path) => ({
        path,
        lines: readFileSync(resolve(ROOT, path), 'utf8').trimEnd().split('\n').length,
      }))
      .filter(({ lines }) => lines > MAX_LINES);
    expect(long).toEqual([]);
  });

  it('set aside as rule tables are all there', () => {
    expect(RULE_TABLES.filter((path) => !tracked.includes(path))).toEqual([]);
  });
});
