import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  ChosenFolder,
  ImportFile,
  ImportInspection,
  PageImportResult,
  NewslineApi,
} from '../../../electron/shared/contract';
import type { Problem } from '../../../electron/shared/model';
import { importBatches, sortOutFiles, textOfBytes } from '../lib/import-batches';
import type { ImportProgressView } from '../lib/import-progress';
import { summarizeImport, type ImportSummary } from '../lib/import-summary';
import type { Dispatcher } from '../state/dispatcher';
import { createStore, type Store } from '../state/action-store';
import { runImportJob } from '../state/import-job';

/** Where an import stands. */
export type ImportState =
  | { step: 'idle' }
  | { step: 'dates'; files: ImportFile[]; inspections: ImportInspection[]; failed: Problem[] }
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

/** Files read at once (each read in parallel), between two reports of progress. */
const READ_CHUNK = 256;

/** The error of work stopped by Cancel. */
class Cancelled extends Error {}

/**
 * Reads files the user chose or dropped, as text, in the page: each alone, those that fail named
 * with why; `onRead` hears how many are read so far.
 */
async function readFiles(
  files: readonly File[],
  signal: AbortSignal,
  onRead: (done: number) => void,
): Promise<{ read: ImportFile[]; failed: Problem[] }> {
  const read: ImportFile[] = [];
  const failed: Problem[] = [];
  for (let i = 0; i < files.length; i += READ_CHUNK) {
    if (signal.aborted) throw new Cancelled();
    const chunk = files.slice(i, i + READ_CHUNK);
    const results = await Promise.all(
      chunk.map(async (f) => {
        try {
          return textOfBytes(await f.arrayBuffer());
        } catch (error) {
          return {
            refusal: `Could not read the file: ${error instanceof Error ? error.message : String(error)}`,
          };
        }
      }),
    );
    results.forEach((r, j) => {
      const f = chunk[j] as File;
      if ('refusal' in r) failed.push({ file: f.name, message: r.refusal });
      else read.push({ name: f.name, content: r.text, lastModified: f.lastModified });
    });
    onRead(Math.min(files.length, i + READ_CHUNK));
  }
  return { read, failed };
}

