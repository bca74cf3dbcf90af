/**
 * No import loop among the app's modules, the extractor's (electron/extract/) included: type-only
 * imports count, since a loop of types is still a loop of ideas. (The extractor's stages share
 * their types through modules of their own, `mention` and `draft`, that import none of them.)
 * And the page's layers: a module of renderer/src imports only its own layer and those below.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const SOURCES = ['electron', 'renderer/src'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const files = SOURCES.flatMap((dir) => sourceFiles(join(ROOT, dir)));
const known = new Set(files);

/** The app's own modules a file imports (types included), as absolute paths. */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map((f) => f.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => {
      const base = resolve(dirname(file), name);
      return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((c) => known.has(c));
    })
    .filter((path): path is string => path !== undefined);
}

/** Groups of modules that import each other, round and round (Tarjan's strongly connected components). */
function importLoops(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const loops: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node)!, index.get(to)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1 || (graph.get(node) ?? []).includes(node)) loops.push(group);
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return loops;
}

/** The page's layers, top to bottom (see the README's map); state and timeline sit side by side. */
const LAYERS: [RegExp, number][] = [
  [/^renderer\/src\/[^/]+\.tsx$/, 0], // app.tsx, main.tsx, mount.tsx
  [/^renderer\/src\/components\//, 1],
  [/^renderer\/src\/hooks\//, 2],
  [/^renderer\/src\/commands\.ts$/, 3],
  [/^renderer\/src\/state\//, 4],
  [/^renderer\/src\/timeline\//, 4],
  [/^renderer\/src\/lib\//, 5],
];
const layerOf = (path: string): number | undefined => LAYERS.find(([pattern]) => pattern.test(path))?.[1];

describe('imports', () => {
  it('finds a loop where there is one', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(importLoops(graph).map((g) => g.sort())).toEqual([['a', 'b', 'c']]);
    expect(
      importLoops(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toEqual([]);
  });

  it('make no loop in electron/ (the extractor included) and renderer/, type-only imports included', () => {
    const graph = new Map(files.map((file) => [file, importsOf(file)]));
    const loops = importLoops(graph).map((group) => group.map((f) => relative(ROOT, f)).sort());
    expect(loops).toEqual([]);
  });

  it('of the page go down its layers, never up', () => {
    const upward = files.flatMap((file) => {
      const from = relative(ROOT, file);
      const rank = layerOf(from);
      if (rank === undefined) return [];
      return importsOf(file)
        .map((to) => relative(ROOT, to))
        .filter((to) => (layerOf(to) ?? Infinity) < rank)
        .map((to) => `${from} → ${to}`);
    });
    expect(layerOf('renderer/src/components/side-pane.tsx')).toBe(1);
    expect(upward).toEqual([]);
  });
});
