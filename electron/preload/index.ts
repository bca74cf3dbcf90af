/**
 * The preload bridge: exposes `window.newsline`, one method per operation of the contract, and
 * nothing else (no ipcRenderer, no process, no Node objects). Bundled into one CommonJS file,
 * since a sandboxed preload cannot load modules.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  channelOf,
  MENU_COMMAND_CHANNEL,
  menuCommands,
  type MenuCommand,
  type RequestName,
} from '../shared/channels';
import type { BridgeApi, NewslineApi } from '../shared/contract';
import type { AnswerText } from '../shared/wire';

/** Sends one request; the answer is JSON text, which the page decodes (snapshots arrive packed). */
const invoke = <K extends RequestName>(name: K, ...args: Parameters<NewslineApi[K]>): Promise<AnswerText> =>
  ipcRenderer.invoke(channelOf(name), ...args) as Promise<AnswerText>;

/** The object the page sees as `window.newsline`. */
export const newslineApi: BridgeApi = {
  getSnapshot: () => invoke('getSnapshot'),
  getArticleText: (articleId) => invoke('getArticleText', articleId),
  inspectImport: (files) => invoke('inspectImport', files),
  importArticles: (files) => invoke('importArticles', files),
  getImportProgress: () => invoke('getImportProgress'),
  getViewState: () => invoke('getViewState'),
  saveViewState: (state) => invoke('saveViewState', state),
  editEvent: (eventId, patch) => invoke('editEvent', eventId, patch),
  hideEvent: (eventId, hidden) => invoke('hideEvent', eventId, hidden),
  revertEvent: (eventId) => invoke('revertEvent', eventId),
  addEvent: (input) => invoke('addEvent', input),
  mergeEvents: (eventIds) => invoke('mergeEvents', eventIds),
  splitEvent: (eventId, sourceIndexes) => invoke('splitEvent', eventId, sourceIndexes),
  undo: () => invoke('undo'),
  redo: () => invoke('redo'),
  listViews: () => invoke('listViews'),
  saveView: (name, state) => invoke('saveView', name, state),
  renameView: (id, name) => invoke('renameView', id, name),
  deleteView: (id) => invoke('deleteView', id),
  exportEvents: (format, eventIds) => invoke('exportEvents', format, eventIds),
  importEvents: (json) => invoke('importEvents', json),
  capturePng: () => invoke('capturePng'),
  printPdf: () => invoke('printPdf'),
  onMenuCommand(listener) {
    const handler = (_event: IpcRendererEvent, command: unknown): void => {
      if (menuCommands.includes(command as MenuCommand)) listener(command as MenuCommand);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, handler);
    };
  },
};

contextBridge.exposeInMainWorld('newsline', newslineApi);
