/**
 * The page's only link to the main side. In Electron the preload exposes `window.newsline`;
 * in the loopback preview the same operations go over HTTP to the preview server, which calls
 * the same services. Nothing else in the renderer knows which one is in use.
 */
import type { NewslineApi, RequestName } from '../../../electron/shared/contract';
import { captureElementPng } from './capture';

declare global {
  interface Window {
    newsline?: NewslineApi;
  }
}

/** The preview server's answer to every request. */
type WireAnswer = { ok: true; result: unknown } | { ok: false; error: string };

/** One line for the user from anything thrown by a request. */
export function errorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  // Electron prefixes errors thrown in handlers; the user needs only the reason.
  return text.replace(/^Error invoking remote method '[^']*': (?:Error: )?/, '').split('\n')[0] ?? text;
}

/** A client of the preview server's wire protocol: `POST /api/<name>` with the per-run token. */
export function createPreviewApi(token: string, base = ''): NewslineApi {
  const call = async (name: RequestName, args: unknown[]): Promise<unknown> => {
    const response = await fetch(`${base}/api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-newsline-token': token },
      body: JSON.stringify({ args }),
    });
    let answer: WireAnswer;
    try {
      answer = (await response.json()) as WireAnswer;
    } catch {
      throw new Error(`The preview server answered ${response.status} ${response.statusText}`.trim());
    }
    if (!answer.ok) throw new Error(answer.error);
    return answer.result;
  };
  return {
    getSnapshot: () => call('getSnapshot', []) as ReturnType<NewslineApi['getSnapshot']>,
    getArticleText: (id) => call('getArticleText', [id]) as ReturnType<NewslineApi['getArticleText']>,
    inspectImport: (files) => call('inspectImport', [files]) as ReturnType<NewslineApi['inspectImport']>,
    importArticles: (files) => call('importArticles', [files]) as ReturnType<NewslineApi['importArticles']>,
    getImportProgress: () => call('getImportProgress', []) as ReturnType<NewslineApi['getImportProgress']>,
    getViewState: () => call('getViewState', []) as ReturnType<NewslineApi['getViewState']>,
    saveViewState: async (state) => {
      await call('saveViewState', [state]);
    },
    editEvent: (id, patch) => call('editEvent', [id, patch]) as ReturnType<NewslineApi['editEvent']>,
    hideEvent: (id, hidden) => call('hideEvent', [id, hidden]) as ReturnType<NewslineApi['hideEvent']>,
    revertEvent: (id) => call('revertEvent', [id]) as ReturnType<NewslineApi['revertEvent']>,
    addEvent: (input) => call('addEvent', [input]) as ReturnType<NewslineApi['addEvent']>,
    mergeEvents: (ids) => call('mergeEvents', [ids]) as ReturnType<NewslineApi['mergeEvents']>,
    splitEvent: (id, indexes) => call('splitEvent', [id, indexes]) as ReturnType<NewslineApi['splitEvent']>,
    undo: () => call('undo', []) as ReturnType<NewslineApi['undo']>,
    redo: () => call('redo', []) as ReturnType<NewslineApi['redo']>,
    listViews: () => call('listViews', []) as ReturnType<NewslineApi['listViews']>,
    saveView: (name, state) => call('saveView', [name, state]) as ReturnType<NewslineApi['saveView']>,
    renameView: (id, name) => call('renameView', [id, name]) as ReturnType<NewslineApi['renameView']>,
    deleteView: (id) => call('deleteView', [id]) as ReturnType<NewslineApi['deleteView']>,
    exportEvents: (format, ids) =>
      call('exportEvents', [format, ids]) as ReturnType<NewslineApi['exportEvents']>,
    importEvents: (json) => call('importEvents', [json]) as ReturnType<NewslineApi['importEvents']>,
    // No window to capture here: the page draws the timeline itself, and the browser prints.
    capturePng: async () => {
      const pane = document.querySelector<HTMLElement>('.timeline-pane');
      if (!pane) throw new Error('There is no timeline to draw.');
      return captureElementPng(pane, `newsline-${new Date().toISOString().slice(0, 10)}.png`);
    },
    printPdf: () =>
      Promise.reject(
        new Error("Saving as PDF needs the desktop app; use the browser's Print (Ctrl+P) to save a PDF."),
      ),
    // The preview has no native menu.
    onMenuCommand: () => () => undefined,
  };
}

/** The API of this page: the preload bridge in Electron, else the preview server named by the URL's token. */
export function getApi(): NewslineApi {
  if (window.newsline) return window.newsline;
  const token = new URLSearchParams(window.location.search).get('token') ?? '';
  return createPreviewApi(token);
}
