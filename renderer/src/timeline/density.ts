/**
 * Density at a distance: the number of events per period in each lane (or in the one shared
 * track), for windows that hold more events than can be read. Pure and self-contained so that it
 * runs in a Web Worker (density.worker.ts) and, where no worker is available, on the page.
 */
import { buildBuckets, type BucketUnit } from './aggregate';

/**
 * The events of a snapshot in the form the engine needs: start times in ascending order and, for
 * each event, the lanes it belongs to (compressed rows: event `i` is in lanes
 * `laneOf[laneOffsets[i]]` … `laneOf[laneOffsets[i + 1] - 1]`).
 */
export interface DensityData {
  starts: Float64Array;
  laneOffsets: Int32Array;
  laneOf: Int32Array;
  laneCount: number;
}

/** Counts of one lane (`lane` -1: the shared track), one entry per period that holds events. */
export interface LaneBuckets {
  lane: number;
  starts: number[];
  ends: number[];
  counts: number[];
}

export interface DensityQuery {
  from: number;
  to: number;
  unit: BucketUnit;
  /** Per lane (true) or one shared track (false). */
  lanes: boolean;
}

/** Messages to the worker. */
export type DensityRequest =
  | { type: 'data'; data: DensityData }
  | { type: 'visible'; mask: Uint8Array }
  | ({ type: 'query'; seq: number } & DensityQuery);

/** Answer of the worker to a query. */
export interface DensityAnswer {
  seq: number;
  buckets: LaneBuckets[];
}

/** What the worker sends once loaded, before any answer (no question has this number). */
export const WORKER_READY: DensityAnswer = { seq: -1, buckets: [] };

/** Holds the events and the filter; answers bucket queries. */
export class DensityEngine {
  private data: DensityData | null = null;
  private mask: Uint8Array | null = null;
  private shared: ArrayLike<number> = new Float64Array(0);
  /** Starts shown per lane, made when lanes are first asked for after a change. */
  private perLane: Float64Array[] | null = null;
  /** The data or the filter changed since the tracks were made: made again at the next query. */
  private stale = false;

  /** New events (a new snapshot). Every event is visible until a mask comes. */
  setData(data: DensityData): void {
    this.data = data;
    this.mask = null;
    this.stale = true;
  }

  /** The filter: 1 for each event (in the order of the data) that passes it. */
  setVisible(mask: Uint8Array): void {
    this.mask = mask;
    this.stale = true;
  }

  /** Periods of `unit` overlapping `from`..`to` with their counts, for the shared track or every lane with events there. */
  query(q: DensityQuery): LaneBuckets[] {
    if (this.stale) this.rebuild();
    if (!q.lanes) return [toLane(-1, buildBuckets(this.shared, q.from, q.to, q.unit))];
    const out: LaneBuckets[] = [];
    this.lanes().forEach((starts, lane) => {
      const buckets = buildBuckets(starts, q.from, q.to, q.unit);
      if (buckets.length > 0) out.push(toLane(lane, buckets));
    });
    return out;
  }

  /** Answers one request; returns the answer of a query, else null. */
  handle(request: DensityRequest): DensityAnswer | null {
    if (request.type === 'data') this.setData(request.data);
    else if (request.type === 'visible') this.setVisible(request.mask);
    else return { seq: request.seq, buckets: this.query(request) };
    return null;
  }

  /** The mask when it fits the data (else every event counts). */
  private maskOf(data: DensityData): Uint8Array | null {
    return this.mask && this.mask.length === data.starts.length ? this.mask : null;
  }

  /** The shared track; the lanes are made when first asked for (the shared track needs none). */
  private rebuild(): void {
    this.stale = false;
    this.perLane = null;
    const data = this.data;
    if (!data) return;
    const n = data.starts.length;
    const mask = this.maskOf(data);
    if (!mask) {
      this.shared = data.starts;
      return;
    }
    let shown = 0;
    for (let i = 0; i < n; i++) if (mask[i] === 1) shown++;
    const shared = new Float64Array(shown);
    let s = 0;
    for (let i = 0; i < n; i++) if (mask[i] === 1) shared[s++] = data.starts[i] as number;
    this.shared = shared;
  }

  /** The starts of the events shown in each lane, in order. */
  private lanes(): Float64Array[] {
    if (this.perLane) return this.perLane;
    const data = this.data;
    if (!data) return (this.perLane = []);
    const n = data.starts.length;
    const mask = this.maskOf(data);
    // Starts are already in order: one pass fills every lane in order.
    const sizes = new Int32Array(data.laneCount);
    for (let i = 0; i < n; i++) {
      if (mask && mask[i] === 0) continue;
      for (let k = data.laneOffsets[i] as number; k < (data.laneOffsets[i + 1] as number); k++)
        (sizes[data.laneOf[k] as number] as number)++;
    }
    const perLane = Array.from(sizes, (size) => new Float64Array(size));
    const fill = new Int32Array(data.laneCount);
    for (let i = 0; i < n; i++) {
      if (mask && mask[i] === 0) continue;
      const t = data.starts[i] as number;
      for (let k = data.laneOffsets[i] as number; k < (data.laneOffsets[i + 1] as number); k++) {
        const lane = data.laneOf[k] as number;
        (perLane[lane] as Float64Array)[fill[lane]!++] = t;
      }
    }
    return (this.perLane = perLane);
  }
}

function toLane(lane: number, buckets: { start: number; end: number; count: number }[]): LaneBuckets {
  return {
    lane,
    starts: buckets.map((b) => b.start),
    ends: buckets.map((b) => b.end),
    counts: buckets.map((b) => b.count),
  };
}
