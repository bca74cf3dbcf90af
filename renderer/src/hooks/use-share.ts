/**
 * Sharing the timeline: the PNG and the PDF show the sharing layout (the timeline with a title,
 * the dates shown, the filters in words and a legend; no search, chips, toolbar or side panes),
 * in the desktop app (capturePage, printToPDF) and in the preview (the page draws its PNG, the
 * browser prints) alike. The layout is the page's own, switched on by the `sharing` class
 * (styles/share.css) while a picture is taken or the page printed, Ctrl+P included.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { ExportedFile, ExportOptions, NewslineApi, PageEvent } from '../../../electron/shared/contract';
import { downloadFile } from '../lib/download';
import { filtersInWords, sameFilters } from '../lib/filters-in-words';
import { shareFileName, shareTitle } from '../lib/share-title';
import type { ExplorerState, ExplorerStore } from '../state/explorer';
import type { TimelineHandle } from '../timeline/controller-api';
import { loadFullEvents } from './use-full-events';

/** The layout being shared: a picture (the window's size) or a printed page (A4 landscape). */
export type ShareMode = 'picture' | 'print';

export interface ShareActions {
  mode: ShareMode | null;
  /** The title of what is shared (shareTitle: the view's, the story's, or "Newsline"). */
  title: string;
  /** Title and filters in words, for the TimelineJS story. */
  exportOptions(): ExportOptions;
  /** Lays out the sharing layout, saves it as PNG or PDF, and lays the page out as it was. */
  png(): Promise<void>;
  pdf(): Promise<void>;
}

/** The name of the saved view applied, while the filters are still the ones it saved. */
export function appliedViewName(state: Pick<ExplorerState, 'appliedView' | 'view'>): string | undefined {
  const applied = state.appliedView;
  return applied && sameFilters(applied.view, state.view) ? applied.name : undefined;
}

export function useShare(options: {
  api: NewslineApi;
  store: ExplorerStore;
  /** The events the printed sheet lists: their quotes are asked for before printing. */
  printedEvents?: () => readonly PageEvent[];
  timeline: RefObject<TimelineHandle | null>;
  /** The story's name (a library of its own), when there is one. */
  storyName?: string;
  save?(file: ExportedFile): void;
}): ShareActions {
  const { api, store, timeline, storyName, save = downloadFile } = options;
  const [mode, setMode] = useState<ShareMode | null>(null);
  const modeRef = useRef<ShareMode | null>(null);
  /** The page's own title, while the document bears the shared one (the PDF's name when printed). */
  const pageTitle = useRef<string | null>(null);
  const titleOf = useCallback(
    () => shareTitle({ viewName: appliedViewName(store.getState()), storyName }),
    [store, storyName],
  );

  /** Switches the layout at once (the browser may print right after) and names the document after it. */
  const switchTo = useCallback(
    (next: ShareMode | null) => {
      modeRef.current = next;
      flushSync(() => setMode(next));
      if (next) {
        pageTitle.current ??= document.title;
        document.title = titleOf();
      } else if (pageTitle.current !== null) {
        document.title = pageTitle.current;
        pageTitle.current = null;
      }
    },
    [titleOf],
  );

  /** Lays out the sharing layout, drawn, on a window that shows the first label whole; returns the undo. */
  const layOut = useCallback(
    async (next: ShareMode): Promise<() => void> => {
      const handle = timeline.current;
      const before = handle?.getWindow() ?? null;
      switchTo(next);
      await handle?.settled();
      const w = handle?.shareWindow();
      if (handle && w && before && w.start !== before.start) {
        handle.setWindow(w);
        await handle.settled();
      }
      return () => {
        switchTo(null);
        if (handle && before) handle.setWindow(before);
      };
    },
    [switchTo, timeline],
  );

  // Printed from the browser (Ctrl+P, its menu): the same layout, drawn before the page is printed.
  useEffect(() => {
    let byBrowser = false;
    const before = () => {
      if (modeRef.current === 'print') return;
      byBrowser = true;
      switchTo('print');
      timeline.current?.redrawNow();
    };
    const after = () => {
      if (!byBrowser) return;
      byBrowser = false;
      switchTo(null);
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [switchTo, timeline]);

  const share = useCallback(
    async (next: ShareMode, make: () => Promise<ExportedFile | null>, extension: string) => {
      const restore = await layOut(next);
      try {
        const file = await make();
        if (file) save({ ...file, fileName: shareFileName(titleOf(), extension) });
      } finally {
        restore();
      }
    },
    [layOut, save, titleOf],
  );

  return {
    mode,
    title: titleOf(),
    exportOptions: () => {
      const { view, snapshot } = store.getState();
      const articles = new Map(snapshot.articles.map((a) => [a.id, a]));
      const actors = snapshot.actors.map((a) => a.name);
      return { title: titleOf(), subtitle: filtersInWords(view, actors, articles) };
    },
    png: () => share('picture', () => api.capturePng(), 'png'),
    // The desktop app prints to a file; the preview hands the page to the browser's Print dialog.
    pdf: async () => {
      await loadFullEvents(api, options.printedEvents?.() ?? []).catch(() => undefined);
      return share('print', () => api.printPdf(), 'pdf');
    },
  };
}
