import { readdir, readFile, mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createWorkerExtractionRunner,
  extractInThisThread,
  extractionThreads,
  type WorkerExtractionRunner,
} from '../../electron/services/extraction-runner';
import type { ArticleFileInput } from '../../electron/extract/index';

const root = fileURLToPath(new URL('../..', import.meta.url));
let dir: string;
let workerScript: string;
let inputs: ArticleFileInput[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsline-worker-'));
  workerScript = join(dir, 'extract-worker.cjs');
  // The same bundle `npm run build` makes, written to a folder of this test's own.
  await build({
    absWorkingDir: root,
    entryPoints: ['electron/services/extract-worker.ts'],
    outfile: workerScript,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'silent',
  });
  const sampleDir = join(root, 'assets', 'articles');
  inputs = await Promise.all(
    (await readdir(sampleDir)).map(async (file) => ({
      file,
      origin: 'sample' as const,
      content: await readFile(join(sampleDir, file), 'utf8'),
    })),
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('extraction in a worker thread', () => {
  let runner: WorkerExtractionRunner;
  beforeAll(() => {
    runner = createWorkerExtractionRunner(workerScript);
  });
  afterAll(() => runner.close());

  it('gives the same results as extraction in the main thread', async () => {
    const inWorker = await Promise.all(inputs.map((input) => runner(input)));
    const here = await Promise.all(inputs.map((input) => extractInThisThread(input)));
    expect(inWorker).toEqual(here);
    expect(inWorker.some((result) => result.events.length > 0)).toBe(true);
  });

  it('turns a file the extractor rejects into one problem', async () => {
    const result = await runner({
      file: 'bad.md',
      origin: 'library',
      content: '---\npublished: soon\n---\nText',
    });
    expect(result.articles).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.file).toBe('bad.md');
  });
});

describe('extraction on a pool of worker threads', () => {
  it('shares the files among its threads and answers each file with its own result', async () => {
    const pool = createWorkerExtractionRunner(workerScript, { threads: 2 });
    try {
      expect(pool.threads).toBe(2);
      const many = [...inputs, ...inputs, ...inputs];
      const inPool = await Promise.all(many.map((input) => pool(input)));
      const here = await Promise.all(many.map((input) => extractInThisThread(input)));
      expect(inPool).toEqual(here);
    } finally {
      await pool.close();
    }
  });

  it('uses every core for a batch job and leaves one to the page in the app', () => {
    expect(extractionThreads('batch')).toBe(availableParallelism());
    expect(extractionThreads('app')).toBe(Math.max(1, availableParallelism() - 1));
  });
});

describe('without a worker script', () => {
  it('extracts in this thread instead', async () => {
    const runner = createWorkerExtractionRunner(join(dir, 'missing.cjs'));
    const input = inputs[0]!;
    expect(await runner(input)).toEqual(await extractInThisThread(input));
    await runner.close();
  });
});
