/**
 * The files of an import as they become ready to send: read and checked in order while the first
 * batches are already being imported, so the first events are on screen long before the last file
 * is read. A file refused by the check is listed with why; a file that gives no publication date
 * is held back, to be imported once the user has given one.
 */
import type { ImportFile, ImportInspection, NewslineApi } from '../../../electron/shared/contract';
import { MAX_REQUEST_BYTES } from '../../../electron/shared/limits';
import type { Problem } from '../../../electron/shared/model';
import { importBatches } from '../lib/import-batches';

/** Files read ahead of those sent, at the least. */
const MIN_READ_AHEAD = 8;
/** Most files checked by one request. */
const CHECK_CAP = 256;

/** Files ready to import, in order, as they come. */
export interface ImportFeed {
  /** Files that will come through the feed, as far as known now (those refused or held back taken off). */
  expected(): number;
  /**
   * The next `count` files in order (fewer to stay within `maxBytes`, or once every file has
   * come), waiting for them; none once all were taken. Fails when the reading or checking failed.
   */
  take(count: number, maxBytes?: number): Promise<ImportFile[]>;
  /** Files in the feed not taken yet. */
  queued(): number;
  /** Files the last `take` asked for (0 before the first). */
  lastAsked(): number;
  /** Calls `listener` at each `take`. */
  onTake(listener: () => void): void;
}

/** A feed, and the hands that fill it. */
export interface ImportFeedWriter extends ImportFeed {
  push(files: readonly ImportFile[]): void;
  /** `count` of the files counted at the start will not come (refused, or held back for a date). */
  drop(count: number): void;
  /** No more files will come. */
  close(): void;
  /** The files could not be read or checked: `take` fails with `error`. */
  fail(error: unknown): void;
}

/** An empty feed that expects `total` files. */
export function createImportFeed(total: number): ImportFeedWriter {
  const queue: ImportFile[] = [];
  let expected = total;
  let closed = false;
  let failure: { error: unknown } | null = null;
  let wake: (() => void) | null = null;
  let asked = 0;
  const listeners: Array<() => void> = [];
  const poke = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  return {
    expected: () => expected,
    queued: () => queue.length,
    lastAsked: () => asked,
    onTake: (listener) => listeners.push(listener),
    async take(count, maxBytes = MAX_REQUEST_BYTES) {
      const want = Math.max(1, count);
      asked = want;
      for (const listener of listeners) listener();
      while (!failure && !closed && queue.length < want)
        await new Promise<void>((resolve) => (wake = resolve));
      if (failure) throw failure.error;
      const [batch = []] = importBatches(queue.slice(0, want), maxBytes, want);
      queue.splice(0, batch.length);
      return batch;
    },
    push(files) {
      queue.push(...files);
      poke();
    },
    drop(count) {
      expected -= count;
    },
    close() {
      closed = true;
      poke();
    },
    fail(error) {
      failure = { error };
      poke();
    },
  };
}

/** A feed of files already at hand (all of them, closed). */
export function feedOf(files: readonly ImportFile[]): ImportFeed {
  const feed = createImportFeed(files.length);
  feed.push(files);
  feed.close();
  return feed;
}

/** A file held back until the user gives it a publication date. */
export interface HeldFile {
  file: ImportFile;
  inspection: ImportInspection;
}

/** What the check found once every file was read: files refused (with why) and files held back. */
export interface CheckedFiles {
  failed: Problem[];
  held: HeldFile[];
}

export interface FeedOptions {
  api: Pick<NewslineApi, 'inspectImport'>;
  /** The files in order, each read (a file to import) or why it could not be (a problem). */
  read: AsyncIterable<ImportFile | Problem>;
  /** How many `read` gives. */
  total: number;
  signal: AbortSignal;
  /** Hears how many files are read so far. */
  onRead(done: number): void;
  /** Files checked (and so sent) first, a small number: the first events come at once. */
  first?: number;
}

/**
 * Reads the files and checks them as they are read, in order, each check taking the files read
 * since the last one (within a request's limits), and puts those fit to import in the feed. Stops
 * on `signal`. The promise answers what was refused and held back once every file was checked.
 */
export function feedImport(options: FeedOptions): { feed: ImportFeed; checked: Promise<CheckedFiles> } {
  const { api, signal } = options;
  const feed = createImportFeed(options.total);
  const failed: Problem[] = [];
  const held: HeldFile[] = [];
  const read: ImportFile[] = [];
  let reading = true;
  let wake: (() => void) | null = null;
  const poke = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  // The reading stays a little ahead of the batches sent (twice the last asked for): it never
  // holds them up, and does not take the machine from the extraction of the first files.
  let wakeReader: (() => void) | null = null;
  feed.onTake(() => {
    const w = wakeReader;
    wakeReader = null;
    w?.();
  });
  signal.addEventListener('abort', () => wakeReader?.(), { once: true });
  const ahead = () => Math.max(MIN_READ_AHEAD, 2 * feed.lastAsked());
  const readAll = async () => {
    let done = 0;
    try {
      for await (const file of options.read) {
        if (signal.aborted) break;
        if ('message' in file) {
          failed.push(file);
          feed.drop(1);
        } else read.push(file);
        options.onRead(++done);
        poke();
        while (read.length + feed.queued() >= ahead() && !signal.aborted)
          await new Promise<void>((resolve) => (wakeReader = resolve));
      }
    } finally {
      reading = false;
      poke();
    }
  };
  const checkAll = async () => {
    let want = Math.max(1, options.first ?? 1);
    for (;;) {
      while (reading && read.length < want && !signal.aborted)
        await new Promise<void>((resolve) => (wake = resolve));
      if (signal.aborted || read.length === 0) return;
      want = 1;
      const [chunk = []] = importBatches(read.slice(0, CHECK_CAP));
      read.splice(0, chunk.length);
      const inspections = await api.inspectImport(chunk);
      const fit: ImportFile[] = [];
      chunk.forEach((file, i) => {
        const inspection = inspections[i];
        if (!inspection) return;
        if (inspection.error) failed.push({ file: file.name, message: inspection.error });
        else if (inspection.needsDate) held.push({ file, inspection });
        else fit.push(file);
      });
      feed.drop(chunk.length - fit.length);
      feed.push(fit);
    }
  };
  const reader = readAll();
  const checked = (async (): Promise<CheckedFiles> => {
    try {
      await Promise.all([reader, checkAll()]);
      feed.close();
      return { failed, held };
    } catch (error) {
      feed.fail(error);
      throw error;
    }
  })();
  // a failure is told by `checked` and by the feed's `take`, not as an unhandled rejection
  checked.catch(() => undefined);
  // the check waits for the reader: wake it when Cancel is pressed
  signal.addEventListener('abort', poke, { once: true });
  return { feed, checked };
}
