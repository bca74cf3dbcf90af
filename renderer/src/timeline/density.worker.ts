/** Web Worker that counts events per period off the page's thread (see density.ts). */
import { DensityEngine, WORKER_READY, type DensityRequest } from './density';

interface WorkerScope {
  onmessage: ((e: MessageEvent<DensityRequest>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;
const engine = new DensityEngine();

scope.onmessage = (e) => {
  const answer = engine.handle(e.data);
  if (answer) scope.postMessage(answer);
};

// Loaded: questions may come here from now on (the page answers the first ones itself meanwhile).
scope.postMessage(WORKER_READY);
