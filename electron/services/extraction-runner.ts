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
  /** Worker threads (default 1). Each takes the next file as it finishes one. */
  threads?: number;
  /** Node options of the threads (the command line runs TypeScript through a loader). */
  execArgv?: string[];
}

/**
 * Files a thread holds at once: the one it extracts and the next, so it never waits for a message
 * from this thread between two files. The rest wait here and go to whichever thread is free first,
 * so a thread slowed by other work on its core takes fewer files instead of holding up the end.
 */
const AHEAD_PER_THREAD = 2;

interface Request {
  input: ArticleFileInput;
  resolve(result: FileExtraction): void;
}

interface PoolThread {
  thread: Worker;
  /** Requests sent to the thread, by id, not yet answered. */
  sent: Map<number, Request>;
}

/**
 * Runs the extractor in a pool of worker threads (the bundled extract-worker.cjs at `scriptPath`),
 * so the main thread stays free and every core works during large imports. Files wait in one queue
 * and each thread takes the next as it finishes one. Where the worker script is missing or a thread
 * dies, files are extracted in this thread instead.
 */
export function createWorkerExtractionRunner(
  scriptPath: string,
  options: PoolOptions = {},
): WorkerExtractionRunner {
  const threads = Math.max(1, Math.floor(options.threads ?? 1));
  const workers: Array<PoolThread | undefined> = Array.from({ length: threads });
  const queue: Request[] = [];
  let queued = 0; // the first request of `queue` still waiting (taken ones are dropped in batches)
  let broken = !existsSync(scriptPath);
  let nextId = 0;

  const giveUp = (): void => {
    broken = true;
    const running = workers.splice(0, workers.length, ...Array.from({ length: threads }, () => undefined));
    const left = queue.splice(0, queue.length).slice(queued);
    queued = 0;
    for (const w of running) {
      if (!w) continue;
      void w.thread.terminate();
      left.unshift(...w.sent.values());
      w.sent.clear();
    }
    for (const request of left) void extractInThisThread(request.input).then(request.resolve);
  };

  const send = (worker: PoolThread, request: Request): void => {
    const id = nextId++;
    worker.sent.set(id, request);
    worker.thread.postMessage({ id, input: request.input });
  };

  /** Hands waiting files to threads with room, starting a thread where a slot is idle. */
  const dispatch = (): void => {
    for (let slot = 0; slot < threads && queued < queue.length; slot++) {
      const worker = workers[slot] ?? start(slot);
      while (worker.sent.size < AHEAD_PER_THREAD && queued < queue.length)
        send(worker, queue[queued++] as Request);
    }
    if (queued === queue.length) {
      queue.length = 0;
      queued = 0;
    }
  };

  const start = (slot: number): PoolThread => {
    const thread = new Worker(scriptPath, options.execArgv ? { execArgv: options.execArgv } : {});
    const worker: PoolThread = { thread, sent: new Map() };
    thread.unref();
    thread.on('message', ({ id, result }: { id: number; result: FileExtraction }) => {
      const request = worker.sent.get(id);
      if (!request) return;
      worker.sent.delete(id);
      if (!broken) dispatch();
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
    return new Promise((resolve) => {
      queue.push({ input, resolve });
      dispatch();
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
