import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportFile, ImportInspection, ImportProgress } from '../../../electron/shared/contract';
import type { Problem } from '../../../electron/shared/model';
import { importBatches, sortOutFiles } from '../lib/import-batches';
import type { Dispatcher } from '../state/dispatcher';

/** Where an import stands. */
export type ImportState =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'dates'; files: ImportFile[]; inspections: ImportInspection[]; failed: Problem[] }
  | { step: 'importing'; progress: ImportProgress | null }
  | { step: 'done'; imported: number; failed: Problem[] };

const POLL_MS = 200;

/** Reads files the user chose or dropped, as text, in the page. */
async function readFiles(files: readonly File[]): Promise<ImportFile[]> {
  return Promise.all(
    files.map(async (f) => ({ name: f.name, content: await f.text(), lastModified: f.lastModified })),
  );
}

/**
 * The import of articles: read the files, inspect them, ask for missing publication dates,
 * import while polling the progress, then report what failed. The new snapshot replaces the old.
 */
export function useImport(dispatcher: Dispatcher) {
  const { api } = dispatcher;
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const poll = useRef<number | null>(null);

  const stopPolling = () => {
    if (poll.current !== null) window.clearInterval(poll.current);
    poll.current = null;
  };
  useEffect(() => stopPolling, []);

  const runImport = useCallback(
    async (files: ImportFile[], earlier: Problem[]) => {
      if (files.length === 0) {
        setState({ step: 'done', imported: 0, failed: earlier });
        return;
      }
      setState({ step: 'importing', progress: { done: 0, total: files.length } });
      // batches that each fit one request; progress counts over all of them
      let before = 0;
      poll.current = window.setInterval(() => {
        api
          .getImportProgress()
          .then((progress) => {
            if (progress)
              setState((s) =>
                s.step === 'importing'
                  ? {
                      step: 'importing',
                      progress: { ...progress, done: before + progress.done, total: files.length },
                    }
                  : s,
              );
          })
          .catch(() => undefined);
      }, POLL_MS);
      let imported = 0;
      const failed = [...earlier];
      try {
        for (const batch of importBatches(files)) {
          const result = await api.importArticles(batch);
          dispatcher.show(result.snapshot);
          imported += result.imported.length;
          failed.push(...result.failed);
          before += batch.length;
        }
        stopPolling();
        setState({ step: 'done', imported, failed });
      } catch (error) {
        stopPolling();
        // what was imported before the failure stays; the message says what went wrong
        setState(imported ? { step: 'done', imported, failed } : { step: 'idle' });
        dispatcher.fail('Import failed', error);
      }
    },
    [api, dispatcher],
  );

  /** Starts an import of the chosen or dropped files. */
  const start = useCallback(
    async (chosen: readonly File[]) => {
      if (chosen.length === 0) return;
      setState({ step: 'reading' });
      try {
        // too large or not an article file: refused here, by name, without reading it
        const { accepted, refused } = sortOutFiles(chosen);
        const files = await readFiles(accepted);
        const inspections: ImportInspection[] = [];
        for (const batch of importBatches(files)) inspections.push(...(await api.inspectImport(batch)));
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
          setState({ step: 'dates', files: usable, inspections: usableInspections, failed });
        } else {
          await runImport(usable, failed);
        }
      } catch (error) {
        setState({ step: 'idle' });
        dispatcher.fail('Could not open the files', error);
      }
    },
    [api, runImport, dispatcher],
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
      await runImport(files, state.failed);
    },
    [state, runImport],
  );

  const dismiss = useCallback(() => setState({ step: 'idle' }), []);

  return { state, start, confirmDates, dismiss };
}
