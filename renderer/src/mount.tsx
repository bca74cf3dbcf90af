import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { NewslineApi } from '../../electron/shared/contract';
import { App, type CaptureTarget } from './app';
import type { InitialData } from './lib/api';

/** Shows the explorer in `root`, with the events being loaded by `initial`; `captureTarget` receives the events pane. */
export function mount(
  root: HTMLElement,
  api: NewslineApi,
  initial: Promise<InitialData>,
  captureTarget: CaptureTarget,
): void {
  performance.mark('newsline:mount');
  createRoot(root).render(
    <StrictMode>
      <App api={api} initial={initial} captureTarget={captureTarget} />
    </StrictMode>,
  );
}
