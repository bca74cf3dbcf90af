import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channelOf, parseRequest, requestNames, type RequestName } from '../shared/contract';
import type { NewslineService } from '../services/index';
import { encodeAnswer, type AnswerText } from '../shared/wire';
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
 * Answers one request: sender checked, size and arguments validated (the same limits as the
 * preview), the service called, and its answer sent as JSON text (snapshots packed; see
 * shared/wire.ts).
 */
export async function answerRequest(
  service: NewslineService,
  name: RequestName,
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  args: unknown[],
): Promise<AnswerText> {
  if (!isTrustedSender(event))
    throw new Error(`Refused ${name}: the request does not come from the app's page.`);
  const bytes = requestBytes(args);
  if (bytes > MAX_REQUEST_BYTES) throw new Error(`Refused ${name}: ${tooLargeMessage(bytes)}`);
  const parsed = parseRequest(name, args);
  const method = service[name] as (...a: unknown[]) => Promise<unknown>;
  return encodeAnswer(name, await method.apply(service, parsed));
}

/** Registers one IPC handler per request of the contract. The only place that calls ipcMain.handle. */
export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle'>, service: NewslineService): void {
  for (const name of requestNames) {
    ipcMain.handle(channelOf(name), (event, ...args: unknown[]) => answerRequest(service, name, event, args));
  }
}
