/** Builds the React page into dist/renderer. */
export function buildRenderer(): Promise<void>;
/** Bundles the main process and the preload into dist/electron. */
export function buildElectron(): Promise<void>;
/** Bundles the extraction worker thread into dist/electron/extract-worker.cjs. */
export function buildExtractWorker(): Promise<void>;
