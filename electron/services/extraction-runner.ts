import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { extractFile, type ArticleFileInput, type FileExtraction } from '../extract/index';

/** Extracts one file without holding up the caller's event loop for longer than that file takes. */
export type ExtractionRunner = (input: ArticleFileInput) => Promise<FileExtraction>;

/** Gives other work (IPC, HTTP requests, progress queries) a turn before continuing. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Runs the extractor in this thread, one file per turn of the event loop, so requests are answered
 * between files of a large import. An extractor that throws gives the file one problem.
 */
export const extractInThisThread: ExtractionRunner = async (input) => {
  await yieldToEventLoop();
  try {
    return extractFile(input);
  } catch (error) {
    return failedExtraction(input.file, error);
  }
};

/** The result for a file the extractor could not handle: no articles, one problem. */
export function failedExtraction(file: string, error: unknown): FileExtraction {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    articles: [],
    events: [],
    problems: [{ file, message: `Could not extract events: ${reason.split('\n')[0] ?? ''}` }],
  };
}

/** An extraction runner backed by a worker thread; `close` stops the thread. */
export type WorkerExtractionRunner = ExtractionRunner & { close(): Promise<void> };

/**
 * Runs the extractor in a worker thread (the bundled extract-worker.cjs at `scriptPath`), one file
 * at a time, so the main thread stays free during large imports. Where the worker script is missing
 * or the thread dies, files are extracted in this thread instead.
 */
export function createWorkerExtractionRunner(scriptPath: string): WorkerExtractionRunner {
  let worker: Worker | undefined;
  let broken = !existsSync(scriptPath);
  let nextId = 0;
  const pending = new Map<number, { input: ArticleFileInput; resolve(result: FileExtraction): void }>();

  const giveUp = (): void => {
    broken = true;
    worker = undefined;
    for (const [id, request] of pending) {
      pending.delete(id);
      void extractInThisThread(request.input).then(request.resolve);
    }
  };

  const start = (): Worker => {
    const thread = new Worker(scriptPath);
    thread.unref();
    thread.on('message', ({ id, result }: { id: number; result: FileExtraction }) => {
      pending.get(id)?.resolve(result);
      pending.delete(id);
    });
    thread.on('error', giveUp);
    thread.on('exit', () => {
      if (worker === thread) giveUp();
    });
    return thread;
  };

  const run: ExtractionRunner = (input) => {
    if (broken) return extractInThisThread(input);
    worker ??= start();
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, { input, resolve });
      worker?.postMessage({ id, input });
    });
  };

  return Object.assign(run, {
    async close() {
      const thread = worker;
      giveUp();
      await thread?.terminate();
    },
  });
}
