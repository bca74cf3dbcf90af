/** Builds the React page into dist/renderer. */
export function buildRenderer(): Promise<void>;
/** Bundles the main process and the preload into dist/electron. */
export function buildElectron(): Promise<void>;