/** Checks the files before import, in batches that fit a request; `onChecked` hears the count. */
async function inspectFiles(
  api: NewslineApi,
  files: readonly ImportFile[],
  signal: AbortSignal,
  onChecked: (done: number) => void,
): Promise<ImportInspection[]> {
  const inspections: ImportInspection[] = [];
  for (const batch of importBatches(files)) {
    if (signal.aborted) throw new Cancelled();
    inspections.push(...(await api.inspectImport(batch)));
    onChecked(inspections.length);
  }
  return inspections;
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

const reading = (
  done: number,
  total: number,
  phase: 'reading' | 'checking' = 'reading',
): ImportProgressView => ({
  phase,
  done,
  total,
  articles: 0,
  secondsLeft: null,
});

/**
 * The import of articles: read the files, check them, ask for missing publication dates, import
 * them in batches while the timeline fills in as each lands, then report what came (articles,
 * new events, their dates, those already in the library) and what failed. Cancel stops at any
 * step and keeps what was finished.
 */
export function useImport(dispatcher: Dispatcher, follow?: ImportFollow) {
  const { api } = dispatcher;
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);
  const [progress] = useState(() => createStore<ImportProgressView>(reading(0, 0)));
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

  const runImport = useCallback(
    async (files: ImportFile[], earlier: Problem[], signal: AbortSignal) => {
      const known = follow?.eventIds() ?? new Set<string>();
      const articlesBefore = follow?.articleIds() ?? new Set<string>();
      let followed = false;
      // The one place where a landed batch is shown: its snapshot replaces the page's.
      const land = (result: PageImportResult) => {
        // a batch stopped by Cancel before its first file changed nothing: no new snapshot to show
        if (result.cancelled && result.imported.length === 0 && result.failed.length === 0) return;
        dispatcher.show(result.snapshot);
        if (followed || result.imported.length === 0) return;
        // the first events of the import: the view goes to them while the rest come
        const first = summarizeImport(
          known,
          result.snapshot.events,
          new Set(result.imported.map((a) => a.id)),
        );
        if (first.eventIds.length === 0) return;
        followed = true;
        follow?.onImported(first);
      };
      try {
        const outcome = await runImportJob(api, files, {
          signal,
          onProgress: show,
          onLanded: land,
        });
        const importedIds = new Set(outcome.imported.map((a) => a.id));
        const summary = outcome.snapshot
          ? summarizeImport(known, outcome.snapshot.events, importedIds)
          : undefined;
        const added = [...importedIds].filter((id) => !articlesBefore.has(id)).length;
        setState({
          step: 'done',
          imported: added,
          failed: [...earlier, ...outcome.failed],
          alreadyInLibrary: outcome.alreadyInLibrary,
          cancelled: outcome.cancelled,
          ...(summary ? { summary } : {}),
        });
        if (summary && summary.eventIds.length > 0 && !outcome.cancelled) follow?.onImported(summary);
      } catch (error) {
        // what was imported before the failure stays; the message says what went wrong
        setState({ step: 'idle' });
        dispatcher.fail('Import failed', error);
      } finally {
        if (running.current?.signal === signal) running.current = null;
      }
    },
    [api, dispatcher, follow, show],
  );

  /** Starts an import of files already read (a folder read by the desktop app), `refused` listed. */
  const startRead = useCallback(
    async (files: ImportFile[], refused: Problem[] = []) => {
      const signal = begin();
      try {
        const total = files.length;
        show(reading(0, total, 'checking'));
        const inspections = await inspectFiles(api, files, signal, (done) =>
          show(reading(done, total, 'checking')),
        );
        const failed: Problem[] = [...refused];
        const usable: ImportFile[] = [];
        const usableInspections: ImportInspection[] = [];
        files.forEach((file, i) => {
          const inspection = inspections[i];
          if (!inspection) return;
          if (inspection.error) failed.push({ file: file.name, message: inspection.error });
          else {
            usable.push(file);
            usableInspections.push(inspection);
          }
        });
        if (usableInspections.some((x) => x.needsDate)) {
          running.current = null;
          setState({ step: 'dates', files: usable, inspections: usableInspections, failed });
        } else {
          await runImport(usable, failed, signal);
        }
      } catch (error) {
        if (error instanceof Cancelled) setState(cancelledBeforeImport(refused));
        else {
          setState({ step: 'idle' });
          dispatcher.fail('Could not open the files', error);
        }
      }
    },
    [api, runImport, dispatcher, show],
  );

  /** Starts an import of the chosen or dropped files. */
  const start = useCallback(
    async (chosen: readonly File[]) => {
      if (chosen.length === 0) return;
      const signal = begin();
      // too large or not an article file: refused here, by name, without reading it
      const { accepted, refused } = sortOutFiles(chosen);
      show(reading(0, accepted.length));
      try {
        const { read, failed } = await readFiles(accepted, signal, (done) =>
          show(reading(done, accepted.length)),
        );
        if (signal.aborted) throw new Cancelled();
        await startRead(read, [...refused, ...failed]);
      } catch (error) {
        if (error instanceof Cancelled) setState(cancelledBeforeImport(refused));
        else {
          setState({ step: 'idle' });
          dispatcher.fail('Could not open the files', error);
        }
      }
    },
    [startRead, dispatcher, show],
  );

  /** Continues after the dates dialog with one date (YYYY-MM-DD) per file that needs one. */
  const confirmDates = useCallback(
    async (dates: Record<string, string>) => {
      if (state.step !== 'dates') return;
      const files = state.files.map((f, i) =>
        state.inspections[i]?.needsDate
          ? { ...f, published: dates[f.name] ?? state.inspections[i]?.suggestedDate }
          : f,
      );
      await runImport(files, state.failed, begin());
    },
    [state, runImport],
  );

  /** Stops the import where it is: what was finished stays. */
  const cancel = useCallback(() => running.current?.abort(), []);
  const dismiss = useCallback(() => setState({ step: 'idle' }), []);

  /** Imports a folder read by the desktop app. */
  const startFolder = useCallback(
    (folder: ChosenFolder) => void startRead(folder.files, folder.refused),
    [startRead],
  );

  return { state, start, startFolder, confirmDates, cancel, dismiss };
}

const cancelledBeforeImport = (failed: Problem[]): ImportState => ({
  step: 'done',
  imported: 0,
  failed,
  alreadyInLibrary: 0,
  cancelled: true,
});
