import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  ImportFile,
  ImportInspection,
  ImportProgress,
  PageSnapshot,
} from '../../../electron/shared/contract';
import type { Problem } from '../../../electron/shared/model';
import { importBatches, sortOutFiles, textOfBytes } from '../lib/import-batches';
import { summarizeImport, type ImportSummary } from '../lib/import-summary';
import type { Dispatcher } from '../state/dispatcher';

/** Where an import stands. */
export type ImportState =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'dates'; files: ImportFile[]; inspections: ImportInspection[]; failed: Problem[] }
  | { step: 'importing'; progress: ImportProgress | null }
  | { step: 'done'; imported: number; failed: Problem[]; summary?: ImportSummary };

const POLL_MS = 200;

/** Reads files the user chose or dropped, as text, in the page: each alone, those that fail named with why. */
async function readFiles(files: readonly File[]): Promise<{ read: ImportFile[]; failed: Problem[] }> {
  const read: ImportFile[] = [];
  const failed: Problem[] = [];
  const results = await Promise.all(
    files.map(async (f) => {
      try {
        return textOfBytes(await f.arrayBuffer());
      } catch (error) {
        return {
          refusal: `Could not read the file: ${error instanceof Error ? error.message : String(error)}`,
        };
      }
    }),
  );
  results.forEach((r, i) => {
    const f = files[i] as File;
    if ('refusal' in r) failed.push({ file: f.name, message: r.refusal });
    else read.push({ name: f.name, content: r.text, lastModified: f.lastModified });
  });
  return { read, failed };
}

/** What the page does with an import's outcome beyond showing its snapshot. */
export interface ImportFollow {
  /** Ids of the events shown before the import (to count the new ones). */
  eventIds(): ReadonlySet<string>;
  /** The import is done: its events, for the view to go to. */
  onImported(summary: ImportSummary): void;
}

/**
 * The import of articles: read the files, inspect them, ask for missing publication dates,
 * import while polling the progress, then report what came (articles, new events, their dates)
 * and what failed. The new snapshot replaces the old.
 */
export function useImport(dispatcher: Dispatcher, follow?: ImportFollow) {
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
      const known = follow?.eventIds() ?? new Set<string>();
      const articleIds = new Set<string>();
      let last: PageSnapshot | null = null;
      try {
        for (const batch of importBatches(files)) {
          const result = await api.importArticles(batch);
          await dispatcher.show(result.snapshot);
          last = result.snapshot;
          imported += result.imported.length;
          for (const a of result.imported) articleIds.add(a.id);
          failed.push(...result.failed);
          before += batch.length;
        }
        stopPolling();
        const summary = last ? summarizeImport(known, last.events, articleIds) : undefined;
        setState({ step: 'done', imported, failed, ...(summary ? { summary } : {}) });
        if (summary && summary.eventIds.length > 0) follow?.onImported(summary);
      } catch (error) {
        stopPolling();
        // what was imported before the failure stays; the message says what went wrong
        setState(imported ? { step: 'done', imported, failed } : { step: 'idle' });
        dispatcher.fail('Import failed', error);
      }
    },
    [api, dispatcher, follow],
  );

  /** Starts an import of the chosen or dropped files. */
  const start = useCallback(
    async (chosen: readonly File[]) => {
      if (chosen.length === 0) return;
      setState({ step: 'reading' });
      try {
        // too large or not an article file: refused here, by name, without reading it
        const { accepted, refused } = sortOutFiles(chosen);
        const { read: files, failed: unread } = await readFiles(accepted);
        const inspections: ImportInspection[] = [];
        for (const batch of importBatches(files)) inspections.push(...(await api.inspectImport(batch)));
        const failed: Problem[] = [...refused, ...unread];
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
