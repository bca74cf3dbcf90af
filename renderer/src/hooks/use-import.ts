import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  ChosenFolder,
  ImportFile,
  ImportInspection,
  PageImportResult,
  PageSnapshot,
} from '../../../electron/shared/contract';
import type { ArticleInfo, Problem } from '../../../electron/shared/model';
import { refusalOf, sortOutByName, textOfBytes } from '../lib/import-batches';
import type { ImportProgressView } from '../lib/import-progress';
import { summarizeImport, type ImportSummary } from '../lib/import-summary';
import type { Dispatcher } from '../state/dispatcher';
import { createStore, type Store } from '../state/action-store';
import { feedImport, type ImportFeed } from '../state/import-feed';
import { runImportJob } from '../state/import-job';

/**
 * One import as the user started it, through every step (the files fit to import, then those
 * given a date): what it brought so far, against the library before it.
 */
export interface ImportRun {
  /** Ids of the events shown before the import (to count the new ones). */
  known: ReadonlySet<string>;
  /** Ids of the articles in the library before the import (to count the new ones). */
  articlesBefore: ReadonlySet<string>;
  imported: ArticleInfo[];
  /** Files refused before the import (not article files, unreadable, failing the check). */
  refused: Problem[];
  /** Files that failed in the import itself. */
  failed: Problem[];
  alreadyInLibrary: number;
  cancelled: boolean;
  /** The last snapshot landed, or null when none did. */
  snapshot: PageSnapshot | null;
  /** True once the view went to the import's first events. */
  followed: boolean;
}

/** Where an import stands. */
export type ImportState =
  | { step: 'idle' }
  | {
      step: 'dates';
      files: ImportFile[];
      inspections: ImportInspection[];
      failed: Problem[];
      /** The import so far (the files that gave their dates may be in already). */
      run: ImportRun;
    }
  /** Progress in a store of its own: its many changes redraw the panel, not the page. */
  | { step: 'working'; progress: Store<ImportProgressView> }
  | {
      step: 'done';
      /** Articles new to the library. */
      imported: number;
      failed: Problem[];
      summary?: ImportSummary;
      alreadyInLibrary: number;
      cancelled: boolean;
    };

/**
 * Files of the first batch: a small one, so its events are on screen at once; two, so that an
 * import of two files lands whole and the view goes to all of its events.
 */
const FIRST_BATCH = 2;
/** Files read at once in the page (the browser reads them one after another anyway). */
const READS_AHEAD = 4;
/** Files read between two reports of the reading (each redraws the panel). */
const READ_REPORT_EVERY = 16;

/** Reads one file the user chose or dropped, as text; or says why it cannot be imported. */
async function readOne(f: File): Promise<ImportFile | Problem> {
  try {
    // too large or empty: refused by name, without reading it
    const refusal = refusalOf(f);
    if (refusal) return { file: f.name, message: refusal };
    const r = textOfBytes(await f.arrayBuffer());
    if ('refusal' in r) return { file: f.name, message: r.refusal };
    return { name: f.name, content: r.text, lastModified: f.lastModified };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { file: f.name, message: `Could not read the file: ${reason}` };
  }
}

/** The files, read in order a few at a time (as long as they are asked for). */
async function* readInOrder(files: readonly File[]): AsyncGenerator<ImportFile | Problem> {
  const reads: Array<Promise<ImportFile | Problem> | undefined> = [];
  const startNext = () => {
    const f = files[reads.length];
    if (f) reads.push(readOne(f));
  };
  for (let i = 0; i < READS_AHEAD; i++) startNext();
  for (let i = 0; i < files.length; i++) {
    const read = reads[i] as Promise<ImportFile | Problem>;
    reads[i] = undefined;
    startNext();
    yield await read;
  }
}

/** Files already read (a folder read by the desktop app), as the feed takes them. */
async function* given(files: readonly ImportFile[]): AsyncGenerator<ImportFile> {
  yield* files;
}

