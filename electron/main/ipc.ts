import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import {
  channelOf,
  REQUEST_NAMES,
  type AnswerText,
  type Requests,
  type RequestName,
} from '../shared/contract';
import { answerRequest } from '../services/answer-request';
import { MAX_REQUEST_BYTES, tooLargeMessage } from '../shared/limits';
import { isAppUrl } from './protocol';

/**
 * True when a request comes from the main frame of one of our pages (app://newsline/), not from
 * a sub-frame, another page or a frame that is gone.
 */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  if (!frame || frame !== event.sender.mainFrame || frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

/** Size of a request's arguments as JSON, in bytes: what the preview's body limit measures. */
const requestBytes = (args: unknown[]): number => {
  try {
    return Buffer.byteLength(JSON.stringify(args) ?? '', 'utf8');
  } catch {
    return Infinity; // not JSON (a cycle, a BigInt): no request of the contract is
  }
};

/**
 * Answers one IPC request: sender checked, size checked (the same limit as the preview), then
 * answered as the preview answers it (services/answer-request.ts).
 */
function answerIpc(
  handlers: Requests,
  name: RequestName,
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  args: unknown[],
): Promise<AnswerText> {
  if (!isTrustedSender(event))
    throw new Error(`Refused ${name}: the request does not come from the app's page.`);
  const bytes = requestBytes(args);
  if (bytes > MAX_REQUEST_BYTES) throw new Error(`Refused ${name}: ${tooLargeMessage(bytes)}`);
  return answerRequest(handlers, name, args);
}

/**
 * Registers one IPC handler per request of the contract: the services' requests and the
 * window's (PNG, PDF). The only place that calls ipcMain.handle.
 */
export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle'>, handlers: Requests): void {
  for (const name of REQUEST_NAMES) {
    ipcMain.handle(channelOf(name), async (event, ...args: unknown[]) =>
      answerIpc(handlers, name, event, args),
    );
  }
}
