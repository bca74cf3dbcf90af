/**
 * One import of many files, driven from the page: the files go in batches that grow (the first
 * small, so its events are on screen at once), up to two requests in flight so the extraction
 * pool never waits for a snapshot; the batch in flight reports its progress when asked; each
 * answer lands as it comes. Cancel (the signal) stops sending, and asks the services to stop the
 * import by its id: the batch in flight ends after the file being saved, and what was finished
 * stays.
 */
import type {
  ImportFile,
  PageImportResult,
  NewslineApi,
  PageSnapshot,
} from '../../../electron/shared/contract';
import type { ArticleInfo, Problem } from '../../../electron/shared/model';
import { growingImportBatches } from '../lib/import-batches';
import { MAX_IMPORT_FILES } from '../../../electron/shared/limits';
import { secondsLeft, type ImportProgressView } from '../lib/import-progress';

/** How often the batch in flight is asked how far it is, in ms. */
const POLL_MS = 200;

export interface ImportJobOptions {
  signal: AbortSignal;
  /** Where the import stands, each time it moves. */
  onProgress(progress: ImportProgressView): void;
  /** A batch's answer, as it lands (in order). */
  onLanded(result: PageImportResult): void;
  /** Files of the first batch (later ones double up to `cap`). */
  first?: number;
  cap?: number;
}

export interface ImportJobOutcome {
  imported: ArticleInfo[];
  failed: Problem[];
  alreadyInLibrary: number;
  cancelled: boolean;
  /** The snapshot of the last batch landed, or null when none landed. */
  snapshot: PageSnapshot | null;
}

/** A name for an import, to cancel it by. */
const newImportId = (): string =>
  `import-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/** Imports `files` through `api` in growing batches, landing each as it comes. */
export async function runImportJob(
  api: NewslineApi,
  files: readonly ImportFile[],
  options: ImportJobOptions,
): Promise<ImportJobOutcome> {
  const importId = newImportId();
  const batches = growingImportBatches(files, options.first, options.cap ?? MAX_IMPORT_FILES);
  const outcome: ImportJobOutcome = {
    imported: [],
    failed: [],
    alreadyInLibrary: 0,
    cancelled: false,
    snapshot: null,
  };
  const total = files.length;
  const started = performance.now();
  /** Files of the batches landed, and of the batch in flight as it last said. */
  let landed = 0;
  let inFlight = 0;
  let stopped = false;
  const report = () => {
    const done = Math.min(total, landed + inFlight);
    options.onProgress({
      phase: 'extracting',
      done,
      total,
      articles: outcome.imported.length,
      secondsLeft: secondsLeft(done, total, performance.now() - started),
      ...(options.signal.aborted ? { cancelling: true } : {}),
      ...(stopped ? { stopped } : {}),
    });
  };
  const onAbort = () => {
    report();
    api
      .cancelImport(importId)
      .then(() => {
        stopped = true;
        report();
      })
      .catch(() => undefined);
  };
  options.signal.addEventListener('abort', onAbort, { once: true });
  const poll = window.setInterval(() => {
    api
      .getImportProgress()
      .then((p) => {
        if (p) {
          inFlight = p.done;
          report();
        }
      })
      .catch(() => undefined);
  }, POLL_MS);
  report();
  try {
    const send = (batch: ImportFile[]) => api.importArticles(batch, importId);
    let pending: Promise<PageImportResult> | null = null;
    let pendingSize = 0;
    for (let i = 0; i <= batches.length; i++) {
      const batch = batches[i];
      // the next batch is sent before the last answer lands: the services queue it
      const next = batch && !options.signal.aborted ? send(batch) : null;
      next?.catch(() => undefined);
      if (pending) {
        const result = await pending;
        land(result, pendingSize);
      }
      pending = next;
      pendingSize = batch?.length ?? 0;
      if (!next) break;
    }
    if (pending) land(await pending, pendingSize);
  } finally {
    window.clearInterval(poll);
    options.signal.removeEventListener('abort', onAbort);
  }
  outcome.cancelled ||= options.signal.aborted;
  return outcome;

  function land(result: PageImportResult, size: number) {
    outcome.imported.push(...result.imported);
    outcome.failed.push(...result.failed);
    outcome.alreadyInLibrary += result.alreadyInLibrary;
    outcome.cancelled ||= result.cancelled;
    outcome.snapshot = result.snapshot;
    if (!result.cancelled) landed += size;
    inFlight = 0;
    options.onLanded(result);
    report();
  }
}