/** What the page does with an import's outcome beyond showing its snapshot. */
export interface ImportFollow {
  /** Ids of the events shown before the import (to count the new ones). */
  eventIds(): ReadonlySet<string>;
  /** Ids of the articles in the library before the import (to count the new ones). */
  articleIds(): ReadonlySet<string>;
  /** Events an import brought (its first batch, then all): the view goes to them. */
  onImported(summary: ImportSummary): void;
}

const reading = (done: number, total: number, phase: 'reading' | 'checking'): ImportProgressView => ({
  phase,
  done,
  total,
  articles: 0,
  secondsLeft: null,
});

/**
 * The import of articles: the files are read and checked in order while the first of them are
 * already imported, in batches, the timeline filling in as each lands; the files that give no
 * publication date are asked about at the end (with what was imported so far kept); then the page
 * says what came (articles, new events, their dates, those already in the library) and what
 * failed. Cancel stops at any step and keeps what was finished.
 */
export function useImport(dispatcher: Dispatcher, follow?: ImportFollow) {
  const { api } = dispatcher;
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);
  const [progress] = useState(() => createStore<ImportProgressView>(reading(0, 0, 'reading')));
  /** Shows where the import stands (the panel alone redraws, once it is open). */
  const show = useCallback(
    (p: ImportProgressView) => {
      progress.dispatch(() => p);
      setState((s) => (s.step === 'working' ? s : { step: 'working', progress }));
    },
    [progress],
  );

  const begin = () => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    return controller.signal;
  };

  const newRun = useCallback(
    (refused: Problem[]): ImportRun => ({
      known: follow?.eventIds() ?? new Set<string>(),
      articlesBefore: follow?.articleIds() ?? new Set<string>(),
      imported: [],
      refused,
      failed: [],
      alreadyInLibrary: 0,
      cancelled: false,
      snapshot: null,
      followed: false,
    }),
    [follow],
  );

  /** Says what the import brought, and goes to its events. */
  const finish = useCallback(
    (run: ImportRun) => {
      const importedIds = new Set(run.imported.map((a) => a.id));
      const summary = run.snapshot ? summarizeImport(run.known, run.snapshot.events, importedIds) : undefined;
      setState({
        step: 'done',
        imported: [...importedIds].filter((id) => !run.articlesBefore.has(id)).length,
        failed: [...run.refused, ...run.failed],
        alreadyInLibrary: run.alreadyInLibrary,
        cancelled: run.cancelled,
        ...(summary ? { summary } : {}),
      });
      if (summary && summary.eventIds.length > 0 && !run.cancelled) follow?.onImported(summary);
    },
    [follow],
  );

  /** Imports the files of `source` into `run`, each batch shown as it lands. */
  const importInto = useCallback(
    async (
      run: ImportRun,
      source: readonly ImportFile[] | ImportFeed,
      signal: AbortSignal,
      onProgress: (p: ImportProgressView) => void,
    ) => {
      // The one place where a landed batch is shown: its snapshot replaces the page's.
      const land = (result: PageImportResult) => {
        // a batch stopped by Cancel before its first file changed nothing: no new snapshot to show
        if (result.cancelled && result.imported.length === 0 && result.failed.length === 0) return;
        void dispatcher.show(result.snapshot);
        if (run.followed || result.imported.length === 0) return;
        // the first events of the import: the view goes to them while the rest come
        const importedIds = new Set(result.imported.map((a) => a.id));
        const first = summarizeImport(run.known, result.snapshot.events, importedIds);
        if (first.eventIds.length === 0) return;
        run.followed = true;
        follow?.onImported(first);
      };
      const outcome = await runImportJob(api, source, {
        signal,
        onProgress,
        onLanded: land,
        first: FIRST_BATCH,
      });
      run.imported.push(...outcome.imported);
      run.failed.push(...outcome.failed);
      run.alreadyInLibrary += outcome.alreadyInLibrary;
      run.cancelled ||= outcome.cancelled;
      run.snapshot = outcome.snapshot ?? run.snapshot;
    },
    [api, dispatcher, follow],
  );

  /**
   * Reads, checks and imports the files of `read` (`total` of them), those refused already in
   * `refused`; asks for the dates missing at the end.
   */
  const stream = useCallback(
    async (
      read: AsyncIterable<ImportFile | Problem>,
      total: number,
      refused: Problem[],
      phase: 'reading' | 'checking',
    ) => {
      const signal = begin();
      const run = newRun([...refused]);
      let readCount = 0;
      let extracting: ImportProgressView | null = null;
      const showNow = () =>
        show(
          extracting
            ? {
                ...extracting,
                ...(readCount < total && !extracting.cancelling ? { read: { done: readCount, total } } : {}),
              }
            : reading(readCount, total, phase),
        );
      showNow();
      const { feed, checked } = feedImport({
        api,
        read,
        total,
        signal,
        first: FIRST_BATCH,
        onRead: (done) => {
          readCount = done;
          if (done % READ_REPORT_EVERY === 0 || done === total) showNow();
        },
      });
      try {
        await importInto(run, feed, signal, (p) => {
          extracting = p;
          showNow();
        });
        const { failed, held } = await checked;
        run.refused.push(...failed);
        if (held.length > 0 && !run.cancelled) {
          running.current = null;
          setState({
            step: 'dates',
            files: held.map((h) => h.file),
            inspections: held.map((h) => h.inspection),
            failed: [...run.refused, ...run.failed],
            run,
          });
        } else finish(run);
      } catch (error) {
        // what was imported before the failure stays; the message says what went wrong
        if (running.current?.signal === signal) running.current.abort();
        const unread = await checked.then(
          () => null,
          (why: unknown) => ({ why }),
        );
        setState({ step: 'idle' });
        if (unread) dispatcher.fail('Could not open the files', unread.why);
        else dispatcher.fail('Import failed', error);
      } finally {
        if (running.current?.signal === signal) running.current = null;
      }
    },
    [api, dispatcher, finish, importInto, newRun, show],
  );

  /** Starts an import of the chosen or dropped files. */
  const start = useCallback(
    async (chosen: readonly File[]) => {
      if (chosen.length === 0) return;
      // not an article file: refused here, by name (the size is judged as each file is read)
      const { accepted, refused } = sortOutByName(chosen);
      await stream(readInOrder(accepted), accepted.length, refused, 'reading');
    },
    [stream],
  );

  /** Continues after the dates dialog with one date (YYYY-MM-DD) per file that needs one. */
  const confirmDates = useCallback(
    async (dates: Record<string, string>) => {
      if (state.step !== 'dates') return;
      const { run } = state;
      const files = state.files.map((f, i) => ({
        ...f,
        published: dates[f.name] ?? state.inspections[i]?.suggestedDate,
      }));
      const signal = begin();
      try {
        await importInto(run, files, signal, show);
        finish(run);
      } catch (error) {
        setState({ step: 'idle' });
        dispatcher.fail('Import failed', error);
      } finally {
        if (running.current?.signal === signal) running.current = null;
      }
    },
    [state, importInto, finish, dispatcher, show],
  );

  /** Stops the import where it is: what was finished stays. */
  const cancel = useCallback(() => running.current?.abort(), []);
  /** Closes the outcome; or the dates dialog, saying what was imported before it (when anything was). */
  const dismiss = useCallback(() => {
    if (state.step === 'dates' && (state.run.imported.length > 0 || state.run.failed.length > 0))
      finish({ ...state.run, cancelled: true });
    else setState({ step: 'idle' });
  }, [state, finish]);

  /** Imports a folder read by the desktop app. */
  const startFolder = useCallback(
    (folder: ChosenFolder) =>
      void stream(given(folder.files), folder.files.length, folder.refused, 'checking'),
    [stream],
  );

  return { state, start, startFolder, confirmDates, cancel, dismiss };
}
