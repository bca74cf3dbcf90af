/**
 * The JSON text of a snapshot as it travels (packed, see wire.ts), made once per snapshot object:
 * a snapshot is sent unchanged until the next edit. At 100,000 events packing takes a few hundred
 * milliseconds (the events lie scattered in memory), so it is done ahead where it can be: as the
 * page loads (`prepareSnapshot`), and once edits pause (`packAhead`, a slice at a time between
 * other work), so that a page opened afterwards (a reload, a second window) is answered at once.
 *
 * Plain functions with no run-time imports but the packing's: the page loads this module too.
 */
import type { Requests, Snapshot } from './contract';
import { finish, PACKED_FORMAT, packEventsInSlices } from './packed-events';
import { pageSnapshotOf } from './page-events';

/** Events packed between two looks at the clock, and the time packed ahead in one go. */
const SLICE_EVENTS = 2048;
const SLICE_MS = 8;
/** Packing ahead starts once no edit came for this long (an edit's round trip keeps the cores). */
export const QUIET_MS = 1000;

const snapshotTexts = new WeakMap<Snapshot, string>();

/**
 * The steps of packing `snapshot` into its text: the events a slice at a time, then the text a
 * column at a time (the same text as `JSON.stringify(packSnapshot(pageSnapshotOf(snapshot)))`).
 */
export function* snapshotTextSteps(snapshot: Snapshot, slice = SLICE_EVENTS): Generator<void, string, void> {
  const { events, ...rest } = pageSnapshotOf(snapshot);
  yield;
  const packed = yield* packEventsInSlices(events, slice);
  const head = JSON.stringify({ ...rest, format: PACKED_FORMAT });
  const columns: string[] = [];
  for (const [key, value] of Object.entries(packed)) {
    yield;
    columns.push(`${JSON.stringify(key)}:${JSON.stringify(value)}`);
  }
  return `${head.slice(0, -1)},"events":{${columns.join(',')}}}`;
}

/** The packing in progress ahead of a request: one at a time, the newest snapshot's. */
let ahead: { snapshot: Snapshot; steps: Generator<void, string, void> } | null = null;

/** The JSON text of `snapshot`, packed now unless it was before (or finishing what was begun ahead). */
export function snapshotText(snapshot: Snapshot): string {
  let text = snapshotTexts.get(snapshot);
  if (text !== undefined) return text;
  const steps = ahead?.snapshot === snapshot ? ahead.steps : snapshotTextSteps(snapshot);
  if (ahead?.snapshot === snapshot) ahead = null;
  text = finish(steps);
  snapshotTexts.set(snapshot, text);
  return text;
}

/** True when the text of `snapshot` is ready (packed before, or ahead). */
export function isPacked(snapshot: Snapshot): boolean {
  return snapshotTexts.has(snapshot);
}

/**
 * Packs `snapshot` once `quietMs` passed without another snapshot to pack ahead, then a slice at a
 * time between other work (each slice about SLICE_MS); a newer snapshot drops it. A request for
 * it meanwhile packs it (or what is left of it) at once. Resolves when done or dropped.
 */
export function packAhead(snapshot: Snapshot, quietMs = QUIET_MS): Promise<void> {
  if (snapshotTexts.has(snapshot)) return Promise.resolve();
  const job = { snapshot, steps: snapshotTextSteps(snapshot) };
  ahead = job;
  return new Promise((resolve) => {
    const work = () => {
      // a newer snapshot, or a request that finished this one
      if (ahead !== job) return resolve();
      const until = performance.now() + SLICE_MS;
      try {
        let step = job.steps.next();
        while (!step.done && performance.now() < until) step = job.steps.next();
        if (!step.done) {
          setTimeout(work, 0);
          return;
        }
        snapshotTexts.set(snapshot, step.value);
      } catch {
        // the request for it meets the same error and reports it
      }
      ahead = null;
      resolve();
    };
    setTimeout(work, quietMs);
  });
}

/**
 * Packs the current snapshot ahead of the page's first request (called while the page loads);
 * a failure is left for that request to report.
 */
export async function prepareSnapshot(source: Pick<Requests, 'getSnapshot'>): Promise<void> {
  try {
    snapshotText(await source.getSnapshot());
  } catch {
    // The page's own getSnapshot request meets the same error and shows it.
  }
}
