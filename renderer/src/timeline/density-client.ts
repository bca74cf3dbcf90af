/**
 * The page's side of the density worker: sends the events and the filter, asks for counts and
 * hands back only the answer to the latest question. Where Web Workers are missing (tests in
 * jsdom) or the worker fails to start, the same engine runs on the page; so it does until the
 * worker has loaded, so that the first drawing does not wait for the worker to start.
 */
import {
  DensityEngine,
  WORKER_READY,
  type DensityAnswer,
  type DensityData,
  type DensityQuery,
} from './density';

export type DensityListener = (answer: DensityAnswer) => void;
/** Where the counting runs from now on: told when the worker has loaded, or when it failed. */
export type DensityPlaceListener = (where: 'worker' | 'page') => void;

export class DensityClient {
  private worker: Worker | null = null;
  private local: DensityEngine | null = null;
  private seq = 0;
  private data: DensityData | null = null;
  private mask: Uint8Array | null = null;
  private lastQuery: DensityQuery | null = null;
  /** The worker has loaded: questions go to it. */
  private ready = false;

  constructor(
    private readonly listener: DensityListener,
    private readonly placed?: DensityPlaceListener,
  ) {
    if (typeof Worker !== 'undefined') {
      try {
        this.worker = new Worker(new URL('./density.worker.ts', import.meta.url), { type: 'module' });
        this.worker.onmessage = (e: MessageEvent<DensityAnswer>) => {
          if (e.data.seq === WORKER_READY.seq) this.workerReady();
          else this.receive(e.data);
        };
        // A worker refused (a policy, a missing file): count on the page from now on.
        this.worker.onerror = () => this.fallBack();
      } catch {
        this.worker = null;
      }
    }
    // the page counts until the worker has loaded (or for good, without one)
    this.local = new DensityEngine();
    if (!this.worker) placed?.('page');
  }

  /** True while a question has not been answered yet. */
  get pending(): boolean {
    return this.answered < this.seq;
  }

  /** True when the counting runs in a worker (once it has loaded). */
  get offThread(): boolean {
    return this.worker !== null && this.ready;
  }

  private answered = 0;

  setData(data: DensityData): void {
    this.data = data;
    this.mask = null;
    if (this.worker) this.worker.postMessage({ type: 'data', data });
    this.local?.setData(data);
  }

  setVisible(mask: Uint8Array): void {
    this.mask = mask;
    if (this.worker) this.worker.postMessage({ type: 'visible', mask });
    this.local?.setVisible(mask);
  }

  /** Asks for counts; the listener gets the answer unless a newer question was asked meanwhile. */
  query(query: DensityQuery): number {
    const seq = ++this.seq;
    this.lastQuery = query;
    if (this.worker && this.ready) this.worker.postMessage({ type: 'query', seq, ...query });
    else {
      const engine = this.local;
      // Answer after the caller has finished, as the worker would.
      queueMicrotask(() => {
        if (engine) this.receive({ seq, buckets: engine.query(query) });
      });
    }
    return seq;
  }

  destroy(): void {
    this.worker?.terminate();
    this.worker = null;
    this.local = null;
  }

  private receive(answer: DensityAnswer): void {
    this.answered = Math.max(this.answered, answer.seq);
    if (answer.seq === this.seq) this.listener(answer);
  }

  /** The worker has loaded (and holds the events and the filter sent so far): the page stops counting. */
  private workerReady(): void {
    if (!this.worker) return;
    this.ready = true;
    this.local = null;
    this.placed?.('worker');
  }

  private fallBack(): void {
    this.worker?.terminate();
    this.worker = null;
    this.ready = false;
    if (!this.local) {
      const engine = new DensityEngine();
      if (this.data) engine.setData(this.data);
      if (this.mask) engine.setVisible(this.mask);
      this.local = engine;
    }
    this.placed?.('page');
    if (this.lastQuery && this.pending) this.query(this.lastQuery);
  }
}
