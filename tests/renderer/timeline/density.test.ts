import { describe, expect, it } from 'vitest';
import {
  DensityEngine,
  WORKER_READY,
  type DensityAnswer,
  type DensityData,
} from '../../../renderer/src/timeline/density';
import { DensityClient } from '../../../renderer/src/timeline/density-client';

const day = (d: number) => Date.UTC(2025, 0, d);

/** Five events by start; lanes: 0 and 1 (event 0 involves both). */
function data(): DensityData {
  return {
    starts: Float64Array.from([day(2), day(3), day(20), Date.UTC(2025, 1, 5), Date.UTC(2025, 2, 9)]),
    laneOffsets: Int32Array.from([0, 2, 3, 4, 5, 6]),
    laneOf: Int32Array.from([0, 1, 0, 1, 0, 0]),
    laneCount: 2,
  };
}

describe('density buckets', () => {
  it('counts the events of each period on the shared track', () => {
    const engine = new DensityEngine();
    engine.setData(data());
    const [shared] = engine.query({ from: day(1), to: Date.UTC(2025, 3, 1), unit: 'month', lanes: false });
    expect(shared).toEqual({
      lane: -1,
      starts: [day(1), Date.UTC(2025, 1, 1), Date.UTC(2025, 2, 1)],
      ends: [Date.UTC(2025, 1, 1), Date.UTC(2025, 2, 1), Date.UTC(2025, 3, 1)],
      counts: [3, 1, 1],
    });
  });

  it('counts each lane on its own: an event of two actors counts in both lanes', () => {
    const engine = new DensityEngine();
    engine.setData(data());
    const lanes = engine.query({ from: day(1), to: Date.UTC(2025, 3, 1), unit: 'month', lanes: true });
    // Lane 0: events 0 and 1 in January, 3 in February, 4 in March; lane 1: events 0 and 2 in January.
    expect(lanes.map((l) => [l.lane, l.counts])).toEqual([
      [0, [2, 1, 1]],
      [1, [2]],
    ]);
  });

  it('follows the filter and the window', () => {
    const engine = new DensityEngine();
    engine.setData(data());
    engine.setVisible(Uint8Array.from([0, 1, 1, 0, 1]));
    const lanes = engine.query({ from: day(1), to: Date.UTC(2025, 1, 1), unit: 'week', lanes: true });
    // Only January: events 1 (lane 1) and 2 (lane 0), in different weeks.
    expect(lanes.map((l) => [l.lane, l.counts])).toEqual([
      [0, [1]],
      [1, [1]],
    ]);
    const answer = engine.handle({
      type: 'query',
      seq: 7,
      from: day(1),
      to: day(31),
      unit: 'month',
      lanes: false,
    });
    expect(answer).toEqual({
      seq: 7,
      buckets: [{ lane: -1, starts: [day(1)], ends: [Date.UTC(2025, 1, 1)], counts: [2] }],
    });
  });
});

describe('density client without a worker (counts on the page)', () => {
  it('answers only the latest question, after the caller has finished', async () => {
    const answers: DensityAnswer[] = [];
    const client = new DensityClient((a) => answers.push(a));
    expect(client.offThread).toBe(false);
    client.setData(data());
    client.query({ from: day(1), to: Date.UTC(2025, 3, 1), unit: 'month', lanes: false });
    const latest = client.query({ from: day(1), to: Date.UTC(2025, 3, 1), unit: 'year', lanes: false });
    expect(answers).toEqual([]);
    expect(client.pending).toBe(true);
    await Promise.resolve();
    expect(answers.map((a) => a.seq)).toEqual([latest]);
    expect(answers[0]?.buckets[0]?.counts).toEqual([5]);
    expect(client.pending).toBe(false);
    client.destroy();
  });
});

describe('density client with a worker that is still loading', () => {
  /** A stand-in for the worker: keeps what the page sends, answers when told to. */
  class LoadingWorker {
    static last: LoadingWorker | null = null;
    onmessage: ((e: { data: DensityAnswer }) => void) | null = null;
    onerror: (() => void) | null = null;
    sent: { type: string }[] = [];
    constructor() {
      LoadingWorker.last = this;
    }
    postMessage(message: { type: string }) {
      this.sent.push(message);
    }
    terminate() {}
  }

  it('answers the first questions on the page, then hands them to the worker once it has loaded', async () => {
    const original = (globalThis as { Worker?: unknown }).Worker;
    (globalThis as { Worker?: unknown }).Worker = LoadingWorker;
    try {
      const answers: DensityAnswer[] = [];
      const places: string[] = [];
      const client = new DensityClient(
        (a) => answers.push(a),
        (where) => places.push(where),
      );
      const worker = LoadingWorker.last!;
      client.setData(data());
      const first = client.query({ from: day(1), to: Date.UTC(2025, 3, 1), unit: 'year', lanes: false });
      await Promise.resolve();
      // counted on the page: the drawing does not wait for the worker to start
      expect(answers.map((a) => a.seq)).toEqual([first]);
      expect(answers[0]?.buckets[0]?.counts).toEqual([5]);
      expect(client.offThread).toBe(false);
      expect(worker.sent.map((m) => m.type)).toEqual(['data']);
      worker.onmessage?.({ data: WORKER_READY });
      expect(places).toEqual(['worker']);
      expect(client.offThread).toBe(true);
      const second = client.query({ from: day(1), to: Date.UTC(2025, 3, 1), unit: 'month', lanes: false });
      await Promise.resolve();
      expect(worker.sent.map((m) => m.type)).toEqual(['data', 'query']);
      expect(client.pending).toBe(true);
      worker.onmessage?.({ data: { seq: second, buckets: [] } });
      expect(answers.map((a) => a.seq)).toEqual([first, second]);
      client.destroy();
    } finally {
      (globalThis as { Worker?: unknown }).Worker = original;
    }
  });
});
