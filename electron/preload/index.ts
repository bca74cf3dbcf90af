/**
 * The preload bridge: exposes `window.newsline`, one method per request of the contract (built
 * from its one list of names) and the menu's commands, and nothing else (no ipcRenderer, no
 * process, no Node objects). Bundled into one CommonJS file, since a sandboxed preload cannot
 * load modules.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  channelOf,
  MENU_COMMAND_CHANNEL,
  MENU_COMMANDS,
  REQUEST_NAMES,
  type AnswerText,
  type BridgeApi,
  type MenuCommand,
} from '../shared/contract';

/** Sends each request on its own channel; the answer is JSON text, which the page decodes. */
const requests = Object.fromEntries(
  REQUEST_NAMES.map((name) => [
    name,
    (...args: unknown[]) => ipcRenderer.invoke(channelOf(name), ...args) as Promise<AnswerText>,
  ]),
) as Omit<BridgeApi, 'onMenuCommand'>;

/** The object the page sees as `window.newsline`. */
export const newslineApi: BridgeApi = {
  ...requests,
  onMenuCommand(listener) {
    const handler = (_event: IpcRendererEvent, command: unknown): void => {
      if (MENU_COMMANDS.includes(command as MenuCommand)) listener(command as MenuCommand);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, handler);
    };
  },
};

contextBridge.exposeInMainWorld('newsline', newslineApi);
