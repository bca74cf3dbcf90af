/**
 * The one function that answers a request of the contract, for the IPC handlers and the preview
 * server alike: the arguments validated (shared/schemas.ts), the handler called, its answer
 * encoded as JSON text (snapshots packed; see shared/wire.ts). What is particular to each door
 * (who may ask, how large a request may be) stays at the door.
 */
import type { AnswerText, Requests, RequestName } from '../shared/contract';
import { parseRequest } from '../shared/schemas';
import { encodeAnswer } from '../shared/wire';

/** Answers request `name` with `args` (as received: unknown until parsed) from `handlers`. */
export async function answerRequest(
  handlers: Requests,
  name: RequestName,
  args: unknown,
): Promise<AnswerText> {
  const parsed = parseRequest(name, args);
  const method = handlers[name] as (...a: unknown[]) => Promise<unknown>;
  return encodeAnswer(name, await method.apply(handlers, parsed));
}
