import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
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

/** An extraction runner backed by worker threads; `close` stops them. */
export type WorkerExtractionRunner = ExtractionRunner & {
  /** How many worker threads share the files. */
  readonly threads: number;
  close(): Promise<void>;
};

/** How many threads to extract with: every core for a batch job, one fewer in the app. */
export function extractionThreads(purpose: 'batch' | 'app'): number {
  const cores = availableParallelism();
  return purpose === 'batch' ? cores : Math.max(1, cores - 1);
}

interface PoolOptions {
  /** Worker threads (default 1). Files go to the thread with the fewest waiting. */
  threads?: number;
  /** Node options of the threads (the command line runs TypeScript through a loader). */
  execArgv?: string[];
}

/**
 * Runs the extractor in a pool of worker threads (the bundled extract-worker.cjs at `scriptPath`),
 * so the main thread stays free and every core works during large imports. Where the worker
 * script is missing or a thread dies, files are extracted in this thread instead.
 */
export function createWorkerExtractionRunner(
  scriptPath: string,
  options: PoolOptions = {},
): WorkerExtractionRunner {
  const threads = Math.max(1, Math.floor(options.threads ?? 1));
  const workers: Array<{ thread: Worker; waiting: number } | undefined> = Array.from({ length: threads });
  let broken = !existsSync(scriptPath);
  let nextId = 0;
  const pending = new Map<number, { input: ArticleFileInput; resolve(result: FileExtraction): void }>();

  const giveUp = (): void => {
    broken = true;
    const running = workers.splice(0, workers.length, ...Array.from({ length: threads }, () => undefined));
    for (const w of running) void w?.thread.terminate();
    for (const [id, request] of pending) {
      pending.delete(id);
      void extractInThisThread(request.input).then(request.resolve);
    }
  };

  const start = (slot: number): { thread: Worker; waiting: number } => {
    const thread = new Worker(scriptPath, options.execArgv ? { execArgv: options.execArgv } : {});
    const worker = { thread, waiting: 0 };
    thread.unref();
    thread.on('message', ({ id, result }: { id: number; result: FileExtraction }) => {
      const request = pending.get(id);
      if (!request) return;
      pending.delete(id);
      worker.waiting--;
      request.resolve(result);
    });
    thread.on('error', () => {
      if (workers[slot] === worker) giveUp();
    });
    thread.on('exit', () => {
      if (workers[slot] === worker) giveUp();
    });
    workers[slot] = worker;
    return worker;
  };

  const run: ExtractionRunner = (input) => {
    if (broken) return extractInThisThread(input);
    // the thread with the fewest files waiting (an idle slot starts its thread)
    let slot = 0;
    for (let i = 1; i < threads; i++)
      if ((workers[i]?.waiting ?? 0) < (workers[slot]?.waiting ?? 0)) slot = i;
    const worker = workers[slot] ?? start(slot);
    const id = nextId++;
    worker.waiting++;
    return new Promise((resolve) => {
      pending.set(id, { input, resolve });
      worker.thread.postMessage({ id, input });
    });
  };

  return Object.assign(run, {
    threads,
    async close() {
      const running = workers.filter((w) => w !== undefined);
      giveUp();
      await Promise.all(running.map((w) => w.thread.terminate()));
    },
  });
}
