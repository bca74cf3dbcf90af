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
import { MAX_IMPORT_FILES } from '../../../electron/shared/limits';
import { secondsLeft, type ImportProgressView } from '../lib/import-progress';
import { feedOf, type ImportFeed } from './import-feed';

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

/**
 * Imports the files of `source` (a list, or a feed still being filled) through `api` in growing
 * batches, landing each as it comes. Progress is told from the first batch sent.
 */
export async function runImportJob(
  api: NewslineApi,
  source: readonly ImportFile[] | ImportFeed,
  options: ImportJobOptions,
): Promise<ImportJobOutcome> {
  const importId = newImportId();
  const feed = 'take' in source ? source : feedOf(source);
  const cap = Math.min(options.cap ?? MAX_IMPORT_FILES, MAX_IMPORT_FILES);
  let size = Math.max(1, Math.min(options.first ?? 2, cap));
  const outcome: ImportJobOutcome = {
    imported: [],
    failed: [],
    alreadyInLibrary: 0,
    cancelled: false,
    snapshot: null,
  };
  const started = performance.now();
  /** Files of the batches landed, and of the batch being imported as it last said. */
  let landed = 0;
  let inFlight = 0;
  let sent = 0;
  let batchesLanded = 0;
  let stopped = false;
  const report = () => {
    if (sent === 0 && !options.signal.aborted) return;
    const total = Math.max(feed.expected(), sent);
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
  // The batch being imported is asked how far it is: one question at a time, so that questions
  // never pile up in front of a Cancel while the services are slow to answer.
  let polling = true;
  let timer = 0;
  const poll = () => {
    timer = window.setTimeout(() => {
      if (!polling) return;
      if (sent === 0) return poll();
      const asked = batchesLanded;
      api
        .getImportProgress()
        .then((p) => {
          // (an answer of a batch landed meanwhile says nothing of the next)
          if (p && polling && asked === batchesLanded) {
            inFlight = p.done;
            report();
          }
        })
        .catch(() => undefined)
        .finally(() => {
          if (polling) poll();
        });
    }, POLL_MS);
  };
  poll();
  /** Each batch's landing, in order: batch k is sent once batch k - 2 has landed. */
  const landings: Array<Promise<void>> = [];
  let landing: Promise<void> = Promise.resolve();
  try {
    for (let k = 0; !options.signal.aborted; k++) {
      // two batches at most in flight: the one being imported and the next, queued by the services
      if (k >= 2) await landings[k - 2];
      if (options.signal.aborted) break;
      const batch = await feed.take(size);
      if (options.signal.aborted || batch.length === 0) break;
      const answer = api.importArticles(batch, importId);
      // (a failure is the landing's to tell, once those before it landed)
      answer.catch(() => undefined);
      sent += batch.length;
      size = Math.min(cap, size * 2);
      landing = landing.then(async () => land(await answer, batch.length));
      landings.push(landing);
      landing.catch(() => undefined);
      report();
    }
    await landing;
  } finally {
    polling = false;
    window.clearTimeout(timer);
    options.signal.removeEventListener('abort', onAbort);
  }
  outcome.cancelled ||= options.signal.aborted;
  return outcome;

  function land(result: PageImportResult, batchSize: number) {
    outcome.imported.push(...result.imported);
    outcome.failed.push(...result.failed);
    outcome.alreadyInLibrary += result.alreadyInLibrary;
    outcome.cancelled ||= result.cancelled;
    outcome.snapshot = result.snapshot;
    if (!result.cancelled) landed += batchSize;
    inFlight = 0;
    batchesLanded++;
    options.onLanded(result);
    report();
  }
}
