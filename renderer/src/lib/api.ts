/**
 * The page's only link to the main side. In Electron the preload exposes `window.newsline`;
 * in the loopback preview the same operations go over HTTP to the preview server, which calls
 * the same services. Nothing else in the renderer knows which one is in use.
 */
import {
  REQUEST_NAMES,
  type AnswerText,
  type BridgeApi,
  type NewslineApi,
  type PageRequests,
  type RequestName,
  type PageSnapshot,
  type StoryList,
  type ViewState,
} from '../../../electron/shared/contract';
import { decodeAnswer, reviveAnswer } from '../../../electron/shared/wire';
import { captureElementPng } from './element-png';

declare global {
  interface Window {
    newsline?: BridgeApi;
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

/** The requests of the contract, each turned into a call of `send`. */
function requestsVia(
  send: <K extends RequestName>(name: K, args: unknown[]) => Promise<unknown>,
): PageRequests {
  return Object.fromEntries(
    REQUEST_NAMES.map((name) => [name, (...args: unknown[]) => send(name, args)]),
  ) as unknown as PageRequests;
}

/**
 * A client of the preview server's wire protocol: `POST /api/<name>` with the per-run token.
 * `capturable` gives the part of the page a PNG shows (the browser has no window capture).
 */
export function createPreviewApi(
  token: string,
  base = '',
  capturable: () => HTMLElement | null = () => null,
): NewslineApi {
  const send = async <K extends RequestName>(name: K, args: unknown[]): Promise<unknown> => {
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
    return reviveAnswer(name, answer.result);
  };
  return {
    ...requestsVia(send),
    // No window to capture here: the page draws the sharing layout itself, and the browser prints.
    capturePng: async () => {
      const pane = capturable();
      if (!pane) throw new Error('There is no timeline to draw.');
      return captureElementPng(pane, `newsline-${new Date().toISOString().slice(0, 10)}.png`);
    },
    // The browser's Print dialog saves the PDF (its "Save as PDF"); the page is laid out for it.
    printPdf: () => {
      window.print();
      return Promise.resolve(null);
    },
    // The preview has no native menu.
    onMenuCommand: () => () => undefined,
    // nor a folder dialog: the page's folder chooser (and a drop of a folder) does it
    pageChoosesFolders: true,
  };
}

/** The API over the preload bridge: the same requests, their JSON answers decoded here. */
export function createBridgeApi(bridge: BridgeApi): NewslineApi {
  const send = async <K extends RequestName>(name: K, args: unknown[]): Promise<unknown> => {
    const method = bridge[name] as (...a: unknown[]) => Promise<AnswerText>;
    return decodeAnswer(name, await method(...args));
  };
  return { ...requestsVia(send), onMenuCommand: (listener) => bridge.onMenuCommand(listener) };
}

/**
 * The API of this page: the preload bridge in Electron, else the preview server named by the
 * URL's token (drawing `capturable` for a PNG).
 */
export function getApi(capturable?: () => HTMLElement | null): NewslineApi {
  if (window.newsline) return createBridgeApi(window.newsline);
  const token = new URLSearchParams(window.location.search).get('token') ?? '';
  return createPreviewApi(token, '', capturable);
}

/** What the explorer needs to open: the events, the view to restore and the stories. */
export interface InitialData {
  snapshot: PageSnapshot;
  view: ViewState;
  stories: StoryList;
}

/** Asks for the snapshot, the saved view and the stories together. */
export async function loadInitial(api: NewslineApi): Promise<InitialData> {
  const [snapshot, view, stories] = await Promise.all([
    api.getSnapshot(),
    api.getViewState(),
    api.listStories(),
  ]);
  performance.mark('newsline:loaded');
  return { snapshot, view, stories };
}
