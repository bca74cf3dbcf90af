/**
 * The one function that answers a request of the contract, for the IPC handlers and the preview
 * server alike: the arguments validated (shared/schemas.ts), the handler called, its answer
 * encoded as JSON text (snapshots slim and packed; see shared/wire.ts). A request that changes
 * the events answers with what changed since the snapshot before it (snapshot-steps.ts), so an
 * edit never re-sends the whole library; the snapshot it made is then packed ahead, between
 * other work (shared/snapshot-text.ts). What is particular to each door (who may ask, how large a
 * request may be) stays at the door.
 */
import {
  REQUESTS,
  type AnswerText,
  type Requests,
  type RequestName,
  type Snapshot,
} from '../shared/contract';
import { parseRequest } from '../shared/schemas';
import { packAhead } from '../shared/snapshot-text';
import { encodeAnswer } from '../shared/wire';
import { changeOf } from './snapshot-steps';

/** Answers request `name` with `args` (as received: unknown until parsed) from `handlers`. */
export async function answerRequest(
  handlers: Requests,
  name: RequestName,
  args: unknown,
): Promise<AnswerText> {
  const parsed = parseRequest(name, args);
  const method = handlers[name] as (...a: unknown[]) => Promise<unknown>;
  if (REQUESTS[name] !== 'change') return encodeAnswer(name, await method.apply(handlers, parsed));
  const before = await handlers.getSnapshot();
  const after = (await method.apply(handlers, parsed)) as Snapshot;
  const answer = encodeAnswer(name, changeOf(before, after));
  // the page patches its copy; a page opened next (a reload, a second window) asks for the whole
  // snapshot, packed meanwhile between other work
  void packAhead(after);
  return answer;
}
